# indexing, slicing and indexed assignment
import numpy as np
a = np.arange(20).reshape(4, 5)
print(a[0], a[-1], a[1, 2], a[2][3])
print(a[1:3])
print(a[:, 0], a[:, -1])
print(a[::2, ::2])
print(a[1:3, 1:4])
print(a[..., 1])
print(a[None].shape, a[:, None].shape)
a[0, :] = -1
a[1:3, 1:3] = 0
print(a)
idx = np.array([3, 0])
print(a[idx])
try {
    a[10]
} except IndexError as e {
    print(type(e).__name__)
}
