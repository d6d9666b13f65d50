# joining and splitting arrays
import numpy as np
a = np.array([1, 2, 3])
b = np.array([4, 5, 6])
print(np.concatenate([a, b]))
print(np.stack([a, b]))
print(np.stack([a, b], axis=1))
print(np.vstack([a, b]), np.hstack([a, b]))
print(np.concatenate([a.reshape(1, 3), b.reshape(1, 3)], axis=0).shape)
parts = np.split(np.arange(6), 3)
print(parts)
print(np.tile(a, 2), np.repeat(a, 2))
print(np.expand_dims(a, 0).shape, np.squeeze(np.zeros((1, 3, 1))).shape)
print(a.ravel(), np.arange(6).reshape(2, 3).flatten())
