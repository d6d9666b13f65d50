# PyTorch's tensor creation functions, written in arr over `tensor()`:
# `torch.zeros ones full empty arange linspace logspace eye full_like`
# (`_py_torch_<name>`), with PyTorch's defaults: float32 for float data
# and for zeros/ones/full of floats, int64 for `arange` of ints, sizes as
# separate ints or one tuple, and `dtype=`, `requires_grad=`, `device=`.
#
# What stays different from PyTorch: `empty` gives zeros (PyTorch leaves the
# memory uninitialised); the random creators (`rand`, `randn`) are not here,
# as arr's random streams are NumPy's, not libtorch's.

def _py_torch_size(size) {
    if len(size) == 1 and not isinstance(size[0], int) {
        return tuple(size[0])
    }
    return tuple(size)
}

def _py_torch_make(data, dtype, device, requires_grad) {
    if dtype is None {
        return tensor(data, device=device, requires_grad=requires_grad)
    }
    return tensor(data, dtype=dtype, device=device, requires_grad=requires_grad)
}

def _py_torch_zeros(*size, dtype=None, device="cpu", requires_grad=False) {
    return _py_torch_make(zeros(_py_torch_size(size), dtype=float32), dtype, device, requires_grad)
}

def _py_torch_ones(*size, dtype=None, device="cpu", requires_grad=False) {
    return _py_torch_make(ones(_py_torch_size(size), dtype=float32), dtype, device, requires_grad)
}

def _py_torch_empty(*size, dtype=None, device="cpu", requires_grad=False) {
    return _py_torch_make(zeros(_py_torch_size(size), dtype=float32), dtype, device, requires_grad)
}

def _py_torch_full(size, fill_value, dtype=None, device="cpu", requires_grad=False) {
    # An int or bool fill gives int64 or bool, a float fill float32.
    return _py_torch_make(full(_py_torch_size((size,)), fill_value), dtype, device, requires_grad)
}

def _py_torch_full_like(input, fill_value, dtype=None, device="cpu", requires_grad=False) {
    t = full(tuple(input.shape), fill_value)
    if dtype is None {
        dtype = input.dtype
    }
    return _py_torch_make(t, dtype, device, requires_grad)
}

def _py_torch_arange(start, end=None, step=1, dtype=None, device="cpu", requires_grad=False) {
    if end is None {
        end = start
        start = 0
    }
    every_int = isinstance(start, int) and isinstance(end, int) and isinstance(step, int)
    if every_int {
        a = arange(start, end, step)
    } else {
        # PyTorch counts ceil((end - start) / step) float32 values.
        n = int(ceil((end - start) / step))
        a = (start + arange(max(n, 0)) * step).astype(float32)
    }
    return _py_torch_make(a, dtype, device, requires_grad)
}

def _py_torch_linspace(start, end, steps, dtype=None, device="cpu", requires_grad=False) {
    return _py_torch_make(linspace(start, end, steps).astype(float32), dtype, device, requires_grad)
}

def _py_torch_logspace(start, end, steps, base=10.0, dtype=None, device="cpu", requires_grad=False) {
    return _py_torch_make(logspace(start, end, steps, base=base).astype(float32), dtype, device, requires_grad)
}

def _py_torch_eye(n, m=None, dtype=None, device="cpu", requires_grad=False) {
    if m is None {
        m = n
    }
    return _py_torch_make(eye(n, m, dtype=float32), dtype, device, requires_grad)
}

# `torch.max(t)`, `torch.max(a, b)` (element-wise), and `torch.max(t, dim)`:
# the values and the indices of the maxima along `dim`, as PyTorch's
# (values, indices) pair (`_, predicted = torch.max(outputs, 1)`).
def _py_torch_extreme(kind, input, dim, keepdim) {
    if kind == "max" {
        values = max(input, axis=dim, keepdims=keepdim)
        indices = argmax(input, axis=dim)
    } else {
        values = min(input, axis=dim, keepdims=keepdim)
        indices = argmin(input, axis=dim)
    }
    if keepdim {
        indices = expand_dims(indices, dim)
    }
    return _py_torch_return_types(kind, values, indices)
}

def _py_torch_return_types(kind, values, indices) {
    return _py_torch_MinMax(kind, values, indices)
}

class _py_torch_MinMax {
    def __init__(self, kind, values, indices) {
        self.kind = kind
        self.values = values
        self.indices = indices
    }
    def __iter__(self) {
        return iter((self.values, self.indices))
    }
    def __getitem__(self, i) {
        return (self.values, self.indices)[i]
    }
    def __len__(self) {
        return 2
    }
    def __repr__(self) {
        return "torch.return_types." + self.kind + "(\nvalues=" + repr(self.values) + ",\nindices=" + repr(self.indices) + ")"
    }
}

def _py_torch_max(input, other=None, dim=None, keepdim=False) {
    if isinstance(other, int) and dim is None {
        dim = other
        other = None
    }
    if other is not None {
        return maximum(input, other)
    }
    if dim is None {
        return max(input)
    }
    return _py_torch_extreme("max", input, dim, keepdim)
}

def _py_torch_min(input, other=None, dim=None, keepdim=False) {
    if isinstance(other, int) and dim is None {
        dim = other
        other = None
    }
    if other is not None {
        return minimum(input, other)
    }
    if dim is None {
        return min(input)
    }
    return _py_torch_extreme("min", input, dim, keepdim)
}
