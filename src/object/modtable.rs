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
    ("abs", Global("abs")),
    ("absolute", Global("abs")),
    ("acos", Global("arccos")),
    ("all", Global("all")),
    ("allclose", Global("allclose")),
    ("any", Global("any")),
    ("arange", Global("_py_torch_arange")),
    ("arccos", Global("arccos")),
    ("arcsin", Global("arcsin")),
    ("arctan", Global("arctan")),
    ("argmax", Global("argmax")),
    ("argmin", Global("argmin")),
    ("argsort", Global("argsort")),
    ("as_tensor", Global("tensor")),
    ("asin", Global("arcsin")),
    ("atan", Global("arctan")),
    ("bool", Global("bool")),
    ("cat", Global("concatenate")),
    ("ceil", Global("ceil")),
    ("cholesky", Global("cholesky")),
    ("clamp", Global("clip")),
    ("clip", Global("clip")),
    ("clone", Global("copy")),
    ("concat", Global("concatenate")),
    ("concatenate", Global("concatenate")),
    ("cos", Global("cos")),
    ("cosh", Global("cosh")),
    ("cuda", Module("torch.cuda")),
    ("cumsum", Global("cumsum")),
    ("det", Global("det")),
    ("dot", Global("dot")),
    ("double", Global("float64")),
    ("e", Global("e")),
    ("empty", Global("_py_torch_empty")),
    ("exp", Global("exp")),
    ("eye", Global("_py_torch_eye")),
    ("flatten", Global("flatten")),
    ("float", Global("float32")),
    ("float32", Global("float32")),
    ("float64", Global("float64")),
    ("floor", Global("floor")),
    // float64 arrays become float32 tensors, as arr's tensor() does
    ("from_numpy", Global("tensor")),
    ("full", Global("_py_torch_full")),
    ("full_like", Global("_py_torch_full_like")),
    ("hstack", Global("hstack")),
    ("inf", Global("inf")),
    ("inner", Global("inner")),
    ("int64", Global("int64")),
    ("inverse", Global("inv")),
    ("isinf", Global("isinf")),
    ("isnan", Global("isnan")),
    ("linalg", Module("torch.linalg")),
    ("linspace", Global("_py_torch_linspace")),
    ("log", Global("log")),
    ("log10", Global("log10")),
    ("log2", Global("log2")),
    ("logspace", Global("_py_torch_logspace")),
    ("long", Global("int64")),
    ("manual_seed", Global("seed")),
    ("matmul", Global("matmul")),
    ("max", Global("_py_torch_max")),
    ("maximum", Global("maximum")),
    ("mean", Global("mean")),
    ("min", Global("_py_torch_min")),
    ("minimum", Global("minimum")),
    ("mm", Global("matmul")),
    ("nan", Global("nan")),
    ("nn", Module("torch.nn")),
    // arr's no_grad(f) calls f; `with torch.no_grad():` needs the interpreter
    ("no_grad", Global("no_grad")),
    ("ones", Global("_py_torch_ones")),
    ("ones_like", Global("ones_like")),
    ("optim", Module("torch.optim")),
    ("outer", Global("outer")),
    // a permutation of all axes, as transpose(a, axes)
    ("permute", Global("transpose")),
    ("pi", Global("pi")),
    ("pinverse", Global("pinv")),
    ("prod", Global("prod")),
    ("ravel", Global("ravel")),
    ("relu", Global("relu")),
    ("repeat_interleave", Global("repeat")),
    ("reshape", Global("reshape")),
    ("round", Global("round")),
    ("sigmoid", Global("sigmoid")),
    ("sign", Global("sign")),
    ("sin", Global("sin")),
    ("sinh", Global("sinh")),
    ("softmax", Global("softmax")),
    ("sqrt", Global("sqrt")),
    ("squeeze", Global("squeeze")),
    ("stack", Global("stack")),
    ("sum", Global("sum")),
    ("tan", Global("tan")),
    ("tanh", Global("tanh")),
    ("tensor", Global("tensor")),
    ("tile", Global("tile")),
    ("trace", Global("trace")),
    ("unique", Global("unique")),
    ("unsqueeze", Global("expand_dims")),
    ("utils", Module("torch.utils")),
    ("vstack", Global("vstack")),
    ("where", Global("where")),
    ("zeros", Global("_py_torch_zeros")),
    ("zeros_like", Global("zeros_like")),
];

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

/// `torch.nn`: arr has no torch-style modules (`nn.Linear`, `nn.Module`); its layers are Keras's.
const TORCH_NN: &[(&str, Attr)] = &[
    ("L1Loss", Global("_torch_L1Loss")),
    ("Linear", Global("_torch_Linear")),
    ("MSELoss", Global("_torch_MSELoss")),
    ("Module", Global("_torch_Module")),
    ("ReLU", Global("_torch_ReLU")),
    ("Sequential", Global("_torch_Sequential")),
    ("Sigmoid", Global("_torch_Sigmoid")),
    ("Tanh", Global("_torch_Tanh")),
    ("functional", Module("torch.nn.functional")),
];

/// `torch.nn.functional`.
const TORCH_NN_FUNCTIONAL: &[(&str, Attr)] = &[
    ("gelu", Global("gelu")),
    ("mse_loss", Global("mse")),
    ("relu", Global("relu")),
    ("sigmoid", Global("sigmoid")),
    ("softmax", Global("softmax")),
    ("tanh", Global("tanh")),
];

/// `torch.optim`: given `model.parameters()` first, arr's optimizers drive a custom loop.
const TORCH_OPTIM: &[(&str, Attr)] = &[
    ("Adam", Global("adam")),
    // Keras defaults: weight_decay 0.004 (PyTorch 0.01), eps 1e-7
    ("AdamW", Global("adamw")),
    // Keras defaults: rho 0.9, lr 0.001 (PyTorch alpha 0.99, lr 0.01)
    ("RMSprop", Global("rmsprop")),
    ("SGD", Global("sgd")),
];

/// `torch.utils`.
const TORCH_UTILS: &[(&str, Attr)] = &[("data", Module("torch.utils.data"))];

/// `torch.utils.data`: none yet (no DataLoader or TensorDataset).
const TORCH_UTILS_DATA: &[(&str, Attr)] = &[];

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
    ("torch.cuda", TORCH_CUDA),
    ("torch.linalg", TORCH_LINALG),
    ("torch.nn", TORCH_NN),
    ("torch.nn.functional", TORCH_NN_FUNCTIONAL),
    ("torch.optim", TORCH_OPTIM),
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
        assert_eq!(attr("torch", "float"), Some(&Global("float32")));
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
        assert_eq!(module("torch.utils.data").map(|a| a.len()), Some(0));
    }
}
