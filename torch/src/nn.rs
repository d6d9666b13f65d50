//! Keras-style models: `Sequential` stacks of layers built lazily from the
//! first input shape, `compile`/`fit`/`evaluate`/`predict`/`summary`,
//! weights saved as safetensors, and optimizers usable on their own
//! (`adam(model.parameters())`, `step`, `zero_grad`).
//!
//! Layout and defaults follow Keras: images are channels-last (N, H, W, C),
//! Dense kernels are (inputs, units) with Glorot-uniform initialisation and
//! zero biases, BatchNorm has momentum 0.99 and epsilon 1e-3, and `adam`
//! uses learning rate 1e-3 and epsilon 1e-7.

use crate::ops::{as_bool, as_float, as_int, as_ints, as_str, get, shape_str};
use crate::{arg_type, te, Obj, Res, TorchBackend};
use arr_torch_abi::{Arg, HostIo, ObjKind, Ret};
use std::time::Instant;
use tch::{Device, Kind, Reduction, Tensor};

#[derive(Clone, Copy, Debug, PartialEq)]
enum Act {
    Linear,
    Relu,
    Sigmoid,
    Tanh,
    Softmax,
    Gelu,
    /// An arr function, called back in the host.
    Custom(u64),
}

fn parse_act(a: &Arg) -> Res<Act> {
    match a {
        Arg::None => Ok(Act::Linear),
        Arg::Str(s) => Ok(match s.as_str() {
            "linear" | "none" => Act::Linear,
            "relu" => Act::Relu,
            "sigmoid" => Act::Sigmoid,
            "tanh" => Act::Tanh,
            "softmax" => Act::Softmax,
            "gelu" => Act::Gelu,
            other => {
                return Err(format!(
                    "unknown activation \"{other}\" (expected relu, sigmoid, tanh, softmax, gelu or linear)"
                ))
            }
        }),
        Arg::Func(id) => Ok(Act::Custom(*id)),
        other => Err(format!(
            "activation must be a name or a function, not {}",
            arg_type(other)
        )),
    }
}

fn apply_act(b: &TorchBackend, io: &mut dyn HostIo, x: &Tensor, a: Act) -> Res<Tensor> {
    let e = te("activation");
    match a {
        Act::Linear => Ok(x.shallow_clone()),
        Act::Relu => x.f_relu().map_err(e),
        Act::Sigmoid => x.f_sigmoid().map_err(e),
        Act::Tanh => x.f_tanh().map_err(e),
        Act::Softmax => x.f_softmax(-1, None::<Kind>).map_err(e),
        Act::Gelu => x.f_gelu("none").map_err(e),
        Act::Custom(f) => {
            let h = b.put(Obj::Tensor(x.shallow_clone()));
            let r = io.call_function(f, h);
            b.take(h);
            let out = r?;
            match b.take(out) {
                Some(Obj::Tensor(t)) => {
                    if t.size() != x.size() {
                        return Err(format!(
                            "the activation function returned shape {} for an input of shape {}",
                            shape_str(&t.size()),
                            shape_str(&x.size())
                        ));
                    }
                    Ok(t)
                }
                _ => Err("the activation function must return a tensor".into()),
            }
        }
    }
}

#[derive(Clone, Debug)]
enum Kind2 {
    Dense {
        units: i64,
        act: Act,
        bias: bool,
    },
    Dropout {
        rate: f64,
    },
    Flatten,
    Conv2D {
        filters: i64,
        k: [i64; 2],
        stride: [i64; 2],
        same: bool,
        act: Act,
    },
    MaxPool2D {
        pool: [i64; 2],
        stride: [i64; 2],
        same: bool,
    },
    BatchNorm {
        momentum: f64,
        eps: f64,
    },
}

struct Layer {
    kind: Kind2,
    name: String,
    type_name: &'static str,
    /// Trainable parameters, Keras names (`kernel`, `bias`, `gamma`, `beta`).
    params: Vec<(String, Tensor)>,
    /// Non-trainable state (BatchNorm's moving mean and variance).
    buffers: Vec<(String, Tensor)>,
    out_shape: Vec<i64>,
}

struct Compiled {
    loss: String,
    metrics: Vec<String>,
    opt: Optimizer,
}

pub struct Model {
    layers: Vec<Layer>,
    input_shape: Option<Vec<i64>>,
    built: bool,
    device: Device,
    compiled: Option<Compiled>,
}

pub struct Optimizer {
    kind: String,
    lr: f64,
    momentum: f64,
    weight_decay: f64,
    params: Vec<Tensor>,
    copt: Option<tch::COptimizer>,
}

impl Optimizer {
    fn new(kind: &str, lr: Option<f64>, momentum: f64, wd: Option<f64>) -> Res<Optimizer> {
        let (lr0, wd0) = match kind {
            "sgd" => (0.01, 0.0),
            "adam" | "rmsprop" => (0.001, 0.0),
            "adamw" => (0.001, 0.004),
            other => {
                return Err(format!(
                    "unknown optimizer \"{other}\" (expected sgd, adam, adamw or rmsprop)"
                ))
            }
        };
        let lr = lr.unwrap_or(lr0);
        if !(lr > 0.0 && lr.is_finite()) {
            return Err(format!(
                "{kind}: the learning rate must be positive, not {lr}"
            ));
        }
        Ok(Optimizer {
            kind: kind.into(),
            lr,
            momentum,
            weight_decay: wd.unwrap_or(wd0),
            params: Vec::new(),
            copt: None,
        })
    }

    fn fresh(&self) -> Optimizer {
        Optimizer {
            kind: self.kind.clone(),
            lr: self.lr,
            momentum: self.momentum,
            weight_decay: self.weight_decay,
            params: Vec::new(),
            copt: None,
        }
    }

    fn attach(&mut self, params: &[Tensor]) -> Res<()> {
        let e = te(&self.kind);
        let mut c = match self.kind.as_str() {
            "sgd" => tch::COptimizer::sgd(self.lr, self.momentum, 0.0, self.weight_decay, false),
            "adam" => tch::COptimizer::adam(self.lr, 0.9, 0.999, self.weight_decay, 1e-7, false),
            "adamw" => tch::COptimizer::adamw(self.lr, 0.9, 0.999, self.weight_decay, 1e-7, false),
            _ => tch::COptimizer::rms_prop(
                self.lr,
                0.9,
                1e-7,
                self.weight_decay,
                self.momentum,
                false,
            ),
        }
        .map_err(&e)?;
        for p in params {
            c.add_parameters(p, 0).map_err(&e)?;
        }
        self.params = params.iter().map(|p| p.shallow_clone()).collect();
        self.copt = Some(c);
        Ok(())
    }

    fn step(&mut self) -> Res<()> {
        match &self.copt {
            Some(c) => c.step().map_err(te("step")),
            None => Err(format!(
                "{}: this optimizer has no parameters; create it as {}(model.parameters()) or pass it to compile()",
                self.kind, self.kind
            )),
        }
    }

    fn zero_grad(&mut self) -> Res<()> {
        for p in &mut self.params {
            p.zero_grad();
        }
        Ok(())
    }
}

fn glorot(shape: &[i64], fan_in: i64, fan_out: i64, dev: Device) -> Res<Tensor> {
    let limit = (6.0 / (fan_in + fan_out) as f64).sqrt();
    let mut t = Tensor::f_empty(shape, (Kind::Float, dev)).map_err(te("init"))?;
    let _ = t.f_uniform_(-limit, limit).map_err(te("init"))?;
    t.f_set_requires_grad(true).map_err(te("init"))
}

fn zeros_param(shape: &[i64], dev: Device, grad: bool) -> Res<Tensor> {
    Tensor::f_zeros(shape, (Kind::Float, dev))
        .and_then(|t| t.f_set_requires_grad(grad))
        .map_err(te("init"))
}

/// A window size or stride: one positive int or a pair of them.
fn pair2(a: &Arg, what: &str, default: [i64; 2]) -> Res<[i64; 2]> {
    let v = match a {
        Arg::None => default,
        Arg::Int(i) => [*i, *i],
        other => match as_ints(other, what)?.as_slice() {
            [a, b] => [*a, *b],
            _ => return Err(format!("{what} must be an int or a pair of ints")),
        },
    };
    if v[0] <= 0 || v[1] <= 0 {
        return Err(format!("{what} must be positive, not ({}, {})", v[0], v[1]));
    }
    Ok(v)
}

fn padding(a: &Arg, what: &str) -> Res<bool> {
    match a {
        Arg::None => Ok(false),
        Arg::Str(s) if s == "valid" => Ok(false),
        Arg::Str(s) if s == "same" => Ok(true),
        other => Err(format!(
            "{what}: padding must be \"valid\" or \"same\", not {}",
            match other {
                Arg::Str(s) => format!("\"{s}\""),
                o => arg_type(o).to_string(),
            }
        )),
    }
}

fn kw<'a>(params: &'a [(String, Arg)], name: &str) -> &'a Arg {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .unwrap_or(&Arg::None)
}

/// A layer spec from the host: `Spec(kind, [("0", first positional), ..kwargs])`.
fn parse_layer(
    kind: &str,
    p: &[(String, Arg)],
    counts: &mut Vec<(String, usize)>,
) -> Res<(Layer, Option<Vec<i64>>)> {
    let pos = |i: usize, name: &str| -> &Arg {
        match kw(p, name) {
            Arg::None => kw(p, &i.to_string()),
            a => a,
        }
    };
    let positive = |v: i64, what: &str| -> Res<i64> {
        if v > 0 {
            Ok(v)
        } else {
            Err(format!("{kind}: {what} must be positive, not {v}"))
        }
    };
    let (k, type_name, base) = match kind {
        "Dense" => (
            Kind2::Dense {
                units: positive(as_int(pos(0, "units"), "Dense(units)")?, "units")?,
                act: parse_act(pos(1, "activation"))?,
                bias: as_bool(kw(p, "use_bias"), "Dense(use_bias=)", true)?,
            },
            "Dense",
            "dense",
        ),
        "Dropout" => {
            let rate = as_float(pos(0, "rate"), "Dropout(rate)")?;
            if !(0.0..1.0).contains(&rate) {
                return Err(format!("Dropout: rate must be in [0, 1), not {rate}"));
            }
            (Kind2::Dropout { rate }, "Dropout", "dropout")
        }
        "Flatten" => (Kind2::Flatten, "Flatten", "flatten"),
        "Conv2D" => {
            let k = pair2(pos(1, "kernel_size"), "Conv2D(kernel_size)", [3, 3])?;
            (
                Kind2::Conv2D {
                    filters: positive(as_int(pos(0, "filters"), "Conv2D(filters)")?, "filters")?,
                    k,
                    stride: pair2(kw(p, "strides"), "Conv2D(strides=)", [1, 1])?,
                    same: padding(kw(p, "padding"), "Conv2D")?,
                    act: parse_act(kw(p, "activation"))?,
                },
                "Conv2D",
                "conv2d",
            )
        }
        "MaxPool2D" | "MaxPooling2D" => {
            let pool = pair2(pos(0, "pool_size"), "MaxPool2D(pool_size)", [2, 2])?;
            let stride = match kw(p, "strides") {
                Arg::None => pool,
                a => pair2(a, "MaxPool2D(strides=)", pool)?,
            };
            (
                Kind2::MaxPool2D {
                    pool,
                    stride,
                    same: padding(kw(p, "padding"), "MaxPool2D")?,
                },
                "MaxPooling2D",
                "max_pooling2d",
            )
        }
        "BatchNorm" | "BatchNormalization" => (
            Kind2::BatchNorm {
                momentum: match kw(p, "momentum") {
                    Arg::None => 0.99,
                    a => as_float(a, "BatchNorm(momentum=)")?,
                },
                eps: match kw(p, "epsilon") {
                    Arg::None => 1e-3,
                    a => as_float(a, "BatchNorm(epsilon=)")?,
                },
            },
            "BatchNormalization",
            "batch_normalization",
        ),
        other => return Err(format!("unknown layer {other}")),
    };
    let n = match counts.iter_mut().find(|(b, _)| b == base) {
        Some((_, n)) => {
            *n += 1;
            *n
        }
        None => {
            counts.push((base.to_string(), 0));
            0
        }
    };
    let name = match kw(p, "name") {
        Arg::Str(s) => s.clone(),
        _ if n == 0 => base.to_string(),
        _ => format!("{base}_{n}"),
    };
    let input_shape = match kw(p, "input_shape") {
        Arg::None => None,
        a => Some(as_ints(a, &format!("{type_name}(input_shape=)"))?),
    };
    Ok((
        Layer {
            kind: k,
            name,
            type_name,
            params: Vec::new(),
            buffers: Vec::new(),
            out_shape: Vec::new(),
        },
        input_shape,
    ))
}

/// Output height and width of a sliding window (convolution, pooling) as
/// Keras computes them; `None` when the image is smaller than the window.
fn window_out(hw: [i64; 2], k: [i64; 2], stride: [i64; 2], same: bool) -> Option<[i64; 2]> {
    let dim = |i: usize| {
        if same {
            (hw[i] + stride[i] - 1) / stride[i]
        } else if hw[i] < k[i] {
            0
        } else {
            (hw[i] - k[i]) / stride[i] + 1
        }
    };
    let out = [dim(0), dim(1)];
    (out[0] > 0 && out[1] > 0).then_some(out)
}

impl Layer {
    /// Creates the parameters for input shape `s` (without the batch axis)
    /// and returns the output shape.
    fn build(&mut self, s: &[i64], dev: Device) -> Res<Vec<i64>> {
        let bad = |want: &str| -> String {
            format!(
                "layer '{}' ({}) expects {want}, but its input has shape (None, {})",
                self.name,
                self.type_name,
                s.iter()
                    .map(|d| d.to_string())
                    .collect::<Vec<_>>()
                    .join(", ")
            )
        };
        let out = match &self.kind {
            Kind2::Dense { units, bias, .. } => {
                let Some(&fan_in) = s.last() else {
                    return Err(bad("inputs with at least one axis"));
                };
                self.params = vec![(
                    "kernel".into(),
                    glorot(&[fan_in, *units], fan_in, *units, dev)?,
                )];
                if *bias {
                    self.params
                        .push(("bias".into(), zeros_param(&[*units], dev, true)?));
                }
                let mut o = s.to_vec();
                let last = o.len() - 1;
                o[last] = *units;
                o
            }
            Kind2::Dropout { .. } => s.to_vec(),
            Kind2::Flatten => vec![s.iter().product()],
            Kind2::Conv2D {
                filters,
                k,
                stride,
                same,
                ..
            } => {
                let [h, w, c] = s else {
                    return Err(bad("images of shape (None, height, width, channels)"));
                };
                let fan_in = c * k[0] * k[1];
                let fan_out = filters * k[0] * k[1];
                self.params = vec![
                    (
                        "kernel".into(),
                        glorot(&[*filters, *c, k[0], k[1]], fan_in, fan_out, dev)?,
                    ),
                    ("bias".into(), zeros_param(&[*filters], dev, true)?),
                ];
                let [oh, ow] = window_out([*h, *w], *k, *stride, *same)
                    .ok_or_else(|| bad(&format!("images of at least {}x{}", k[0], k[1])))?;
                vec![oh, ow, *filters]
            }
            Kind2::MaxPool2D { pool, stride, same } => {
                let [h, w, c] = s else {
                    return Err(bad("images of shape (None, height, width, channels)"));
                };
                let [oh, ow] = window_out([*h, *w], *pool, *stride, *same)
                    .ok_or_else(|| bad(&format!("images of at least {}x{}", pool[0], pool[1])))?;
                vec![oh, ow, *c]
            }
            Kind2::BatchNorm { .. } => {
                let Some(&c) = s.last() else {
                    return Err(bad("inputs with at least one axis"));
                };
                self.params = vec![
                    (
                        "gamma".into(),
                        Tensor::f_ones([c], (Kind::Float, dev))
                            .and_then(|t| t.f_set_requires_grad(true))
                            .map_err(te("init"))?,
                    ),
                    ("beta".into(), zeros_param(&[c], dev, true)?),
                ];
                self.buffers = vec![
                    ("moving_mean".into(), zeros_param(&[c], dev, false)?),
                    (
                        "moving_variance".into(),
                        Tensor::f_ones([c], (Kind::Float, dev)).map_err(te("init"))?,
                    ),
                ];
                s.to_vec()
            }
        };
        self.out_shape = out.clone();
        Ok(out)
    }

    fn param_count(&self) -> (i64, i64) {
        let n = |v: &[(String, Tensor)]| v.iter().map(|(_, t)| t.numel() as i64).sum::<i64>();
        (n(&self.params), n(&self.buffers))
    }

    /// Forward pass; also the pre-activation output and the activation
    /// (the loss uses them for numerically stable cross-entropies).
    fn forward(
        &self,
        b: &TorchBackend,
        io: &mut dyn HostIo,
        x: &Tensor,
        train: bool,
    ) -> Res<(Tensor, Option<(Tensor, Act)>)> {
        let (z, act) = self
            .forward_raw(x, train)
            .map_err(te(&format!("layer '{}'", self.name)))?;
        match act {
            Some(a) => Ok((apply_act(b, io, &z, a)?, Some((z, a)))),
            None => Ok((z, None)),
        }
    }

    /// The layer's output before its activation, and that activation.
    fn forward_raw(&self, x: &Tensor, train: bool) -> Result<(Tensor, Option<Act>), tch::TchError> {
        Ok(match &self.kind {
            Kind2::Dense { act, .. } => {
                let w = &self.params[0].1;
                let z = if x.dim() == 2 {
                    match self.params.get(1) {
                        Some((_, b)) => b.f_addmm(x, w)?,
                        None => x.f_mm(w)?,
                    }
                } else {
                    let z = x.f_matmul(w)?;
                    match self.params.get(1) {
                        Some((_, b)) => z.f_add(b)?,
                        None => z,
                    }
                };
                (z, Some(*act))
            }
            Kind2::Dropout { rate } => (x.f_dropout(*rate, train)?, None),
            Kind2::Flatten => (x.f_flatten(1, -1)?, None),
            Kind2::Conv2D {
                stride, same, act, ..
            } => {
                let xc = x.f_permute([0, 3, 1, 2])?;
                let (w, b) = (&self.params[0].1, &self.params[1].1);
                let z = if *same {
                    xc.f_conv2d_padding(w, Some(b), stride.as_slice(), "same", [1, 1], 1)?
                } else {
                    xc.f_conv2d(w, Some(b), stride.as_slice(), [0, 0], [1, 1], 1)?
                };
                let z = z.f_permute([0, 2, 3, 1])?;
                (z, Some(*act))
            }
            Kind2::MaxPool2D { pool, stride, same } => {
                let xc = x.f_permute([0, 3, 1, 2])?;
                let z =
                    xc.f_max_pool2d(pool.as_slice(), stride.as_slice(), [0, 0], [1, 1], *same)?;
                (z.f_permute([0, 2, 3, 1])?, None)
            }
            Kind2::BatchNorm { momentum, eps } => {
                let (g, b) = (&self.params[0].1, &self.params[1].1);
                let (m, v) = (&self.buffers[0].1, &self.buffers[1].1);
                let nd = x.dim() as i64;
                let xc = if nd > 2 {
                    let mut p = vec![0, nd - 1];
                    p.extend(1..nd - 1);
                    x.f_permute(p.as_slice())?
                } else {
                    x.shallow_clone()
                };
                let z = xc.f_batch_norm(
                    Some(g),
                    Some(b),
                    Some(m),
                    Some(v),
                    train,
                    1.0 - momentum,
                    *eps,
                    false,
                )?;
                let z = if nd > 2 {
                    let mut p = vec![0];
                    p.extend(2..nd);
                    p.push(1);
                    z.f_permute(p.as_slice())?
                } else {
                    z
                };
                (z, None)
            }
        })
    }
}

fn shape_none(s: &[i64]) -> String {
    let mut parts = vec!["None".to_string()];
    parts.extend(s.iter().map(|d| d.to_string()));
    if parts.len() == 1 {
        "(None,)".into()
    } else {
        format!("({})", parts.join(", "))
    }
}

impl Model {
    fn build(&mut self, input: &[i64]) -> Res<()> {
        let mut s = input.to_vec();
        for l in &mut self.layers {
            s = l.build(&s, self.device)?;
        }
        self.input_shape = Some(input.to_vec());
        self.built = true;
        if let Some(c) = &mut self.compiled {
            let params = self
                .layers
                .iter()
                .flat_map(|l| l.params.iter().map(|(_, t)| t.shallow_clone()))
                .collect::<Vec<_>>();
            c.opt.attach(&params)?;
        }
        Ok(())
    }

    fn parameters(&self) -> Vec<Tensor> {
        self.layers
            .iter()
            .flat_map(|l| l.params.iter().map(|(_, t)| t.shallow_clone()))
            .collect()
    }

    /// Checks `x` against the input shape (building the model on first use).
    fn check_input(&mut self, x: &Tensor, what: &str) -> Res<()> {
        let s = x.size();
        if s.is_empty() {
            return Err(format!(
                "{what}: x must have a batch axis, but it is a scalar"
            ));
        }
        let feat = &s[1..];
        if !self.built {
            let want = self.input_shape.clone().unwrap_or_else(|| feat.to_vec());
            self.build(&want)?;
        }
        let want = self.input_shape.clone().unwrap_or_default();
        if feat != want.as_slice() {
            let first = self.layers.first();
            return Err(format!(
                "{what}: layer '{}' ({}) expects input of shape {}, but x has shape {}",
                first.map(|l| l.name.as_str()).unwrap_or("?"),
                first.map(|l| l.type_name).unwrap_or("?"),
                shape_none(&want),
                shape_str(&s)
            ));
        }
        Ok(())
    }

    fn forward(
        &self,
        b: &TorchBackend,
        io: &mut dyn HostIo,
        x: &Tensor,
        train: bool,
    ) -> Res<(Tensor, Option<(Tensor, Act)>)> {
        let mut h = x.shallow_clone();
        let mut pre = None;
        for l in &self.layers {
            let (o, p) = l.forward(b, io, &h, train)?;
            h = o;
            pre = p;
        }
        Ok((h, pre))
    }

    fn all_tensors(&self) -> Vec<(String, Tensor)> {
        let mut v = Vec::new();
        for l in &self.layers {
            for (n, t) in l.params.iter().chain(&l.buffers) {
                v.push((format!("{}.{}", l.name, n), t.shallow_clone()));
            }
        }
        v
    }

    fn summary(&self) -> Res<String> {
        if !self.built {
            return Err(
                "summary(): the model is not built yet; give the first layer input_shape= or call fit/predict first"
                    .into(),
            );
        }
        let (w1, w2, w3) = (33usize, 24usize, 15usize);
        let line = |l: &str, m: &str, r: &str, f: &str| {
            format!(
                "{l}{}{m}{}{m}{}{r}\n",
                f.repeat(w1),
                f.repeat(w2),
                f.repeat(w3)
            )
        };
        let row = |a: &str, b: &str, c: &str, bar: &str| {
            format!(
                "{bar} {:<w1$}{bar} {:<w2$}{bar} {:>w3$}{bar}\n",
                a,
                b,
                c,
                w1 = w1 - 1,
                w2 = w2 - 1,
                w3 = w3 - 2
            )
            .replacen(&format!("{c}{bar}\n"), &format!("{c} {bar}\n"), 1)
        };
        let mut s = String::from("Model: \"sequential\"\n");
        s += &line("┏", "┳", "┓", "━");
        s += &row("Layer (type)", "Output Shape", "Param #", "┃");
        s += &line("┡", "╇", "┩", "━");
        let (mut total, mut frozen) = (0i64, 0i64);
        for (i, l) in self.layers.iter().enumerate() {
            let (p, b) = l.param_count();
            total += p + b;
            frozen += b;
            let label = format!("{} ({})", l.name, l.type_name);
            if label.chars().count() < w1 - 1 {
                s += &row(&label, &shape_none(&l.out_shape), &group(p + b), "│");
            } else {
                // Long names wrap onto a second line, as Keras's table does.
                s += &row(&l.name, &shape_none(&l.out_shape), &group(p + b), "│");
                s += &row(&format!("({})", l.type_name), "", "", "│");
            }
            if i + 1 < self.layers.len() {
                s += &line("├", "┼", "┤", "─");
            }
        }
        s += &line("└", "┴", "┘", "─");
        s += &format!(" Total params: {} ({})\n", group(total), bytes(total * 4));
        s += &format!(
            " Trainable params: {} ({})\n",
            group(total - frozen),
            bytes((total - frozen) * 4)
        );
        s += &format!(
            " Non-trainable params: {} ({})\n",
            group(frozen),
            bytes(frozen * 4)
        );
        Ok(s)
    }
}

fn group(n: i64) -> String {
    let s = n.to_string();
    let mut out = String::new();
    for (i, c) in s.chars().enumerate() {
        if i > 0 && (s.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

fn bytes(n: i64) -> String {
    let f = n as f64;
    if f < 1024.0 {
        format!("{f:.2} B")
    } else if f < 1024.0 * 1024.0 {
        format!("{:.2} KB", f / 1024.0)
    } else if f < 1024.0 * 1024.0 * 1024.0 {
        format!("{:.2} MB", f / 1024.0 / 1024.0)
    } else {
        format!("{:.2} GB", f / 1024.0 / 1024.0 / 1024.0)
    }
}

const LOSSES: &[&str] = &[
    "categorical_crossentropy",
    "sparse_categorical_crossentropy",
    "binary_crossentropy",
    "mse",
    "mean_squared_error",
    "mae",
    "mean_absolute_error",
];

/// The loss of a batch; `pre` is the last layer's pre-activation output,
/// used for numerically stable cross-entropies after softmax/sigmoid.
fn loss_of(
    loss: &str,
    out: &Tensor,
    pre: &Option<(Tensor, Act)>,
    y: &Tensor,
) -> Result<Tensor, tch::TchError> {
    const EPS: f64 = 1e-7;
    match loss {
        "categorical_crossentropy" => {
            let logp = match pre {
                Some((z, Act::Softmax)) => z.f_log_softmax(-1, None::<Kind>)?,
                _ => out.f_clamp(EPS, 1.0 - EPS)?.f_log()?,
            };
            y.f_mul(&logp)?
                .f_sum_dim_intlist([-1i64].as_slice(), false, None::<Kind>)?
                .f_mean(None::<Kind>)?
                .f_neg()
        }
        "sparse_categorical_crossentropy" => {
            let logp = match pre {
                Some((z, Act::Softmax)) => z.f_log_softmax(-1, None::<Kind>)?,
                _ => out.f_clamp(EPS, 1.0 - EPS)?.f_log()?,
            };
            logp.f_nll_loss(y, None::<Tensor>, Reduction::Mean, -100)
        }
        "binary_crossentropy" => match pre {
            Some((z, Act::Sigmoid)) => z.f_binary_cross_entropy_with_logits(
                y,
                None::<Tensor>,
                None::<Tensor>,
                Reduction::Mean,
            ),
            _ => out.f_clamp(EPS, 1.0 - EPS)?.f_binary_cross_entropy(
                y,
                None::<Tensor>,
                Reduction::Mean,
            ),
        },
        "mae" | "mean_absolute_error" => out.f_l1_loss(y, Reduction::Mean),
        _ => out.f_mse_loss(y, Reduction::Mean),
    }
}

/// Number of correct predictions in a batch (for the "accuracy" metric).
fn correct(loss: &str, out: &Tensor, y: &Tensor) -> Result<f64, tch::TchError> {
    let hits = match loss {
        "sparse_categorical_crossentropy" => out.f_argmax(-1, false)?.f_eq_tensor(y)?,
        "binary_crossentropy" => out.f_gt(0.5)?.f_to_kind(Kind::Float)?.f_eq_tensor(y)?,
        _ if out.dim() >= 2 && out.size().last().copied().unwrap_or(1) > 1 => out
            .f_argmax(-1, false)?
            .f_eq_tensor(&y.f_argmax(-1, false)?)?,
        _ => out.f_round()?.f_eq_tensor(&y.f_round()?)?,
    };
    hits.f_to_kind(Kind::Double)?
        .f_sum(None::<Kind>)?
        .f_double_value(&[])
}

/// Turns fit/evaluate data into tensors on the model's device, checking
/// the labels against the loss.
fn prepare(b: &TorchBackend, m: &mut Model, x: &Arg, y: &Arg, what: &str) -> Res<(Tensor, Tensor)> {
    let xt = b
        .tensor(x, what)?
        .f_to_kind(Kind::Float)
        .and_then(|t| t.f_to_device(m.device))
        .map_err(te(what))?;
    let yt = b.tensor(y, what)?.f_to_device(m.device).map_err(te(what))?;
    let (nx, ny) = (
        xt.size().first().copied().unwrap_or(0),
        yt.size().first().copied().unwrap_or(0),
    );
    if xt.dim() == 0 || yt.dim() == 0 || nx != ny {
        return Err(format!(
            "{what}: x and y must have the same number of samples, but x has shape {} and y has shape {}",
            shape_str(&xt.size()),
            shape_str(&yt.size())
        ));
    }
    m.check_input(&xt, what)?;
    let loss = m
        .compiled
        .as_ref()
        .map(|c| c.loss.clone())
        .unwrap_or_default();
    let out_shape = m
        .layers
        .last()
        .map(|l| l.out_shape.clone())
        .unwrap_or_default();
    let classes = out_shape.last().copied().unwrap_or(1);
    let yk = yt.kind();
    let int_labels = matches!(yk, Kind::Int64 | Kind::Int | Kind::Bool);
    let yt = match loss.as_str() {
        "categorical_crossentropy" => {
            if int_labels || yt.dim() == 1 || yt.size().last().copied() != Some(classes) {
                return Err(format!(
                    "{what}: categorical_crossentropy needs one-hot labels of shape ({nx}, {classes}), but y has shape {} ({}); use to_categorical(y, {classes}) or loss=\"sparse_categorical_crossentropy\"",
                    shape_str(&yt.size()),
                    crate::kind_name(yk)
                ));
            }
            yt.f_to_kind(Kind::Float).map_err(te(what))?
        }
        "sparse_categorical_crossentropy" => {
            let yt = if yt.dim() == 2 && yt.size()[1] == 1 {
                yt.f_reshape([-1]).map_err(te(what))?
            } else {
                yt
            };
            if yt.dim() != 1 {
                return Err(format!(
                    "{what}: sparse_categorical_crossentropy needs integer class labels of shape ({nx},), but y has shape {}; for one-hot labels use loss=\"categorical_crossentropy\"",
                    shape_str(&yt.size())
                ));
            }
            let yt = yt.f_to_kind(Kind::Int64).map_err(te(what))?;
            let (lo, hi) = (
                yt.f_min()
                    .and_then(|t| t.f_int64_value(&[]))
                    .map_err(te(what))?,
                yt.f_max()
                    .and_then(|t| t.f_int64_value(&[]))
                    .map_err(te(what))?,
            );
            if lo < 0 || hi >= classes {
                return Err(format!(
                    "{what}: labels must be class numbers from 0 to {}, but y holds {}",
                    classes - 1,
                    if lo < 0 { lo } else { hi }
                ));
            }
            yt
        }
        _ => {
            let yt = yt.f_to_kind(Kind::Float).map_err(te(what))?;
            if yt.size()[1..] != out_shape[..] {
                if yt.dim() == 1 && out_shape == [1] {
                    yt.f_reshape([-1, 1]).map_err(te(what))?
                } else {
                    return Err(format!(
                        "{what}: y has shape {} but the model outputs {}",
                        shape_str(&yt.size()),
                        shape_none(&out_shape)
                    ));
                }
            } else {
                yt
            }
        }
    };
    Ok((xt, yt))
}

fn fmt_metric(v: f64) -> String {
    if v.abs() > 1e-3 || v == 0.0 {
        format!("{v:.4}")
    } else {
        format!("{v:.4e}")
    }
}

fn fmt_step(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{}s/step", secs.round() as i64)
    } else if secs >= 1e-3 {
        format!("{}ms/step", (secs * 1e3).round() as i64)
    } else {
        format!("{}us/step", (secs * 1e6).round() as i64)
    }
}

fn progress(cur: usize, total: usize, elapsed: f64, logs: &[(String, f64)], done: bool) -> String {
    let width = total.to_string().len();
    let filled = (cur * 20).checked_div(total).unwrap_or(20).min(20);
    let bar: String = "━".repeat(filled) + &" ".repeat(20 - filled);
    let per = if cur > 0 { elapsed / cur as f64 } else { 0.0 };
    let time = if done {
        format!("{}s {}", elapsed.round() as i64, fmt_step(per))
    } else {
        format!(
            "{}s {}",
            (per * (total - cur) as f64).round() as i64,
            fmt_step(per)
        )
    };
    let mut s = format!("{cur:>width$}/{total} {bar} {time}");
    let mut sorted: Vec<&(String, f64)> = logs.iter().collect();
    sorted.sort_by(|a, b| a.0.cmp(&b.0));
    for (k, v) in sorted {
        s += &format!(" - {k}: {}", fmt_metric(*v));
    }
    s
}

struct EvalResult {
    loss: f64,
    acc: Option<f64>,
}

fn evaluate(
    b: &TorchBackend,
    io: &mut dyn HostIo,
    m: &Model,
    x: &Tensor,
    y: &Tensor,
    batch: i64,
) -> Res<EvalResult> {
    let c = m
        .compiled
        .as_ref()
        .ok_or("evaluate(): compile the model first")?;
    let _g = tch::no_grad_guard();
    let n = x.size()[0];
    let (mut tl, mut tc) = (0.0, 0.0);
    let mut start = 0;
    while start < n {
        let len = batch.min(n - start);
        let xb = x.f_narrow(0, start, len).map_err(te("evaluate"))?;
        let yb = y.f_narrow(0, start, len).map_err(te("evaluate"))?;
        let (out, pre) = m.forward(b, io, &xb, false)?;
        let l = loss_of(&c.loss, &out, &pre, &yb)
            .and_then(|l| l.f_double_value(&[]))
            .map_err(te("evaluate"))?;
        tl += l * len as f64;
        if c.metrics.iter().any(|k| k == "accuracy") {
            tc += correct(&c.loss, &out, &yb).map_err(te("evaluate"))?;
        }
        start += len;
    }
    let nf = n.max(1) as f64;
    Ok(EvalResult {
        loss: tl / nf,
        acc: c.metrics.iter().any(|k| k == "accuracy").then_some(tc / nf),
    })
}

fn fit(
    b: &TorchBackend,
    m: &mut Model,
    args: &[Arg],
    kwa: &[(String, Arg)],
    io: &mut dyn HostIo,
) -> Res<Ret> {
    if m.compiled.is_none() {
        return Err("fit(): compile the model first, e.g. model.compile(optimizer=\"adam\", loss=\"categorical_crossentropy\")".into());
    }
    let (x, y) = prepare(
        b,
        m,
        get(args, kwa, 1, "x"),
        get(args, kwa, 2, "y"),
        "fit()",
    )?;
    let epochs = match get(args, kwa, 3, "epochs") {
        Arg::None => 1,
        a => as_int(a, "fit(epochs=)")?,
    };
    let batch = match get(args, kwa, 4, "batch_size") {
        Arg::None => 32,
        a => as_int(a, "fit(batch_size=)")?,
    };
    if epochs < 0 || batch <= 0 {
        return Err(format!(
            "fit(): epochs must be >= 0 and batch_size > 0 (got {epochs} and {batch})"
        ));
    }
    let shuffle = as_bool(kw(kwa, "shuffle"), "fit(shuffle=)", true)?;
    let verbose = match kw(kwa, "verbose") {
        Arg::None => 1,
        Arg::Str(s) if s == "auto" => 1,
        a => as_int(a, "fit(verbose=)")?,
    };
    let split = match kw(kwa, "validation_split") {
        Arg::None => 0.0,
        a => as_float(a, "fit(validation_split=)")?,
    };
    if !(0.0..1.0).contains(&split) {
        return Err(format!(
            "fit(): validation_split must be in [0, 1), not {split}"
        ));
    }
    let n_all = x.size()[0];
    let (x, y, val) = match kw(kwa, "validation_data") {
        Arg::List(v) if v.len() == 2 => {
            let (vx, vy) = prepare(b, m, &v[0], &v[1], "fit(validation_data=)")?;
            (x, y, Some((vx, vy)))
        }
        Arg::None if split > 0.0 => {
            // Keras takes the last samples, before shuffling.
            let nv = ((n_all as f64) * split) as i64;
            let nt = n_all - nv;
            if nt <= 0 || nv <= 0 {
                return Err(format!("fit(): validation_split={split} leaves no samples to train or validate on ({n_all} samples)"));
            }
            let e = te("fit()");
            (
                x.f_narrow(0, 0, nt).map_err(&e)?,
                y.f_narrow(0, 0, nt).map_err(&e)?,
                Some((
                    x.f_narrow(0, nt, nv).map_err(&e)?,
                    y.f_narrow(0, nt, nv).map_err(&e)?,
                )),
            )
        }
        Arg::None => (x, y, None),
        other => {
            return Err(format!(
                "fit(): validation_data must be a tuple (x, y), not {}",
                arg_type(other)
            ))
        }
    };
    let n = x.size()[0];
    let steps = ((n + batch - 1) / batch) as usize;
    let (loss_name, want_acc) = {
        let c = m.compiled.as_ref().ok_or("compile first")?;
        (c.loss.clone(), c.metrics.iter().any(|k| k == "accuracy"))
    };
    let mut hist: Vec<(String, Vec<f64>)> = Vec::new();
    let mut push = |k: &str, v: f64| match hist.iter_mut().find(|(n, _)| n == k) {
        Some((_, l)) => l.push(v),
        None => hist.push((k.to_string(), vec![v])),
    };
    let tty = io.is_terminal();
    let e = te("fit()");
    for epoch in 0..epochs {
        if verbose == 1 {
            io.write(&format!("Epoch {}/{}\n", epoch + 1, epochs));
        }
        let t0 = Instant::now();
        let order = if shuffle {
            Tensor::f_randperm(n, (Kind::Int64, m.device)).map_err(&e)?
        } else {
            Tensor::f_arange(n, (Kind::Int64, m.device)).map_err(&e)?
        };
        let (mut tl, mut tc, mut seen) = (0.0f64, 0.0f64, 0i64);
        let mut last_draw = Instant::now();
        for s in 0..steps {
            if io.interrupted() {
                return Err("fit(): interrupted".into());
            }
            let start = s as i64 * batch;
            let len = batch.min(n - start);
            let idx = order.f_narrow(0, start, len).map_err(&e)?;
            let xb = x.f_index_select(0, &idx).map_err(&e)?;
            let yb = y.f_index_select(0, &idx).map_err(&e)?;
            let c = m.compiled.as_mut().ok_or("compile first")?;
            c.opt.zero_grad()?;
            let (out, pre) = {
                let mut h = xb.shallow_clone();
                let mut pre = None;
                for l in &m.layers {
                    let (o, p) = l.forward(b, io, &h, true)?;
                    h = o;
                    pre = p;
                }
                (h, pre)
            };
            let loss = loss_of(&loss_name, &out, &pre, &yb).map_err(&e)?;
            let lv = loss.f_double_value(&[]).map_err(&e)?;
            if !lv.is_finite() {
                return Err(format!(
                    "fit(): the loss became {lv} at epoch {}, batch {}; training stopped (try a lower learning rate, or check the inputs for NaN/inf)",
                    epoch + 1,
                    s + 1
                ));
            }
            loss.f_backward().map_err(&e)?;
            c.opt.step()?;
            tl += lv * len as f64;
            seen += len;
            if want_acc {
                let _g = tch::no_grad_guard();
                tc += correct(&loss_name, &out, &yb).map_err(&e)?;
            }
            if verbose == 1 && tty && (last_draw.elapsed().as_secs_f64() > 0.05 || s + 1 == steps) {
                last_draw = Instant::now();
                let mut logs = vec![("loss".to_string(), tl / seen as f64)];
                if want_acc {
                    logs.push(("accuracy".into(), tc / seen as f64));
                }
                io.write(&format!(
                    "\r{}\x1b[K",
                    progress(s + 1, steps, t0.elapsed().as_secs_f64(), &logs, false)
                ));
            }
        }
        let mut logs = vec![("loss".to_string(), tl / seen.max(1) as f64)];
        if want_acc {
            logs.push(("accuracy".into(), tc / seen.max(1) as f64));
        }
        if let Some((vx, vy)) = &val {
            let r = evaluate(b, io, m, vx, vy, batch)?;
            logs.push(("val_loss".into(), r.loss));
            if let Some(a) = r.acc {
                logs.push(("val_accuracy".into(), a));
            }
        }
        let elapsed = t0.elapsed().as_secs_f64();
        match verbose {
            1 => {
                let line = progress(steps, steps, elapsed, &logs, true);
                if tty {
                    io.write(&format!("\r{line}\x1b[K\n"));
                } else {
                    io.write(&format!("{line}\n"));
                }
            }
            2 => {
                let mut sorted = logs.clone();
                sorted.sort_by(|a, b| a.0.cmp(&b.0));
                let mut s = format!(
                    "Epoch {}/{} - {}s - {}",
                    epoch + 1,
                    epochs,
                    elapsed.round() as i64,
                    fmt_step(elapsed / steps.max(1) as f64)
                );
                for (k, v) in sorted {
                    s += &format!(" - {k}: {}", fmt_metric(v));
                }
                io.write(&format!("{s}\n"));
            }
            _ => {}
        }
        for (k, v) in logs {
            push(&k, v);
        }
    }
    // Keras 3 lists the history's metrics in alphabetical order.
    hist.sort_by(|a, b| a.0.cmp(&b.0));
    Ok(Ret::Dict(
        hist.into_iter()
            .map(|(k, v)| (k, Ret::List(v.into_iter().map(Ret::Float).collect())))
            .collect(),
    ))
}

fn predict(
    b: &TorchBackend,
    io: &mut dyn HostIo,
    m: &mut Model,
    x: &Arg,
    batch: i64,
) -> Res<Tensor> {
    let xt = b
        .tensor(x, "predict()")?
        .f_to_kind(Kind::Float)
        .and_then(|t| t.f_to_device(m.device))
        .map_err(te("predict()"))?;
    m.check_input(&xt, "predict()")?;
    let _g = tch::no_grad_guard();
    let n = xt.size()[0];
    let mut outs = Vec::new();
    let mut start = 0;
    while start < n {
        let len = batch.min(n - start);
        let xb = xt.f_narrow(0, start, len).map_err(te("predict()"))?;
        outs.push(m.forward(b, io, &xb, false)?.0);
        start += len;
    }
    if outs.is_empty() {
        let mut s = vec![0];
        s.extend(
            m.layers
                .last()
                .map(|l| l.out_shape.clone())
                .unwrap_or_default(),
        );
        return Tensor::f_zeros(s.as_slice(), (Kind::Float, m.device)).map_err(te("predict()"));
    }
    Tensor::f_cat(&outs, 0).map_err(te("predict()"))
}

fn optimizer_from(b: &TorchBackend, a: &Arg) -> Res<Optimizer> {
    match a {
        Arg::Str(s) => Optimizer::new(s, None, 0.0, None),
        Arg::Obj(_) => b.with_optimizer(a, |o| Ok(o.fresh())),
        Arg::None => Optimizer::new("rmsprop", None, 0.0, None),
        other => Err(format!(
            "compile(optimizer=) must be a name or an optimizer, not {}",
            arg_type(other)
        )),
    }
}

pub fn call(
    b: &TorchBackend,
    op: &str,
    args: Vec<Arg>,
    kwa: Vec<(String, Arg)>,
    io: &mut dyn HostIo,
) -> Res<Ret> {
    let this = args.first().cloned().unwrap_or(Arg::None);
    match op {
        "Sequential" => {
            let specs = match args.first() {
                Some(Arg::List(v)) => v.clone(),
                None => Vec::new(),
                Some(other) => {
                    return Err(format!(
                        "Sequential() takes a list of layers, not {}",
                        arg_type(other)
                    ))
                }
            };
            let mut counts = Vec::new();
            let mut layers = Vec::new();
            let mut input_shape = None;
            for (i, s) in specs.iter().enumerate() {
                match s {
                    Arg::Spec(kind, params) => {
                        let (l, ishape) = parse_layer(kind, params, &mut counts)?;
                        if let Some(sh) = ishape {
                            if i == 0 {
                                input_shape = Some(sh);
                            }
                        }
                        layers.push(l);
                    }
                    other => {
                        return Err(format!(
                            "Sequential(): item {i} is a {}, not a layer",
                            arg_type(other)
                        ))
                    }
                }
            }
            let mut m = Model {
                layers,
                input_shape: input_shape.clone(),
                built: false,
                device: Device::Cpu,
                compiled: None,
            };
            if let Some(s) = input_shape {
                m.build(&s)?;
            }
            Ok(Ret::Obj(b.put(Obj::Model(Box::new(m))), ObjKind::Model))
        }
        "optimizer" => {
            // optimizer(kind, params=none, lr=, momentum=, weight_decay=)
            let kind = as_str(get(&args, &kwa, 0, "kind"), "optimizer")?.to_string();
            let lr = match get(&args, &kwa, 2, "lr") {
                Arg::None => match kw(&kwa, "learning_rate") {
                    Arg::None => None,
                    a => Some(as_float(a, "learning_rate=")?),
                },
                a => Some(as_float(a, "lr=")?),
            };
            let momentum = match kw(&kwa, "momentum") {
                Arg::None => 0.0,
                a => as_float(a, "momentum=")?,
            };
            let wd = match kw(&kwa, "weight_decay") {
                Arg::None => None,
                a => Some(as_float(a, "weight_decay=")?),
            };
            let mut o = Optimizer::new(&kind, lr, momentum, wd)?;
            match get(&args, &kwa, 1, "params") {
                Arg::None => {}
                Arg::List(ps) => {
                    let ts = ps
                        .iter()
                        .map(|p| b.tensor(p, &kind))
                        .collect::<Res<Vec<_>>>()?;
                    for t in &ts {
                        if !t.requires_grad() {
                            return Err(format!("{kind}(): every parameter must be a tensor with requires_grad=true"));
                        }
                    }
                    o.attach(&ts)?;
                }
                other => {
                    return Err(format!(
                        "{kind}(): params must be a list of tensors, not {}",
                        arg_type(other)
                    ))
                }
            }
            Ok(Ret::Obj(
                b.put(Obj::Optimizer(Box::new(o))),
                ObjKind::Optimizer,
            ))
        }
        "optimizer.step" => b.with_optimizer(&this, |o| o.step().map(|_| Ret::None)),
        "optimizer.zero_grad" => b.with_optimizer(&this, |o| o.zero_grad().map(|_| Ret::None)),
        "optimizer.repr" => b.with_optimizer(&this, |o| {
            Ok(Ret::Str(format!("<optimizer {} lr={}>", o.kind, o.lr)))
        }),
        "model.compile" => {
            let opt = optimizer_from(b, get(&args, &kwa, 1, "optimizer"))?;
            let loss = match get(&args, &kwa, 2, "loss") {
                Arg::Str(s) if LOSSES.contains(&s.as_str()) => s.clone(),
                Arg::Str(s) => {
                    return Err(format!(
                        "unknown loss \"{s}\" (expected one of {})",
                        LOSSES.join(", ")
                    ))
                }
                Arg::None => {
                    return Err(
                        "compile() needs loss=, e.g. loss=\"categorical_crossentropy\"".into(),
                    )
                }
                other => {
                    return Err(format!(
                        "compile(loss=) must be a name, not {}",
                        arg_type(other)
                    ))
                }
            };
            let metrics = match get(&args, &kwa, 3, "metrics") {
                Arg::None => Vec::new(),
                Arg::List(v) => v
                    .iter()
                    .map(|m| match m {
                        Arg::Str(s) if s == "accuracy" || s == "acc" => Ok("accuracy".to_string()),
                        Arg::Str(s) => {
                            Err(format!("unknown metric \"{s}\" (expected \"accuracy\")"))
                        }
                        o => Err(format!("metrics must be names, not {}", arg_type(o))),
                    })
                    .collect::<Res<Vec<_>>>()?,
                other => {
                    return Err(format!(
                        "compile(metrics=) must be a list, not {}",
                        arg_type(other)
                    ))
                }
            };
            b.with_model(&this, |m| {
                let mut opt = opt;
                if m.built {
                    opt.attach(&m.parameters())?;
                }
                m.compiled = Some(Compiled { loss, metrics, opt });
                Ok(Ret::None)
            })
        }
        "model.fit" => b.with_model(&this, |m| fit(b, m, &args, &kwa, io)),
        "model.evaluate" => b.with_model(&this, |m| {
            if m.compiled.is_none() {
                return Err("evaluate(): compile the model first".into());
            }
            let (x, y) = prepare(
                b,
                m,
                get(&args, &kwa, 1, "x"),
                get(&args, &kwa, 2, "y"),
                "evaluate()",
            )?;
            let batch = match kw(&kwa, "batch_size") {
                Arg::None => 32,
                a => as_int(a, "evaluate(batch_size=)")?.max(1),
            };
            let r = evaluate(b, io, m, &x, &y, batch)?;
            if as_int(kw(&kwa, "verbose"), "verbose").unwrap_or(0) > 0 {
                let mut logs = vec![("loss".to_string(), r.loss)];
                if let Some(a) = r.acc {
                    logs.push(("accuracy".into(), a));
                }
                let steps = ((x.size()[0] + batch - 1) / batch) as usize;
                io.write(&format!("{}\n", progress(steps, steps, 0.0, &logs, true)));
            }
            Ok(match r.acc {
                Some(a) => Ret::List(vec![Ret::Float(r.loss), Ret::Float(a)]),
                None => Ret::Float(r.loss),
            })
        }),
        "model.predict" => {
            let batch = match kw(&kwa, "batch_size") {
                Arg::None => 32,
                a => as_int(a, "predict(batch_size=)")?.max(1),
            };
            let t = b.with_model(&this, |m| {
                predict(b, io, m, get(&args, &kwa, 1, "x"), batch)
            })?;
            Ok(b.put_tensor(t))
        }
        "model.call" => {
            let train = as_bool(kw(&kwa, "training"), "training=", false)?;
            let x = b.tensor(get(&args, &kwa, 1, "x"), "model()")?;
            let t = b.with_model(&this, |m| {
                let x = x
                    .f_to_kind(Kind::Float)
                    .and_then(|t| t.f_to_device(m.device))
                    .map_err(te("model()"))?;
                m.check_input(&x, "model()")?;
                Ok(m.forward(b, io, &x, train)?.0)
            })?;
            Ok(b.put_tensor(t))
        }
        "model.summary" => {
            let s = b.with_model(&this, |m| m.summary())?;
            io.write(&s);
            Ok(Ret::None)
        }
        "model.parameters" => {
            let ps = b.with_model(&this, |m| {
                if !m.built {
                    return Err("parameters(): the model is not built yet; give the first layer input_shape= or call it on data first".into());
                }
                Ok(m.parameters())
            })?;
            Ok(Ret::List(ps.into_iter().map(|t| b.put_tensor(t)).collect()))
        }
        "model.to" => {
            let dev = crate::parse_device(as_str(get(&args, &kwa, 1, "device"), "to()")?)?;
            b.with_model(&this, |m| {
                let e = te("to()");
                for l in &mut m.layers {
                    for (_, p) in &mut l.params {
                        *p = p
                            .f_to_device(dev)
                            .and_then(|t| t.f_detach())
                            .and_then(|t| t.f_set_requires_grad(true))
                            .map_err(&e)?;
                    }
                    for (_, p) in &mut l.buffers {
                        *p = p.f_to_device(dev).map_err(&e)?;
                    }
                }
                m.device = dev;
                let params = m.parameters();
                if let Some(c) = &mut m.compiled {
                    c.opt = c.opt.fresh();
                    if m.built {
                        c.opt.attach(&params)?;
                    }
                }
                Ok(())
            })?;
            Ok(Ret::None)
        }
        "model.save" => {
            let path = as_str(get(&args, &kwa, 1, "path"), "save()")?.to_string();
            b.with_model(&this, |m| {
                if !m.built {
                    return Err("save(): the model is not built yet; nothing to save".into());
                }
                let ts: Vec<(String, Tensor)> = m
                    .all_tensors()
                    .into_iter()
                    .map(|(n, t)| {
                        Ok((
                            n,
                            t.f_detach()
                                .and_then(|t| t.f_to_device(Device::Cpu))
                                .and_then(|t| t.f_contiguous())
                                .map_err(te("save()"))?,
                        ))
                    })
                    .collect::<Res<_>>()?;
                Tensor::write_safetensors(&ts, &path).map_err(te(&format!("save(\"{path}\")")))
            })?;
            Ok(Ret::None)
        }
        "model.load" => {
            let path = as_str(get(&args, &kwa, 1, "path"), "load()")?.to_string();
            if !std::path::Path::new(&path).is_file() {
                return Err(format!("load(\"{path}\"): no such file"));
            }
            let loaded =
                Tensor::read_safetensors(&path).map_err(te(&format!("load(\"{path}\")")))?;
            b.with_model(&this, |m| {
                if !m.built {
                    return Err("load(): the model is not built yet; give the first layer input_shape= before loading weights".into());
                }
                let _g = tch::no_grad_guard();
                let mine = m.all_tensors();
                for (name, mut t) in mine {
                    let Some((_, src)) = loaded.iter().find(|(n, _)| *n == name) else {
                        return Err(format!("load(\"{path}\"): the file has no tensor \"{name}\" (was it saved from a different model?)"));
                    };
                    if src.size() != t.size() {
                        return Err(format!(
                            "load(\"{path}\"): \"{name}\" has shape {} in the file but {} in the model",
                            shape_str(&src.size()),
                            shape_str(&t.size())
                        ));
                    }
                    let src = src.f_to_kind(t.kind()).and_then(|s| s.f_to_device(t.device())).map_err(te("load()"))?;
                    t.f_copy_(&src).map_err(te("load()"))?;
                }
                Ok(())
            })?;
            Ok(Ret::None)
        }
        "model.repr" => b.with_model(&this, |m| {
            Ok(Ret::Str(format!(
                "<Sequential: {}>",
                m.layers
                    .iter()
                    .map(|l| format!("{} ({})", l.name, l.type_name))
                    .collect::<Vec<_>>()
                    .join(", ")
            )))
        }),
        "model.layers" => b.with_model(&this, |m| {
            Ok(Ret::List(
                m.layers.iter().map(|l| Ret::Str(l.name.clone())).collect(),
            ))
        }),
        _ => Err(format!("unknown model operation {op}")),
    }
}
