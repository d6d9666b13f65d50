import numpy as np
print(np.zeros(3), np.ones((2, 2), dtype=int), np.arange(5), np.arange(1, 2, 0.25), np.arange(10, 0, -3))
print(repr(np.linspace(-1, 1, 5)), repr(np.full((2, 2), 7.5)), repr(np.eye(2, dtype=int)))
print(repr(np.array([[1, 2], [3, 4]], dtype=np.float32)), repr(np.zeros_like(np.array([1.5, 2.5]))), repr(np.ones_like(np.arange(3))))
