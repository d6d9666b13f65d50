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
}

impl Call<'_> {
    /// Keyword `name`, else positional `pos`.
    pub fn get(&self, pos: usize, name: &str) -> &Arg {
        get(&self.args, &self.kwargs, pos, name)
    }

    /// [`Call::get`] together with the host's services.
    pub fn get_and_io(&mut self, pos: usize, name: &str) -> (&Arg, &mut dyn HostIo) {
        (get(&self.args, &self.kwargs, pos, name), &mut *self.io)
    }

    /// Keyword `name` only.
    pub fn kw(&self, name: &str) -> &Arg {
        kw(&self.kwargs, name)
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
fn get<'a>(args: &'a [Arg], kwargs: &'a [(String, Arg)], pos: usize, name: &str) -> &'a Arg {
    kwargs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .or_else(|| args.get(pos))
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
