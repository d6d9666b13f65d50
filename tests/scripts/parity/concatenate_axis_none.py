import numpy as np
a = np.ones((2, 2))
b = np.zeros((2, 2))
print(np.concatenate([a, b], axis=None))
print(np.concatenate((np.arange(6).reshape(2, 3), np.arange(3)), axis=None))
print(np.concatenate([a, b]))
print(np.concatenate([a, b], axis=1))
print(np.concatenate([np.array(5), np.arange(3)], None))
