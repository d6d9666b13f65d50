# rfftn of an empty array sliced past the end of its axis (internal error);
# every n-dimensional transform now refuses an axis of 0 points, as NumPy does.
v1 = randint(1, size=0)
for f in [rfftn, fftn, ifftn, irfftn, rfft2, fft2] {
    try { f(v1) } except ValueError as e { print(e) }
}
try { fftn(zeros((0, 3))) } except ValueError as e { print(e) }
print(fftn(zeros((2, 3))).shape)
