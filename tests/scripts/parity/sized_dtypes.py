import numpy as np
a = np.arange(10, dtype=np.int32)
print(a, repr(a), a.dtype, a.itemsize, a.nbytes, a.strides)
b = a.astype(np.uint8)
print(repr(b), repr(b[3]), b[3], b[3] + 1)
print(repr(b + 250), repr(b - 5))
print(repr(b * b), repr(b + np.int8(1)), repr(a + b), repr(a * 1.5))
print(repr(np.zeros((2, 3), dtype=np.int16)))
print(repr(np.array([1, 2, 3], dtype=np.uint64) + np.array([1, 2, 3])))
print(repr(-b), repr(~b), repr(abs(np.array([-3, 4], np.int8))))
print(repr(b.sum()), a.sum(), b.mean(), repr(b.max()), repr(np.sort(b[::-1])))
print(repr(np.concatenate([b, b])), repr(np.cumsum(b)), repr(b.prod()))
print(np.iinfo(np.uint8), repr(np.iinfo(np.int32)), np.iinfo(np.uint64).max, np.iinfo(np.int8).min, np.iinfo(np.int16).bits)
c = np.array([200, 100], dtype=np.uint8)
print(repr(c + c), repr(c // 3), repr(c / 3), repr(c % 7), repr(c ** 2), repr(c > 150))
print(repr(np.array([1.7, -2.7, 300.0]).astype(np.uint8)))
print(repr(np.array([1, 2], np.int32) @ np.array([3, 4], np.int32)))
print(repr(np.dot(np.array([1, 2], np.int8), np.array([100, 100], np.int8))))
x = np.zeros(4, np.uint8)
x[1] = 255
x[2] = 256 - 1
x[0] += 7
print(repr(x), x.dtype.name, np.dtype(np.int16), np.dtype('u1'))
print(repr(np.array([1, 2, 3], dtype='int32')), repr(np.ones(3, 'uint16')))
print(repr(np.unique(np.array([3, 1, 3], np.int16))), repr(np.where(c > 150, c, 0)))
print(repr(np.maximum(c, 150)), repr(np.clip(c, 0, 150)))
print(np.dtype('u1'), repr(np.dtype(np.int16)), np.dtype(float).itemsize, np.dtype('int32').char, np.dtype('i2').kind, np.dtype(np.uint16).str, np.dtype(np.float32).name)
print(repr(np.uint8(7)), repr(np.int16(-3) * 2), repr(np.float32(2.5)), np.int32('12') + 1)
print(repr(np.array([1, 2], dtype=np.int8).tolist()), np.array([7], np.uint16).item())
print(repr(np.arange(5, dtype=np.uint8)[::-1]), repr(np.full(3, 7, dtype=np.int32)), repr(np.zeros_like(np.arange(3, dtype=np.int16))))
m = np.arange(12, dtype=np.int32).reshape(3, 4)
print(repr(m.T), repr(m[1]), repr(m[:, 1:3]), repr(m.reshape(2, 6).sum(axis=0)), repr(m.max(axis=1)), m.mean())
print(repr(np.stack([m[0], m[1]])), np.vstack([m, m]).shape, repr(m[m > 5]), np.argmax(m), repr(m.argsort(axis=0)))
n = m.copy()
n[0, 0] = -5
n[1] += 100
print(repr(n))
print(repr(np.array([100, 200], np.uint8).astype(np.int8)), repr(np.array([-1, 256, 70000]).astype(np.uint16)))
print(repr(np.array([3, 4], np.int8) / np.array([2, 2], np.int8)), repr(np.array([3], np.int32) ** 2), repr(np.array([7], np.int16) // 2))
print(repr(np.array([1, 2], np.uint32) - np.array([2, 1], np.uint32)), repr(np.array([1, 2], np.int32) < np.array([2], np.int64)))
print(repr(np.bincount(np.array([1, 1, 3], np.uint8))), repr(np.array([1, 2, 3], np.int16).astype(np.float32)))
print(np.promote_types(np.uint8, np.int8), np.result_type(np.int16, np.uint32), np.result_type(np.uint64, np.int64), np.result_type(np.int16, np.float32))
for t in [np.int8, np.int16, np.int32, np.int64, np.uint8, np.uint16, np.uint32, np.uint64]:
    v = np.array([1, 2], t)
    print(t.__name__, (v + v).dtype, (v * 2).dtype, (v / 2).dtype, v.sum().dtype, (v + np.float32(1)).dtype, np.cumsum(v).dtype)
try:
    np.array([1], np.uint8) + 300
except OverflowError as e:
    print("OverflowError", e)
try:
    np.uint8(256)
except OverflowError as e:
    print("OverflowError", e)
