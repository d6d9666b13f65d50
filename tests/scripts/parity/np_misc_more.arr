import numpy as np

# np.divmod: NumPy's floor division and remainder, element-wise
print(np.divmod(np.array([7, -7, 5]), 3))
print(np.divmod([7.5, -7.0, 0.5], 2))
print(np.divmod(np.arange(6).reshape(2, 3), np.array([1, 2, 4])))
q, r = np.divmod(np.array([10, 20, 30], dtype=np.uint8), 7)
print(q, r, q.dtype, r.dtype)
print(np.divmod(np.array([1.0, -1.0]), 0.5))

# rollaxis
a = np.ones((3, 4, 5, 6))
print(np.rollaxis(a, 3, 1).shape)
print(np.rollaxis(a, 2).shape)
print(np.rollaxis(a, 1, 4).shape)
print(np.rollaxis(a, -1, -3).shape)
x = np.arange(24).reshape(2, 3, 4)
print(np.rollaxis(x, 2))
try {
    np.rollaxis(a, 1, 5)
} except ValueError as e {
    print("ValueError")
}
try {
    np.rollaxis(a, 4)
} except ValueError as e {
    print("ValueError")

# array2string
}
print(np.array2string(np.array([1.0, 2.5, 3.25])))
print(np.array2string(np.array([1.0, 2.5]), separator=", "))
print(np.array2string(np.array([np.pi, np.e]), precision=3))
print(np.array2string(np.array([1e-10, 1.0]), suppress_small=True))
print(np.array2string(np.arange(12).reshape(3, 4), separator=","))
print(np.array2string(np.arange(30.0), max_line_width=40))
print(np.array2string(np.arange(30.0), max_line_width=40, prefix="values: "))
print("values: " + np.array2string(np.arange(20), prefix="values: ", separator=", "))
print(np.array2string(np.arange(2000), threshold=10, edgeitems=2))
print(np.array2string(np.array(3.5)))
print(np.array2string(np.array([True, False])))
print(repr(np.array2string(np.array([], dtype=float))))
print(np.array2string(np.array([[1.5, 2.25], [3.0, 4.0]]), separator=", ", prefix="M = "))

# roots and eigenvalues, complex when they are
print(np.roots([1, 2, 3]))
print(np.roots([1, -3, 2]))
print(np.roots([1, 0, 0, -1]))
print(np.roots([1, 0, -1, 0, 0]))
print(np.roots([2]))
print(np.roots([0, 0, 1, -4]))
print(np.linalg.eigvals([[0.0, -1.0], [1.0, 0.0]]))
w, v = np.linalg.eig([[0.0, -1.0], [1.0, 0.0]])
print(w)
print(v)
print(np.linalg.eigvals(np.array([[[0.0, -1.0], [1.0, 0.0]], [[1.0, 0.0], [0.0, 2.0]]])))
w, v = np.linalg.eig(np.array([[2.0, 0.0], [0.0, 3.0]]))
print(w, v)
print(np.abs(np.roots([1, 0, 1])))

# slogdet from the LU factors (no overflow)
sign, logdet = np.linalg.slogdet(np.eye(400) * 10.0)
print(sign, logdet)
sign, logdet = np.linalg.slogdet([[1.0, 2.0], [2.0, 4.0]])
print(sign, logdet)
sign, logdet = np.linalg.slogdet([[1.0, 2.0], [3.0, 4.0]])
print(sign, logdet)
sign, logdet = np.linalg.slogdet(np.arange(8.0).reshape(2, 2, 2))
print(sign, logdet)
print(np.linalg.det(np.eye(300) * 2.0))
print(np.linalg.inv(np.eye(500) * 4.0)[0, :3])
