//! Function values: closures written in arr and native functions registered
//! by an embedding program.

use super::Value;
use crate::error::Error;
use crate::syntax::ast::FnDef;
use std::cell::RefCell;
use std::fmt;
use std::rc::Rc;

/// A script function with its captured cells and evaluated defaults.
pub struct Closure {
    pub def: Rc<FnDef>,
    pub captures: Vec<Rc<RefCell<Value>>>,
    pub defaults: Vec<Option<Value>>,
}

impl fmt::Debug for Closure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "<fn {}>", self.def.name)
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
