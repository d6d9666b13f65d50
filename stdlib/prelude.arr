# The part of arr's library that reads better in arr itself. Embedded in the
# binary and run at start-up; tests/scripts/lang/stdlib.arr checks each
# function against NumPy.

# Mean squared error between two arrays.
fn mse(a, b) = mean((a - b) ** 2)

# Zero mean and unit standard deviation along an axis (all elements by default).
fn standardize(x, axis=none) = (x - mean(x, axis=axis, keepdims=true)) / std(x, axis=axis, keepdims=true)

# Softmax along an axis, shifted by the maximum for numerical stability;
# `dim=` is PyTorch's name for the axis.
fn softmax(x, axis=-1, dim=none) {
    if dim is not none {
        axis = dim
    }
    e = exp(x - max(x, axis=axis, keepdims=true))
    return e / sum(e, axis=axis, keepdims=true)
}
