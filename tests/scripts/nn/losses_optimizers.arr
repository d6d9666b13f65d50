# Each loss with each optimizer on a small separable problem: the loss falls.
seed(3)
x = randn(200, 4)
w = array([1.0, -2.0, 0.5, 1.5])
yb = astype(x @ w > 0, float)
yr = x @ w
for opt in ["sgd", "adam", "adamw", "rmsprop"] {
    for pair in [["binary_crossentropy", "sigmoid"], ["mse", "linear"], ["mae", "linear"]] {
        loss = pair[0]
        m = Sequential([Dense(8, activation="relu", input_shape=(4,)), Dense(1, activation=pair[1])])
        m.compile(optimizer=opt, loss=loss)
        y = yr[:, none]
        if loss == "binary_crossentropy" { y = yb[:, none] }
        before = m.evaluate(x, y)
        m.fit(x, y, epochs=30, batch_size=16, verbose=0)
        after = m.evaluate(x, y)
        print(opt, loss, after < before)
    }
}
m = Sequential([Dense(3, activation="softmax", input_shape=(4,))])
m.compile(optimizer=sgd(0.1, 0.9), loss="categorical_crossentropy", metrics=["accuracy"])
yc = to_categorical(astype(x[:, 0] > 0, int) + astype(x[:, 1] > 0, int), 3)
h = m.fit(x, yc, epochs=20, verbose=0)
print(h["accuracy"][19] > h["accuracy"][0], h["loss"][19] < h["loss"][0])
