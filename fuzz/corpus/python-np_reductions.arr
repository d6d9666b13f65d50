# reductions with axis= and keepdims=
import numpy as np
m = np.arange(12).reshape(3, 4)
print(m)
print(m.sum(), m.sum(axis=0), m.sum(axis=1))
print(m.mean(), m.mean(axis=0), m.mean(axis=1))
print(m.max(), m.min(axis=1), m.argmax(), m.argmax(axis=0), m.argmin(axis=1))
print(m.prod(axis=1), m.cumsum(axis=1))
print(np.std(np.array([2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0])))
print(m.sum(axis=0, keepdims=True))
print(np.median(m), np.percentile(m, 25))
print(np.all(m >= 0), np.any(m > 10), (m > 5).sum())
