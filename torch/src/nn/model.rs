//! `Sequential` models: a stack of layers built lazily from the first
//! input shape, called on data, summarised, moved, saved and loaded.

use super::layer::{parse_layer, Act, Layer};
use super::train::Compiled;
use crate::call::{as_bool, unhandled, Call, Handler};
use crate::ops::shape_str;
use crate::{arg_type, te, Obj, Res, TorchBackend};
use arr_torch_abi::{Arg, HostIo, ObjKind, Op, Ret};
use tch::{Device, Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Sequential, sequential),
    (Op::ModelCall, call),
    (Op::ModelSummary, summary),
    (Op::ModelParameters, parameters),
    (Op::ModelTo, to),
    (Op::ModelSave, save),
    (Op::ModelLoad, load),
    (Op::ModelRepr, describe),
    (Op::ModelLayers, describe),
];

pub struct Model {
    pub(crate) layers: Vec<Layer>,
    pub(crate) input_shape: Option<Vec<i64>>,
    pub(crate) built: bool,
    pub(crate) device: Device,
    pub(crate) compiled: Option<Compiled>,
}

/// A shape with the batch axis first, as Keras prints it: `(None, 3)`.
pub(crate) fn shape_none(s: &[i64]) -> String {
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

    pub(crate) fn parameters(&self) -> Vec<Tensor> {
        self.layers
            .iter()
            .flat_map(|l| l.params.iter().map(|(_, t)| t.shallow_clone()))
            .collect()
    }

    /// Checks `x` against the input shape (building the model on first use).
    pub(crate) fn check_input(&mut self, x: &Tensor, what: &str) -> Res<()> {
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

    /// The forward pass; also the last layer's pre-activation output and
    /// activation (see [`Layer::forward`]).
    pub(crate) fn forward(
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

    /// Parameters and buffers by their saved names (`layer.kernel`).
    fn all_tensors(&self) -> Vec<(String, Tensor)> {
        let mut v = Vec::new();
        for l in &self.layers {
            for (n, t) in l.params.iter().chain(&l.buffers) {
                v.push((format!("{}.{}", l.name, n), t.shallow_clone()));
            }
        }
        v
    }

    /// Keras's summary table.
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

/// `n` with thousands separators.
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

/// `Sequential(layers)`: built at once when the first layer has
/// `input_shape=`, else on first use.
fn sequential(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let specs = match c.args.first() {
        Some(Arg::List(v)) => v.as_slice(),
        None => &[],
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

/// `model(x, training=false)`.
fn call(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let train = as_bool(c.kw("training"), "training=", false)?;
    let x = b.tensor(c.get(1, "x"), "model()")?;
    let t = b.with_model(&c.this(), |m| {
        let x = x
            .f_to_kind(Kind::Float)
            .and_then(|t| t.f_to_device(m.device))
            .map_err(te("model()"))?;
        m.check_input(&x, "model()")?;
        Ok(m.forward(b, c.io, &x, train)?.0)
    })?;
    Ok(b.put_tensor(t))
}

fn summary(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let s = b.with_model(&c.this(), |m| m.summary())?;
    c.io.write(&s);
    Ok(Ret::None)
}

fn parameters(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let ps = b.with_model(&c.this(), |m| {
        if !m.built {
            return Err("parameters(): the model is not built yet; give the first layer input_shape= or call it on data first".into());
        }
        Ok(m.parameters())
    })?;
    Ok(Ret::List(ps.into_iter().map(|t| b.put_tensor(t)).collect()))
}

/// `to(device)`: moves the weights; a compiled model's optimizer starts
/// afresh on the moved parameters.
fn to(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let dev = crate::parse_device(c.as_str(1, "device", "to()")?)?;
    b.with_model(&c.this(), |m| {
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

/// `save(path)`: the weights as safetensors.
fn save(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let path = c.as_str(1, "path", "save()")?.to_string();
    b.with_model(&c.this(), |m| {
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

/// `load(path)`: weights saved by `save`, into a built model of the same
/// layers.
fn load(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let path = c.as_str(1, "path", "load()")?.to_string();
    if !std::path::Path::new(&path).is_file() {
        return Err(format!("load(\"{path}\"): no such file"));
    }
    let loaded = Tensor::read_safetensors(&path).map_err(te(&format!("load(\"{path}\")")))?;
    b.with_model(&c.this(), |m| {
        if !m.built {
            return Err("load(): the model is not built yet; give the first layer input_shape= before loading weights".into());
        }
        let _g = tch::no_grad_guard();
        for (name, mut t) in m.all_tensors() {
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
            let src = src
                .f_to_kind(t.kind())
                .and_then(|s| s.f_to_device(t.device()))
                .map_err(te("load()"))?;
            t.f_copy_(&src).map_err(te("load()"))?;
        }
        Ok(())
    })?;
    Ok(Ret::None)
}

/// The printed form of a model and its layer names.
fn describe(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    b.with_model(&c.this(), |m| match op {
        Op::ModelRepr => Ok(Ret::Str(format!(
            "<Sequential: {}>",
            m.layers
                .iter()
                .map(|l| format!("{} ({})", l.name, l.type_name))
                .collect::<Vec<_>>()
                .join(", ")
        ))),
        Op::ModelLayers => Ok(Ret::List(
            m.layers.iter().map(|l| Ret::Str(l.name.clone())).collect(),
        )),
        op => Err(unhandled(op)),
    })
}
