//! The builtins of the tensor family: `tensor`, `cuda_available`, `grad`,
//! `value_and_grad`, `no_grad`, Keras layers and models, optimizers.

use super::backend::{call_value, instance, unavailable, Instance};
use super::convert::{args_to, to_arg};
use super::grad::GradFn;
use crate::builtins::{Args, Registry};
use crate::error::{Error, Result};
use crate::value::{Context, HostValue, Value};
use arr_torch_abi::{Arg, Op};
use std::any::Any;
use std::rc::Rc;

/// Runs backend operation `op` on a builtin's arguments.
fn call_op(cx: &mut dyn Context, op: Op, args: &Args) -> Result<Value> {
    let b = instance(cx)?;
    let (pos, kw) = args_to(args, cx, &b)?;
    call_value(cx, &b, op, pos, kw)
}

/// A layer as written (`Dense(128, activation="relu")`): a kind and its
/// arguments, turned into a real layer when a `Sequential` is made.
#[derive(Debug)]
pub struct LayerSpec {
    pub kind: &'static str,
    pub params: Vec<(String, Value)>,
}

impl HostValue for LayerSpec {
    fn type_name(&self) -> String {
        self.kind.to_string()
    }
    fn fallback_repr(&self) -> String {
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
    pub fn to_arg(&self, cx: &mut dyn Context, b: &Rc<Instance>) -> Result<Arg> {
        Ok(Arg::Spec(
            self.kind.to_string(),
            self.params
                .iter()
                .map(|(k, v)| Ok((k.clone(), to_arg(v, cx, b)?)))
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
        fn $name(_: &mut dyn Context, args: Args) -> Result<Value> {
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

fn sequential(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [layers] = args.bind("Sequential", ["layers"], 0)?;
    let items = match &layers {
        Value::None => Vec::new(),
        Value::List(_) | Value::Tuple(_) => {
            crate::value::convert::seq_items(&layers).unwrap_or_default()
        }
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
    call_op(cx, Op::Sequential, &Args::new(vec![Value::list(items)]))
}

fn optimizer(cx: &mut dyn Context, kind: &str, args: Args) -> Result<Value> {
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
    call_op(cx, Op::Optimizer, &Args { pos: call, kw })
}

fn sgd(cx: &mut dyn Context, args: Args) -> Result<Value> {
    optimizer(cx, "sgd", args)
}
fn adam(cx: &mut dyn Context, args: Args) -> Result<Value> {
    optimizer(cx, "adam", args)
}
fn adamw(cx: &mut dyn Context, args: Args) -> Result<Value> {
    optimizer(cx, "adamw", args)
}
fn rmsprop(cx: &mut dyn Context, args: Args) -> Result<Value> {
    optimizer(cx, "rmsprop", args)
}

fn tensor(cx: &mut dyn Context, args: Args) -> Result<Value> {
    call_op(cx, Op::Tensor, &args)
}

fn cuda_available(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [] = args.bind("cuda_available", [], 0)?;
    // Without the backend there is certainly no CUDA for arr to use; say why
    // rather than answer a bare false.
    if let Some(why) = unavailable() {
        cx.warn(&format!("cuda_available() is False: {why}"));
        return Ok(Value::Bool(false));
    }
    call_op(cx, Op::CudaAvailable, &Args::default())
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
        Value::Tuple(_) | Value::List(_) => (
            crate::value::convert::seq_items(&argnums)
                .unwrap_or_default()
                .iter()
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

fn grad(_: &mut dyn Context, args: Args) -> Result<Value> {
    make_grad("grad", args, false)
}

fn value_and_grad(_: &mut dyn Context, args: Args) -> Result<Value> {
    make_grad("value_and_grad", args, true)
}

fn no_grad(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::Host(std::rc::Rc::new(super::grad::NoGradContext)));
    }
    let [f] = args.bind("no_grad", ["f"], 1)?;
    if !f.is_callable() {
        return Err(Error::type_error(format!(
            "no_grad() takes a function of no arguments, e.g. no_grad(fn() {{ ... }}), not {}",
            f.type_name()
        )));
    }
    super::grad::no_grad(cx, &f)
}

pub fn register(r: &mut Registry) {
    r.add("tensor", tensor, "tensor(x, dtype=none, device=\"cpu\", requires_grad=false)\n\nA libtorch tensor from an array, list or number (float data becomes float32, ints int64, as in PyTorch). Loads libtorch on first use.\n\n>>> tensor([[1, 2], [3, 4]])\ntensor([[1, 2],\n        [3, 4]])");
    r.add("cuda_available", cuda_available, "cuda_available()\n\nWhether libtorch sees a CUDA GPU.\n\n>>> type(cuda_available()).__name__\n'bool'");
    r.add("grad", grad, "grad(f, argnums=0)\n\nA function computing the gradient of the scalar function f with respect to argument argnums (an int or a tuple). Arrays in give arrays out, tensors give tensors; grad(grad(f)) works for scalar functions.\n\n>>> grad(fn(x) = x ** 3)(2.0)\n12.0");
    r.add("value_and_grad", value_and_grad, "value_and_grad(f, argnums=0)\n\nLike grad, but the function returns (f(x), gradient).\n\n>>> value_and_grad(fn(x) = x * x)(3.0)\n(9.0, 6.0)");
    r.add("no_grad", no_grad, "no_grad(f) / with no_grad() { ... }\n\nCalls f() with gradient recording switched off and returns its value; without f, a context manager (`with no_grad() { w -= lr * w.grad }`).\n\n>>> x = tensor([1.0], requires_grad=true)\n>>> no_grad(fn() = x * 2).requires_grad\nFalse");
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
}
