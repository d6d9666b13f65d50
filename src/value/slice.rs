//! Python's slice objects (`slice(1, 5, 2)`), which index lists, strings,
//! arrays and tensors as `[1:5:2]` does.

use super::{Context, Value};
use crate::error::Result;

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
