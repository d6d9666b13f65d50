# PyTorch's tensor creation functions, written in arr over `tensor()`:
# `torch.zeros ones full empty arange linspace logspace eye full_like`
# (`_py_torch_<name>`), with PyTorch's defaults: float32 for float data
# and for zeros/ones/full of floats, int64 for `arange` of ints, sizes as
# separate ints or one tuple, and `dtype=`, `requires_grad=`, `device=`.
#
# The random creators (`rand randn randint randperm normal rand_like
# randn_like`) draw from libtorch's generator, so after `torch.manual_seed(s)`
# they give PyTorch's numbers. PyTorch's functions that are its tensor
# methods (`torch.topk(t, 2)` is `t.topk(2)`) call `_torch_call`. What stays
# different from PyTorch: `empty` gives zeros (PyTorch leaves the memory
# uninitialised).

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

# PyTorch's named (values, indices) results: `torch.return_types.max(...)`.
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

# PyTorch's dtypes (`torch.float32`, `torch.long`, ...): they print as
# `torch.float32` and work wherever arr takes a dtype.
_py_torch_float16 = _torch_dtype("float16")
_py_torch_bfloat16 = _torch_dtype("bfloat16")
_py_torch_float32 = _torch_dtype("float32")
_py_torch_float64 = _torch_dtype("float64")
_py_torch_int8 = _torch_dtype("int8")
_py_torch_int16 = _torch_dtype("int16")
_py_torch_int32 = _torch_dtype("int32")
_py_torch_int64 = _torch_dtype("int64")
_py_torch_uint8 = _torch_dtype("uint8")
_py_torch_bool = _torch_dtype("bool")
_py_torch_complex64 = _torch_dtype("complex64")
_py_torch_complex128 = _torch_dtype("complex128")

def _py_torch_rand(*size, **kwargs) = _torch_call("rand", *size, **kwargs)
def _py_torch_randn(*size, **kwargs) = _torch_call("randn", *size, **kwargs)
def _py_torch_randint(*args, **kwargs) = _torch_call("randint", *args, **kwargs)
def _py_torch_randperm(n, **kwargs) = _torch_call("randperm", n, **kwargs)
def _py_torch_normal(mean=0.0, std=1.0, size=None, **kwargs) {
    if size is None {
        raise TypeError("torch.normal(mean, std, size): arr takes float mean and std with a size")
    }
    return _torch_call("normal", mean, std, size, **kwargs)
}
def _py_torch_rand_like(input, **kwargs) = _torch_call("rand_like", input, **kwargs)
def _py_torch_randn_like(input, **kwargs) = _torch_call("randn_like", input, **kwargs)
# A 0-d int64 tensor (what a shuffling DataLoader draws its seed into).
def _py_torch_empty_int() = tensor(0)

# Functions that are tensor methods: `torch.name(t, ...)` is `t.name(...)`.
def _py_torch_transpose(input, dim0, dim1) = input.transpose(dim0, dim1)
def _py_torch_permute(input, dims) = input.permute(dims)
def _py_torch_squeeze(input, dim=None) = input.squeeze(dim)
def _py_torch_unsqueeze(input, dim) = input.unsqueeze(dim)
def _py_torch_flatten(input, start_dim=0, end_dim=-1) = input.flatten(start_dim, end_dim)
def _py_torch_chunk(input, chunks, dim=0) = input.chunk(chunks, dim)
def _py_torch_split(tensor, split_size_or_sections, dim=0) = tensor.split(split_size_or_sections, dim)
def _py_torch_topk(input, k, dim=-1, largest=True, sorted=True) = input.topk(k, dim, largest, sorted)
def _py_torch_sort(input, dim=-1, descending=False, stable=False) = input.sort(dim, descending, stable=stable)
def _py_torch_argsort(input, dim=-1, descending=False, stable=False) = input.argsort(dim, descending, stable=stable)
def _py_torch_flip(input, dims) = input.flip(dims)
def _py_torch_roll(input, shifts, dims=None) = input.roll(shifts, dims)
def _py_torch_tril(input, diagonal=0) = input.tril(diagonal)
def _py_torch_triu(input, diagonal=0) = input.triu(diagonal)
def _py_torch_diag(input, diagonal=0) = input.diag(diagonal)
def _py_torch_gather(input, dim, index) = input.gather(dim, index)
def _py_torch_index_select(input, dim, index) = input.index_select(dim, index)
def _py_torch_masked_fill(input, mask, value) = input.masked_fill(mask, value)
def _py_torch_narrow(input, dim, start, length) = input.narrow(dim, start, length)
def _py_torch_clamp(input, min=None, max=None) = input.clamp(min, max)
def _py_torch_softmax(input, dim=None, dtype=None) = _torch_call("softmax", input, dim, dtype=dtype) if dtype is not None else _torch_call("softmax", input, dim)
def _py_torch_log_softmax(input, dim=None, dtype=None) = _torch_call("log_softmax", input, dim, dtype=dtype) if dtype is not None else _torch_call("log_softmax", input, dim)
def _py_torch_median(input, dim=None, keepdim=False) = input.median() if dim is None else input.median(dim, keepdim)
def _py_torch_log1p(input) = input.log1p()
def _py_torch_expm1(input) = input.expm1()
def _py_torch_square(input) = input.square()
def _py_torch_neg(input) = input.neg()
def _py_torch_std(input, *args, **kwargs) = input.std(*args, **kwargs)
def _py_torch_var(input, *args, **kwargs) = input.var(*args, **kwargs)
def _py_torch_pow(input, exponent) = input ** exponent
def _py_torch_eq(input, other) = input == other
def _py_torch_ne(input, other) = input != other
def _py_torch_gt(input, other) = input > other
def _py_torch_ge(input, other) = input >= other
def _py_torch_lt(input, other) = input < other
def _py_torch_le(input, other) = input <= other
def _py_torch_add(input, other, alpha=1) = input + other * alpha if alpha != 1 else input + other
def _py_torch_sub(input, other, alpha=1) = input - other * alpha if alpha != 1 else input - other
def _py_torch_mul(input, other) = input * other
def _py_torch_div(input, other) = input / other
def _py_torch_numel(input) = input.numel()
def _py_torch_is_tensor(obj) = type(obj).__name__ == "tensor"
def _py_torch_equal(input, other) = input.shape == other.shape and bool((input == other).all())
def _py_torch_get_default_dtype() = _py_torch_float32
def _py_torch_device(type, index=None) = type if index is None else f"{type}:{index}"

# torch.nn.functional's losses and activations with options.
def _py_torch_F_cross_entropy(input, target, weight=None, **kwargs) = _torch_call("cross_entropy", input, target, weight, **kwargs)
def _py_torch_F_nll_loss(input, target, weight=None, **kwargs) = _torch_call("nll_loss", input, target, weight, **kwargs)
def _py_torch_F_mse_loss(input, target, **kwargs) = _torch_call("mse_loss", input, target, **kwargs)
def _py_torch_F_l1_loss(input, target, **kwargs) = _torch_call("l1_loss", input, target, **kwargs)
def _py_torch_F_smooth_l1_loss(input, target, **kwargs) = _torch_call("smooth_l1_loss", input, target, **kwargs)
def _py_torch_F_huber_loss(input, target, **kwargs) = _torch_call("huber_loss", input, target, **kwargs)
def _py_torch_F_binary_cross_entropy(input, target, weight=None, **kwargs) = _torch_call("binary_cross_entropy", input, target, weight, **kwargs)
def _py_torch_F_binary_cross_entropy_with_logits(input, target, weight=None, **kwargs) = _torch_call("binary_cross_entropy_with_logits", input, target, weight, **kwargs)
def _py_torch_F_kl_div(input, target, **kwargs) = _torch_call("kl_div", input, target, **kwargs)
def _py_torch_F_one_hot(tensor, num_classes=-1) = _torch_call("one_hot", tensor, num_classes)
def _py_torch_F_dropout(input, p=0.5, training=True, inplace=False) = _torch_call("dropout", input, p, training)
def _py_torch_F_linear(input, weight, bias=None) = _torch_call("linear", input, weight, bias)
def _py_torch_F_leaky_relu(input, negative_slope=0.01, inplace=False) = _torch_call("leaky_relu", input, negative_slope)
def _py_torch_F_elu(input, alpha=1.0, inplace=False) = _torch_call("elu", input, alpha)
def _py_torch_F_silu(input, inplace=False) = _torch_call("silu", input)
def _py_torch_F_softplus(input, beta=1.0, threshold=20.0) = _torch_call("softplus", input, beta, threshold)
def _py_torch_F_normalize(input, p=2.0, dim=1, eps=1e-12) = _torch_call("normalize", input, p, dim, eps)
def _py_torch_F_gelu(input, approximate="none") = gelu(input) if approximate == "none" else _torch_call("gelu_tanh", input)

# torch.optim's optimizers: PyTorch's defaults and repr over arr's
# optimizers, with `param_groups` (one group) whose "lr" a scheduler or the
# program may change; step() hands a changed rate to the optimizer.
class _py_torch_Optimizer {
    def __init__(self, name, params, defaults, make) {
        params = list(params)
        if params and isinstance(params[0], dict) {
            raise NotImplementedError(f"torch.optim.{name}: parameter groups (a list of dicts) are not supported yet; pass model.parameters()")
        }
        self._name = name
        self._opt = make(params)
        self._lr = defaults["lr"]
        group = {"params": params}
        group.update(defaults)
        self.param_groups = [group]
        self.defaults = defaults
        self.state = {}
    }

    def _sync(self) {
        lr = self.param_groups[0]["lr"]
        if lr != self._lr {
            self._opt.set_lr(lr)
            self._lr = lr
        }
    }

    def step(self, closure=None) {
        loss = None
        if closure is not None {
            loss = closure()
        }
        self._sync()
        self._opt.step()
        return loss
    }

    def zero_grad(self, set_to_none=True) {
        self._opt.zero_grad()
    }

    def __repr__(self) {
        lines = [self._name + " (", "Parameter Group 0"]
        group = self.param_groups[0]
        for k in sorted(group) {
            if k != "params" {
                lines.append(f"    {k}: {group[k]}")
            }
        }
        return "\n".join(lines) + "\n)"
    }
}

def _py_torch_optim_SGD(params, lr=0.001, momentum=0, dampening=0, weight_decay=0, nesterov=False, *, maximize=False, foreach=None, differentiable=False, fused=None) {
    defaults = {"lr": lr, "momentum": momentum, "dampening": dampening, "weight_decay": weight_decay, "nesterov": nesterov, "maximize": maximize, "foreach": foreach, "differentiable": differentiable, "fused": fused}
    _py_torch_check_flags("SGD", maximize, differentiable, fused)
    return _py_torch_Optimizer("SGD", params, defaults, fn(p) = sgd(p, lr=lr, momentum=momentum, dampening=dampening, weight_decay=weight_decay, nesterov=nesterov))
}

def _py_torch_optim_Adam(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None, decoupled_weight_decay=False) {
    defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "amsgrad": amsgrad, "foreach": foreach, "maximize": maximize, "capturable": capturable, "differentiable": differentiable, "fused": fused, "decoupled_weight_decay": decoupled_weight_decay}
    _py_torch_check_flags("Adam", maximize, differentiable, fused)
    kind = adamw if decoupled_weight_decay else adam
    return _py_torch_Optimizer("Adam", params, defaults, fn(p) = kind(p, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad))
}

def _py_torch_optim_AdamW(params, lr=0.001, betas=(0.9, 0.999), eps=1e-08, weight_decay=0.01, amsgrad=False, *, foreach=None, maximize=False, capturable=False, differentiable=False, fused=None) {
    defaults = {"lr": lr, "betas": betas, "eps": eps, "weight_decay": weight_decay, "amsgrad": amsgrad, "foreach": foreach, "maximize": maximize, "capturable": capturable, "differentiable": differentiable, "fused": fused, "decoupled_weight_decay": True}
    _py_torch_check_flags("AdamW", maximize, differentiable, fused)
    return _py_torch_Optimizer("AdamW", params, defaults, fn(p) = adamw(p, lr=lr, betas=betas, eps=eps, weight_decay=weight_decay, amsgrad=amsgrad))
}

def _py_torch_optim_RMSprop(params, lr=0.01, alpha=0.99, eps=1e-08, weight_decay=0, momentum=0, centered=False, capturable=False, foreach=None, maximize=False, differentiable=False) {
    defaults = {"lr": lr, "alpha": alpha, "eps": eps, "weight_decay": weight_decay, "momentum": momentum, "centered": centered, "capturable": capturable, "foreach": foreach, "maximize": maximize, "differentiable": differentiable}
    _py_torch_check_flags("RMSprop", maximize, differentiable, None)
    return _py_torch_Optimizer("RMSprop", params, defaults, fn(p) = rmsprop(p, lr=lr, alpha=alpha, eps=eps, weight_decay=weight_decay, momentum=momentum, centered=centered))
}

def _py_torch_check_flags(name, maximize, differentiable, fused) {
    if maximize or differentiable or fused {
        raise NotImplementedError(f"torch.optim.{name}: maximize=, differentiable= and fused= are not supported yet")
    }
}

# torch.optim.lr_scheduler, as PyTorch computes each rate (from the last one).
class _py_torch_LRScheduler {
    def __init__(self, optimizer, last_epoch=-1) {
        if not isinstance(optimizer, _py_torch_Optimizer) {
            raise TypeError(f"{type(optimizer).__name__} is not an Optimizer")
        }
        self.optimizer = optimizer
        for group in optimizer.param_groups {
            group.setdefault("initial_lr", group["lr"])
        }
        self.base_lrs = [g["initial_lr"] for g in optimizer.param_groups]
        self.last_epoch = last_epoch
        self._step_count = 0
        self._is_initial = True
        self.step()
        self._is_initial = False
    }

    def step(self, epoch=None) {
        self._step_count += 1
        self.last_epoch += 1
        values = self.get_lr()
        for group, lr in zip(self.optimizer.param_groups, values) {
            group["lr"] = lr
        }
        self._last_lr = [g["lr"] for g in self.optimizer.param_groups]
    }

    def get_last_lr(self) = self._last_lr

    def _lrs(self) = [g["lr"] for g in self.optimizer.param_groups]
}

class _py_torch_StepLR(_py_torch_LRScheduler) {
    def __init__(self, optimizer, step_size, gamma=0.1, last_epoch=-1) {
        self.step_size = step_size
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)
    }
    def get_lr(self) {
        if self.last_epoch == 0 or self.last_epoch % self.step_size != 0 {
            return self._lrs()
        }
        return [lr * self.gamma for lr in self._lrs()]
    }
}

class _py_torch_MultiStepLR(_py_torch_LRScheduler) {
    def __init__(self, optimizer, milestones, gamma=0.1, last_epoch=-1) {
        self.milestones = {}
        for m in milestones {
            self.milestones[m] = self.milestones.get(m, 0) + 1
        }
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)
    }
    def get_lr(self) {
        if self.last_epoch not in self.milestones {
            return self._lrs()
        }
        return [lr * self.gamma ** self.milestones[self.last_epoch] for lr in self._lrs()]
    }
}

class _py_torch_ExponentialLR(_py_torch_LRScheduler) {
    def __init__(self, optimizer, gamma, last_epoch=-1) {
        self.gamma = gamma
        super().__init__(optimizer, last_epoch)
    }
    def get_lr(self) {
        if self._is_initial {
            return self._lrs()
        }
        return [lr * self.gamma for lr in self._lrs()]
    }
}

class _py_torch_LambdaLR(_py_torch_LRScheduler) {
    def __init__(self, optimizer, lr_lambda, last_epoch=-1) {
        self.lr_lambdas = list(lr_lambda) if isinstance(lr_lambda, (list, tuple)) else [lr_lambda] * len(optimizer.param_groups)
        super().__init__(optimizer, last_epoch)
    }
    def get_lr(self) = [base * f(self.last_epoch) for f, base in zip(self.lr_lambdas, self.base_lrs)]
}

class _py_torch_CosineAnnealingLR(_py_torch_LRScheduler) {
    def __init__(self, optimizer, T_max, eta_min=0.0, last_epoch=-1) {
        self.T_max = T_max
        self.eta_min = eta_min
        super().__init__(optimizer, last_epoch)
    }
    def get_lr(self) {
        if self._is_initial {
            return self._lrs()
        }
        if self._step_count == 1 and self.last_epoch > 0 {
            return [self.eta_min + (base - self.eta_min) * (1 + cos(self.last_epoch * pi / self.T_max)) / 2 for base in self.base_lrs]
        }
        if (self.last_epoch - 1 - self.T_max) % (2 * self.T_max) == 0 {
            return [lr + (base - self.eta_min) * (1 - cos(pi / self.T_max)) / 2 for base, lr in zip(self.base_lrs, self._lrs())]
        }
        return [(1 + cos(pi * self.last_epoch / self.T_max)) / (1 + cos(pi * (self.last_epoch - 1) / self.T_max)) * (lr - self.eta_min) + self.eta_min for lr in self._lrs()]
    }
}

class _py_torch_ReduceLROnPlateau {
    def __init__(self, optimizer, mode="min", factor=0.1, patience=10, threshold=0.0001, threshold_mode="rel", cooldown=0, min_lr=0, eps=1e-08) {
        if factor >= 1.0 {
            raise ValueError("Factor should be < 1.0.")
        }
        if mode not in ("min", "max") {
            raise ValueError("mode " + mode + " is unknown!")
        }
        if threshold_mode not in ("rel", "abs") {
            raise ValueError("threshold mode " + threshold_mode + " is unknown!")
        }
        self.optimizer = optimizer
        self.mode = mode
        self.factor = factor
        self.patience = patience
        self.threshold = threshold
        self.threshold_mode = threshold_mode
        self.cooldown = cooldown
        self.min_lrs = list(min_lr) if isinstance(min_lr, (list, tuple)) else [min_lr] * len(optimizer.param_groups)
        self.eps = eps
        self.last_epoch = 0
        self._last_lr = [g["lr"] for g in optimizer.param_groups]
        self.best = inf if mode == "min" else -inf
        self.num_bad_epochs = 0
        self.cooldown_counter = 0
    }

    def _is_better(self, a, best) {
        if self.mode == "min" and self.threshold_mode == "rel" {
            return a < best * (1.0 - self.threshold)
        } elif self.mode == "min" {
            return a < best - self.threshold
        } elif self.threshold_mode == "rel" {
            return a > best * (self.threshold + 1.0)
        }
        return a > best + self.threshold
    }

    def step(self, metrics) {
        current = float(metrics)
        self.last_epoch += 1
        if self._is_better(current, self.best) {
            self.best = current
            self.num_bad_epochs = 0
        } else {
            self.num_bad_epochs += 1
        }
        if self.cooldown_counter > 0 {
            self.cooldown_counter -= 1
            self.num_bad_epochs = 0
        }
        if self.num_bad_epochs > self.patience {
            for i, group in enumerate(self.optimizer.param_groups) {
                old = float(group["lr"])
                new = max(old * self.factor, self.min_lrs[i])
                if old - new > self.eps {
                    group["lr"] = new
                }
            }
            self.cooldown_counter = self.cooldown
            self.num_bad_epochs = 0
        }
        self._last_lr = [g["lr"] for g in self.optimizer.param_groups]
    }

    def get_last_lr(self) = self._last_lr
}

# torch.autograd.grad: the gradients of outputs with respect to inputs.
def _py_torch_autograd_grad(outputs, inputs, grad_outputs=None, retain_graph=None, create_graph=False, only_inputs=True, allow_unused=False) {
    if retain_graph is None {
        retain_graph = create_graph
    }
    return _torch_call("autograd_grad", outputs, inputs, grad_outputs, retain_graph, create_graph, only_inputs, allow_unused)
}

# libtorch's intra-op thread count (arr's tensors and models use it too).
def _py_torch_set_num_threads(num) = _torch_call("set_num_threads", num)
def _py_torch_get_num_threads() = _torch_call("get_num_threads")
