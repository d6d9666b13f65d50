//! Printing of values: `str` for `print`, `repr` for the REPL echo and for
//! items inside lists, tuples and dicts. Arrays print as NumPy prints them
//! (`crate::array::format`); scalars as Python prints them.

use super::{Context, Value};
pub use crate::array::format::py_float_repr;
use crate::array::format::{array_repr, array_str};
use crate::array::DType;
use crate::error::Result;

pub use crate::array::format::shape_str;

fn seq_repr(items: &[Value], open: &str, close: &str, one_trailing_comma: bool) -> String {
    let parts: Vec<String> = items.iter().map(value_repr).collect();
    if one_trailing_comma && parts.len() == 1 {
        return format!("{open}{},{close}", parts[0]);
    }
    format!("{open}{}{close}", parts.join(", "))
}

/// Python's `repr(str)`.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

/// What `print` writes.
pub fn value_str(v: &Value) -> String {
    match v {
        Value::Str(s) => s.to_string(),
        Value::Array(a) => array_str(a),
        Value::DType(d) => d.name().to_string(),
        _ => value_repr(v),
    }
}

/// What the REPL echoes, and how items print inside lists, tuples and dicts.
pub fn value_repr(v: &Value) -> String {
    match v {
        Value::Undefined => "<undefined>".into(),
        Value::None => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::Int(i) => i.to_string(),
        Value::Float(f) => py_float_repr(*f),
        Value::Str(s) => str_repr(s),
        Value::Array(a) if a.ndim() == 0 && a.dtype() == DType::Float32 => {
            // A float32 scalar, written as NumPy writes np.float32(...).
            format!("float32({})", array_str(a))
        }
        Value::Array(a) => array_repr(a),
        Value::List(items) => seq_repr(items, "[", "]", false),
        Value::Tuple(items) => seq_repr(items, "(", ")", true),
        Value::Dict(items) => {
            let parts: Vec<String> = items
                .iter()
                .map(|(k, v)| format!("{}: {}", value_repr(k), value_repr(v)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Value::Range(r) => {
            if r.step == 1 {
                format!("range({}, {})", r.start, r.stop)
            } else {
                format!("range({}, {}, {})", r.start, r.stop, r.step)
            }
        }
        Value::Func(c) => format!("<fn {}>", c.def.name),
        Value::Builtin(b) => format!("<builtin {}>", b.name),
        Value::Native(n) => format!("<native fn {}>", n.name),
        Value::DType(d) => format!("dtype('{}')", d.name()),
        Value::Host(h) => h.fallback_repr(),
    }
}

/// Whether printing `v` needs the interpreter (it holds a host object,
/// whose repr may run code).
fn has_host(v: &Value) -> bool {
    match v {
        Value::Host(_) => true,
        Value::List(items) | Value::Tuple(items) => items.iter().any(has_host),
        Value::Dict(items) => items.iter().any(|(k, v)| has_host(k) || has_host(v)),
        _ => false,
    }
}

/// `repr(v)` with host objects asked for their own repr.
pub fn repr_in(v: &Value, cx: &mut dyn Context) -> Result<String> {
    if !has_host(v) {
        return Ok(value_repr(v));
    }
    Ok(match v {
        Value::Host(h) => h.repr(cx)?,
        Value::List(items) => seq_repr_in(items, "[", "]", false, cx)?,
        Value::Tuple(items) => seq_repr_in(items, "(", ")", true, cx)?,
        Value::Dict(items) => {
            let mut parts = Vec::with_capacity(items.len());
            for (k, v) in items.iter() {
                parts.push(format!("{}: {}", repr_in(k, cx)?, repr_in(v, cx)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        other => value_repr(other),
    })
}

/// `str(v)`, what `print` writes, with host objects asked for their own.
pub fn str_in(v: &Value, cx: &mut dyn Context) -> Result<String> {
    match v {
        Value::Host(h) => h.str(cx),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => repr_in(v, cx),
        other => Ok(value_str(other)),
    }
}

fn seq_repr_in(
    items: &[Value],
    open: &str,
    close: &str,
    one_trailing_comma: bool,
    cx: &mut dyn Context,
) -> Result<String> {
    let mut parts = Vec::with_capacity(items.len());
    for v in items {
        parts.push(repr_in(v, cx)?);
    }
    if one_trailing_comma && parts.len() == 1 {
        return Ok(format!("{open}{},{close}", parts[0]));
    }
    Ok(format!("{open}{}{close}", parts.join(", ")))
}
