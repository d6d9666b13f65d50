//! Python's objects in arr: classes written in scripts and their instances
//! (with operator methods), the built-in exception classes, bound methods,
//! module namespaces (`import numpy as np`) and slices. Each is a host value
//! ([`HostValue`]), so the evaluator reaches them through the object
//! protocol like any backend object; instances are shared, as in Python.

pub mod class;
pub mod enum_class;
pub mod exc;
pub mod iter;
pub mod modtable;
mod modtable_np;
mod modtable_py;
pub mod module;
pub mod proto;
pub mod set;
pub mod types;
pub mod wrappers;

pub use class::{Class, Instance};

use crate::error::Result;
use crate::value::{Args, Context, Value};

/// Calls `f` with `this` prepended to the arguments.
pub fn call_with_self(
    cx: &mut dyn Context,
    f: &Value,
    this: &Value,
    mut args: Args,
) -> Result<Value> {
    args.pos.insert(0, this.clone());
    cx.call(f, args)
}

/// The object behind a value, if it is one of this module's kinds.
pub fn as_instance(v: &Value) -> Option<&Instance> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Instance>(),
        _ => None,
    }
}

pub fn as_class(v: &Value) -> Option<std::rc::Rc<Class>> {
    class::class_of_value(v).and_then(Class::rc)
}

pub use crate::value::slice::{slice_value, Slice};
