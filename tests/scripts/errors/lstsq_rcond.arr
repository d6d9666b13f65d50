# rcond=none is NumPy default; another cutoff is refused, not ignored.
x, r, k, s = lstsq([[1.0, 0.0], [0.0, 2.0], [1.0, 1.0]], [1.0, 2.0, 2.0], rcond=none)
print(x, k)
lstsq([[1.0]], [1.0], rcond=0.1)
