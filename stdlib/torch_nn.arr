# PyTorch's module system, written in arr: `class Net(nn.Module)` subclasses
# `_torch_Module` (what `torch.nn.Module` names), whose parameters() finds
# the tensors and modules the subclass stores as fields, in the order they
# were set, as PyTorch registers them. `torch.nn.Linear`, the activation
# modules, `torch.nn.Sequential` and the common losses are written the same
# way. tests/python/torch_module_*.arr run them against PyTorch's output.

def _torch_is_param(v) = type(v).__name__ == "tensor" and v.requires_grad

# Appends the parameters of `v` (a tensor, a module, or a list, tuple or dict
# of those) to `out`, each tensor once.
def _torch_collect(v, out) {
    if _torch_is_param(v) {
        for p in out {
            if p is v {
                return
            }
        }
        out.append(v)
    } elif isinstance(v, _torch_Module) {
        for f in v.__dict__.values() {
            _torch_collect(f, out)
        }
    } elif isinstance(v, (list, tuple)) {
        for f in v {
            _torch_collect(f, out)
        }
    } elif isinstance(v, dict) {
        for f in v.values() {
            _torch_collect(f, out)
        }
    }
}

class _torch_Module {
    def __init__(self) {
        self.training = True
    }

    def __call__(self, *args, **kwargs) {
        return self.forward(*args, **kwargs)
    }

    def forward(self, *args) {
        raise NotImplementedError(f"Module [{type(self).__name__}] is missing the required \"forward\" function")
    }

    def parameters(self) {
        out = []
        for f in self.__dict__.values() {
            _torch_collect(f, out)
        }
        return out
    }

    # (name, tensor) pairs, sub-modules' as "sub.weight".
    def named_parameters(self, prefix="") {
        out = []
        for name, v in self.__dict__.items() {
            if _torch_is_param(v) {
                out.append((prefix + name, v))
            } elif isinstance(v, _torch_Module) {
                out.extend(v.named_parameters(prefix + name + "."))
            }
        }
        return out
    }

    def children(self) {
        return [m for m in self.__dict__.values() if isinstance(m, _torch_Module)]
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

    def zero_grad(self) {
        for p in self.parameters() {
            if p.grad is not None {
                p.grad.zero_()
            }
        }
    }
}

class _torch_Linear(_torch_Module) {
    def __init__(self, in_features, out_features, bias=True) {
        super().__init__()
        self.in_features = in_features
        self.out_features = out_features
        # PyTorch's default: uniform in +-1/sqrt(in_features).
        bound = 1.0 / in_features ** 0.5
        self.weight = tensor(uniform(-bound, bound, (out_features, in_features)), requires_grad=True)
        self.bias = tensor(uniform(-bound, bound, (out_features,)), requires_grad=True) if bias else None
    }

    def forward(self, x) {
        y = x @ self.weight.T
        return y if self.bias is None else y + self.bias
    }

    def __repr__(self) {
        return f"Linear(in_features={self.in_features}, out_features={self.out_features}, bias={self.bias is not None})"
    }
}

class _torch_ReLU(_torch_Module) {
    def forward(self, x) = relu(x)
    def __repr__(self) = "ReLU()"
}

class _torch_Sigmoid(_torch_Module) {
    def forward(self, x) = sigmoid(x)
    def __repr__(self) = "Sigmoid()"
}

class _torch_Tanh(_torch_Module) {
    def forward(self, x) = tanh(x)
    def __repr__(self) = "Tanh()"
}

class _torch_Sequential(_torch_Module) {
    def __init__(self, *layers) {
        super().__init__()
        self.layers = list(layers)
    }

    def forward(self, x) {
        for layer in self.layers {
            x = layer(x)
        }
        return x
    }

    def __getitem__(self, i) = self.layers[i]
    def __len__(self) = len(self.layers)
}

class _torch_MSELoss(_torch_Module) {
    def forward(self, pred, target) = ((pred - target) ** 2).mean()
    def __repr__(self) = "MSELoss()"
}

class _torch_L1Loss(_torch_Module) {
    def forward(self, pred, target) = abs(pred - target).mean()
    def __repr__(self) = "L1Loss()"
}
