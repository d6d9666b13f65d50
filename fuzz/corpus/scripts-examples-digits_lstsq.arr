# One-vs-rest least-squares classifier on the handwritten digits.
# Run from the repository root: arr examples/digits_lstsq.arr
data = load_csv("../../../examples/data/digits.csv", skiprows=1)
X = hstack([data[:, :64] / 16, ones((len(data), 1))])   # features in [0, 1] and a bias column
y = astype(data[:, 64], int)

X_train = X[:1500]
y_train = y[:1500]
X_test = X[1500:]
y_test = y[1500:]

Y = astype(y_train[:, none] == arange(10), float)   # one-hot targets, one column per digit
W = lstsq(X_train, Y)[0]                             # (65, 10): one linear scorer per digit
pred = argmax(X_test @ W, axis=1)
print("train rows:", len(X_train), "test rows:", len(X_test))
print("test accuracy:", round(mean(pred == y_test), 4))
