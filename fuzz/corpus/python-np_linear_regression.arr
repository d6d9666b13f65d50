# least squares and gradient descent on fixed data
import numpy as np
X = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0], [1.0, 3.0]])
y = np.array([1.0, 3.0, 5.0, 7.0])
coef, res, rank, sv = np.linalg.lstsq(X, y)
print(f"intercept={coef[0]:.4f} slope={coef[1]:.4f} rank={rank}")
pred = X @ coef
print(np.round(pred, 4))
err = ((pred - y) ** 2).mean()
print(f"mse={err:.6f}")
w = np.zeros(2)
for step in range(200) {
    grad = 2 * X.T @ (X @ w - y) / len(y)
    w -= 0.1 * grad
}
print(f"gd: {w[0]:.4f} {w[1]:.4f}")
