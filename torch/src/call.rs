//! One call of a backend operation as its handler sees it: the operation,
//! its arguments and the host's services, with the small helpers that read
//! arguments (a missing argument reads as `Arg::None`).

use crate::{arg_type, Res, TorchBackend};
use arr_torch_abi::{Arg, DType, HostIo, Op, Ret};
use tch::Tensor;

/// Runs one operation.
pub type Handler = fn(&TorchBackend, &mut Call) -> Res<Ret>;

/// The operations a family of handlers implements.
pub type Table = &'static [(Op, Handler)];

/// One call of an operation: what the host passed, and its services
/// (output, Ctrl-C, calling back arr functions).
pub struct Call<'a> {
    /// The operation called (handlers shared by several match on it).
    pub op: Op,
    pub args: Vec<Arg>,
    pub kwargs: Vec<(String, Arg)>,
    pub io: &'a mut dyn HostIo,
    /// Which keywords a handler has read (bit i: `kwargs[i]`), so that one
    /// it never read is an error rather than silently ignored.
    pub read: std::cell::Cell<u64>,
}

/// PyTorch's names for NumPy's keywords: `dim=` is `axis=`, `keepdim=` is
/// `keepdims=`.
fn alias(name: &str) -> Option<&'static str> {
    match name {
        "axis" => Some("dim"),
        "keepdims" => Some("keepdim"),
        _ => None,
    }
}

impl Call<'_> {
    /// Keyword `name` (or its PyTorch alias), marked as read.
    fn find_kw(&self, name: &str) -> Option<&Arg> {
        let other = alias(name);
        let i = self
            .kwargs
            .iter()
            .position(|(k, _)| k == name || Some(k.as_str()) == other)?;
        if i < 64 {
            self.read.set(self.read.get() | 1 << i);
        }
        Some(&self.kwargs[i].1)
    }

    /// An error for a keyword not read so far (an unknown or unsupported
    /// option): checked after every call, and by a long operation (`fit`)
    /// once it has read its options, before it starts.
    pub fn reject_unread(&self) -> Res<()> {
        match self.unread() {
            Some(k) => Err(format!(
                "{}() got an unexpected keyword argument '{k}'",
                self.op
            )),
            None => Ok(()),
        }
    }

    /// The first keyword the handler never read.
    pub fn unread(&self) -> Option<&str> {
        let read = self.read.get();
        self.kwargs
            .iter()
            .enumerate()
            .find(|(i, _)| *i < 64 && read & (1 << i) == 0)
            .map(|(_, (k, _))| k.as_str())
    }

    /// Keyword `name`, else positional `pos`.
    pub fn get(&self, pos: usize, name: &str) -> &Arg {
        self.find_kw(name)
            .or_else(|| self.args.get(pos))
            .unwrap_or(&Arg::None)
    }

    /// [`Call::get`] together with the host's services.
    pub fn get_and_io(&mut self, pos: usize, name: &str) -> (&Arg, &mut dyn HostIo) {
        if self.find_kw(name).is_some() {
            let a = kw_or_alias(&self.kwargs, name);
            return (a, &mut *self.io);
        }
        (self.args.get(pos).unwrap_or(&Arg::None), &mut *self.io)
    }

    /// Keyword `name` only.
    pub fn kw(&self, name: &str) -> &Arg {
        self.find_kw(name).unwrap_or(&Arg::None)
    }

    /// The object a method is called on (a model or an optimizer): the first
    /// positional argument.
    pub fn this(&self) -> Arg {
        self.args.first().cloned().unwrap_or(Arg::None)
    }

    /// Argument `pos`/`name` as a tensor (messages name the operation).
    pub fn tensor(&self, b: &TorchBackend, pos: usize, name: &str) -> Res<Tensor> {
        b.tensor(self.get(pos, name), self.op.name())
    }

    /// The first argument, `a`, as a tensor: most operations' operand.
    pub fn a0(&self, b: &TorchBackend) -> Res<Tensor> {
        self.tensor(b, 0, "a")
    }

    /// Argument `pos`/`name` as a bool ([`as_bool`]).
    pub fn as_bool(&self, pos: usize, name: &str, what: &str, default: bool) -> Res<bool> {
        as_bool(self.get(pos, name), what, default)
    }

    /// Argument `pos`/`name` as an int ([`as_int`]).
    pub fn as_int(&self, pos: usize, name: &str, what: &str) -> Res<i64> {
        as_int(self.get(pos, name), what)
    }

    /// Argument `pos`/`name` as a number ([`as_float`]).
    pub fn as_float(&self, pos: usize, name: &str, what: &str) -> Res<f64> {
        as_float(self.get(pos, name), what)
    }

    /// Argument `pos`/`name` as a string ([`as_str`]).
    pub fn as_str(&self, pos: usize, name: &str, what: &str) -> Res<&str> {
        as_str(self.get(pos, name), what)
    }

    /// Argument `pos`/`name` as integers ([`as_ints`]).
    pub fn as_ints(&self, pos: usize, name: &str, what: &str) -> Res<Vec<i64>> {
        as_ints(self.get(pos, name), what)
    }
}

/// The message for an operation that reached a handler not made for it
/// (or none): a bug in the backend's tables, never the user's.
pub fn unhandled(op: Op) -> String {
    format!("{op}: internal error in the torch backend: no handler for this operation")
}

/// Keyword `name`, else positional `pos`.
fn kw_or_alias<'a>(kwargs: &'a [(String, Arg)], name: &str) -> &'a Arg {
    let other = alias(name);
    kwargs
        .iter()
        .find(|(k, _)| k == name || Some(k.as_str()) == other)
        .map(|(_, v)| v)
        .unwrap_or(&Arg::None)
}

/// Keyword `name` of a keyword list (a call's or a layer spec's).
pub fn kw<'a>(params: &'a [(String, Arg)], name: &str) -> &'a Arg {
    params
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .unwrap_or(&Arg::None)
}

pub fn as_bool(a: &Arg, what: &str, default: bool) -> Res<bool> {
    match a {
        Arg::None => Ok(default),
        Arg::Bool(b) => Ok(*b),
        Arg::Int(i) => Ok(*i != 0),
        other => Err(format!(
            "{what} must be true or false, not {}",
            arg_type(other)
        )),
    }
}

pub fn as_int(a: &Arg, what: &str) -> Res<i64> {
    match a {
        Arg::Int(i) => Ok(*i),
        Arg::Bool(b) => Ok(*b as i64),
        other => Err(format!(
            "{what} must be an integer, not {}",
            arg_type(other)
        )),
    }
}

/// An int, or `default` for a missing argument.
pub fn int_or(a: &Arg, default: i64, what: &str) -> Res<i64> {
    match a {
        Arg::None => Ok(default),
        a => as_int(a, what),
    }
}

pub fn as_float(a: &Arg, what: &str) -> Res<f64> {
    match a {
        Arg::Int(i) => Ok(*i as f64),
        Arg::Float(f) => Ok(*f),
        Arg::Bool(b) => Ok(*b as i64 as f64),
        other => Err(format!("{what} must be a number, not {}", arg_type(other))),
    }
}

/// A number, or `default` for a missing argument.
pub fn float_or(a: &Arg, default: f64, what: &str) -> Res<f64> {
    match a {
        Arg::None => Ok(default),
        a => as_float(a, what),
    }
}

pub fn as_str<'a>(a: &'a Arg, what: &str) -> Res<&'a str> {
    match a {
        Arg::Str(s) => Ok(s),
        other => Err(format!("{what} must be a string, not {}", arg_type(other))),
    }
}

pub fn as_ints(a: &Arg, what: &str) -> Res<Vec<i64>> {
    match a {
        Arg::List(items) => items.iter().map(|i| as_int(i, what)).collect(),
        Arg::Int(i) => Ok(vec![*i]),
        Arg::Array(h) if h.dtype == DType::Int64 => Ok(h
            .data
            .chunks_exact(8)
            .map(|c| i64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
            .collect()),
        other => Err(format!("{what} must be integers, not {}", arg_type(other))),
    }
}
