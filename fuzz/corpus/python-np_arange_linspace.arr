# arange, linspace, *_like, identity
import numpy as np
print(np.arange(5), np.arange(2, 10, 3), np.arange(0.0, 1.0, 0.25), np.arange(5, 0, -1))
print(np.linspace(0, 2, 5), np.linspace(-1, 1, 3))
print(np.arange(0))
print(np.zeros_like(np.arange(3)), np.ones_like(np.eye(2)))
print(np.identity(2))
x = np.linspace(0, 1, 11)
print(x[::5], len(x))
print(np.arange(3, dtype=float), np.arange(-2, 3) * 2)
print(np.full(3, 0.5), np.zeros((2, 3)).shape)
