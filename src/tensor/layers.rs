//! The builtins of the tensor half of arr: `tensor`, `grad`, `no_grad`,
//! Keras layers and models, optimizers, and the data helpers
//! `to_categorical` and `load_mnist` (which need no libtorch).

use super::{backend, bcall, call_op, from_ret, is_tensor, to_arg, GradFn};
use crate::builtins::math::float_map;
use crate::builtins::{Args, Registry};
use crate::error::{Error, Result};
use crate::eval::Interp;
use crate::value::{HostObject, NdArray, Value};
use arr_torch_abi::Arg;
use ndarray::{ArrayD, IxDyn};
use std::any::Any;
use std::rc::Rc;

/// A layer as written (`Dense(128, activation="relu")`): a kind and its
/// arguments, turned into a real layer when a `Sequential` is made.
#[derive(Debug)]
pub struct LayerSpec {
    pub kind: &'static str,
    pub params: Vec<(String, Value)>,
}

impl HostObject for LayerSpec {
    fn type_name(&self) -> &str {
        self.kind
    }
    fn repr(&self) -> String {
        let parts: Vec<String> = self
            .params
            .iter()
            .map(|(k, v)| {
                let r = crate::value::format::value_repr(v);
                if k.parse::<usize>().is_ok() {
                    r
                } else {
                    format!("{k}={r}")
                }
            })
            .collect();
        format!("{}({})", self.kind, parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl LayerSpec {
    pub fn to_arg(&self) -> Result<Arg> {
        Ok(Arg::Spec(
            self.kind.to_string(),
            self.params
                .iter()
                .map(|(k, v)| Ok((k.clone(), to_arg(v)?)))
                .collect::<Result<_>>()?,
        ))
    }
}

fn layer(kind: &'static str, args: Args) -> Result<Value> {
    let mut params: Vec<(String, Value)> = args
        .pos
        .into_iter()
        .enumerate()
        .map(|(i, v)| (i.to_string(), v))
        .collect();
    params.extend(args.kw.into_iter().map(|(k, v)| (k.to_string(), v)));
    Ok(Value::Host(Rc::new(LayerSpec { kind, params })))
}

macro_rules! layer_fn {
    ($name:ident, $kind:literal) => {
        fn $name(_: &mut Interp, args: Args) -> Result<Value> {
            layer($kind, args)
        }
    };
}
layer_fn!(dense, "Dense");
layer_fn!(dropout, "Dropout");
layer_fn!(flatten_layer, "Flatten");
layer_fn!(conv2d, "Conv2D");
layer_fn!(maxpool2d, "MaxPool2D");
layer_fn!(batchnorm, "BatchNorm");

fn sequential(it: &mut Interp, args: Args) -> Result<Value> {
    let [layers] = args.bind("Sequential", ["layers"], 0)?;
    let items = match &layers {
        Value::None => Vec::new(),
        Value::List(v) | Value::Tuple(v) => (**v).clone(),
        other => {
            return Err(Error::type_error(format!(
                "Sequential() takes a list of layers, not {}",
                other.type_name()
            )))
        }
    };
    for (i, l) in items.iter().enumerate() {
        let ok = matches!(l, Value::Host(h) if h.as_any().is::<LayerSpec>());
        if !ok {
            return Err(Error::type_error(format!(
                "Sequential(): item {i} is a {}, not a layer (Dense, Dropout, Flatten, Conv2D, MaxPool2D, BatchNorm)",
                l.type_name()
            )));
        }
    }
    call_op(
        Some(it),
        "nn.Sequential",
        &Args::new(vec![Value::list(items)]),
    )
}

fn optimizer(it: &mut Interp, kind: &str, args: Args) -> Result<Value> {
    // sgd(lr, momentum) / adam(lr) / adam(params, lr=...)
    let mut pos = args.pos.into_iter();
    let mut kw: Vec<(Rc<str>, Value)> = args.kw;
    let mut call = vec![Value::str(kind)];
    let first = pos.next();
    match first {
        Some(v @ (Value::List(_) | Value::Tuple(_))) => {
            call.push(v);
            if let Some(lr) = pos.next() {
                kw.push(("lr".into(), lr));
            }
        }
        Some(lr) => {
            call.push(Value::None);
            kw.push(("lr".into(), lr));
            if let Some(m) = pos.next() {
                kw.push(("momentum".into(), m));
            }
        }
        None => call.push(Value::None),
    }
    if pos.next().is_some() {
        return Err(Error::type_error(format!(
            "{kind}() takes at most (params, lr) or (lr, momentum) positionally"
        )));
    }
    call_op(Some(it), "nn.optimizer", &Args { pos: call, kw })
}

fn sgd(it: &mut Interp, args: Args) -> Result<Value> {
    optimizer(it, "sgd", args)
}
fn adam(it: &mut Interp, args: Args) -> Result<Value> {
    optimizer(it, "adam", args)
}
fn adamw(it: &mut Interp, args: Args) -> Result<Value> {
    optimizer(it, "adamw", args)
}
fn rmsprop(it: &mut Interp, args: Args) -> Result<Value> {
    optimizer(it, "rmsprop", args)
}

fn tensor(_: &mut Interp, args: Args) -> Result<Value> {
    call_op(None, "tensor", &args)
}

fn cuda_available(_: &mut Interp, args: Args) -> Result<Value> {
    let [] = args.bind("cuda_available", [], 0)?;
    match backend() {
        Ok(_) => from_ret(bcall(None, "cuda_available", Vec::new(), Vec::new())?),
        // Without libtorch there is certainly no CUDA for arr to use.
        Err(_) => Ok(Value::Bool(false)),
    }
}

fn make_grad(fname: &str, args: Args, with_value: bool) -> Result<Value> {
    let [f, argnums] = args.bind(fname, ["f", "argnums"], 1)?;
    if !f.is_callable() && !matches!(f, Value::Host(_)) {
        return Err(Error::type_error(format!(
            "{fname}() takes a function, not {}",
            f.type_name()
        )));
    }
    let (nums, single) = match &argnums {
        Value::None => (vec![0], true),
        Value::Int(i) if *i >= 0 => (vec![*i as usize], true),
        Value::Tuple(v) | Value::List(v) => (
            v.iter()
                .map(|x| match x {
                    Value::Int(i) if *i >= 0 => Ok(*i as usize),
                    _ => Err(Error::type_error(format!(
                        "{fname}(argnums=) must be a non-negative int or a tuple of them"
                    ))),
                })
                .collect::<Result<_>>()?,
            false,
        ),
        _ => {
            return Err(Error::type_error(format!(
                "{fname}(argnums=) must be a non-negative int or a tuple of them"
            )))
        }
    };
    Ok(Value::Host(Rc::new(GradFn {
        f,
        argnums: nums,
        with_value,
        single,
    })))
}

fn grad(_: &mut Interp, args: Args) -> Result<Value> {
    make_grad("grad", args, false)
}

fn value_and_grad(_: &mut Interp, args: Args) -> Result<Value> {
    make_grad("value_and_grad", args, true)
}

fn no_grad(it: &mut Interp, args: Args) -> Result<Value> {
    let [f] = args.bind("no_grad", ["f"], 1)?;
    if !f.is_callable() {
        return Err(Error::type_error(format!(
            "no_grad() takes a function of no arguments, e.g. no_grad(fn() {{ ... }}), not {}",
            f.type_name()
        )));
    }
    super::no_grad(it, &f)
}

fn to_categorical(_: &mut Interp, args: Args) -> Result<Value> {
    let [y, n] = args.bind("to_categorical", ["y", "num_classes"], 1)?;
    let y = if is_tensor(&y) {
        super::to_array_value(&y)?
    } else {
        y
    };
    let a = crate::value::convert::to_array(&y, "to_categorical()")?;
    let labels: Vec<i64> = match &*a {
        NdArray::Int(x) => x.iter().copied().collect(),
        NdArray::Bool(x) => x.iter().map(|&b| b as i64).collect(),
        NdArray::F64(x) => x
            .iter()
            .map(|&v| {
                if v.fract() == 0.0 && v.is_finite() {
                    Ok(v as i64)
                } else {
                    Err(Error::value(format!(
                        "to_categorical(): labels must be whole numbers, got {v}"
                    )))
                }
            })
            .collect::<Result<_>>()?,
        NdArray::F32(x) => x.iter().map(|&v| v as i64).collect(),
    };
    let n = match n {
        Value::None => labels.iter().copied().max().map(|m| m + 1).unwrap_or(0),
        v => crate::value::convert::to_i64(&v, "to_categorical(num_classes)")?,
    };
    if let Some(&bad) = labels.iter().find(|&&l| l < 0 || l >= n) {
        return Err(Error::value(format!(
            "to_categorical(): label {bad} is outside 0..{} (num_classes={n})",
            n - 1
        )));
    }
    let mut shape = a.shape().to_vec();
    if shape.last() == Some(&1) && shape.len() > 1 {
        shape.pop();
    }
    shape.push(n as usize);
    crate::value::array::check_alloc(labels.len().saturating_mul(n as usize), 8)?;
    let mut out = vec![0.0f64; labels.len() * n as usize];
    for (i, &l) in labels.iter().enumerate() {
        out[i * n as usize + l as usize] = 1.0;
    }
    let arr =
        ArrayD::from_shape_vec(IxDyn(&shape), out).map_err(|e| Error::value(e.to_string()))?;
    Ok(Value::array(NdArray::F64(arr)))
}

/// Reads one IDX file (MNIST's format): magic, dimensions, unsigned bytes.
pub fn read_idx(path: &std::path::Path) -> Result<NdArray> {
    let shown = path.display();
    let bytes = std::fs::read(path)
        .map_err(|e| Error::io(format!("load_mnist: cannot read {shown}: {e}")))?;
    if bytes.len() < 4 || bytes[0] != 0 || bytes[1] != 0 {
        return Err(Error::value(format!(
            "load_mnist: {shown} is not an IDX file (bad magic number)"
        )));
    }
    if bytes[2] != 0x08 {
        return Err(Error::value(format!(
            "load_mnist: {shown} holds IDX type 0x{:02x}; only unsigned bytes (0x08) are supported",
            bytes[2]
        )));
    }
    let nd = bytes[3] as usize;
    let header = 4 + 4 * nd;
    if nd == 0 || bytes.len() < header {
        return Err(Error::value(format!(
            "load_mnist: {shown} is truncated (header of {nd} dimensions)"
        )));
    }
    let shape: Vec<usize> = (0..nd)
        .map(|k| {
            let o = 4 + 4 * k;
            u32::from_be_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]) as usize
        })
        .collect();
    let n = shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
    if n != Some(bytes.len() - header) {
        return Err(Error::value(format!(
            "load_mnist: {shown} should hold {} bytes of data for shape {:?} but holds {}",
            n.map(|n| n.to_string())
                .unwrap_or_else(|| "too many".into()),
            shape,
            bytes.len() - header
        )));
    }
    let data: Vec<i64> = bytes[header..].iter().map(|&b| b as i64).collect();
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::value(e.to_string()))?,
    ))
}

fn load_mnist(it: &mut Interp, args: Args) -> Result<Value> {
    let [dir] = args.bind("load_mnist", ["path"], 1)?;
    if !it.file_access {
        return Err(Error::io(
            "load_mnist: file access is disabled in this interpreter",
        ));
    }
    let dir = match &dir {
        Value::Str(s) => std::path::PathBuf::from(&**s),
        other => {
            return Err(Error::type_error(format!(
                "load_mnist() takes a directory name, not {}",
                other.type_name()
            )))
        }
    };
    let find = |stem: &str| -> Result<std::path::PathBuf> {
        for name in [stem.to_string(), stem.replace("-idx", ".idx")] {
            let p = dir.join(&name);
            if p.is_file() {
                return Ok(p);
            }
        }
        Err(Error::io(format!(
            "load_mnist: {} has no {stem} (expected MNIST's four IDX files, uncompressed)",
            dir.display()
        )))
    };
    let mut parts = Vec::new();
    for (img, lab) in [
        ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
        ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
    ] {
        let x = read_idx(&find(img)?)?;
        let y = read_idx(&find(lab)?)?;
        if x.shape().first() != y.shape().first() || y.ndim() != 1 {
            return Err(Error::value(format!(
                "load_mnist: {img} has {} images but {lab} has {} labels",
                x.shape().first().copied().unwrap_or(0),
                y.shape().first().copied().unwrap_or(0)
            )));
        }
        parts.push(Value::tuple(vec![Value::array(x), Value::array(y)]));
    }
    Ok(Value::tuple(parts))
}

// relu, sigmoid and gelu on arrays; with a tensor the call goes to libtorch
// before reaching these (tensor::call_builtin).

fn relu(_: &mut Interp, args: Args) -> Result<Value> {
    let [x] = args.bind("relu", ["x"], 1)?;
    let a = crate::value::convert::to_array(&x, "relu()")?;
    Ok(Value::from_array(match &*a {
        NdArray::Int(x) => NdArray::Int(x.mapv(|v| v.max(0))),
        NdArray::F32(x) => NdArray::F32(x.mapv(|v| if v > 0.0 { v } else { 0.0 })),
        other => NdArray::F64(other.to_f64().mapv(|v| if v > 0.0 { v } else { 0.0 })),
    }))
}

fn sigmoid_f64(v: f64) -> f64 {
    1.0 / (1.0 + (-v).exp())
}

fn gelu_f64(v: f64) -> f64 {
    0.5 * v * (1.0 + libm::erf(v / std::f64::consts::SQRT_2))
}

fn sigmoid(_: &mut Interp, args: Args) -> Result<Value> {
    let [x] = args.bind("sigmoid", ["x"], 1)?;
    float_map(&x, "sigmoid", sigmoid_f64, |v| sigmoid_f64(v as f64) as f32)
}

fn gelu(_: &mut Interp, args: Args) -> Result<Value> {
    let [x] = args.bind("gelu", ["x"], 1)?;
    float_map(&x, "gelu", gelu_f64, |v| gelu_f64(v as f64) as f32)
}

pub fn register(r: &mut Registry) {
    r.add("tensor", tensor, "tensor(x, dtype=none, device=\"cpu\", requires_grad=false)\n\nA libtorch tensor from an array, list or number (float data becomes float32, ints int64, as in PyTorch). Loads libtorch on first use.\n\n>>> tensor([[1, 2], [3, 4]])\ntensor([[1, 2],\n        [3, 4]])");
    r.add("cuda_available", cuda_available, "cuda_available()\n\nWhether libtorch sees a CUDA GPU.\n\n>>> type(cuda_available())\n'bool'");
    r.add("grad", grad, "grad(f, argnums=0)\n\nA function computing the gradient of the scalar function f with respect to argument argnums (an int or a tuple). Arrays in give arrays out, tensors give tensors; grad(grad(f)) works for scalar functions.\n\n>>> grad(fn(x) = x ** 3)(2.0)\n12.0");
    r.add("value_and_grad", value_and_grad, "value_and_grad(f, argnums=0)\n\nLike grad, but the function returns (f(x), gradient).\n\n>>> value_and_grad(fn(x) = x * x)(3.0)\n(9.0, 6.0)");
    r.add("no_grad", no_grad, "no_grad(f)\n\nCalls f() with gradient recording switched off and returns its value.\n\n>>> x = tensor([1.0], requires_grad=true)\n>>> no_grad(fn() = x * 2).requires_grad\nFalse");
    r.add("Sequential", sequential, "Sequential(layers)\n\nA Keras-style model: layers applied in order. Methods: compile fit evaluate predict summary save load parameters to; calling model(x) runs it.\n\n>>> m = Sequential([Dense(3, input_shape=(2,))])\n>>> len(m.parameters())\n2");
    r.add("Dense", dense, "Dense(units, activation=none, use_bias=true, input_shape=none)\n\nA fully connected layer (Glorot-uniform kernel of shape (inputs, units), zero bias).\n\n>>> Dense(128, activation=\"relu\")\nDense(128, activation='relu')");
    r.add("Dropout", dropout, "Dropout(rate)\n\nZeroes a fraction rate of the inputs while training (scaling the rest), does nothing otherwise.\n\n>>> Dropout(0.5)\nDropout(0.5)");
    r.add(
        "Flatten",
        flatten_layer,
        "Flatten()\n\nFlattens each sample to one axis.\n\n>>> Flatten()\nFlatten()",
    );
    r.add("Conv2D", conv2d, "Conv2D(filters, kernel_size, strides=1, padding=\"valid\", activation=none, input_shape=none)\n\nA 2-D convolution over channels-last images (N, H, W, C), as in Keras.\n\n>>> Conv2D(8, 3, activation=\"relu\")\nConv2D(8, 3, activation='relu')");
    r.add("MaxPool2D", maxpool2d, "MaxPool2D(pool_size=2, strides=pool_size, padding=\"valid\")\n\nMax pooling over channels-last images.\n\n>>> MaxPool2D(2)\nMaxPool2D(2)");
    r.add("MaxPooling2D", maxpool2d, "MaxPooling2D(pool_size=2)\n\nThe Keras name of MaxPool2D.\n\n>>> MaxPooling2D(2)\nMaxPool2D(2)");
    r.add("BatchNorm", batchnorm, "BatchNorm(momentum=0.99, epsilon=0.001)\n\nBatch normalization over the last axis (Keras's BatchNormalization).\n\n>>> BatchNorm()\nBatchNorm()");
    r.add("BatchNormalization", batchnorm, "BatchNormalization(momentum=0.99, epsilon=0.001)\n\nThe Keras name of BatchNorm.\n\n>>> BatchNormalization()\nBatchNorm()");
    r.add("sgd", sgd, "sgd(lr=0.01, momentum=0.0) or sgd(params, lr=...)\n\nStochastic gradient descent, for compile(optimizer=...) or, given parameters, for a custom loop (step, zero_grad).\n\n>>> sgd(0.1, 0.9)\n<optimizer sgd lr=0.1>");
    r.add("adam", adam, "adam(lr=0.001) or adam(params, lr=...)\n\nAdam (betas 0.9, 0.999; epsilon 1e-7 as in Keras).\n\n>>> adam(lr=0.01)\n<optimizer adam lr=0.01>");
    r.add("adamw", adamw, "adamw(lr=0.001, weight_decay=0.004) or adamw(params, ...)\n\nAdam with decoupled weight decay.\n\n>>> adamw()\n<optimizer adamw lr=0.001>");
    r.add("rmsprop", rmsprop, "rmsprop(lr=0.001) or rmsprop(params, lr=...)\n\nRMSprop (rho 0.9).\n\n>>> rmsprop()\n<optimizer rmsprop lr=0.001>");
    r.add("to_categorical", to_categorical, "to_categorical(y, num_classes=none)\n\nOne-hot float64 rows from integer labels, as keras.utils.to_categorical.\n\n>>> to_categorical([0, 2], 3)\narray([[1., 0., 0.],\n       [0., 0., 1.]])");
    r.add("load_mnist", load_mnist, "load_mnist(dir)\n\nReads MNIST's four uncompressed IDX files from dir and returns ((x_train, y_train), (x_test, y_test)) as int64 arrays, like keras.datasets.mnist.load_data().\n\n>>> type(load_mnist)\n'function'");
    r.add("relu", relu, "relu(x)\n\nmax(x, 0) element-wise (arrays or tensors); also an activation name.\n\n>>> relu([-1.0, 2.0])\narray([0., 2.])");
    r.add(
        "sigmoid",
        sigmoid,
        "sigmoid(x)\n\n1 / (1 + exp(-x)) element-wise.\n\n>>> sigmoid(0.0)\n0.5",
    );
    r.add(
        "gelu",
        gelu,
        "gelu(x)\n\nx * Phi(x) (the exact, erf-based GELU) element-wise.\n\n>>> gelu(0.0)\n0.0",
    );
}
