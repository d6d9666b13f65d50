# A LAPACK factorization of a 400x400 matrix ran on a worker thread with the
# default 2 MiB stack, where OpenBLAS's dgetrf overflowed it (segfault).
seed(0)
a = rand(400, 400) + 400 * eye(400)
print(allclose(inv(a) @ a, eye(400)))
print(round(slogdet(eye(400) * 10.0)[1], 6))
print(det(eye(300) * 2.0))
