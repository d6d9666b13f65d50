import numpy as np
def squares(n):
    for i in range(n):
        yield i * i
print(np.fromiter(squares(5), dtype=int))
print(np.fromiter(squares(5), dtype=float))
print(np.fromiter(squares(10), dtype=int, count=4))
print(np.fromiter(range(6), int))
print(np.fromiter(range(3, 9, 2), dtype=float))
print(np.fromiter(range(100), dtype=int, count=3))
print(np.fromiter(range(0), dtype=float))
print(np.fromiter(squares(0), dtype=int, count=0))
print(np.fromiter((x / 2 for x in range(4)), dtype=float))
print(np.fromiter([True, False, True], dtype=int))
a = np.fromiter(range(4), dtype=float, count=-1)
print(a)
print(a.shape)
