//! The classes `type(x)` returns for arr's own values (`int`, `str`,
//! `list`, `ndarray`...), so that `type(x).__name__` and `type(x) is int`
//! work as in Python.

use super::class::Class;
use crate::value::Value;
use std::rc::Rc;

/// Python's own types, then NumPy's ([`NUMPY_TYPES`]).
const PYTHON_TYPES: &[&str] = &[
    "int",
    "float",
    "bool",
    "str",
    "list",
    "tuple",
    "dict",
    "set",
    "NoneType",
    "function",
    "builtin_function_or_method",
    "range",
    "type",
    "module",
    "slice",
    "method",
    "complex",
];

/// The types that print as NumPy's (`<class 'numpy.complex128'>`).
pub const NUMPY_TYPES: &[&str] = &[
    "ndarray",
    "dtype",
    "complex128",
    "complex64",
    "void",
    "float32",
    "int8",
    "int16",
    "int32",
    "uint8",
    "uint16",
    "uint32",
    "uint64",
];

thread_local! {
    static TYPES: Vec<Rc<Class>> = PYTHON_TYPES
        .iter()
        .chain(NUMPY_TYPES)
        .map(|n| Class::make((*n).into(), Vec::new(), Vec::new(), false, 0))
        .collect();
}

/// The class of a built-in type, by name.
pub fn type_class(name: &str) -> Option<Value> {
    TYPES.with(|t| {
        t.iter()
            .find(|c| &*c.name == name)
            .map(|c| Value::Host(c.clone()))
    })
}

/// Whether `c` is one of these built-in type classes.
pub fn is_type_class(c: &Class) -> bool {
    TYPES.with(|t| t.iter().any(|x| std::ptr::eq(Rc::as_ptr(x), c)))
}

/// The Python type name of a value (`type(x).__name__`).
pub fn type_name_of(v: &Value) -> String {
    v.py_type_name()
}

/// `type(x)`: the class of an instance, else the built-in type's class.
pub fn type_of(v: &Value) -> Value {
    if let Some(i) = super::as_instance(v) {
        return i.class.value();
    }
    let name = type_name_of(v);
    type_class(&name).unwrap_or_else(|| {
        // A backend object's type: a class of its name, made on demand.
        Value::Host(Class::make(name.into(), Vec::new(), Vec::new(), false, 0))
    })
}

/// Whether `v` is an instance of the built-in type `name` (a bool is an int).
pub fn is_instance_of_builtin(v: &Value, name: &str) -> bool {
    let actual = type_name_of(v);
    actual == name || (name == "int" && actual == "bool") || (name == "object")
}

/// Python's `Ellipsis` (the value of `...`).
#[derive(Debug)]
pub struct EllipsisObj;

impl crate::value::HostValue for EllipsisObj {
    fn type_name(&self) -> String {
        "ellipsis".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn fallback_repr(&self) -> String {
        "Ellipsis".into()
    }
}

thread_local! {
    static ELLIPSIS: Value = Value::Host(Rc::new(EllipsisObj));
}

/// The one `Ellipsis` value.
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|e| e.clone())
}

/// `list[int]`, `dict[str, int]`: a built-in type with parameters, as
/// annotations and type aliases write it. Calling it calls the type.
#[derive(Debug)]
pub struct GenericAlias {
    pub origin: Value,
    pub args: Vec<Value>,
}

/// `t[args]` for a built-in type `t` that takes parameters.
pub fn generic_alias(origin: &Value, args: Value) -> Option<Value> {
    let Value::Builtin(b) = origin else {
        return None;
    };
    if !matches!(
        b.name,
        "list" | "dict" | "tuple" | "set" | "frozenset" | "type"
    ) {
        return None;
    }
    let args = match &args {
        Value::Tuple(t) => t.to_vec(),
        _ => vec![args],
    };
    Some(Value::Host(Rc::new(GenericAlias {
        origin: origin.clone(),
        args,
    })))
}

impl crate::value::HostValue for GenericAlias {
    fn type_name(&self) -> String {
        "types.GenericAlias".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn fallback_repr(&self) -> String {
        let name = |v: &Value| match v {
            Value::Builtin(b) => b.name.to_string(),
            Value::None => "None".into(),
            Value::Host(h) if h.type_name() == "ellipsis" => "...".into(),
            Value::Host(h) => match super::as_class(v) {
                Some(c) => format!("__main__.{}", c.name),
                None => h.fallback_repr(),
            },
            other => crate::value::format::value_str(other),
        };
        let args: Vec<String> = self.args.iter().map(name).collect();
        format!("{}[{}]", name(&self.origin), args.join(", "))
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(
        &self,
        _this: &Value,
        args: crate::value::Args,
        cx: &mut dyn crate::value::Context,
    ) -> Option<crate::error::Result<Value>> {
        Some(cx.call(&self.origin, args))
    }

    fn get_attr(
        &self,
        _this: &Value,
        name: &str,
        _cx: &mut dyn crate::value::Context,
    ) -> Option<crate::error::Result<Value>> {
        match name {
            "__origin__" => Some(Ok(self.origin.clone())),
            "__args__" => Some(Ok(Value::tuple(self.args.clone()))),
            _ => None,
        }
    }
}
