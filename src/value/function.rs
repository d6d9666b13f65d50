//! Function values: closures written in arr, builtins, and native functions
//! registered by an embedding program; and the arguments of a call.

use super::{Context, Value};
use crate::error::{suggest, Error, Result};
use crate::syntax::ast::FnDef;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// A builtin's implementation: it sees the interpreter only as a
/// [`Context`].
pub type BuiltinFn = fn(&mut dyn Context, Args) -> Result<Value>;

/// A function provided by arr itself. Its doc text is `help(name)` and holds
/// an example that a test runs.
pub struct Builtin {
    pub name: &'static str,
    pub doc: &'static str,
    pub func: BuiltinFn,
    /// Deterministic and without effects: the same arguments give the same
    /// result or error, and nothing else changes (no output, no files, no
    /// random state). Used to prove that a loop can never end.
    pub pure: bool,
}

impl fmt::Debug for Builtin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<builtin {}>", self.name)
    }
}

/// A script function with its captured cells and evaluated defaults.
pub struct Closure {
    pub def: Rc<FnDef>,
    pub captures: Vec<Rc<RefCell<Value>>>,
    pub defaults: Vec<Option<Value>>,
    /// `__name__`: the definition's name, or the wrapped function's after
    /// `functools.wraps`.
    pub name: Rc<str>,
    /// Attributes a script set on the function (`f.calls = 0`).
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
}

impl fmt::Debug for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<fn {}>", self.name)
    }
}

pub type NativeCallback = dyn Fn(&[Value]) -> Result<Value, Error>;

/// A Rust closure registered with `Engine::register_fn`.
pub struct NativeFn {
    pub name: String,
    pub func: Box<NativeCallback>,
}

impl fmt::Debug for NativeFn {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<native fn {}>", self.name)
    }
}

/// Arguments of a call: positional, then keyword.
#[derive(Default, Debug, Clone)]
pub struct Args {
    pub pos: Vec<Value>,
    pub kw: Vec<(Rc<str>, Value)>,
}

impl Args {
    pub fn new(pos: Vec<Value>) -> Args {
        Args {
            pos,
            kw: Vec::new(),
        }
    }

    /// Binds the arguments to a signature: `params` in order, the first
    /// `required` of them required. Absent optional parameters are `none`.
    pub fn bind<const N: usize>(
        self,
        fname: &str,
        params: [&str; N],
        required: usize,
    ) -> Result<[Value; N]> {
        if self.pos.len() > N {
            return Err(Error::type_error(format!(
                "{fname}() takes at most {N} argument{} ({}) but {} were given",
                if N == 1 { "" } else { "s" },
                params.join(", "),
                self.pos.len()
            )));
        }
        let mut out: [Value; N] = std::array::from_fn(|_| Value::Undefined);
        let npos = self.pos.len();
        for (slot, v) in out.iter_mut().zip(self.pos) {
            *slot = v;
        }
        for (k, v) in self.kw {
            let Some(i) = params.iter().position(|p| **p == *k) else {
                let mut e = Error::type_error(format!(
                    "{fname}() got an unexpected keyword argument '{k}'"
                ));
                if let Some(s) = suggest(&k, params.iter().copied()) {
                    e = e.with_note(format!("did you mean '{s}'?"));
                }
                return Err(e);
            };
            if i < npos {
                return Err(Error::type_error(format!(
                    "{fname}() got multiple values for argument '{k}'"
                )));
            }
            out[i] = v;
        }
        for (i, v) in out.iter_mut().enumerate() {
            if let Value::Undefined = v {
                if i < required {
                    return Err(Error::type_error(format!(
                        "{fname}() missing required argument '{}' (signature: {fname}({}))",
                        params[i],
                        params.join(", ")
                    )));
                }
                *v = Value::None;
            }
        }
        Ok(out)
    }

    /// For functions without keywords that take any number of arguments.
    pub fn no_keywords(&self, fname: &str) -> Result<()> {
        match self.kw.first() {
            Some((k, _)) => Err(Error::type_error(format!(
                "{fname}() got an unexpected keyword argument '{k}'"
            ))),
            None => Ok(()),
        }
    }
}

// A chain of closures (each capturing the one before) is freed without
// deep recursion: captured values no other closure shares go to the value
// trashcan.
impl Drop for Closure {
    fn drop(&mut self) {
        let mut owned = Vec::new();
        for cell in self.captures.drain(..) {
            if let Ok(cell) = Rc::try_unwrap(cell) {
                owned.push(cell.into_inner());
            }
        }
        owned.extend(self.defaults.drain(..).flatten());
        owned.extend(
            std::mem::take(self.attrs.get_mut())
                .into_iter()
                .map(|(_, v)| v),
        );
        super::drop_owned(owned);
    }
}
