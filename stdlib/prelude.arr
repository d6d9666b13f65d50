# The part of arr's library that reads better in arr itself. Embedded in the
# binary and run at start-up; each function here has a test.

# Mean squared error between two arrays.
fn mse(a, b) = mean((a - b) ** 2)

# Clamps each element of x into [lo, hi].
fn clamp(x, lo, hi) = minimum_of(maximum_of(x, lo), hi)

fn maximum_of(a, b) = where_gt(a, b, a, b)
fn minimum_of(a, b) = where_gt(a, b, b, a)

# Element-wise choice: x where a > b else y (arithmetic on the boolean mask).
fn where_gt(a, b, x, y) {
    m = a > b
    return m * x + (1 - m) * y
}
