import numpy as np
data = np.loadtxt("../../../examples/data/digits.csv", delimiter=",", skiprows=1)
X = np.hstack([data[:, :64] / 16, np.ones((len(data), 1))])
y = data[:, 64].astype(int)
X_train, y_train, X_test, y_test = X[:1500], y[:1500], X[1500:], y[1500:]
Y = (y_train[:, None] == np.arange(10)).astype(float)
W = np.linalg.lstsq(X_train, Y)[0]
pred = np.argmax(X_test @ W, axis=1)
print("train rows:", len(X_train), "test rows:", len(X_test))
print("test accuracy:", float(np.round(np.mean(pred == y_test), 4)))
