# PyTorch's module system (`torch.nn`) and data loading
# (`torch.utils.data`), written in arr over libtorch tensors: `class
# Net(nn.Module)` subclasses `_py_nn_Module`, whose parameters() finds the
# tensors and modules the subclass stores as fields, in the order they were
# set, as PyTorch registers them. Layers draw their initial weights from
# libtorch's generator as PyTorch does (Linear: kaiming-uniform weight and
# uniform bias), so after `torch.manual_seed(s)` a model starts from
# PyTorch's weights, and a shuffling DataLoader visits PyTorch's order.
# tests/python/torch_*.arr run them against PyTorch's output.

def _py_nn_is_param(v) = type(v).__name__ == "tensor" and v.requires_grad

# Appends the parameters of `v` (a tensor or a module) to `out`, each once.
def _py_nn_collect(v, out) {
    if _py_nn_is_param(v) {
        for p in out {
            if p is v {
                return
            }
        }
        out.append(v)
    } elif isinstance(v, _py_nn_Module) {
        for f in v.__dict__.values() {
            _py_nn_collect(f, out)
        }
    }
}

# PyTorch's `_addindent`: every line but the first indented by `n`.
def _py_nn_indent(s, n) {
    lines = s.split("\n")
    if len(lines) == 1 {
        return s
    }
    return lines[0] + "\n" + "\n".join(" " * n + l for l in lines[1:])
}

class _py_nn_Module {
    def __init__(self) {
        self.training = True
    }

    def __call__(self, *args, **kwargs) {
        return self.forward(*args, **kwargs)
    }

    def forward(self, *args) {
        raise NotImplementedError(f"Module [{type(self).__name__}] is missing the required \"forward\" function")
    }

    def parameters(self, recurse=True) {
        out = []
        for f in self.__dict__.values() {
            if recurse or not isinstance(f, _py_nn_Module) {
                _py_nn_collect(f, out)
            }
        }
        return out
    }

    # (name, tensor) pairs, sub-modules' as "sub.weight".
    def named_parameters(self, prefix="", recurse=True) {
        out = []
        seen = []
        for name, v in self.__dict__.items() {
            if _py_nn_is_param(v) {
                out.append((prefix + name, v))
            } elif recurse and isinstance(v, _py_nn_Module) {
                out.extend(v.named_parameters(prefix + name + "."))
            }
        }
        return out
    }

    def named_children(self) {
        return [(k, m) for k, m in self.__dict__.items() if isinstance(m, _py_nn_Module)]
    }

    def children(self) {
        return [m for _, m in self.named_children()]
    }

    def modules(self) {
        out = [self]
        for m in self.children() {
            out.extend(m.modules())
        }
        return out
    }

    def named_modules(self, prefix="") {
        out = [(prefix, self)]
        for name, m in self.named_children() {
            out.extend(m.named_modules(prefix + "." + name if prefix else name))
        }
        return out
    }

    def apply(self, fn) {
        for m in self.children() {
            m.apply(fn)
        }
        fn(self)
        return self
    }

    def add_module(self, name, module) {
        setattr(self, name, module)
    }

    def train(self, mode=True) {
        self.training = mode
        for m in self.children() {
            m.train(mode)
        }
        return self
    }

    def eval(self) {
        return self.train(False)
    }

    def requires_grad_(self, requires_grad=True) {
        for p in self.parameters() {
            p.requires_grad_(requires_grad)
        }
        return self
    }

    def zero_grad(self, set_to_none=True) {
        for p in self.parameters() {
            if p.grad is not None {
                p.grad.zero_()
            }
        }
    }

    def state_dict(self) {
        return {name: p.detach() for name, p in self.named_parameters()}
    }

    def load_state_dict(self, state_dict, strict=True) {
        own = dict(self.named_parameters())
        missing = [k for k in own if k not in state_dict]
        unexpected = [k for k in state_dict if k not in own]
        if strict and (missing or unexpected) {
            parts = []
            if missing {
                parts.append("Missing key(s) in state_dict: " + ", ".join(f"\"{k}\"" for k in missing) + ".")
            }
            if unexpected {
                parts.append("Unexpected key(s) in state_dict: " + ", ".join(f"\"{k}\"" for k in unexpected) + ".")
            }
            raise RuntimeError(f"Error(s) in loading state_dict for {type(self).__name__}:\n\t" + "\n\t".join(parts))
        }
        with no_grad() {
            for k, p in own.items() {
                if k in state_dict {
                    p.copy_(state_dict[k])
                }
            }
        }
        return _py_nn_IncompatibleKeys(missing, unexpected)
    }

    def to(self, *args, **kwargs) {
        for a in list(args) + list(kwargs.values()) {
            if isinstance(a, str) and a.startswith("cuda") {
                raise NotImplementedError("Module.to('cuda'): moving a module written in arr to the GPU is not supported yet; its parameters stay on the CPU")
            }
        }
        return self
    }

    def cpu(self) = self

    def extra_repr(self) = ""

    def _get_name(self) {
        name = type(self).__name__
        return name[7:] if name.startswith("_py_nn_") else name
    }

    def __repr__(self) {
        extra = self.extra_repr()
        extra_lines = extra.split("\n") if extra else []
        child_lines = ["(" + k + "): " + _py_nn_indent(repr(m), 2) for k, m in self.named_children()]
        lines = extra_lines + child_lines
        s = self._get_name() + "("
        if lines {
            if len(extra_lines) == 1 and not child_lines {
                s += extra_lines[0]
            } else {
                s += "\n  " + "\n  ".join(lines) + "\n"
            }
        }
        return s + ")"
    }
}

class _py_nn_IncompatibleKeys {
    def __init__(self, missing_keys, unexpected_keys) {
        self.missing_keys = missing_keys
        self.unexpected_keys = unexpected_keys
    }
    def __repr__(self) {
        if not self.missing_keys and not self.unexpected_keys {
            return "<All keys matched successfully>"
        }
        return f"_IncompatibleKeys(missing_keys={self.missing_keys}, unexpected_keys={self.unexpected_keys})"
    }
}

# `nn.Parameter(t)`: the tensor, detached, requiring gradients.
def _py_nn_Parameter(data=None, requires_grad=True) {
    if data is None {
        data = _py_torch_empty(0)
    }
    return data.detach().requires_grad_(requires_grad)
}

# PyTorch's `init.kaiming_uniform_(w, a=sqrt(5))` bound for a fan-in, computed
# with the same float operations.
def _py_nn_kaiming_bound(fan_in) {
    a = sqrt(5.0)
    gain = sqrt(2.0 / (1 + a ** 2))
    std = gain / sqrt(fan_in)
    return sqrt(3.0) * std
}

class _py_nn_Linear(_py_nn_Module) {
    def __init__(self, in_features, out_features, bias=True, device=None, dtype=None) {
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        w = _py_torch_empty(out_features, in_features)
        b = _py_torch_empty(out_features) if bias else None
        if in_features > 0 {
            bound = _py_nn_kaiming_bound(in_features)
            w.uniform_(-bound, bound)
            if bias {
                bound = 1 / sqrt(in_features)
                b.uniform_(-bound, bound)
            }
        }
        self.weight = w.requires_grad_()
        self.bias = b.requires_grad_() if bias else None
    }

    def forward(self, x) = _torch_call("linear", x, self.weight, self.bias)

    def extra_repr(self) = f"in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None}"
}

class _py_nn_Identity(_py_nn_Module) {
    def __init__(self, *args, **kwargs) {
        super().__init__()
    }
    def forward(self, x) = x
}

class _py_nn_ReLU(_py_nn_Module) {
    def __init__(self, inplace=False) {
        super().__init__()
        self.inplace = inplace
    }
    def forward(self, x) = relu(x)
    def extra_repr(self) = "inplace=True" if self.inplace else ""
}

class _py_nn_LeakyReLU(_py_nn_Module) {
    def __init__(self, negative_slope=0.01, inplace=False) {
        super().__init__()
        self.negative_slope = negative_slope
        self.inplace = inplace
    }
    def forward(self, x) = _torch_call("leaky_relu", x, self.negative_slope)
    def extra_repr(self) = f"negative_slope={self.negative_slope}" + (", inplace=True" if self.inplace else "")
}

class _py_nn_Sigmoid(_py_nn_Module) {
    def forward(self, x) = sigmoid(x)
}

class _py_nn_Tanh(_py_nn_Module) {
    def forward(self, x) = tanh(x)
}

class _py_nn_GELU(_py_nn_Module) {
    def __init__(self, approximate="none") {
        super().__init__()
        self.approximate = approximate
    }
    def forward(self, x) = gelu(x) if self.approximate == "none" else _torch_call("gelu_tanh", x)
    def extra_repr(self) = f"approximate={self.approximate!r}"
}

class _py_nn_SiLU(_py_nn_Module) {
    def forward(self, x) = _torch_call("silu", x)
}

class _py_nn_ELU(_py_nn_Module) {
    def __init__(self, alpha=1.0, inplace=False) {
        super().__init__()
        self.alpha = alpha
    }
    def forward(self, x) = _torch_call("elu", x, self.alpha)
    def extra_repr(self) = f"alpha={self.alpha}"
}

class _py_nn_Softplus(_py_nn_Module) {
    def __init__(self, beta=1.0, threshold=20.0) {
        super().__init__()
        self.beta = beta
        self.threshold = threshold
    }
    def forward(self, x) = _torch_call("softplus", x, self.beta, self.threshold)
    def extra_repr(self) = f"beta={self.beta}, threshold={self.threshold}"
}

class _py_nn_Softmax(_py_nn_Module) {
    def __init__(self, dim=None) {
        super().__init__()
        self.dim = dim
    }
    def forward(self, x) = _torch_call("softmax", x, self.dim)
    def extra_repr(self) = f"dim={self.dim}"
}

class _py_nn_LogSoftmax(_py_nn_Module) {
    def __init__(self, dim=None) {
        super().__init__()
        self.dim = dim
    }
    def forward(self, x) = _torch_call("log_softmax", x, self.dim)
    def extra_repr(self) = f"dim={self.dim}"
}

class _py_nn_Dropout(_py_nn_Module) {
    def __init__(self, p=0.5, inplace=False) {
        super().__init__()
        if p < 0 or p > 1 {
            raise ValueError(f"dropout probability has to be between 0 and 1, but got {p}")
        }
        self.p = p
        self.inplace = inplace
    }
    def forward(self, x) = _torch_call("dropout", x, self.p, self.training)
    def extra_repr(self) = f"p={self.p}, inplace={self.inplace}"
}

class _py_nn_Flatten(_py_nn_Module) {
    def __init__(self, start_dim=1, end_dim=-1) {
        super().__init__()
        self.start_dim = start_dim
        self.end_dim = end_dim
    }
    def forward(self, x) = x.flatten(self.start_dim, self.end_dim)
    def extra_repr(self) = f"start_dim={self.start_dim}, end_dim={self.end_dim}"
}

# Modules registered under "0", "1", ... as PyTorch names them.
class _py_nn_Sequential(_py_nn_Module) {
    def __init__(self, *layers) {
        super().__init__()
        if len(layers) == 1 and isinstance(layers[0], dict) {
            for name, m in layers[0].items() {
                setattr(self, name, m)
            }
        } else {
            for i, m in enumerate(layers) {
                setattr(self, str(i), m)
            }
        }
    }

    def forward(self, x) {
        for m in self.children() {
            x = m(x)
        }
        return x
    }

    def append(self, module) {
        setattr(self, str(len(self)), module)
        return self
    }

    def __getitem__(self, i) {
        mods = self.children()
        if isinstance(i, slice) {
            return _py_nn_Sequential(*mods[i])
        }
        return mods[i]
    }
    def __len__(self) = len(self.children())
    def __iter__(self) = iter(self.children())
}

class _py_nn_ModuleList(_py_nn_Module) {
    def __init__(self, modules=None) {
        super().__init__()
        if modules is not None {
            for m in modules {
                self.append(m)
            }
        }
    }
    def append(self, module) {
        setattr(self, str(len(self)), module)
        return self
    }
    def extend(self, modules) {
        for m in modules {
            self.append(m)
        }
        return self
    }
    def __getitem__(self, i) {
        mods = self.children()
        if isinstance(i, slice) {
            return _py_nn_ModuleList(mods[i])
        }
        return mods[i]
    }

    # PyTorch's: runs of equal modules as "(0-1): 2 x Linear(...)".
    def __repr__(self) {
        reprs = [repr(m) for m in self.children()]
        if not reprs {
            return self._get_name() + "()"
        }
        runs = [[0, 0, reprs[0]]]
        for i in range(1, len(reprs)) {
            if reprs[i] == runs[-1][2] {
                runs[-1][1] = i
            } else {
                runs.append([i, i, reprs[i]])
            }
        }
        lines = []
        for start, end, r in runs {
            if start == end {
                lines.append(_py_nn_indent(f"({start}): {r}", 2))
            } else {
                lines.append(_py_nn_indent(f"({start}-{end}): {end - start + 1} x {r}", 2))
            }
        }
        return self._get_name() + "(\n  " + "\n  ".join(lines) + "\n)"
    }
    def __len__(self) = len(self.children())
    def __iter__(self) = iter(self.children())
}

# Losses: `criterion(input, target)` as `torch.nn.functional`'s functions.
class _py_nn_Loss(_py_nn_Module) {
    def __init__(self, reduction="mean") {
        super().__init__()
        if reduction not in ("mean", "sum", "none") {
            raise ValueError(f"{reduction} is not a valid value for reduction")
        }
        self.reduction = reduction
    }
}

class _py_nn_MSELoss(_py_nn_Loss) {
    def forward(self, input, target) = _torch_call("mse_loss", input, target, reduction=self.reduction)
}

class _py_nn_L1Loss(_py_nn_Loss) {
    def forward(self, input, target) = _torch_call("l1_loss", input, target, reduction=self.reduction)
}

class _py_nn_CrossEntropyLoss(_py_nn_Loss) {
    def __init__(self, weight=None, ignore_index=-100, reduction="mean", label_smoothing=0.0) {
        super().__init__(reduction)
        self.weight = weight
        self.ignore_index = ignore_index
        self.label_smoothing = label_smoothing
    }
    def forward(self, input, target) = _torch_call("cross_entropy", input, target, self.weight, ignore_index=self.ignore_index, reduction=self.reduction, label_smoothing=self.label_smoothing)
}

class _py_nn_NLLLoss(_py_nn_Loss) {
    def __init__(self, weight=None, ignore_index=-100, reduction="mean") {
        super().__init__(reduction)
        self.weight = weight
        self.ignore_index = ignore_index
    }
    def forward(self, input, target) = _torch_call("nll_loss", input, target, self.weight, ignore_index=self.ignore_index, reduction=self.reduction)
}

class _py_nn_BCELoss(_py_nn_Loss) {
    def __init__(self, weight=None, reduction="mean") {
        super().__init__(reduction)
        self.weight = weight
    }
    def forward(self, input, target) = _torch_call("binary_cross_entropy", input, target, self.weight, reduction=self.reduction)
}

class _py_nn_BCEWithLogitsLoss(_py_nn_Loss) {
    def __init__(self, weight=None, reduction="mean", pos_weight=None) {
        super().__init__(reduction)
        self.weight = weight
        self.pos_weight = pos_weight
    }
    def forward(self, input, target) = _torch_call("binary_cross_entropy_with_logits", input, target, self.weight, pos_weight=self.pos_weight, reduction=self.reduction)
}

class _py_nn_SmoothL1Loss(_py_nn_Loss) {
    def __init__(self, reduction="mean", beta=1.0) {
        super().__init__(reduction)
        self.beta = beta
    }
    def forward(self, input, target) = _torch_call("smooth_l1_loss", input, target, reduction=self.reduction, beta=self.beta)
}

class _py_nn_HuberLoss(_py_nn_Loss) {
    def __init__(self, reduction="mean", delta=1.0) {
        super().__init__(reduction)
        self.delta = delta
    }
    def forward(self, input, target) = _torch_call("huber_loss", input, target, reduction=self.reduction, delta=self.delta)
}

class _py_nn_KLDivLoss(_py_nn_Loss) {
    def __init__(self, reduction="mean", log_target=False) {
        super().__init__(reduction)
        self.log_target = log_target
    }
    def forward(self, input, target) = _torch_call("kl_div", input, target, reduction=self.reduction, log_target=self.log_target)
}

# torch.utils.data: a dataset of tensors indexed together, and batches.
class _py_nn_Dataset {
    def __getitem__(self, index) {
        raise NotImplementedError(f"Subclasses of Dataset should implement __getitem__.")
    }
}

class _py_nn_TensorDataset(_py_nn_Dataset) {
    def __init__(self, *tensors) {
        if not tensors {
            raise ValueError("TensorDataset needs at least one tensor")
        }
        n = len(tensors[0])
        for t in tensors {
            if len(t) != n {
                raise ValueError("Size mismatch between tensors")
            }
        }
        self.tensors = tensors
    }
    def __getitem__(self, index) = tuple(t[index] for t in self.tensors)
    def __len__(self) = len(self.tensors[0])
}

# PyTorch's default_collate: samples (tuples, tensors, numbers, arrays)
# stacked into one batch per field.
def _py_nn_collate(batch) {
    first = batch[0]
    if isinstance(first, (tuple, list)) {
        return [_py_nn_collate([s[i] for s in batch]) for i in range(len(first))]
    }
    if isinstance(first, dict) {
        return {k: _py_nn_collate([s[k] for s in batch]) for k in first}
    }
    if type(first).__name__ == "tensor" {
        return stack(batch)
    }
    if isinstance(first, float) {
        return tensor(batch, dtype="float64")
    }
    return tensor(array(batch))
}

class _py_nn_DataLoader {
    def __init__(self, dataset, batch_size=1, shuffle=False, drop_last=False, collate_fn=None, num_workers=0, pin_memory=False, generator=None) {
        if generator is not None {
            raise NotImplementedError("DataLoader(generator=): torch.Generator objects are not supported yet; torch.manual_seed(s) makes the shuffling repeat")
        }
        self.dataset = dataset
        self.batch_size = batch_size
        self.shuffle = shuffle
        self.drop_last = drop_last
        self.collate_fn = collate_fn
    }

    def __len__(self) {
        n = len(self.dataset)
        if self.drop_last {
            return n // self.batch_size
        }
        return (n + self.batch_size - 1) // self.batch_size
    }

    # The order PyTorch's RandomSampler visits: a seed drawn from the global
    # generator, then randperm on a generator seeded with it. Each pass
    # first draws the loader's base seed (for workers), shuffling or not.
    def _order(self) {
        n = len(self.dataset)
        _py_torch_empty_int().random_()
        if not self.shuffle {
            return list(range(n))
        }
        seed = _py_torch_empty_int().random_().item()
        return _torch_randperm_seeded(n, seed)
    }

    def __iter__(self) {
        order = self._order()
        n = len(order)
        bs = self.batch_size
        stop = n - n % bs if self.drop_last else n
        fast = self.collate_fn is None and isinstance(self.dataset, _py_nn_TensorDataset)
        batches = []
        for start in range(0, stop, bs) {
            idx = order[start:start + bs]
            if fast {
                index = tensor(idx)
                batches.append([t[index] for t in self.dataset.tensors])
            } else {
                samples = [self.dataset[i] for i in idx]
                collate = self.collate_fn if self.collate_fn is not None else _py_nn_collate
                batches.append(collate(samples))
            }
        }
        return iter(batches)
    }
}

# `random_split(dataset, lengths)`: disjoint subsets in randperm's order.
class _py_nn_Subset(_py_nn_Dataset) {
    def __init__(self, dataset, indices) {
        self.dataset = dataset
        self.indices = indices
    }
    def __getitem__(self, i) = self.dataset[self.indices[i]]
    def __len__(self) = len(self.indices)
}

def _py_nn_random_split(dataset, lengths, generator=None) {
    n = len(dataset)
    if all(isinstance(x, float) for x in lengths) and abs(sum(lengths) - 1) < 1e-9 {
        counts = [int(floor(n * f)) for f in lengths]
        rest = n - sum(counts)
        for i in range(rest) {
            counts[i % len(counts)] += 1
        }
        lengths = counts
    }
    if sum(lengths) != n {
        raise ValueError("Sum of input lengths does not equal the length of the input dataset!")
    }
    perm = _torch_call("randperm", n).tolist()
    out = []
    start = 0
    for k in lengths {
        out.append(_py_nn_Subset(dataset, perm[start:start + k]))
        start += k
    }
    return out
}
