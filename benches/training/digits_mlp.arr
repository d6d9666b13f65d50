# Digits MLP: 64 -> Dense(128, relu) -> Dense(10, softmax), adam 1e-3,
# batch 32, 20 epochs on rows 0..1499; prints training time and accuracy.
seed(0)
data = load_csv(argv[1], skiprows=1)
x = data[:, :64] / 16.0
y = to_categorical(astype(data[:, 64], int), 10)
model = Sequential([Dense(128, activation="relu", input_shape=(64,)), Dense(10, activation="softmax")])
model.compile(optimizer="adam", loss="categorical_crossentropy", metrics=["accuracy"])
t = perf_counter()
model.fit(x[:1500], y[:1500], epochs=20, batch_size=32, verbose=0)
print("digits_train", perf_counter() - t)
print("digits_accuracy", model.evaluate(x[1500:], y[1500:])[1])
