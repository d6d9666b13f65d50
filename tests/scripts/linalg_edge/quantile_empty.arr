fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# percentile with no q, and median of empty inputs (NaN, as NumPy's mean of
# an empty slice).
show(percentile([1, 2, 3], []))
show(percentile(0, ()))
show(percentile(0, [], keepdims=true))
show(percentile(1, zeros(0), keepdims=true))
show(percentile(2, zeros(0)))
show(percentile(zeros((0, 3)), 50, axis=1))
show(percentile(zeros((0, 3)), [], axis=1))
show(percentile(ones((2, 3)), [], axis=1))
show(percentile(ones((2, 3)), [], axis=1, keepdims=true))
show(percentile(arange(6).reshape((2, 3)), [[10], [20]], axis=1))
show(percentile(5, 50))
show(percentile(5, [50]))
show(median([]))
show(median(5))
show(median(zeros((0, 3)), axis=0))
show(median(zeros((0, 3)), axis=1))
show(median(zeros((0, 3))))
show(median(zeros((0, 3)), keepdims=true))
show(median(zeros((2, 0)), axis=1, keepdims=true))
# No percentiles of empty int64 data: NumPy answers (its NaN check, which
# fails on an empty axis, is for floats only).
show(percentile(zeros((0, 3), dtype=int), []))
show(percentile(zeros((3, 0), dtype=int), [], axis=1))
