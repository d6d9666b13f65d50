import numpy as np
print(np.unique([3, 1, 3, 2, 1], return_index=True, return_inverse=True, return_counts=True))
print(np.unique(np.array([[1, 0], [0, 1], [1, 0]]), axis=0))
u, idx, inv, cnt = np.unique(np.array([[1, 0, 1], [0, 1, 1], [1, 0, 1]]), axis=1, return_index=True, return_inverse=True, return_counts=True)
print(u, idx, inv, cnt)
print(np.unique(np.array([[2, 1], [1, 2]]), return_inverse=True))
print(np.unique(np.array([np.nan, 1.0, np.nan, 0.5])), np.unique(np.array([np.nan, 1.0, np.nan]), equal_nan=False))
print(repr(np.unique(np.array([5, 3, 5], np.uint8))), repr(np.unique(np.array([[2.5, 1.0], [2.5, 1.0]]), axis=0)))
print(np.unique(np.array([[3, 1], [1, 2], [3, 1]]), axis=0, return_counts=True))
print(np.packbits([1, 0, 1, 1, 0, 0, 0, 1, 1]))
print(np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=1), np.packbits(np.array([[1, 0, 1], [0, 1, 1]]), axis=0))
print(np.packbits([1, 1, 0], bitorder='little'), np.packbits(np.array([True, False, True])))
I = np.array([0, 1, 2, 3, 15, 16, 32, 64, 128], dtype=np.uint8)
print(np.unpackbits(I[:, np.newaxis], axis=1))
print(np.unpackbits(np.array([5, 255], dtype=np.uint8)), np.unpackbits(np.array([5], dtype=np.uint8), count=3), np.unpackbits(np.array([5], dtype=np.uint8), bitorder='little'))
print(np.unpackbits(np.packbits(np.array([1, 0, 1, 1]))), np.unpackbits(np.array([[3], [4]], dtype=np.uint8), axis=0))
print(repr(np.array([1.0]).view(np.uint8)), repr(np.array([1, 2], dtype=np.int32).view(np.int64)))
print(repr(np.array([1.5, -2.0], np.float32).view(np.int32)), repr(np.array([[1, 2]], np.int64).view(np.int32)))
print(repr(np.array([-1, 1], np.int16).view(np.uint16)), repr(np.array([258], np.uint16).view(np.uint8)), repr(np.arange(4, dtype=np.uint8).view(np.uint32)))
Z = (np.arange(10) * 10.5).astype(np.float32)
Y = Z.view(np.int32)
Y[:] = Z
print(Y)
try {
    np.array([1, 2, 3], np.uint8).view(np.int16)
} except ValueError {
    print("ValueError")
}
try {
    np.unpackbits(np.array([1, 2]))
} except TypeError {
    print("TypeError")
}
