import numpy as np
for s in [0, 1, 42, 2**32 - 1]:
    np.random.seed(s)
    print(np.random.randint(0, 4, (3, 5), dtype=np.uint8))
    print(np.random.randint(-100, 100, 7, dtype=np.int8))
    print(np.random.randint(0, 256, 6, dtype=np.uint8))
    print(np.random.randint(0, 1000, 6, dtype=np.uint16), np.random.randint(-5, 5, 6, dtype=np.int16))
    print(np.random.randint(0, 2, 10, dtype=bool), np.random.randint(0, 1, 3, dtype=np.uint8))
    print(np.random.randint(0, 10**6, 4, dtype=np.int32), np.random.randint(0, 10**6, 4, dtype=np.uint32), np.random.randint(0, 10, 3, dtype=np.uint64))
    print(repr(np.random.randint(0, 5, dtype=np.uint8)), np.random.randint(5), np.random.randint(0, 65536, 5, dtype=np.uint16))
    print(np.random.rand(2), np.random.randint(0, 3, 40, dtype=np.int8))
try:
    np.random.randint(0, 300, 3, dtype=np.uint8)
except ValueError as e:
    print("ValueError", "bounds" in str(e))
try:
    np.random.randint(-1, 3, 3, dtype=np.uint8)
except ValueError as e:
    print("ValueError", "bounds" in str(e))
