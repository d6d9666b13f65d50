import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def shows(t):
    for x in t:
        show(x)
# percentile with no q, and median of empty inputs (NaN, as NumPy's mean of
# an empty slice).
show(np.percentile([1, 2, 3], []))
show(np.percentile(0, ()))
show(np.percentile(0, [], keepdims=True))
show(np.percentile(1, np.zeros(0), keepdims=True))
show(np.percentile(2, np.zeros(0)))
show(np.percentile(np.zeros((0, 3)), 50, axis=1))
show(np.percentile(np.zeros((0, 3)), [], axis=1))
show(np.percentile(np.ones((2, 3)), [], axis=1))
show(np.percentile(np.ones((2, 3)), [], axis=1, keepdims=True))
show(np.percentile(np.arange(6).reshape((2, 3)), [[10], [20]], axis=1))
show(np.percentile(5, 50))
show(np.percentile(5, [50]))
show(np.median([]))
show(np.median(5))
show(np.median(np.zeros((0, 3)), axis=0))
show(np.median(np.zeros((0, 3)), axis=1))
show(np.median(np.zeros((0, 3))))
show(np.median(np.zeros((0, 3)), keepdims=True))
show(np.median(np.zeros((2, 0)), axis=1, keepdims=True))
# No percentiles of empty int64 data: NumPy answers (its NaN check, which
# fails on an empty axis, is for floats only).
show(np.percentile(np.zeros((0, 3), dtype=int), []))
show(np.percentile(np.zeros((3, 0), dtype=int), [], axis=1))
