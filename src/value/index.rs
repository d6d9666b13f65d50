//! Subscripts on values: `x[i]` and `x[i] = v` for arrays (NumPy's rules,
//! `crate::array::index`), lists, tuples, strings, ranges, dicts and host
//! objects.

use super::convert::to_array;
use super::ops::values_equal;
use super::{Context, Index, Value};
use crate::array::index::{get_array, norm_index, set_array, slice_indices, Idx};
use crate::array::NdArray;
use crate::error::{Error, ErrorKind, Result};
use ndarray::{ArrayD, IxDyn};
use std::rc::Rc;

/// Converts an index value (`a[v]`) into an index item.
pub fn to_idx(v: &Value) -> Result<Idx> {
    match v {
        Value::Int(i) => Ok(Idx::Int(*i)),
        Value::None => Ok(Idx::NewAxis),
        Value::Bool(b) => Ok(Idx::Array(NdArray::Bool(ArrayD::from_elem(IxDyn(&[]), *b)))),
        Value::Array(a) => match &**a {
            NdArray::Int(_) | NdArray::Bool(_) => Ok(Idx::Array((**a).clone())),
            other => Err(Error::index(format!(
                "arrays used as indices must be of integer or boolean type, not {}",
                other.dtype()
            ))),
        },
        Value::List(_) | Value::Range(_) => {
            let a = to_array(v, "index")?.into_owned();
            match a {
                NdArray::F64(x) if x.is_empty() => Ok(Idx::Array(NdArray::Int(x.mapv(|v| v as i64)))),
                NdArray::Int(_) | NdArray::Bool(_) => Ok(Idx::Array(a)),
                other => Err(Error::index(format!(
                    "arrays used as indices must be of integer or boolean type, not {}",
                    other.dtype()
                ))),
            }
        }
        Value::Float(f) => Err(Error::index(format!(
            "only integers, slices (:), ellipsis (...), none and integer or boolean arrays are valid indices (got the float {})",
            crate::value::format::py_float_repr(*f)
        ))),
        other => Err(Error::index(format!(
            "only integers, slices (:), ellipsis (...), none and integer or boolean arrays are valid indices (got {})",
            other.type_name()
        ))),
    }
}

/// A subscript as NumPy reads it: a slice object is a slice, and one
/// tuple (`a[idx]` with `idx = (slice(0, 2), 1)`) is its items.
pub fn expand_index(items: &[Index]) -> std::borrow::Cow<'_, [Index]> {
    let needs = items.iter().any(|i| match i {
        Index::Value(Value::Host(h)) => h.type_name() == "slice",
        Index::Value(Value::Tuple(_)) => items.len() == 1,
        _ => false,
    });
    if !needs {
        return std::borrow::Cow::Borrowed(items);
    }
    fn one(v: &Value) -> Index {
        if let Value::Host(h) = v {
            if let Some(s) = h.as_any().downcast_ref::<super::slice::Slice>() {
                let bound = |x: &Value| match x {
                    Value::Int(i) => Some(*i),
                    Value::Bool(b) => Some(*b as i64),
                    _ => None,
                };
                return Index::Slice(bound(&s.start), bound(&s.stop), bound(&s.step));
            }
            if h.type_name() == "ellipsis" {
                return Index::Ellipsis;
            }
        }
        Index::Value(v.clone())
    }
    let mut out = Vec::with_capacity(items.len());
    for i in items {
        match i {
            Index::Value(Value::Tuple(t)) if items.len() == 1 => out.extend(t.iter().map(one)),
            Index::Value(v) => out.push(one(v)),
            other => out.push(other.clone()),
        }
    }
    std::borrow::Cow::Owned(out)
}

/// The array index items of a subscript.
pub fn to_idx_list(items: &[Index]) -> Result<Vec<Idx>> {
    expand_index(items)
        .iter()
        .map(|r| match r {
            Index::Value(v) => to_idx(v),
            Index::Slice(a, b, c) => Ok(Idx::Slice(*a, *b, *c)),
            Index::Ellipsis => Ok(Idx::Ellipsis),
        })
        .collect()
}

pub fn dict_key(items: &[Index]) -> Result<std::borrow::Cow<'_, Value>> {
    match items {
        [Index::Value(k)] => Ok(std::borrow::Cow::Borrowed(k)),
        // `d[1, 2]` is `d[(1, 2)]`.
        many if many.iter().all(|i| matches!(i, Index::Value(_))) => {
            Ok(std::borrow::Cow::Owned(Value::tuple(
                many.iter()
                    .filter_map(|i| match i {
                        Index::Value(v) => Some(v.clone()),
                        _ => None,
                    })
                    .collect(),
            )))
        }
        _ => Err(Error::type_error("a dict key cannot be a slice")),
    }
}

/// `v[items]`.
pub fn get_item(v: &Value, items: &[Index], cx: &mut dyn Context) -> Result<Value> {
    match v {
        Value::Dict(d) => {
            let k = dict_key(items)?;
            // A dict's keys are scanned: the work is charged.
            cx.charge(d.borrow().len() as u64 / 32)?;
            // The pairs are copied out while an object key's `__eq__` runs.
            let pairs = if matches!(&*k, Value::Host(_)) {
                d.borrow().clone()
            } else {
                return d
                    .borrow()
                    .iter()
                    .find(|(key, _)| values_equal(key, &k))
                    .map(|(_, v)| v.clone())
                    .ok_or_else(|| key_error(&k));
            };
            match dict_find(&pairs, &k, cx)? {
                Some(i) => Ok(pairs[i].1.clone()),
                None => Err(key_error(&k)),
            }
        }
        Value::Host(h) => h.getitem(items, cx).unwrap_or_else(|| {
            Err(Error::type_error(format!(
                "{} is not subscriptable",
                v.type_name()
            )))
        }),
        _ => get_indexed(v, &to_idx_list(items)?),
    }
}

/// `container[items] = value`, in place.
pub fn set_item(
    container: &mut Value,
    items: &[Index],
    value: Value,
    cx: &mut dyn Context,
) -> Result<()> {
    match container {
        Value::Dict(d) => {
            let k = dict_key(items)?.into_owned();
            cx.charge(d.borrow().len() as u64 / 32)?;
            if matches!(k, Value::Host(_)) {
                let mut pairs = std::mem::take(&mut *d.borrow_mut());
                let r = dict_set_cx(&mut pairs, k, value, cx);
                *d.borrow_mut() = pairs;
                return r;
            }
            dict_set(&mut d.borrow_mut(), k, value);
            Ok(())
        }
        Value::Array(a) => {
            let items = to_idx_list(items)?;
            let val = to_array(&value, "assignment").map_err(|_| {
                Error::type_error(format!(
                    "cannot assign {} to an array element",
                    value.type_name()
                ))
            })?;
            set_array(Rc::make_mut(a), &items, &val)
        }
        Value::List(l) => {
            let items = to_idx_list(items)?;
            if let [Idx::Slice(a, b, c)] = items.as_slice() {
                let new = crate::value::convert::iter_values(&value, cx)
                    .map_err(|_| Error::type_error("can only assign an iterable"))?;
                return set_list_slice(&mut l.borrow_mut(), (*a, *b, *c), new);
            }
            set_list(l.borrow_mut().as_mut_slice(), &items, value)
        }
        Value::Host(h) => match h.setitem(items, &value, cx) {
            Some(Ok(Some(new))) => {
                *container = new;
                Ok(())
            }
            Some(Ok(None)) => Ok(()),
            Some(Err(e)) => Err(e),
            None => Err(Error::type_error(format!(
                "'{}' object does not support item assignment",
                container.py_type_name()
            ))),
        },
        other => Err(Error::type_error(format!(
            "'{}' object does not support item assignment",
            other.py_type_name()
        ))),
    }
}

/// Key equality for dicts and sets: an object key compares by its
/// `__eq__` (by identity when its class has none); other keys as `==`.
pub fn keys_equal(a: &Value, b: &Value, cx: &mut dyn Context) -> Result<bool> {
    match (a, b) {
        (Value::Host(x), Value::Host(y))
            if std::ptr::eq(Rc::as_ptr(x) as *const u8, Rc::as_ptr(y) as *const u8) =>
        {
            Ok(true)
        }
        (Value::Host(_), _) | (_, Value::Host(_)) => {
            let r = super::ops::binary(crate::syntax::ast::BinOp::Eq, a, b, cx)?;
            super::ops::truthy(&r, cx)
        }
        _ => Ok(values_equal(a, b)),
    }
}

/// Where key `k` is in a dict's pairs, comparing as [`keys_equal`].
pub fn dict_find(d: &[(Value, Value)], k: &Value, cx: &mut dyn Context) -> Result<Option<usize>> {
    if !matches!(k, Value::Host(_)) {
        return Ok(d.iter().position(|(key, _)| values_equal(key, k)));
    }
    for (i, (key, _)) in d.iter().enumerate() {
        if keys_equal(key, k, cx)? {
            return Ok(Some(i));
        }
    }
    Ok(None)
}

/// `d[k] = v` comparing keys as [`keys_equal`] (an object key's `__eq__`).
pub fn dict_set_cx(
    d: &mut Vec<(Value, Value)>,
    k: Value,
    v: Value,
    cx: &mut dyn Context,
) -> Result<()> {
    match dict_find(d, &k, cx)? {
        Some(i) => d[i].1 = v,
        None => d.push((k, v)),
    }
    Ok(())
}

/// Sets `d[k] = v`, keeping insertion order.
pub fn dict_set(d: &mut Vec<(Value, Value)>, k: Value, v: Value) {
    match d.iter_mut().find(|(key, _)| values_equal(key, &k)) {
        Some(slot) => slot.1 = v,
        None => d.push((k, v)),
    }
}

/// `v[items]` for any indexable value.
fn get_indexed(v: &Value, items: &[Idx]) -> Result<Value> {
    match v {
        Value::Array(a) => get_array(a, items).map(Value::from),
        Value::List(_) | Value::Tuple(_) => {
            let l = &crate::value::convert::seq_items(v).unwrap_or_default();
            let is_list = matches!(v, Value::List(_));
            match items {
                [Idx::Int(i)] => Ok(l[norm_index(*i, l.len(), 0).map_err(|_| {
                    Error::index(format!(
                        "{} index out of range",
                        if is_list { "list" } else { "tuple" }
                    ))
                    .with_note(format!("index {i}, length {}", l.len()))
                })?]
                .clone()),
                [Idx::Slice(a, b, c)] => {
                    let (start, _, step, count) = slice_indices(*a, *b, *c, l.len())?;
                    let out: Vec<Value> = (0..count)
                        .map(|k| l[(start + step * k as i64) as usize].clone())
                        .collect();
                    Ok(if is_list {
                        Value::list(out)
                    } else {
                        Value::tuple(out)
                    })
                }
                _ => {
                    // Index a list of numbers like the array it spells.
                    let a = to_array(v, "index").map_err(|_| {
                        Error::type_error("lists and tuples take a single integer or slice index")
                    })?;
                    get_array(&a, items).map(Value::from)
                }
            }
        }
        Value::Str(s) => {
            let chars: Vec<char> = s.chars().collect();
            match items {
                [Idx::Int(i)] => {
                    let j = norm_index(*i, chars.len(), 0).map_err(|_| {
                        Error::index("string index out of range")
                            .with_note(format!("index {i}, length {}", chars.len()))
                    })?;
                    Ok(Value::str(&chars[j].to_string()))
                }
                [Idx::Slice(a, b, c)] => {
                    let (start, _, step, count) = slice_indices(*a, *b, *c, chars.len())?;
                    let out: String = (0..count)
                        .map(|k| chars[(start + step * k as i64) as usize])
                        .collect();
                    Ok(Value::str(&out))
                }
                _ => Err(Error::type_error(
                    "strings take a single integer or slice index",
                )),
            }
        }
        Value::Range(r) => {
            let a = to_array(v, "index")?;
            let _ = r;
            get_array(&a, items).map(Value::from)
        }
        other => Err(Error::type_error(format!(
            "{} cannot be indexed",
            other.type_name()
        ))),
    }
}

/// `lst[a:b:c] = items`: a plain slice is replaced (the list may grow or
/// shrink); an extended slice takes exactly as many items as it selects.
fn set_list_slice(
    l: &mut Vec<Value>,
    (a, b, c): (Option<i64>, Option<i64>, Option<i64>),
    new: Vec<Value>,
) -> Result<()> {
    let (start, stop, step, count) = slice_indices(a, b, c, l.len())?;
    if step == 1 {
        let start = start.clamp(0, l.len() as i64) as usize;
        let stop = (stop.max(start as i64) as usize).min(l.len());
        crate::value::convert::check_list(
            "slice assignment",
            l.len() - (stop - start) + new.len(),
        )?;
        l.splice(start..stop, new);
        return Ok(());
    }
    if new.len() != count {
        return Err(Error::value(format!(
            "attempt to assign sequence of size {} to extended slice of size {count}",
            new.len()
        )));
    }
    for (k, v) in new.into_iter().enumerate() {
        l[(start + step * k as i64) as usize] = v;
    }
    Ok(())
}

/// `lst[i] = v` for lists.
pub fn set_list(l: &mut [Value], items: &[Idx], value: Value) -> Result<()> {
    match items {
        [Idx::Int(i)] => {
            let j = norm_index(*i, l.len(), 0).map_err(|_| {
                Error::index("list assignment index out of range")
                    .with_note(format!("index {i}, length {}", l.len()))
            })?;
            l[j] = value;
            Ok(())
        }
        _ => Err(Error::type_error(
            "list assignment takes a single integer index",
        )),
    }
}

/// Python's KeyError for a missing dict key: its message is the key's repr.
pub fn key_error(k: &Value) -> Error {
    let mut e = Error::new(ErrorKind::Key, crate::value::format::value_repr(k));
    // The key itself, for the `KeyError` an `except` sees (`e.args[0]`).
    e.exception = Some(crate::error::Exception(Rc::new(KeyArg(k.clone()))));
    e
}

/// The missing key a `KeyError` carries.
pub struct KeyArg(pub Value);

/// `del container[items]`.
pub fn del_item(container: &mut Value, items: &[Index], cx: &mut dyn Context) -> Result<()> {
    match container {
        // An object's `__delitem__`.
        Value::Host(_) if matches!(items, [Index::Value(_)]) => {
            let [Index::Value(k)] = items else {
                return Err(Error::internal("a deletion without its key"));
            };
            let obj = container.clone();
            cx.call_method(
                &obj,
                "__delitem__",
                crate::value::Args {
                    pos: vec![k.clone()],
                    kw: Vec::new(),
                },
            )
            .map(|_| ())
            .map_err(|e| {
                if e.kind == crate::error::ErrorKind::Attribute {
                    Error::type_error(format!(
                        "'{}' object does not support item deletion",
                        obj.py_type_name()
                    ))
                } else {
                    e
                }
            })
        }
        Value::Dict(d) => {
            let k = dict_key(items)?;
            let mut d = d.borrow_mut();
            match d.iter().position(|(key, _)| values_equal(key, &k)) {
                Some(i) => {
                    d.remove(i);
                    Ok(())
                }
                None => Err(key_error(&k)),
            }
        }
        Value::List(l) => {
            let len = l.borrow().len();
            match to_idx_list(items)?.as_slice() {
                [Idx::Int(i)] => {
                    let j = norm_index(*i, len, 0)
                        .map_err(|_| Error::index("list assignment index out of range"))?;
                    l.borrow_mut().remove(j);
                    Ok(())
                }
                [Idx::Slice(a, b, c)] => {
                    let (start, _, step, count) = slice_indices(*a, *b, *c, len)?;
                    let mut gone: Vec<usize> = (0..count)
                        .map(|k| (start + step * k as i64) as usize)
                        .collect();
                    gone.sort_unstable();
                    let mut l = l.borrow_mut();
                    for j in gone.into_iter().rev() {
                        l.remove(j);
                    }
                    Ok(())
                }
                _ => Err(Error::type_error("list indices must be integers or slices")),
            }
        }
        other => Err(Error::type_error(format!(
            "'{}' object does not support item deletion",
            other.type_name()
        ))),
    }
}
