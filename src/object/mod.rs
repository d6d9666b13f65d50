//! Python's objects in arr: classes written in scripts and their instances
//! (with operator methods), the built-in exception classes, bound methods,
//! module namespaces (`import numpy as np`) and slices. Each is a host value
//! ([`HostValue`]), so the evaluator reaches them through the object
//! protocol like any backend object; instances are shared, as in Python.

pub mod class;
pub mod exc;
pub mod modtable;
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

/// `slice(start, stop, step)` as a value.
pub fn slice_value(a: Option<i64>, b: Option<i64>, c: Option<i64>) -> Value {
    let v = |x: Option<i64>| x.map_or(Value::None, Value::Int);
    Value::Host(std::rc::Rc::new(Slice {
        start: v(a),
        stop: v(b),
        step: v(c),
    }))
}

/// A slice object: `slice(1, 5)` prints as `slice(1, 5, None)`.
#[derive(Debug)]
pub struct Slice {
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}

impl crate::value::HostValue for Slice {
    fn type_name(&self) -> String {
        "slice".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn fallback_repr(&self) -> String {
        use crate::value::format::value_repr;
        format!(
            "slice({}, {}, {})",
            value_repr(&self.start),
            value_repr(&self.stop),
            value_repr(&self.step)
        )
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "start" => Some(Ok(self.start.clone())),
            "stop" => Some(Ok(self.stop.clone())),
            "step" => Some(Ok(self.step.clone())),
            _ => None,
        }
    }
}
