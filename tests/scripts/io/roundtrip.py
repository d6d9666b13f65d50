import numpy as np
a = np.arange(12.0).reshape(3, 4) / 7
print(True, a.dtype, a.shape)
print(a.shape, a > 1)
print(['c0', 'c1', 'c2', 'c3'], True)
print(np.loadtxt("fixtures/table.csv", delimiter=",", skiprows=1))
print(['a', 'b', 'c'], "float32")
