print(zeros(3), ones((2, 2), dtype=int), arange(5), arange(1, 2, 0.25), arange(10, 0, -3))
print(repr(linspace(-1, 1, 5)), repr(full((2, 2), 7.5)), repr(eye(2, dtype=int)))
print(repr(array([[1, 2], [3, 4]], dtype=float32)), repr(zeros_like(array([1.5, 2.5]))), repr(ones_like(arange(3))))
