//! Printing of values: `str` for `print`, `repr` for the REPL echo and for
//! items inside lists, tuples and dicts. Arrays print as NumPy prints them
//! (`crate::array::format`); scalars as Python prints them.

use super::{Context, Value};
pub use crate::array::format::py_float_repr;
use crate::array::format::{array_repr, array_str};
use crate::array::DType;
use crate::error::Result;
use std::rc::Rc;

pub use crate::array::format::shape_str;

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
            // Control characters as Python shows them (`'\x0b'`).
            c if (c as u32) < 0x20 || (0x7f..=0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
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

/// Containers nested deeper than this print their inner levels as `...`
/// (Python raises RecursionError there; arr prints what it can).
pub const MAX_PRINT_DEPTH: usize = 500;

thread_local! {
    /// The lists and dicts being printed now (by address), innermost last.
    static REPR_ACTIVE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Marks a container as being printed; `None` when it already is (it
/// contains itself). Unmarks it when dropped.
struct ReprGuard(usize);

impl ReprGuard {
    fn enter(addr: usize) -> Option<ReprGuard> {
        REPR_ACTIVE
            .try_with(|a| {
                let mut a = a.borrow_mut();
                if a.contains(&addr) {
                    return None;
                }
                a.push(addr);
                Some(ReprGuard(addr))
            })
            .ok()
            .flatten()
    }
}

impl Drop for ReprGuard {
    fn drop(&mut self) {
        let _ = REPR_ACTIVE.try_with(|a| {
            let mut a = a.borrow_mut();
            if let Some(i) = a.iter().rposition(|&x| x == self.0) {
                a.remove(i);
            }
        });
    }
}

/// What the REPL echoes, and how items print inside lists, tuples and dicts.
pub fn value_repr(v: &Value) -> String {
    let mut out = String::new();
    // Without an interpreter a host object prints its fallback repr, so
    // writing cannot fail.
    let _ = write_repr(&mut out, v, None, 0);
    out
}

/// Writes `repr(v)` into `out`: one buffer for the whole value, so printing
/// is linear in its size; host objects print through `cx` when given.
fn write_repr<'c>(
    out: &mut String,
    v: &Value,
    mut cx: Option<&mut (dyn Context + 'c)>,
    depth: usize,
) -> Result<()> {
    let seq = |out: &mut String,
               items: &[Value],
               (open, close): (&str, &str),
               tuple: bool,
               mut cx: Option<&mut (dyn Context + 'c)>|
     -> Result<()> {
        if depth >= MAX_PRINT_DEPTH && !items.is_empty() {
            // A script's repr fails as Python's does (a value nested this
            // deep, or shared so that its repr would be exponential).
            if cx.is_some() {
                return Err(crate::error::Error::new(
                    crate::error::ErrorKind::Recursion,
                    "maximum recursion depth exceeded while getting the repr of an object",
                ));
            }
            out.push_str(open);
            out.push_str("...");
            out.push_str(close);
            return Ok(());
        }
        out.push_str(open);
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            write_repr(out, item, cx.as_deref_mut(), depth + 1)?;
        }
        if tuple && items.len() == 1 {
            out.push(',');
        }
        out.push_str(close);
        Ok(())
    };
    match v {
        Value::Undefined => out.push_str("<undefined>"),
        Value::None => out.push_str("None"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Float(f) => out.push_str(&py_float_repr(*f)),
        Value::Str(s) => {
            // The text grows with its strings (a list of doubled strings):
            // checked when a script asked for it (`value_repr`, which
            // cannot fail, is for the host's own messages).
            if cx.is_some() {
                crate::array::alloc::check_bytes(
                    "repr",
                    out.len().saturating_add(s.len().saturating_mul(2)),
                )?;
            }
            out.push_str(&str_repr(s))
        }
        Value::Array(a)
            if a.ndim() == 0 && (a.dtype() == DType::Float32 || a.dtype().is_sized_int()) =>
        {
            // A float32 or sized-int scalar, written as NumPy 2 writes
            // np.float32(...) and np.uint8(...).
            out.push_str(&format!("np.{}({})", a.dtype(), array_str(a)))
        }
        Value::Array(a) => out.push_str(&array_repr(a)),
        Value::List(rc) => {
            // A list that holds itself prints `[...]` there, as in Python.
            let Some(_guard) = ReprGuard::enter(Rc::as_ptr(rc) as *const u8 as usize) else {
                out.push_str("[...]");
                return Ok(());
            };
            // A snapshot: printing may run a script's __repr__, which may
            // change the list.
            let items = rc.borrow().clone();
            seq(out, &items, ("[", "]"), false, cx)?
        }
        Value::Tuple(items) => seq(out, items, ("(", ")"), true, cx)?,
        Value::Dict(rc) => {
            let Some(_guard) = ReprGuard::enter(Rc::as_ptr(rc) as *const u8 as usize) else {
                out.push_str("{...}");
                return Ok(());
            };
            let items = rc.borrow().clone();
            if depth >= MAX_PRINT_DEPTH && !items.is_empty() {
                if cx.is_some() {
                    return Err(crate::error::Error::new(
                        crate::error::ErrorKind::Recursion,
                        "maximum recursion depth exceeded while getting the repr of an object",
                    ));
                }
                out.push_str("{...}");
                return Ok(());
            }
            out.push('{');
            for (i, (k, val)) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                write_repr(out, k, cx.as_deref_mut(), depth + 1)?;
                out.push_str(": ");
                write_repr(out, val, cx.as_deref_mut(), depth + 1)?;
            }
            out.push('}');
        }
        Value::Range(r) => {
            if r.step == 1 {
                out.push_str(&format!("range({}, {})", r.start, r.stop))
            } else {
                out.push_str(&format!("range({}, {}, {})", r.start, r.stop, r.step))
            }
        }
        Value::Func(c) => out.push_str(&format!("<fn {}>", c.name)),
        Value::Builtin(b) => out.push_str(&format!("<builtin {}>", b.name)),
        Value::Native(n) => out.push_str(&format!("<native fn {}>", n.name)),
        Value::DType(d) => out.push_str(&format!("dtype('{}')", d.name())),
        Value::Host(h) => match cx {
            Some(cx) => out.push_str(&h.repr(cx)?),
            None => out.push_str(&h.fallback_repr()),
        },
    }
    Ok(())
}

/// `repr(v)` with host objects asked for their own repr.
pub fn repr_in(v: &Value, cx: &mut dyn Context) -> Result<String> {
    let mut out = String::new();
    write_repr(&mut out, v, Some(cx), 0)?;
    Ok(out)
}

/// `str(v)`, what `print` writes, with host objects asked for their own.
pub fn str_in(v: &Value, cx: &mut dyn Context) -> Result<String> {
    match v {
        Value::Host(h) => h.str(cx),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => repr_in(v, cx),
        other => Ok(value_str(other)),
    }
}
