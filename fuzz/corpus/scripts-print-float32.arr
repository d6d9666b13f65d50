print(repr(zeros((2, 2), dtype=float32)))
print(array([0.1, 0.2], dtype=float32))
print(repr(array([1.0, 1e-6], dtype=float32)))
print(repr(arange(40, dtype=float32)))
