//! Python's built-in exception classes, and the bridge between arr's
//! errors and exception objects: an error caught by `except` becomes an
//! instance of the class its kind maps to (`IndexError` for an index out of
//! range, `ValueError` for a shape mismatch...), with its message; a raised
//! exception object travels inside the error.

use super::class::{Class, Instance};
use crate::error::{Error, ErrorKind, Exception, Result};
use crate::value::{Context, Value};
use std::rc::Rc;

/// (name, base) in definition order: every base comes before its subclasses.
const HIERARCHY: &[(&str, Option<&str>)] = &[
    ("object", None),
    ("BaseException", Some("object")),
    ("Exception", Some("BaseException")),
    ("SystemExit", Some("BaseException")),
    ("KeyboardInterrupt", Some("BaseException")),
    ("GeneratorExit", Some("BaseException")),
    ("ArithmeticError", Some("Exception")),
    ("ZeroDivisionError", Some("ArithmeticError")),
    ("OverflowError", Some("ArithmeticError")),
    ("FloatingPointError", Some("ArithmeticError")),
    ("LookupError", Some("Exception")),
    ("IndexError", Some("LookupError")),
    ("KeyError", Some("LookupError")),
    ("ValueError", Some("Exception")),
    ("UnicodeError", Some("ValueError")),
    ("TypeError", Some("Exception")),
    ("NameError", Some("Exception")),
    ("UnboundLocalError", Some("NameError")),
    ("AttributeError", Some("Exception")),
    ("RuntimeError", Some("Exception")),
    ("RecursionError", Some("RuntimeError")),
    ("NotImplementedError", Some("RuntimeError")),
    ("AssertionError", Some("Exception")),
    ("StopIteration", Some("Exception")),
    ("MemoryError", Some("Exception")),
    ("OSError", Some("Exception")),
    ("FileNotFoundError", Some("OSError")),
    ("FileExistsError", Some("OSError")),
    ("PermissionError", Some("OSError")),
    ("ImportError", Some("Exception")),
    ("ModuleNotFoundError", Some("ImportError")),
    ("SyntaxError", Some("Exception")),
    ("LinAlgError", Some("ValueError")),
    // and IndexError (second base, added in make_classes)
    ("AxisError", Some("ValueError")),
    ("JSONDecodeError", Some("ValueError")),
    ("PatternError", Some("Exception")),
    ("Warning", Some("Exception")),
    ("UserWarning", Some("Warning")),
    ("DeprecationWarning", Some("Warning")),
];

thread_local! {
    static CLASSES: Vec<(&'static str, Rc<Class>)> = make_classes();
}

fn make_classes() -> Vec<(&'static str, Rc<Class>)> {
    let mut out: Vec<(&'static str, Rc<Class>)> = Vec::with_capacity(HIERARCHY.len());
    for (name, base) in HIERARCHY {
        let mut bases: Vec<Value> = base
            .and_then(|b| out.iter().find(|(n, _)| *n == b))
            .map(|(_, c)| vec![Value::Host(c.clone())])
            .unwrap_or_default();
        if *name == "AxisError" {
            if let Some((_, c)) = out.iter().find(|(n, _)| *n == "IndexError") {
                bases.push(Value::Host(c.clone()));
            }
        }
        let depth = out.len().min(1) + bases.len();
        let exception = *name != "object";
        out.push((
            name,
            Class::make((*name).into(), bases, Vec::new(), exception, depth),
        ));
    }
    out
}

/// The built-in exception class of this name.
pub fn class(name: &str) -> Option<Rc<Class>> {
    CLASSES.with(|c| c.iter().find(|(n, _)| *n == name).map(|(_, c)| c.clone()))
}

/// Every built-in exception class, to install as globals.
pub fn all() -> Vec<(&'static str, Value)> {
    CLASSES.with(|c| {
        c.iter()
            .map(|(n, c)| (*n, Value::Host(c.clone())))
            .collect()
    })
}

pub fn is_builtin(c: &Class) -> bool {
    class(&c.name).is_some_and(|b| std::ptr::eq(Rc::as_ptr(&b), c))
}

/// The class an arr error of this kind is caught as; `None` for what no
/// `except` may catch (limits, Ctrl-C, arr's own bugs).
fn class_name(kind: ErrorKind) -> Option<&'static str> {
    Some(match kind {
        ErrorKind::Syntax => "SyntaxError",
        ErrorKind::Name => "NameError",
        ErrorKind::UnboundLocal => "UnboundLocalError",
        ErrorKind::Type => "TypeError",
        ErrorKind::Value | ErrorKind::Shape => "ValueError",
        ErrorKind::Index => "IndexError",
        ErrorKind::Axis => "AxisError",
        ErrorKind::Key => "KeyError",
        ErrorKind::Attribute => "AttributeError",
        ErrorKind::Assertion => "AssertionError",
        ErrorKind::ZeroDivision => "ZeroDivisionError",
        ErrorKind::Overflow => "OverflowError",
        ErrorKind::LinAlg => "LinAlgError",
        ErrorKind::Memory => "MemoryError",
        ErrorKind::Recursion => "RecursionError",
        ErrorKind::Runtime => "RuntimeError",
        ErrorKind::Io => "OSError",
        ErrorKind::FileNotFound => "FileNotFoundError",
        ErrorKind::Import => "ModuleNotFoundError",
        ErrorKind::Exit => "SystemExit",
        ErrorKind::Limit | ErrorKind::Interrupted | ErrorKind::Internal | ErrorKind::Raised => {
            return None
        }
    })
}

/// The exception object an error is caught as (`None`: not catchable).
/// The exception object an error carries, packed for `Error::exception`.
pub fn carried(v: &Value) -> Exception {
    Exception(std::rc::Rc::new(v.clone()))
}

fn unpacked(e: &Exception) -> Option<Value> {
    e.0.downcast_ref::<Value>().cloned()
}

pub fn exception_of(err: &Error) -> Option<Value> {
    if let Some(v) = err.exception.as_ref().and_then(unpacked) {
        return Some(v);
    }
    let class = class(class_name(err.kind)?)?;
    let inst = Instance::new(class);
    let key = err
        .exception
        .as_ref()
        .and_then(|e| e.0.downcast_ref::<crate::value::index::KeyArg>());
    let arg = match err.kind {
        ErrorKind::Exit => err
            .notes
            .first()
            .and_then(|n| n.parse::<i64>().ok())
            .map_or(Value::None, Value::Int),
        ErrorKind::Key => match key {
            Some(k) => k.0.clone(),
            None => Value::str(&err.message),
        },
        _ => Value::str(&err.message),
    };
    inst.set_field("args", Value::tuple(vec![arg]));
    // A KeyError with its key prints from it (`KeyError('b')`, str `'b'`).
    if key.is_none() {
        inst.set_field("__message__", Value::str(&err.message));
    }
    Some(Value::Host(inst))
}

/// An arr error of `kind` caught as the built-in exception class `class`
/// (a subclass of the kind's own class: `JSONDecodeError` for a `ValueError`).
pub fn error_as(kind: ErrorKind, class_name: &str, message: String) -> Error {
    error_with_fields(kind, class_name, message, Vec::new())
}

/// [`error_as`] with attributes on the exception (`JSONDecodeError`'s
/// `msg`, `pos`, `lineno`, `colno`).
pub fn error_with_fields(
    kind: ErrorKind,
    class_name: &str,
    message: String,
    fields: Vec<(&str, Value)>,
) -> Error {
    let mut e = Error::new(kind, message);
    if let Some(class) = class(class_name) {
        let inst = Instance::new(class);
        inst.set_field("args", Value::tuple(vec![Value::str(&e.message)]));
        inst.set_field("__message__", Value::str(&e.message));
        for (k, v) in fields {
            inst.set_field(k, v);
        }
        e.exception = Some(carried(&Value::Host(inst)));
    }
    e
}

/// An error carrying a raised exception object (or class, instantiated).
pub fn raise(v: Value, cx: &mut dyn Context) -> Result<Error> {
    let v = match super::as_class(&v) {
        Some(c) if c.exception => c.instantiate(Default::default(), cx)?,
        Some(c) => {
            return Err(Error::type_error(format!(
                "exceptions must derive from BaseException, not class '{}'",
                c.name
            )))
        }
        None => v,
    };
    let Some(inst) = super::as_instance(&v) else {
        return Err(Error::type_error(format!(
            "exceptions must derive from BaseException, not {}",
            v.type_name()
        )));
    };
    if !inst.class.exception {
        return Err(Error::type_error(format!(
            "exceptions must derive from BaseException, not '{}'",
            inst.class.name
        )));
    }
    let text = exception_str(inst, cx);
    let message = if text.is_empty() {
        inst.class.name.to_string()
    } else {
        format!("{}: {text}", inst.class.name)
    };
    let kind = if inst.class.name.as_ref() == "SystemExit" {
        ErrorKind::Exit
    } else {
        ErrorKind::Raised
    };
    let mut e = Error::new(kind, message);
    e.exception = Some(carried(&v));
    Ok(e)
}

/// Whether a caught exception is an instance of `types` (a class or a
/// tuple of classes).
pub fn matches(exc: &Value, types: &Value) -> Result<bool> {
    let Some(inst) = super::as_instance(exc) else {
        return Ok(false);
    };
    match types {
        Value::Tuple(ts) => {
            for t in ts.iter() {
                if matches(exc, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        other => match super::as_class(other) {
            Some(c) if c.exception => Ok(inst.class.is_subclass(&c)),
            _ => Err(Error::type_error(format!(
                "catching classes that do not inherit from BaseException is not allowed (got {})",
                other.type_name()
            ))),
        },
    }
}

pub fn is_stop_iteration(e: &Error) -> bool {
    is_instance_of(e, "StopIteration")
}

/// Whether `e` is a raised exception of the built-in class `name` (or a
/// subclass).
pub fn is_instance_of(e: &Error, name: &str) -> bool {
    match (e.exception.as_ref().and_then(unpacked), class(name)) {
        (Some(v), Some(stop)) => super::as_instance(&v).is_some_and(|i| i.class.is_subclass(&stop)),
        _ => false,
    }
}

fn args_of(inst: &Instance) -> Vec<Value> {
    match &inst.field("args") {
        Some(Value::Tuple(t)) => t.to_vec(),
        _ => Vec::new(),
    }
}

/// `str(e)`: the message of an arr error, else Python's rule (the one
/// argument's str, the arguments' tuple repr, or nothing).
pub fn exception_str(inst: &Instance, cx: &mut dyn Context) -> String {
    if let Some(Value::Str(m)) = &inst.field("__message__") {
        return m.to_string();
    }
    let args = args_of(inst);
    let key_error = class("KeyError").is_some_and(|k| inst.class.is_subclass(&k));
    match args.as_slice() {
        [] => String::new(),
        [one] if key_error => crate::value::format::repr_in(one, cx).unwrap_or_default(),
        [one] => crate::value::format::str_in(one, cx).unwrap_or_default(),
        many => crate::value::format::repr_in(&Value::tuple(many.to_vec()), cx).unwrap_or_default(),
    }
}

/// `repr(e)`: `ValueError('bad')`.
pub fn exception_repr(inst: &Instance, cx: &mut dyn Context) -> String {
    let args = if let Some(Value::Str(m)) = &inst.field("__message__") {
        vec![Value::Str(m.clone())]
    } else {
        args_of(inst)
    };
    let inner: Vec<String> = args
        .iter()
        .map(|a| crate::value::format::repr_in(a, cx).unwrap_or_default())
        .collect();
    format!("{}({})", inst.class.name, inner.join(", "))
}
