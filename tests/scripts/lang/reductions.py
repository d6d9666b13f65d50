import numpy as np
a = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 7.0]])
print(a.sum(), a.mean(), a.sum(axis=0), a.mean(axis=1))
print(repr(a.sum(axis=-1, keepdims=True)), np.mean(np.arange(10)))
print(np.sum(np.array([1, 2, 3])), np.sum(np.array([True, True, False])), np.sum(np.arange(6).reshape(2, 3), axis=(0, 1)))
print(np.mean(np.arange(1, 100) / 7), np.sum(np.arange(1000) * 0.1))
