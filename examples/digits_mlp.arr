# A Keras-style MLP on the handwritten digits (tensors on libtorch).
# Run from the repository root: arr examples/digits_mlp.arr
seed(0)
data = load_csv("examples/data/digits.csv", skiprows=1)
x = data[:, :64] / 16.0
y = to_categorical(astype(data[:, 64], int), 10)
x_train = x[:1500]
y_train = y[:1500]
x_test = x[1500:]
y_test = y[1500:]

model = Sequential([
    Dense(128, activation="relu", input_shape=(64,)),
    Dense(10, activation="softmax"),
])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
model.summary()
t = perf_counter()
history = model.fit(x_train, y_train, epochs=20, batch_size=32)
train_s = perf_counter() - t
loss, acc = model.evaluate(x_test, y_test)
print("training time:", round(train_s, 2), "s")
print("test accuracy:", round(acc, 4))
