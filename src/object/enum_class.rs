//! What a class whose `_member_map_` holds its members (an `enum.Enum`
//! subclass, `stdlib/py_enum.arr`) answers as Python's `EnumType`
//! metaclass does: `for m in Color`, `len(Color)`, `Color["RED"]` and
//! `Color(1)` (the member of that value, not a new object).

use super::class::Class;
use crate::error::{Error, Result};
use crate::value::{Args, Context, Value};

/// The members, name and member, in definition order (`None`: not an
/// enum class, or one whose members are not made yet).
pub fn members(class: &Class) -> Option<Vec<(Value, Value)>> {
    match &class.lookup("_member_map_") {
        Some(Value::Dict(d)) => Some(d.borrow().clone()),
        _ => None,
    }
}

/// `Color["RED"]`
pub fn by_name(class: &Class, members: &[(Value, Value)], key: &Value) -> Result<Value> {
    members
        .iter()
        .find(|(k, _)| matches!((k, key), (Value::Str(a), Value::Str(b)) if a == b))
        .map(|(_, m)| m.clone())
        .ok_or_else(|| {
            let _ = class;
            crate::value::index::key_error(key)
        })
}

/// `Color(1)`: the member whose value equals `args[0]`.
pub fn by_value(
    class: &Class,
    members: &[(Value, Value)],
    args: &Args,
    cx: &mut dyn Context,
) -> Result<Value> {
    let [v] = args.clone().bind("value", ["value"], 1)?;
    for (_, m) in members {
        if let Some(inst) = super::as_instance(m) {
            if let Some(mv) = inst.field("_value_") {
                if crate::value::index::keys_equal(&mv, &v, cx)? {
                    return Ok(m.clone());
                }
            }
        }
    }
    Err(Error::value(format!(
        "{} is not a valid {}",
        crate::value::format::repr_in(&v, cx)?,
        class.name
    )))
}
