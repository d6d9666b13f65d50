//! Layers: their specs from the host, their parameters (made when the
//! model is built from an input shape) and their forward passes. A new
//! layer kind is a variant of [`LayerKind`] and an arm in each of
//! [`parse_kind`], [`Layer::build`] and [`Layer::forward_raw`].

use crate::call::{as_bool, as_float, as_int, as_ints, kw};
use crate::ops::shape_str;
use crate::{arg_type, te, Obj, Res, TorchBackend};
use arr_torch_abi::{Arg, HostIo};
use tch::{Device, Kind, Tensor};

#[derive(Clone, Copy, Debug, PartialEq)]
pub(crate) enum Act {
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
enum LayerKind {
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

pub(crate) struct Layer {
    kind: LayerKind,
    pub(crate) name: String,
    pub(crate) type_name: &'static str,
    /// Trainable parameters, Keras names (`kernel`, `bias`, `gamma`, `beta`).
    pub(crate) params: Vec<(String, Tensor)>,
    /// Non-trainable state (BatchNorm's moving mean and variance).
    pub(crate) buffers: Vec<(String, Tensor)>,
    pub(crate) out_shape: Vec<i64>,
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

/// A spec's argument `name`, else its positional argument `i` (stored
/// under the key `"i"`).
fn pos<'a>(p: &'a [(String, Arg)], i: usize, name: &str) -> &'a Arg {
    match kw(p, name) {
        Arg::None => kw(p, &i.to_string()),
        a => a,
    }
}

fn positive(kind: &str, v: i64, what: &str) -> Res<i64> {
    if v > 0 {
        Ok(v)
    } else {
        Err(format!("{kind}: {what} must be positive, not {v}"))
    }
}

/// A layer spec from the host: `Spec(kind, [("0", first positional), ..kwargs])`.
/// Also returns the spec's `input_shape=`, if any.
pub(crate) fn parse_layer(
    kind: &str,
    p: &[(String, Arg)],
    counts: &mut Vec<(String, usize)>,
) -> Res<(Layer, Option<Vec<i64>>)> {
    let (k, type_name, base) = parse_kind(kind, p)?;
    let name = layer_name(base, p, counts);
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

/// The layer a spec describes, with its Keras type name and the base of
/// its default name.
fn parse_kind(kind: &str, p: &[(String, Arg)]) -> Res<(LayerKind, &'static str, &'static str)> {
    Ok(match kind {
        "Dense" => (
            LayerKind::Dense {
                units: positive(kind, as_int(pos(p, 0, "units"), "Dense(units)")?, "units")?,
                act: parse_act(pos(p, 1, "activation"))?,
                bias: as_bool(kw(p, "use_bias"), "Dense(use_bias=)", true)?,
            },
            "Dense",
            "dense",
        ),
        "Dropout" => {
            let rate = as_float(pos(p, 0, "rate"), "Dropout(rate)")?;
            if !(0.0..1.0).contains(&rate) {
                return Err(format!("Dropout: rate must be in [0, 1), not {rate}"));
            }
            (LayerKind::Dropout { rate }, "Dropout", "dropout")
        }
        "Flatten" => (LayerKind::Flatten, "Flatten", "flatten"),
        "Conv2D" => (parse_conv2d(kind, p)?, "Conv2D", "conv2d"),
        "MaxPool2D" | "MaxPooling2D" => (parse_maxpool2d(p)?, "MaxPooling2D", "max_pooling2d"),
        "BatchNorm" | "BatchNormalization" => (
            LayerKind::BatchNorm {
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
    })
}

/// `Conv2D(filters, kernel_size=3, strides=1, padding="valid", activation=)`.
fn parse_conv2d(kind: &str, p: &[(String, Arg)]) -> Res<LayerKind> {
    let k = pair2(pos(p, 1, "kernel_size"), "Conv2D(kernel_size)", [3, 3])?;
    Ok(LayerKind::Conv2D {
        filters: positive(
            kind,
            as_int(pos(p, 0, "filters"), "Conv2D(filters)")?,
            "filters",
        )?,
        k,
        stride: pair2(kw(p, "strides"), "Conv2D(strides=)", [1, 1])?,
        same: padding(kw(p, "padding"), "Conv2D")?,
        act: parse_act(kw(p, "activation"))?,
    })
}

/// `MaxPool2D(pool_size=2, strides=pool_size, padding="valid")`.
fn parse_maxpool2d(p: &[(String, Arg)]) -> Res<LayerKind> {
    let pool = pair2(pos(p, 0, "pool_size"), "MaxPool2D(pool_size)", [2, 2])?;
    let stride = match kw(p, "strides") {
        Arg::None => pool,
        a => pair2(a, "MaxPool2D(strides=)", pool)?,
    };
    Ok(LayerKind::MaxPool2D {
        pool,
        stride,
        same: padding(kw(p, "padding"), "MaxPool2D")?,
    })
}

/// `name=`, else Keras's default: the base, then `base_1`, `base_2`, ...
/// for later layers of the same kind.
fn layer_name(base: &str, p: &[(String, Arg)], counts: &mut Vec<(String, usize)>) -> String {
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
    match kw(p, "name") {
        Arg::Str(s) => s.clone(),
        _ if n == 0 => base.to_string(),
        _ => format!("{base}_{n}"),
    }
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
    pub(crate) fn build(&mut self, s: &[i64], dev: Device) -> Res<Vec<i64>> {
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
            LayerKind::Dense { units, bias, .. } => {
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
            LayerKind::Dropout { .. } => s.to_vec(),
            LayerKind::Flatten => vec![s.iter().product()],
            LayerKind::Conv2D {
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
            LayerKind::MaxPool2D { pool, stride, same } => {
                let [h, w, c] = s else {
                    return Err(bad("images of shape (None, height, width, channels)"));
                };
                let [oh, ow] = window_out([*h, *w], *pool, *stride, *same)
                    .ok_or_else(|| bad(&format!("images of at least {}x{}", pool[0], pool[1])))?;
                vec![oh, ow, *c]
            }
            LayerKind::BatchNorm { .. } => {
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

    /// (trainable, non-trainable) parameter counts.
    pub(crate) fn param_count(&self) -> (i64, i64) {
        let n = |v: &[(String, Tensor)]| v.iter().map(|(_, t)| t.numel() as i64).sum::<i64>();
        (n(&self.params), n(&self.buffers))
    }

    /// Forward pass; also the pre-activation output and the activation
    /// (the loss uses them for numerically stable cross-entropies).
    pub(crate) fn forward(
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
            LayerKind::Dense { act, .. } => {
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
            LayerKind::Dropout { rate } => (x.f_dropout(*rate, train)?, None),
            LayerKind::Flatten => (x.f_flatten(1, -1)?, None),
            LayerKind::Conv2D {
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
            LayerKind::MaxPool2D { pool, stride, same } => {
                let xc = x.f_permute([0, 3, 1, 2])?;
                let z =
                    xc.f_max_pool2d(pool.as_slice(), stride.as_slice(), [0, 0], [1, 1], *same)?;
                (z.f_permute([0, 2, 3, 1])?, None)
            }
            LayerKind::BatchNorm { momentum, eps } => {
                (self.batch_norm(x, train, *momentum, *eps)?, None)
            }
        })
    }

    /// Batch normalisation over the last (channels) axis.
    fn batch_norm(
        &self,
        x: &Tensor,
        train: bool,
        momentum: f64,
        eps: f64,
    ) -> Result<Tensor, tch::TchError> {
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
            eps,
            false,
        )?;
        if nd > 2 {
            let mut p = vec![0];
            p.extend(2..nd);
            p.push(1);
            z.f_permute(p.as_slice())
        } else {
            Ok(z)
        }
    }
}
