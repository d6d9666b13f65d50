//! The operations the backend offers, named once for both sides. The host
//! calls an operation by its [`Op`]; what crosses the boundary is the
//! operation's number, which the backend decodes with [`Op::from_id`] (an
//! unknown number is a protocol error, never a guess).

macro_rules! ops {
    ($( $variant:ident = $name:literal, )*) => {
        /// A backend operation.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
        #[repr(u16)]
        pub enum Op {
            $( $variant, )*
        }

        impl Op {
            /// Every operation, in the order of their numbers.
            pub const ALL: &'static [Op] = &[$( Op::$variant, )*];

            /// The operation's name, as used in error messages.
            pub fn name(self) -> &'static str {
                match self {
                    $( Op::$variant => $name, )*
                }
            }

            /// The operation of this name (arr's builtin names map here).
            pub fn from_name(name: &str) -> Option<Op> {
                match name {
                    $( $name => Some(Op::$variant), )*
                    _ => None,
                }
            }
        }
    };
}

ops! {
    // Creation and conversion.
    Tensor = "tensor",
    FromArray = "from_array",
    Numpy = "numpy",
    Item = "item",
    Bool = "bool",
    Meta = "meta",
    To = "to",
    Astype = "astype",
    Cpu = "cpu",
    Cuda = "cuda",
    Float = "float",
    Double = "double",
    Long = "long",
    Retain = "retain",
    ZerosLike = "zeros_like",
    OnesLike = "ones_like",
    Copy = "copy",
    ManualSeed = "manual_seed",
    CudaAvailable = "cuda_available",
    // Autograd.
    GradOf = "grad_of",
    Detach = "detach",
    RequiresGrad = "requires_grad_",
    Backward = "backward",
    ZeroGrad = "zero_grad",
    Autograd = "autograd",
    NoGradEnter = "no_grad_enter",
    NoGradExit = "no_grad_exit",
    // In-place updates (PyTorch's `copy_`, `fill_`, `zero_`; `w -= ...`).
    CopyInto = "copy_",
    Fill = "fill_",
    Zero = "zero_",
    // Element-wise binary operations.
    Add = "add",
    Sub = "sub",
    Mul = "mul",
    Div = "div",
    FloorDiv = "floordiv",
    Mod = "mod",
    Pow = "pow",
    Eq = "eq",
    Ne = "ne",
    Lt = "lt",
    Le = "le",
    Gt = "gt",
    Ge = "ge",
    And = "and",
    Or = "or",
    Xor = "xor",
    Maximum = "maximum",
    Minimum = "minimum",
    // Element-wise unary operations.
    Neg = "neg",
    Invert = "invert",
    Abs = "abs",
    Sqrt = "sqrt",
    Exp = "exp",
    Log = "log",
    Log2 = "log2",
    Log10 = "log10",
    Sin = "sin",
    Cos = "cos",
    Tan = "tan",
    Tanh = "tanh",
    Sinh = "sinh",
    Cosh = "cosh",
    Arcsin = "arcsin",
    Arccos = "arccos",
    Arctan = "arctan",
    Floor = "floor",
    Ceil = "ceil",
    Round = "round",
    Sign = "sign",
    Isnan = "isnan",
    Isinf = "isinf",
    Relu = "relu",
    Sigmoid = "sigmoid",
    Gelu = "gelu",
    Clip = "clip",
    Where = "where",
    // Reductions.
    Sum = "sum",
    Mean = "mean",
    Std = "std",
    Var = "var",
    Prod = "prod",
    Min = "min",
    Max = "max",
    Argmin = "argmin",
    Argmax = "argmax",
    Any = "any",
    All = "all",
    Cumsum = "cumsum",
    Median = "median",
    Sort = "sort",
    Argsort = "argsort",
    Unique = "unique",
    Percentile = "percentile",
    // Shapes.
    Len = "len",
    Reshape = "reshape",
    Ravel = "ravel",
    Flatten = "flatten",
    Transpose = "transpose",
    ExpandDims = "expand_dims",
    Squeeze = "squeeze",
    Concatenate = "concatenate",
    Stack = "stack",
    Vstack = "vstack",
    Hstack = "hstack",
    Split = "split",
    Repeat = "repeat",
    Tile = "tile",
    Attr = "attr",
    // Indexing.
    GetItem = "getitem",
    SetItem = "setitem",
    // Linear algebra.
    Matmul = "matmul",
    Dot = "dot",
    Inner = "inner",
    Outer = "outer",
    Inv = "inv",
    Det = "det",
    Trace = "trace",
    Solve = "solve",
    Cholesky = "cholesky",
    Pinv = "pinv",
    Svd = "svd",
    Qr = "qr",
    Eigh = "eigh",
    Norm = "norm",
    Lstsq = "lstsq",
    MatrixRank = "matrix_rank",
    // Models and optimizers.
    Sequential = "Sequential",
    Optimizer = "optimizer",
    OptimizerStep = "optimizer.step",
    OptimizerZeroGrad = "optimizer.zero_grad",
    OptimizerRepr = "optimizer.repr",
    OptimizerSetLr = "optimizer.set_lr",
    ModelCompile = "model.compile",
    ModelFit = "model.fit",
    ModelEvaluate = "model.evaluate",
    ModelPredict = "model.predict",
    ModelCall = "model.call",
    ModelSummary = "model.summary",
    ModelParameters = "model.parameters",
    ModelTo = "model.to",
    ModelSave = "model.save",
    ModelLoad = "model.load",
    ModelRepr = "model.repr",
    ModelLayers = "model.layers",
    // PyTorch's own methods and functions, by name (`t.view`, `torch.randn`,
    // `F.cross_entropy`): the first argument is the method's name.
    TorchMethod = "torch_method",
}

impl Op {
    /// The number that crosses the boundary.
    pub fn id(self) -> u32 {
        self as u32
    }

    /// Decodes an operation number (`None`: not an operation of this
    /// interface, a protocol error).
    pub fn from_id(id: u32) -> Option<Op> {
        Op::ALL.get(id as usize).copied()
    }
}

impl std::fmt::Display for Op {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

#[cfg(test)]
mod tests {
    use super::Op;

    #[test]
    fn ids_and_names_round_trip() {
        for (i, op) in Op::ALL.iter().enumerate() {
            assert_eq!(op.id() as usize, i);
            assert_eq!(Op::from_id(op.id()), Some(*op));
            assert_eq!(Op::from_name(op.name()), Some(*op));
        }
        assert_eq!(Op::from_id(Op::ALL.len() as u32), None);
        assert_eq!(Op::from_name("no such op"), None);
    }
}
