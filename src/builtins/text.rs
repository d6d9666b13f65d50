//! Python's text formatting: f-string fields and `format()`, `str.format`
//! and `%` formatting. The format-spec mini-language is `crate::pyfmt`;
//! this file turns arr values into what it formats and its errors back.

use crate::error::{Error, ErrorKind, Result};
use crate::pyfmt::{
    self, FieldFirst, FieldRef, FieldStep, FmtError, FmtErrorKind, FmtValueOwned, Formattable,
};
use crate::value::format::{repr_in, str_in};
use crate::value::{Args, Context, Index, Value};

fn to_error(e: FmtError) -> Error {
    let kind = match e.kind {
        FmtErrorKind::ValueError => ErrorKind::Value,
        FmtErrorKind::TypeError => ErrorKind::Type,
        FmtErrorKind::OverflowError => ErrorKind::Overflow,
        FmtErrorKind::IndexError => ErrorKind::Index,
        FmtErrorKind::KeyError => ErrorKind::Key,
        FmtErrorKind::AttributeError => ErrorKind::Attribute,
    };
    Error::new(kind, e.message)
}

fn to_fmt_error(e: Error) -> FmtError {
    let kind = match e.kind {
        ErrorKind::Type => FmtErrorKind::TypeError,
        ErrorKind::Overflow => FmtErrorKind::OverflowError,
        ErrorKind::Index | ErrorKind::Axis => FmtErrorKind::IndexError,
        ErrorKind::Key => FmtErrorKind::KeyError,
        ErrorKind::Attribute => FmtErrorKind::AttributeError,
        _ => FmtErrorKind::ValueError,
    };
    FmtError::new(kind, e.message.clone())
}

/// What the formatter sees of a value.
pub fn formattable(v: &Value, cx: &mut dyn Context) -> Result<Formattable> {
    let value = match v {
        Value::Int(i) => FmtValueOwned::Int(*i),
        Value::Float(f) => FmtValueOwned::Float(*f),
        Value::Bool(b) => FmtValueOwned::Bool(*b),
        Value::Str(s) => FmtValueOwned::Str(s.to_string()),
        Value::None => FmtValueOwned::None,
        Value::Host(_) if crate::value::bigint::as_big(v).is_some() => {
            FmtValueOwned::Big(crate::value::bigint::as_big(v).cloned().unwrap_or_default())
        }
        Value::Array(a) if a.ndim() == 0 => match a.flat_f64(0) {
            Some(f) if a.dtype().is_float() => FmtValueOwned::Float(f),
            _ => FmtValueOwned::Other {
                str_: str_in(v, cx)?,
                type_name: "numpy.ndarray".into(),
            },
        },
        other => FmtValueOwned::Other {
            str_: str_in(other, cx)?,
            type_name: crate::object::types::type_name_of(other),
        },
    };
    Ok(Formattable::new(value, repr_in(v, cx)?))
}

/// One f-string field: `{v!conversion:spec}`.
pub fn format_field(
    cx: &mut dyn Context,
    v: &Value,
    conversion: Option<char>,
    spec: &str,
) -> Result<String> {
    let converted;
    let v = match conversion {
        Some('r') => {
            converted = Value::str(&repr_in(v, cx)?);
            &converted
        }
        Some('a') => {
            let r = repr_in(v, cx)?;
            converted = Value::str(
                &r.chars()
                    .map(|c| {
                        if c.is_ascii() {
                            c.to_string()
                        } else if (c as u32) < 0x100 {
                            format!("\\x{:02x}", c as u32)
                        } else if (c as u32) < 0x10000 {
                            format!("\\u{:04x}", c as u32)
                        } else {
                            format!("\\U{:08x}", c as u32)
                        }
                    })
                    .collect::<String>(),
            );
            &converted
        }
        Some(_) => {
            converted = Value::str(&str_in(v, cx)?);
            &converted
        }
        None => v,
    };
    format_value(cx, v, spec)
}

/// `format(v, spec)`.
pub fn format_value(cx: &mut dyn Context, v: &Value, spec: &str) -> Result<String> {
    if spec.is_empty() {
        return str_in(v, cx);
    }
    if let Some(r) = crate::object::proto::dunder(v, "__format__", vec![Value::str(spec)], cx) {
        return match &r? {
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "__format__ must return a str, not {}",
                other.type_name()
            ))),
        };
    }
    let f = formattable(v, cx)?;
    pyfmt::format_value(&f.value.as_value(), spec).map_err(to_error)
}

/// Resolves a `str.format` field against the call's arguments.
fn lookup(field: &FieldRef, args: &Args, cx: &mut dyn Context) -> Result<Value> {
    let mut v = match &field.first {
        FieldFirst::Index(i) => args.pos.get(*i).cloned().ok_or_else(|| {
            Error::index(format!(
                "Replacement index {i} out of range for positional args tuple"
            ))
        })?,
        FieldFirst::Name(n) => args
            .kw
            .iter()
            .find(|(k, _)| &**k == n.as_str())
            .map(|(_, v)| v.clone())
            .ok_or_else(|| Error::new(ErrorKind::Key, crate::value::format::str_repr(n)))?,
    };
    for step in &field.steps {
        v = match step {
            FieldStep::Attr(a) => cx.get_attribute(&v, a)?,
            FieldStep::Index(i) => {
                crate::value::index::get_item(&v, &[Index::Value(Value::Int(*i as i64))], cx)?
            }
            FieldStep::Key(k) => {
                crate::value::index::get_item(&v, &[Index::Value(Value::str(k))], cx)?
            }
        };
    }
    Ok(v)
}

/// `template.format(*args, **kwargs)`.
pub fn str_format(cx: &mut dyn Context, template: &str, args: &Args) -> Result<String> {
    let mut resolve = |field: &FieldRef| -> std::result::Result<Formattable, FmtError> {
        let v = lookup(field, args, cx).map_err(to_fmt_error)?;
        formattable(&v, cx).map_err(to_fmt_error)
    };
    pyfmt::format_template(template, &mut resolve).map_err(to_error)
}

/// `template % values`.
pub fn percent(cx: &mut dyn Context, template: &str, values: &Value) -> Result<String> {
    match values {
        Value::Tuple(items) => {
            let fs = items
                .iter()
                .map(|v| formattable(v, cx))
                .collect::<Result<Vec<_>>>()?;
            pyfmt::percent_format(template, pyfmt::PercentArgs::Tuple(&fs)).map_err(to_error)
        }
        Value::Dict(pairs) => {
            let whole = formattable(values, cx)?;
            let pairs = pairs.clone();
            let mut get = |k: &str| -> std::result::Result<Formattable, FmtError> {
                let v = pairs
                    .borrow()
                    .iter()
                    .find(|(key, _)| matches!(key, Value::Str(s) if &**s == k))
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| {
                        FmtError::new(FmtErrorKind::KeyError, crate::value::format::str_repr(k))
                    })?;
                formattable(&v, cx).map_err(to_fmt_error)
            };
            pyfmt::percent_format(template, pyfmt::PercentArgs::Mapping(&whole, &mut get))
                .map_err(to_error)
        }
        other => {
            let f = formattable(other, cx)?;
            pyfmt::percent_format(template, pyfmt::PercentArgs::Single(&f)).map_err(to_error)
        }
    }
}
