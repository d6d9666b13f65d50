# Every layer, built from an input shape; parameter counts as Keras reports them.
seed(1)
m = Sequential([
    Conv2D(4, 3, activation="relu", padding="same", input_shape=(8, 8, 1)),
    BatchNorm(),
    MaxPool2D(2),
    Conv2D(6, (3, 3)),
    Flatten(),
    Dropout(0.25),
    Dense(16, activation="tanh"),
    Dense(3, activation="softmax"),
])
m.summary()
p = m.predict(ones((5, 8, 8, 1)))
print(p.shape, p.dtype)
print(allclose(sum(p.numpy(), axis=1), ones(5), atol=1e-6))
print(len(m.parameters()))
