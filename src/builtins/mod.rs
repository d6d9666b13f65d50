//! The builtin registry. Each family registers its functions with a doc text
//! that is both `help(name)` and a tested example (lines after `>>> ` are run
//! and must print what follows them).

pub mod core;
pub mod create;
pub mod decomp;
pub mod io;
pub mod linalg;
pub mod math;
pub mod random;
pub mod reduce;
pub mod shape;
pub mod sort;

use crate::error::{suggest, Error, Result};
use crate::eval::Interp;
use crate::value::{DType, Value};
use std::collections::HashMap;
use std::rc::Rc;
use std::sync::LazyLock;

pub type BuiltinFn = fn(&mut Interp, Args) -> Result<Value>;

pub struct Builtin {
    pub name: &'static str,
    pub doc: &'static str,
    pub func: BuiltinFn,
}

#[derive(Default)]
pub struct Registry {
    list: Vec<Builtin>,
    index: HashMap<&'static str, u32>,
}

impl Registry {
    pub fn add(&mut self, name: &'static str, func: BuiltinFn, doc: &'static str) {
        self.index.insert(name, self.list.len() as u32);
        self.list.push(Builtin { name, doc, func });
    }
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    let mut r = Registry::default();
    core::register(&mut r);
    create::register(&mut r);
    shape::register(&mut r);
    shape::register_more(&mut r);
    reduce::register(&mut r);
    linalg::register(&mut r);
    decomp::register(&mut r);
    io::register(&mut r);
    math::register(&mut r);
    sort::register(&mut r);
    random::register(&mut r);
    crate::tensor::layers::register(&mut r);
    r
});

pub fn all() -> &'static [Builtin] {
    &REGISTRY.list
}

pub fn lookup(name: &str) -> Option<u32> {
    REGISTRY.index.get(name).copied()
}

pub fn get(id: u32) -> &'static Builtin {
    &REGISTRY.list[(id as usize).min(REGISTRY.list.len() - 1)]
}

/// Builtins that update the variable passed as their first argument.
pub fn mutates_first_argument(id: u32) -> bool {
    get(id).name == "shuffle"
}

pub fn name_of(id: u32) -> &'static str {
    get(id).name
}

/// Global constants bound at start-up.
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("newaxis", Value::None),
        ("float32", Value::DType(DType::Float32)),
        ("float64", Value::DType(DType::Float64)),
        ("int64", Value::DType(DType::Int64)),
    ]
}

/// Arguments of a call: positional, then keyword.
#[derive(Default, Debug)]
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

/// `dtype=` when given.
pub fn opt_dtype(v: &Value, fname: &str) -> Result<Option<DType>> {
    match v {
        Value::None => Ok(None),
        v => crate::value::convert::to_dtype(v, &format!("{fname}(dtype=)")).map(Some),
    }
}

pub fn opt_bool(v: &Value, fname: &str, name: &str, default: bool) -> Result<bool> {
    match v {
        Value::None => Ok(default),
        v => crate::value::convert::to_bool(v, &format!("{fname}({name}=)")),
    }
}
