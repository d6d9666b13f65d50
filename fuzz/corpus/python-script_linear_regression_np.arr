# fit y = a*x + b three ways with numpy and compare
import numpy as np

x = np.linspace(0.0, 4.0, 9)
noise = np.array([0.1, -0.2, 0.05, 0.0, -0.1, 0.15, -0.05, 0.2, -0.15])
y = 1.5 * x - 0.5 + noise

def design(x) {
    return np.stack([x, np.ones_like(x)], axis=1)
}

def normal_equations(X, y) {
    return np.linalg.solve(X.T @ X, X.T @ y)
}

def gradient_descent(X, y, lr=0.05, steps=2000) {
    w = np.zeros(X.shape[1])
    for i in range(steps) {
        grad = 2 / len(y) * X.T @ (X @ w - y)
        w = w - lr * grad
    }
    return w
}

def mse(X, y, w) {
    r = X @ w - y
    return float(r @ r) / len(y)
}

X = design(x)
fits = {}
fits["normal"] = normal_equations(X, y)
fits["lstsq"] = np.linalg.lstsq(X, y)[0]
fits["gd"] = gradient_descent(X, y)
print(f"{'method':<8}{'slope':>10}{'intercept':>11}{'mse':>10}")
for name, w in fits.items() {
    print(f"{name:<8}{w[0]:>10.4f}{w[1]:>11.4f}{mse(X, y, w):>10.5f}")
}
diffs = [float(np.abs(fits[a] - fits["normal"]).max()) for a in ("lstsq", "gd")]
print("agree:", all(d < 1e-4 for d in diffs))
w = fits["normal"]
resid = y - X @ w
print("residual sum ~ 0:", abs(float(resid.sum())) < 1e-9)
print("largest residual at x =", x[int(np.argmax(np.abs(resid)))])
r2 = 1 - float((resid ** 2).sum()) / float(((y - y.mean()) ** 2).sum())
print(f"R^2 = {r2:.4f}")
for xv in (5.0, 10.0) {
    print(f"predict({xv}) = {w[0] * xv + w[1]:.3f}")
}
print(X[:3])
