//! The modules a pasted Python program may import (`import numpy as np`,
//! `import torch.nn.functional as F`, `from tensorflow import keras`) and
//! what each attribute of theirs is in arr: one of arr's globals (a builtin,
//! a constant or a stdlib function) or a submodule.
//!
//! A name maps to an arr global only where that global does what the
//! library's function does (same arguments in the same order, same result);
//! names arr lacks are absent, so `np.foo` is "module 'numpy' has no
//! attribute 'foo'". `TABLE_NOTES.md` lists the notable gaps. Attributes are
//! sorted by name (byte order) and `MODULES` by path, for binary search; the
//! tests check both. Std only: this file compiles on its own.

/// What a module attribute is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Attr {
    /// The arr global (builtin, constant or stdlib function) it is.
    Global(&'static str),
    /// A submodule, by its full path (`"numpy.linalg"`).
    Module(&'static str),
}

use super::modtable_np::*;
use super::modtable_py::*;
use Attr::{Global, Module};

/// `keras`: Keras 3 (`import keras`); arr's models are Keras-style.
const KERAS: &[(&str, Attr)] = &[
    ("Sequential", Global("Sequential")),
    ("activations", Module("keras.activations")),
    ("callbacks", Module("keras.callbacks")),
    ("layers", Module("keras.layers")),
    ("losses", Module("keras.losses")),
    ("models", Module("keras.models")),
    ("optimizers", Module("keras.optimizers")),
    ("utils", Module("keras.utils")),
];

/// `keras.activations`.
const KERAS_ACTIVATIONS: &[(&str, Attr)] = &[
    ("gelu", Global("gelu")),
    ("relu", Global("relu")),
    ("sigmoid", Global("sigmoid")),
    ("softmax", Global("softmax")),
    ("tanh", Global("tanh")),
];

/// `keras.callbacks`: none yet (`fit` takes no callbacks).
const KERAS_CALLBACKS: &[(&str, Attr)] = &[];

/// `keras.layers`.
const KERAS_LAYERS: &[(&str, Attr)] = &[
    ("BatchNormalization", Global("BatchNormalization")),
    ("Conv2D", Global("Conv2D")),
    ("Dense", Global("Dense")),
    ("Dropout", Global("Dropout")),
    ("Flatten", Global("Flatten")),
    ("MaxPool2D", Global("MaxPool2D")),
    ("MaxPooling2D", Global("MaxPooling2D")),
];

/// `keras.losses`: none yet (`compile(loss=)` takes loss names).
const KERAS_LOSSES: &[(&str, Attr)] = &[];

/// `keras.models`.
const KERAS_MODELS: &[(&str, Attr)] = &[("Sequential", Global("Sequential"))];

/// `keras.optimizers`: arr's optimizers have Keras's defaults (`learning_rate=` works).
const KERAS_OPTIMIZERS: &[(&str, Attr)] = &[
    ("Adam", Global("adam")),
    ("AdamW", Global("adamw")),
    ("RMSprop", Global("rmsprop")),
    ("SGD", Global("sgd")),
];

/// `keras.utils`.
const KERAS_UTILS: &[(&str, Attr)] = &[
    // seeds arr's generator and libtorch
    ("set_random_seed", Global("seed")),
    ("to_categorical", Global("to_categorical")),
];

/// `tensorflow`: element-wise math and reductions (on arrays or tensors).
const TENSORFLOW: &[(&str, Attr)] = &[
    ("abs", Global("abs")),
    ("acos", Global("arccos")),
    ("asin", Global("arcsin")),
    ("atan", Global("arctan")),
    ("bool", Global("bool")),
    ("cast", Global("astype")),
    ("clip_by_value", Global("clip")),
    ("concat", Global("concatenate")),
    ("cos", Global("cos")),
    ("cosh", Global("cosh")),
    ("exp", Global("exp")),
    ("expand_dims", Global("expand_dims")),
    ("float32", Global("float32")),
    ("float64", Global("float64")),
    ("floor", Global("floor")),
    ("int64", Global("int64")),
    ("keras", Module("tensorflow.keras")),
    ("matmul", Global("matmul")),
    ("maximum", Global("maximum")),
    ("minimum", Global("minimum")),
    ("nn", Module("tensorflow.nn")),
    ("random", Module("tensorflow.random")),
    ("reduce_all", Global("all")),
    ("reduce_any", Global("any")),
    ("reduce_max", Global("max")),
    ("reduce_mean", Global("mean")),
    ("reduce_min", Global("min")),
    ("reduce_prod", Global("prod")),
    ("reduce_sum", Global("sum")),
    ("reshape", Global("reshape")),
    ("round", Global("round")),
    ("sigmoid", Global("sigmoid")),
    ("sign", Global("sign")),
    ("sin", Global("sin")),
    ("sinh", Global("sinh")),
    ("sqrt", Global("sqrt")),
    ("squeeze", Global("squeeze")),
    ("stack", Global("stack")),
    ("tan", Global("tan")),
    ("tanh", Global("tanh")),
    ("tile", Global("tile")),
    ("transpose", Global("transpose")),
];

/// `tensorflow.keras`.
const TF_KERAS: &[(&str, Attr)] = &[
    ("Sequential", Global("Sequential")),
    ("activations", Module("tensorflow.keras.activations")),
    ("callbacks", Module("tensorflow.keras.callbacks")),
    ("layers", Module("tensorflow.keras.layers")),
    ("losses", Module("tensorflow.keras.losses")),
    ("models", Module("tensorflow.keras.models")),
    ("optimizers", Module("tensorflow.keras.optimizers")),
    ("utils", Module("tensorflow.keras.utils")),
];

/// `tensorflow.nn`.
const TF_NN: &[(&str, Attr)] = &[
    ("gelu", Global("gelu")),
    ("relu", Global("relu")),
    ("sigmoid", Global("sigmoid")),
    ("softmax", Global("softmax")),
    ("tanh", Global("tanh")),
];

/// `tensorflow.random`.
const TF_RANDOM: &[(&str, Attr)] = &[("set_seed", Global("seed"))];

/// `torch`: the builtins that run on tensors under their NumPy names, plus
/// `tensor`. Creation functions (`torch.zeros`, `torch.randn`) are absent: arr's
/// make float64 arrays, not tensors.
const TORCH: &[(&str, Attr)] = &[
    ("Size", Global("_torch_size")),
    ("abs", Global("abs")),
    ("absolute", Global("abs")),
    ("acos", Global("arccos")),
    ("add", Global("_py_torch_add")),
    ("all", Global("all")),
    ("allclose", Global("allclose")),
    ("any", Global("any")),
    ("arange", Global("_py_torch_arange")),
    ("arccos", Global("arccos")),
    ("arcsin", Global("arcsin")),
    ("arctan", Global("arctan")),
    ("argmax", Global("argmax")),
    ("argmin", Global("argmin")),
    ("argsort", Global("_py_torch_argsort")),
    ("as_tensor", Global("tensor")),
    ("asin", Global("arcsin")),
    ("atan", Global("arctan")),
    ("autograd", Module("torch.autograd")),
    ("bfloat16", Global("_py_torch_bfloat16")),
    ("bmm", Global("matmul")),
    ("bool", Global("_py_torch_bool")),
    ("cat", Global("concatenate")),
    ("cdouble", Global("_py_torch_complex128")),
    ("ceil", Global("ceil")),
    ("cfloat", Global("_py_torch_complex64")),
    ("cholesky", Global("cholesky")),
    ("chunk", Global("_py_torch_chunk")),
    ("clamp", Global("_py_torch_clamp")),
    ("clip", Global("_py_torch_clamp")),
    ("clone", Global("copy")),
    ("complex128", Global("_py_torch_complex128")),
    ("complex64", Global("_py_torch_complex64")),
    ("concat", Global("concatenate")),
    ("concatenate", Global("concatenate")),
    ("cos", Global("cos")),
    ("cosh", Global("cosh")),
    ("cuda", Module("torch.cuda")),
    ("cumsum", Global("cumsum")),
    ("det", Global("det")),
    ("device", Global("_py_torch_device")),
    ("diag", Global("_py_torch_diag")),
    ("div", Global("_py_torch_div")),
    ("dot", Global("dot")),
    ("double", Global("_py_torch_float64")),
    ("e", Global("e")),
    ("empty", Global("_py_torch_empty")),
    ("eq", Global("_py_torch_eq")),
    ("equal", Global("_py_torch_equal")),
    ("exp", Global("exp")),
    ("expm1", Global("_py_torch_expm1")),
    ("eye", Global("_py_torch_eye")),
    ("flatten", Global("_py_torch_flatten")),
    ("flip", Global("_py_torch_flip")),
    ("float", Global("_py_torch_float32")),
    ("float16", Global("_py_torch_float16")),
    ("float32", Global("_py_torch_float32")),
    ("float64", Global("_py_torch_float64")),
    ("floor", Global("floor")),
    // float64 arrays become float32 tensors, as arr's tensor() does
    ("from_numpy", Global("tensor")),
    ("full", Global("_py_torch_full")),
    ("full_like", Global("_py_torch_full_like")),
    ("gather", Global("_py_torch_gather")),
    ("ge", Global("_py_torch_ge")),
    ("get_default_dtype", Global("_py_torch_get_default_dtype")),
    ("get_num_threads", Global("_py_torch_get_num_threads")),
    ("gt", Global("_py_torch_gt")),
    ("half", Global("_py_torch_float16")),
    ("hstack", Global("hstack")),
    ("index_select", Global("_py_torch_index_select")),
    ("inf", Global("inf")),
    ("inner", Global("inner")),
    ("int", Global("_py_torch_int32")),
    ("int16", Global("_py_torch_int16")),
    ("int32", Global("_py_torch_int32")),
    ("int64", Global("_py_torch_int64")),
    ("int8", Global("_py_torch_int8")),
    ("inverse", Global("inv")),
    ("is_tensor", Global("_py_torch_is_tensor")),
    ("isinf", Global("isinf")),
    ("isnan", Global("isnan")),
    ("le", Global("_py_torch_le")),
    ("linalg", Module("torch.linalg")),
    ("linspace", Global("_py_torch_linspace")),
    ("log", Global("log")),
    ("log10", Global("log10")),
    ("log1p", Global("_py_torch_log1p")),
    ("log2", Global("log2")),
    ("log_softmax", Global("_py_torch_log_softmax")),
    ("logspace", Global("_py_torch_logspace")),
    ("long", Global("_py_torch_int64")),
    ("lt", Global("_py_torch_lt")),
    ("manual_seed", Global("seed")),
    ("masked_fill", Global("_py_torch_masked_fill")),
    ("matmul", Global("matmul")),
    ("max", Global("_py_torch_max")),
    ("maximum", Global("maximum")),
    ("mean", Global("mean")),
    ("median", Global("_py_torch_median")),
    ("min", Global("_py_torch_min")),
    ("minimum", Global("minimum")),
    ("mm", Global("matmul")),
    ("mul", Global("_py_torch_mul")),
    ("nan", Global("nan")),
    ("narrow", Global("_py_torch_narrow")),
    ("ne", Global("_py_torch_ne")),
    ("neg", Global("_py_torch_neg")),
    ("negative", Global("_py_torch_neg")),
    ("nn", Module("torch.nn")),
    // arr's no_grad(f) calls f; `with torch.no_grad():` needs the interpreter
    ("no_grad", Global("no_grad")),
    ("norm", Global("norm")),
    ("normal", Global("_py_torch_normal")),
    ("numel", Global("_py_torch_numel")),
    ("ones", Global("_py_torch_ones")),
    ("ones_like", Global("ones_like")),
    ("optim", Module("torch.optim")),
    ("outer", Global("outer")),
    ("permute", Global("_py_torch_permute")),
    ("pi", Global("pi")),
    ("pinverse", Global("pinv")),
    ("pow", Global("_py_torch_pow")),
    ("prod", Global("prod")),
    ("rand", Global("_py_torch_rand")),
    ("rand_like", Global("_py_torch_rand_like")),
    ("randint", Global("_py_torch_randint")),
    ("randn", Global("_py_torch_randn")),
    ("randn_like", Global("_py_torch_randn_like")),
    ("randperm", Global("_py_torch_randperm")),
    ("ravel", Global("ravel")),
    ("relu", Global("relu")),
    ("repeat_interleave", Global("repeat")),
    ("reshape", Global("reshape")),
    ("roll", Global("_py_torch_roll")),
    ("round", Global("round")),
    ("set_num_threads", Global("_py_torch_set_num_threads")),
    ("short", Global("_py_torch_int16")),
    ("sigmoid", Global("sigmoid")),
    ("sign", Global("sign")),
    ("sin", Global("sin")),
    ("sinh", Global("sinh")),
    ("softmax", Global("softmax")),
    ("sort", Global("_py_torch_sort")),
    ("split", Global("_py_torch_split")),
    ("sqrt", Global("sqrt")),
    ("square", Global("_py_torch_square")),
    ("squeeze", Global("_py_torch_squeeze")),
    ("stack", Global("stack")),
    ("std", Global("_py_torch_std")),
    ("sub", Global("_py_torch_sub")),
    ("sum", Global("sum")),
    ("swapaxes", Global("_py_torch_transpose")),
    ("tan", Global("tan")),
    ("tanh", Global("tanh")),
    ("tensor", Global("tensor")),
    ("tile", Global("tile")),
    ("topk", Global("_py_torch_topk")),
    ("trace", Global("trace")),
    ("transpose", Global("_py_torch_transpose")),
    ("tril", Global("_py_torch_tril")),
    ("triu", Global("_py_torch_triu")),
    ("uint8", Global("_py_torch_uint8")),
    ("unique", Global("unique")),
    ("unsqueeze", Global("expand_dims")),
    ("utils", Module("torch.utils")),
    ("var", Global("_py_torch_var")),
    ("vstack", Global("vstack")),
    ("where", Global("where")),
    ("zeros", Global("_py_torch_zeros")),
    ("zeros_like", Global("zeros_like")),
];

/// `torch.autograd`.
const TORCH_AUTOGRAD: &[(&str, Attr)] = &[("grad", Global("_py_torch_autograd_grad"))];

/// `torch.cuda`.
const TORCH_CUDA: &[(&str, Attr)] = &[("is_available", Global("cuda_available"))];

/// `torch.linalg`.
const TORCH_LINALG: &[(&str, Attr)] = &[
    ("cholesky", Global("cholesky")),
    ("det", Global("det")),
    ("eigh", Global("eigh")),
    ("inv", Global("inv")),
    ("lstsq", Global("lstsq")),
    ("matmul", Global("matmul")),
    ("matrix_rank", Global("matrix_rank")),
    ("norm", Global("norm")),
    ("pinv", Global("pinv")),
    ("qr", Global("qr")),
    ("solve", Global("solve")),
    ("svd", Global("svd")),
];

/// `torch.nn`: PyTorch's modules and losses, written in arr (`stdlib/py_nn.arr`).
const TORCH_NN: &[(&str, Attr)] = &[
    ("BCELoss", Global("_py_nn_BCELoss")),
    ("BCEWithLogitsLoss", Global("_py_nn_BCEWithLogitsLoss")),
    ("CrossEntropyLoss", Global("_py_nn_CrossEntropyLoss")),
    ("Dropout", Global("_py_nn_Dropout")),
    ("ELU", Global("_py_nn_ELU")),
    ("Flatten", Global("_py_nn_Flatten")),
    ("GELU", Global("_py_nn_GELU")),
    ("HuberLoss", Global("_py_nn_HuberLoss")),
    ("Identity", Global("_py_nn_Identity")),
    ("KLDivLoss", Global("_py_nn_KLDivLoss")),
    ("L1Loss", Global("_py_nn_L1Loss")),
    ("LeakyReLU", Global("_py_nn_LeakyReLU")),
    ("Linear", Global("_py_nn_Linear")),
    ("LogSoftmax", Global("_py_nn_LogSoftmax")),
    ("MSELoss", Global("_py_nn_MSELoss")),
    ("Module", Global("_py_nn_Module")),
    ("ModuleList", Global("_py_nn_ModuleList")),
    ("NLLLoss", Global("_py_nn_NLLLoss")),
    ("Parameter", Global("_py_nn_Parameter")),
    ("ReLU", Global("_py_nn_ReLU")),
    ("Sequential", Global("_py_nn_Sequential")),
    ("SiLU", Global("_py_nn_SiLU")),
    ("Sigmoid", Global("_py_nn_Sigmoid")),
    ("SmoothL1Loss", Global("_py_nn_SmoothL1Loss")),
    ("Softmax", Global("_py_nn_Softmax")),
    ("Softplus", Global("_py_nn_Softplus")),
    ("Tanh", Global("_py_nn_Tanh")),
    ("functional", Module("torch.nn.functional")),
];

/// `torch.nn.functional`.
const TORCH_NN_FUNCTIONAL: &[(&str, Attr)] = &[
    (
        "binary_cross_entropy",
        Global("_py_torch_F_binary_cross_entropy"),
    ),
    (
        "binary_cross_entropy_with_logits",
        Global("_py_torch_F_binary_cross_entropy_with_logits"),
    ),
    ("cross_entropy", Global("_py_torch_F_cross_entropy")),
    ("dropout", Global("_py_torch_F_dropout")),
    ("elu", Global("_py_torch_F_elu")),
    ("gelu", Global("_py_torch_F_gelu")),
    ("huber_loss", Global("_py_torch_F_huber_loss")),
    ("kl_div", Global("_py_torch_F_kl_div")),
    ("l1_loss", Global("_py_torch_F_l1_loss")),
    ("leaky_relu", Global("_py_torch_F_leaky_relu")),
    ("linear", Global("_py_torch_F_linear")),
    ("log_softmax", Global("_py_torch_log_softmax")),
    ("mse_loss", Global("_py_torch_F_mse_loss")),
    ("nll_loss", Global("_py_torch_F_nll_loss")),
    ("normalize", Global("_py_torch_F_normalize")),
    ("one_hot", Global("_py_torch_F_one_hot")),
    ("relu", Global("relu")),
    ("sigmoid", Global("sigmoid")),
    ("silu", Global("_py_torch_F_silu")),
    ("smooth_l1_loss", Global("_py_torch_F_smooth_l1_loss")),
    ("softmax", Global("_py_torch_softmax")),
    ("softplus", Global("_py_torch_F_softplus")),
    ("tanh", Global("tanh")),
];

/// `torch.optim`: PyTorch's defaults over arr's optimizers (`stdlib/py_torch.arr`).
const TORCH_OPTIM: &[(&str, Attr)] = &[
    ("Adam", Global("_py_torch_optim_Adam")),
    ("AdamW", Global("_py_torch_optim_AdamW")),
    ("Optimizer", Global("_py_torch_Optimizer")),
    ("RMSprop", Global("_py_torch_optim_RMSprop")),
    ("SGD", Global("_py_torch_optim_SGD")),
    ("lr_scheduler", Module("torch.optim.lr_scheduler")),
];

/// `torch.optim.lr_scheduler` (`stdlib/py_torch.arr`).
const TORCH_OPTIM_LR_SCHEDULER: &[(&str, Attr)] = &[
    ("CosineAnnealingLR", Global("_py_torch_CosineAnnealingLR")),
    ("ExponentialLR", Global("_py_torch_ExponentialLR")),
    ("LRScheduler", Global("_py_torch_LRScheduler")),
    ("LambdaLR", Global("_py_torch_LambdaLR")),
    ("MultiStepLR", Global("_py_torch_MultiStepLR")),
    ("ReduceLROnPlateau", Global("_py_torch_ReduceLROnPlateau")),
    ("StepLR", Global("_py_torch_StepLR")),
];

/// `torch.utils`.
const TORCH_UTILS: &[(&str, Attr)] = &[("data", Module("torch.utils.data"))];

/// `torch.utils.data` (`stdlib/py_nn.arr`).
const TORCH_UTILS_DATA: &[(&str, Attr)] = &[
    ("DataLoader", Global("_py_nn_DataLoader")),
    ("Dataset", Global("_py_nn_Dataset")),
    ("Subset", Global("_py_nn_Subset")),
    ("TensorDataset", Global("_py_nn_TensorDataset")),
    ("random_split", Global("_py_nn_random_split")),
];

/// Every module, sorted by path.
pub static MODULES: &[(&str, &[(&str, Attr)])] = &[
    ("abc", ABC),
    ("argparse", ARGPARSE),
    ("bisect", BISECT),
    ("cmath", CMATH),
    ("collections", COLLECTIONS),
    ("contextlib", CONTEXTLIB),
    ("copy", COPY),
    ("dataclasses", DATACLASSES),
    ("enum", ENUM),
    ("fractions", FRACTIONS),
    ("functools", FUNCTOOLS),
    ("heapq", HEAPQ),
    ("io", IO),
    ("itertools", ITERTOOLS),
    ("json", JSON),
    ("keras", KERAS),
    ("keras.activations", KERAS_ACTIVATIONS),
    ("keras.callbacks", KERAS_CALLBACKS),
    ("keras.layers", KERAS_LAYERS),
    ("keras.losses", KERAS_LOSSES),
    ("keras.models", KERAS_MODELS),
    ("keras.optimizers", KERAS_OPTIMIZERS),
    ("keras.utils", KERAS_UTILS),
    ("math", MATH),
    ("numpy", NUMPY),
    ("numpy.emath", NUMPY_EMATH),
    ("numpy.fft", NUMPY_FFT),
    ("numpy.lib", NUMPY_LIB),
    ("numpy.lib.stride_tricks", NUMPY_STRIDE_TRICKS),
    ("numpy.linalg", NUMPY_LINALG),
    ("numpy.random", NUMPY_RANDOM),
    ("operator", OPERATOR),
    ("os", OS),
    ("os.path", OS_PATH),
    ("random", RANDOM),
    ("re", RE),
    ("statistics", STATISTICS),
    ("string", STRING),
    ("sys", SYS),
    ("tensorflow", TENSORFLOW),
    ("tensorflow.keras", TF_KERAS),
    ("tensorflow.keras.activations", KERAS_ACTIVATIONS),
    ("tensorflow.keras.callbacks", KERAS_CALLBACKS),
    ("tensorflow.keras.layers", KERAS_LAYERS),
    ("tensorflow.keras.losses", KERAS_LOSSES),
    ("tensorflow.keras.models", KERAS_MODELS),
    ("tensorflow.keras.optimizers", KERAS_OPTIMIZERS),
    ("tensorflow.keras.utils", KERAS_UTILS),
    ("tensorflow.nn", TF_NN),
    ("tensorflow.random", TF_RANDOM),
    ("textwrap", TEXTWRAP),
    ("time", TIME),
    ("torch", TORCH),
    ("torch.autograd", TORCH_AUTOGRAD),
    ("torch.cuda", TORCH_CUDA),
    ("torch.linalg", TORCH_LINALG),
    ("torch.nn", TORCH_NN),
    ("torch.nn.functional", TORCH_NN_FUNCTIONAL),
    ("torch.optim", TORCH_OPTIM),
    ("torch.optim.lr_scheduler", TORCH_OPTIM_LR_SCHEDULER),
    ("torch.utils", TORCH_UTILS),
    ("torch.utils.data", TORCH_UTILS_DATA),
    ("typing", TYPING),
];

/// The attributes of module `path` (`"torch.nn"`), sorted by name.
pub fn module(path: &str) -> Option<&'static [(&'static str, Attr)]> {
    MODULES
        .binary_search_by(|(p, _)| (*p).cmp(path))
        .ok()
        .map(|i| MODULES[i].1)
}

/// Attribute `name` of module `path` (`attr("numpy.linalg", "norm")`).
pub fn attr(path: &str, name: &str) -> Option<&'static Attr> {
    let attrs = module(path)?;
    attrs
        .binary_search_by(|(n, _)| (*n).cmp(name))
        .ok()
        .map(|i| &attrs[i].1)
}

/// The name a standard module's function has in Python, for arr globals
/// that carry their module in their name (`os_path_getsize` is
/// `getsize`).
pub fn python_name(global: &str) -> Option<&'static str> {
    MODULES
        .iter()
        .flat_map(|(_, attrs)| attrs.iter())
        .find_map(|(n, a)| match a {
            Global(g) if *g == global && *n != global && global.ends_with(&format!("_{n}")) => {
                Some(*n)
            }
            _ => None,
        })
}

/// Whether `import X` accepts `path`: a module here, top-level (`"numpy"`)
/// or dotted (`"torch.nn"`, whose alias in `import torch.nn as nn` binds
/// that module).
pub fn is_module(path: &str) -> bool {
    module(path).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modules_sorted_and_unique() {
        for w in MODULES.windows(2) {
            assert!(w[0].0 < w[1].0, "MODULES: {:?} before {:?}", w[0].0, w[1].0);
        }
    }

    #[test]
    fn attributes_sorted_and_unique() {
        for (path, attrs) in MODULES {
            for w in attrs.windows(2) {
                assert!(w[0].0 < w[1].0, "{path}: {:?} before {:?}", w[0].0, w[1].0);
            }
        }
    }

    #[test]
    fn submodules_exist_and_are_named_by_their_path() {
        for (path, attrs) in MODULES {
            for (name, a) in attrs.iter() {
                if let Attr::Module(target) = a {
                    assert!(is_module(target), "{path}.{name}: no module {target:?}");
                    assert_eq!(*target, format!("{path}.{name}"), "{path}.{name}");
                }
            }
        }
    }

    #[test]
    fn every_dotted_module_is_an_attribute_of_its_parent() {
        for (path, _) in MODULES {
            if let Some((parent, last)) = path.rsplit_once('.') {
                assert_eq!(
                    attr(parent, last),
                    Some(&Attr::Module(path)),
                    "{parent} lacks {last}"
                );
            }
        }
    }

    #[test]
    fn globals_are_plain_names() {
        for (path, attrs) in MODULES {
            for (name, a) in attrs.iter() {
                if let Attr::Global(g) = a {
                    let ok = !g.is_empty()
                        && !g.starts_with(|c: char| c.is_ascii_digit())
                        && g.chars().all(|c| c.is_ascii_alphanumeric() || c == '_');
                    assert!(ok, "{path}.{name} -> {g:?}");
                }
            }
        }
    }

    #[test]
    fn lookups() {
        assert_eq!(attr("numpy.linalg", "norm"), Some(&Global("norm")));
        assert_eq!(attr("numpy", "linalg"), Some(&Module("numpy.linalg")));
        assert_eq!(attr("torch.nn.functional", "relu"), Some(&Global("relu")));
        assert_eq!(attr("torch", "float"), Some(&Global("_py_torch_float32")));
        assert_eq!(
            attr("tensorflow.keras.layers", "Dense"),
            Some(&Global("Dense"))
        );
        assert_eq!(attr("keras", "layers"), Some(&Module("keras.layers")));
        assert_eq!(attr("os", "path"), Some(&Module("os.path")));
        assert_eq!(attr("math", "pi"), Some(&Global("math_pi")));
        assert_eq!(attr("numpy", "foo"), None);
        assert_eq!(attr("nope", "x"), None);
        assert!(is_module("torch.nn") && is_module("numpy") && is_module("os.path"));
        assert!(!is_module("torch.nn.Linear") && !is_module("") && !is_module("np"));
        assert_eq!(module("torch.utils.data").map(|a| a.len()), Some(5));
    }
}
