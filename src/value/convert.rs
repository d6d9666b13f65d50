//! Conversions between values and Rust/ndarray types, used by builtins and by
//! the embedding API (`FromValue` / `IntoValue`).

use super::format::shape_str;
use super::{Context, Value};
use crate::array::alloc::{check, check_shape};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use ndarray::{ArrayD, IxDyn};
use std::borrow::Cow;

/// Builds an array from the items of a bracket literal or a list: all numbers
/// and bools, or all arrays of one shape. Returns `None` when the items make a
/// list rather than an array.
pub fn stack_items(items: &[Value]) -> Result<Option<NdArray>> {
    if items.is_empty() {
        return Ok(Some(NdArray::F64(ArrayD::zeros(IxDyn(&[0])))));
    }
    // The common case: a flat list of scalars.
    if items.iter().all(Value::is_scalar) {
        let dtype = items.iter().fold(DType::Bool, |d, v| {
            d.max(match v {
                Value::Bool(_) => DType::Bool,
                Value::Int(_) => DType::Int64,
                _ => DType::Float64,
            })
        });
        let n = items.len();
        return Ok(Some(match dtype {
            DType::Bool => NdArray::Bool(
                ArrayD::from_shape_vec(
                    IxDyn(&[n]),
                    items
                        .iter()
                        .map(|v| matches!(v, Value::Bool(true)))
                        .collect(),
                )
                .map_err(|e| Error::value(e.to_string()))?,
            ),
            DType::Int64 => NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&[n]), items.iter().map(scalar_i64).collect())
                    .map_err(|e| Error::value(e.to_string()))?,
            ),
            _ => NdArray::F64(
                ArrayD::from_shape_vec(IxDyn(&[n]), items.iter().map(scalar_f64).collect())
                    .map_err(|e| Error::value(e.to_string()))?,
            ),
        }));
    }
    // Arrays (or scalars mixed with 0-d arrays) of one shape: stack them.
    // The shapes are compared first, so that a ragged list of millions of
    // items is found out at once.
    let shape_of = |v: &Value| -> Option<Vec<usize>> {
        match v {
            Value::Array(a) => Some(a.shape().to_vec()),
            v if v.is_scalar() => Some(Vec::new()),
            _ => None,
        }
    };
    let Some(first) = shape_of(&items[0]) else {
        return Ok(None);
    };
    for v in items {
        let same = match v {
            Value::Array(a) => a.shape() == first.as_slice(),
            v if v.is_scalar() => first.is_empty(),
            _ => false,
        };
        if !same {
            return Ok(None);
        }
    }
    let mut arrays: Vec<Cow<NdArray>> = Vec::with_capacity(items.len());
    for v in items {
        match v {
            Value::Array(a) => arrays.push(Cow::Borrowed(&**a)),
            v if v.is_scalar() => arrays.push(Cow::Owned(scalar_array(v))),
            _ => return Ok(None),
        }
    }
    let shape = arrays[0].shape().to_vec();
    if arrays.iter().any(|a| a.shape() != shape.as_slice()) {
        return Ok(None);
    }
    let dtype = arrays
        .iter()
        .map(|a| a.dtype())
        .reduce(DType::promote)
        .unwrap_or(DType::Float64);
    let mut out_shape = vec![arrays.len()];
    out_shape.extend_from_slice(&shape);
    crate::array::check_ndim("array", out_shape.len())?;
    check_shape("array", &out_shape, dtype.itemsize())?;
    let views: Vec<NdArray> = arrays.iter().map(|a| a.astype(dtype)).collect();
    let stacked = match dtype {
        DType::Bool => NdArray::Bool(stack_views(&views, |a| match a {
            NdArray::Bool(x) => Some(x.view()),
            _ => None,
        })?),
        DType::Int64 => NdArray::Int(stack_views(&views, |a| match a {
            NdArray::Int(x) => Some(x.view()),
            _ => None,
        })?),
        DType::Float32 => NdArray::F32(stack_views(&views, |a| match a {
            NdArray::F32(x) => Some(x.view()),
            _ => None,
        })?),
        DType::Float64 => NdArray::F64(stack_views(&views, |a| match a {
            NdArray::F64(x) => Some(x.view()),
            _ => None,
        })?),
        d => {
            let wide: Vec<NdArray> = views.iter().map(|a| a.astype(DType::Int64)).collect();
            NdArray::Int(stack_views(&wide, |a| match a {
                NdArray::Int(x) => Some(x.view()),
                _ => None,
            })?)
            .into_dtype(d)
        }
    };
    Ok(Some(stacked))
}

fn stack_views<'a, T: Clone + 'a>(
    arrays: &'a [NdArray],
    get: impl Fn(&'a NdArray) -> Option<ndarray::ArrayViewD<'a, T>>,
) -> Result<ArrayD<T>> {
    let views: Vec<_> = arrays.iter().filter_map(get).collect();
    ndarray::stack(ndarray::Axis(0), &views).map_err(|e| Error::shape(e.to_string()))
}

fn scalar_i64(v: &Value) -> i64 {
    match v {
        Value::Bool(b) => *b as i64,
        Value::Int(i) => *i,
        Value::Float(f) => *f as i64,
        _ => 0,
    }
}

fn scalar_f64(v: &Value) -> f64 {
    match v {
        Value::Bool(b) => *b as u8 as f64,
        Value::Int(i) => *i as f64,
        Value::Float(f) => *f,
        _ => f64::NAN,
    }
}

/// A 0-d array holding a scalar value.
pub fn scalar_array(v: &Value) -> NdArray {
    let sh = IxDyn(&[]);
    match v {
        Value::Bool(b) => NdArray::Bool(ArrayD::from_elem(sh, *b)),
        Value::Int(i) => NdArray::Int(ArrayD::from_elem(sh, *i)),
        _ => NdArray::F64(ArrayD::from_elem(sh, scalar_f64(v))),
    }
}

/// Checks a list or tuple of `n` items that `what` is about to make.
pub fn check_list(what: &str, n: usize) -> Result<()> {
    check(what, n, std::mem::size_of::<Value>())
}

/// Any array-like value as an array: arrays, scalars, lists/tuples of numbers
/// or arrays, ranges.
pub fn to_array<'a>(v: &'a Value, what: &str) -> Result<Cow<'a, NdArray>> {
    to_array_at(v, what, 0)
}

/// [`to_array`] of a value nested `depth` lists deep: deeper than an array
/// can have dimensions is an error, found before the recursion goes on.
fn to_array_at<'a>(v: &'a Value, what: &str, depth: usize) -> Result<Cow<'a, NdArray>> {
    match v {
        Value::Array(a) => Ok(Cow::Borrowed(&**a)),
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => Ok(Cow::Owned(scalar_array(v))),
        // An object that converts to an array (a tensor is copied out of
        // libtorch).
        Value::Host(h) => match h.to_array(None) {
            Some(r) => r.map(Cow::Owned),
            None => Err(Error::type_error(format!(
                "{what}: expected an array, got {}",
                v.type_name()
            ))),
        },
        Value::List(_) | Value::Tuple(_) => {
            let items = seq_items(v).unwrap_or_default();
            if depth >= crate::array::MAX_NDIM {
                return Err(Error::value(format!(
                    "{what}: lists nested more than {} deep cannot make an array (an array has at most {} dimensions)",
                    crate::array::MAX_NDIM,
                    crate::array::MAX_NDIM
                )));
            }
            // Nested lists: convert inner lists first.
            let conv: Vec<Value> = items
                .iter()
                .map(|it| match it {
                    Value::List(_) | Value::Tuple(_) => {
                        to_array_at(it, what, depth + 1).map(|a| Value::array(a.into_owned()))
                    }
                    other => Ok(other.clone()),
                })
                .collect::<Result<_>>()?;
            match stack_items(&conv)? {
                Some(a) => Ok(Cow::Owned(a)),
                None => Err(Error::type_error(format!(
                    "{what}: expected an array, got a list whose items are not numbers or arrays of one shape"
                ))),
            }
        }
        Value::Range(r) => {
            let n = r.len();
            check(what, n, 8)?;
            let data: Vec<i64> = (0..n as i64).map(|i| r.nth(i)).collect();
            Ok(Cow::Owned(NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&[n]), data)
                    .map_err(|e| Error::value(e.to_string()))?,
            )))
        }
        other => Err(Error::type_error(format!(
            "{what}: expected an array, got {}",
            other.type_name()
        ))),
    }
}

pub fn to_i64(v: &Value, what: &str) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        Value::Array(a) if a.ndim() == 0 && a.dtype() == DType::Int64 => {
            match a.get_flat(0).map(Value::from) {
                Some(Value::Int(i)) => Ok(i),
                _ => Err(Error::type_error(format!("{what}: expected an integer"))),
            }
        }
        Value::Host(_) if super::bigint::as_big(v).is_some() => Err(super::bigint::too_large(what)),
        other => Err(Error::type_error(format!(
            "{what}: expected an integer, got {}",
            other.type_name()
        ))),
    }
}

pub fn to_f64(v: &Value, what: &str) -> Result<f64> {
    match v {
        Value::Int(i) => Ok(*i as f64),
        Value::Bool(b) => Ok(*b as u8 as f64),
        Value::Float(f) => Ok(*f),
        Value::Array(a) if a.ndim() == 0 => {
            Ok(a.to_f64().iter().next().copied().unwrap_or(f64::NAN))
        }
        Value::Host(_) => match super::bigint::as_big(v) {
            Some(b) => super::bigint::to_float(b),
            None => Err(Error::type_error(format!(
                "{what}: expected a number, got {}",
                v.type_name()
            ))),
        },
        other => Err(Error::type_error(format!(
            "{what}: expected a number, got {}",
            other.type_name()
        ))),
    }
}

pub fn to_bool(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::Bool(b) => Ok(*b),
        Value::Int(i) => Ok(*i != 0),
        Value::Float(f) => Ok(*f != 0.0),
        other => Err(Error::type_error(format!(
            "{what}: expected true or false, got {}",
            other.type_name()
        ))),
    }
}

pub fn to_str<'a>(v: &'a Value, what: &str) -> Result<&'a str> {
    match v {
        Value::Str(s) => Ok(s),
        other => Err(Error::type_error(format!(
            "{what}: expected a string, got {}",
            other.type_name()
        ))),
    }
}

/// A shape: an int or a tuple/list of non-negative ints.
pub fn to_shape(v: &Value, what: &str) -> Result<Vec<usize>> {
    let dims: Vec<i64> = match v {
        Value::Int(_) | Value::Bool(_) => vec![to_i64(v, what)?],
        Value::Tuple(_) | Value::List(_) | Value::Host(_) if seq_items(v).is_some() => seq_items(v)
            .unwrap_or_default()
            .iter()
            .map(|x| to_i64(x, what))
            .collect::<Result<_>>()?,
        Value::Array(a) if a.ndim() == 1 && a.dtype() == DType::Int64 => {
            a.to_i64().iter().copied().collect()
        }
        other => {
            return Err(Error::type_error(format!(
                "{what}: expected a shape (an int or a tuple of ints), got {}",
                other.type_name()
            )))
        }
    };
    crate::array::check_ndim(what, dims.len())?;
    dims.iter()
        .map(|&d| {
            usize::try_from(d).map_err(|_| {
                Error::value(format!(
                    "{what}: negative dimensions are not allowed (got {d})"
                ))
            })
        })
        .collect()
}

/// A dtype from a dtype value, a name, or the type builtins `int float bool`.
pub fn to_dtype(v: &Value, what: &str) -> Result<DType> {
    match v {
        Value::DType(d) => Ok(*d),
        Value::Host(h) if h.as_dtype().is_some() => h
            .as_dtype()
            .ok_or_else(|| Error::internal("a dtype object without a dtype")),
        Value::Str(s) => {
            DType::parse(s).ok_or_else(|| Error::type_error(format!("{what}: unknown dtype '{s}'")))
        }
        Value::Builtin(b) => DType::parse(b.name)
            .ok_or_else(|| Error::type_error(format!("{what}: expected a dtype, got a function"))),
        other => Err(Error::type_error(format!(
            "{what}: expected a dtype, got {}",
            other.type_name()
        ))),
    }
}

/// Normalises a possibly negative axis for an array of `ndim` dimensions.
pub fn norm_axis(axis: i64, ndim: usize, what: &str) -> Result<usize> {
    let n = ndim as i64;
    let a = if axis < 0 { axis + n } else { axis };
    if a < 0 || a >= n.max(0) {
        return Err(Error::new(
            crate::error::ErrorKind::Axis,
            format!("{what}: axis {axis} is out of bounds for array of dimension {ndim}"),
        ));
    }
    Ok(a as usize)
}

/// `axis=` as none, an int or a tuple of ints; returns sorted unique axes.
pub fn to_axes(v: Option<&Value>, ndim: usize, what: &str) -> Result<Option<Vec<usize>>> {
    let Some(v) = v else { return Ok(None) };
    let mut axes = match v {
        Value::None => return Ok(None),
        Value::Tuple(_) | Value::List(_) => seq_items(v)
            .unwrap_or_default()
            .iter()
            .map(|x| norm_axis(to_i64(x, what)?, ndim, what))
            .collect::<Result<Vec<_>>>()?,
        other => vec![norm_axis(to_i64(other, what)?, ndim, what)?],
    };
    let n = axes.len();
    axes.sort_unstable();
    axes.dedup();
    if axes.len() != n {
        return Err(Error::value(format!("{what}: duplicate value in 'axis'")));
    }
    Ok(Some(axes))
}

/// Converting values into Rust types, for builtins and embedders.
pub trait FromValue: Sized {
    fn from_value(v: &Value) -> Result<Self>;
}

/// Converting Rust types into values.
pub trait IntoValue {
    fn into_value(self) -> Value;
}

impl FromValue for f64 {
    fn from_value(v: &Value) -> Result<Self> {
        to_f64(v, "conversion to f64")
    }
}
impl FromValue for i64 {
    fn from_value(v: &Value) -> Result<Self> {
        to_i64(v, "conversion to i64")
    }
}
impl FromValue for bool {
    fn from_value(v: &Value) -> Result<Self> {
        to_bool(v, "conversion to bool")
    }
}
impl FromValue for String {
    fn from_value(v: &Value) -> Result<Self> {
        to_str(v, "conversion to String").map(str::to_string)
    }
}
impl FromValue for ArrayD<f64> {
    fn from_value(v: &Value) -> Result<Self> {
        Ok(to_array(v, "conversion to ArrayD<f64>")?
            .to_f64()
            .into_owned())
    }
}
impl FromValue for ArrayD<f32> {
    fn from_value(v: &Value) -> Result<Self> {
        Ok(to_array(v, "conversion to ArrayD<f32>")?
            .to_f32()
            .into_owned())
    }
}
impl FromValue for ArrayD<i64> {
    fn from_value(v: &Value) -> Result<Self> {
        let a = to_array(v, "conversion to ArrayD<i64>")?;
        if a.dtype().is_float() {
            return Err(Error::type_error(format!(
                "conversion to ArrayD<i64>: the array has dtype {}",
                a.dtype()
            )));
        }
        Ok(a.to_i64().into_owned())
    }
}
impl FromValue for ArrayD<bool> {
    fn from_value(v: &Value) -> Result<Self> {
        let a = to_array(v, "conversion to ArrayD<bool>")?;
        match &*a {
            NdArray::Bool(x) => Ok(x.clone()),
            other => Err(Error::type_error(format!(
                "conversion to ArrayD<bool>: the array has dtype {}",
                other.dtype()
            ))),
        }
    }
}
impl FromValue for Value {
    fn from_value(v: &Value) -> Result<Self> {
        Ok(v.clone())
    }
}

impl IntoValue for Value {
    fn into_value(self) -> Value {
        self
    }
}
impl IntoValue for f64 {
    fn into_value(self) -> Value {
        Value::Float(self)
    }
}
impl IntoValue for i64 {
    fn into_value(self) -> Value {
        Value::Int(self)
    }
}
impl IntoValue for bool {
    fn into_value(self) -> Value {
        Value::Bool(self)
    }
}
impl IntoValue for &str {
    fn into_value(self) -> Value {
        Value::str(self)
    }
}
impl IntoValue for String {
    fn into_value(self) -> Value {
        Value::str(&self)
    }
}
impl IntoValue for ArrayD<f64> {
    fn into_value(self) -> Value {
        Value::from_array(NdArray::F64(self))
    }
}
impl IntoValue for ArrayD<f32> {
    fn into_value(self) -> Value {
        Value::from_array(NdArray::F32(self))
    }
}
impl IntoValue for ArrayD<i64> {
    fn into_value(self) -> Value {
        Value::from_array(NdArray::Int(self))
    }
}
impl IntoValue for ArrayD<bool> {
    fn into_value(self) -> Value {
        Value::from_array(NdArray::Bool(self))
    }
}
impl<T: IntoValue> IntoValue for Vec<T> {
    fn into_value(self) -> Value {
        Value::list(self.into_iter().map(IntoValue::into_value).collect())
    }
}

/// Error message helper: "array of float64 with shape (2, 3)".
pub fn describe(v: &Value) -> String {
    match v {
        Value::Array(a) => format!("{} array of shape {}", a.dtype(), shape_str(a.shape())),
        other => other.type_name(),
    }
}

/// The items of `for x in v` (what unpacking, `list(v)` and the Python
/// builtins iterate), host objects included.
pub fn iter_values(v: &Value, cx: &mut dyn Context) -> Result<Vec<Value>> {
    if let Value::Host(h) = v {
        return match h.iter(cx) {
            Some(r) => r,
            None => Err(Error::type_error(format!(
                "'{}' object is not iterable",
                v.py_type_name()
            ))),
        };
    }
    match v {
        Value::List(_)
        | Value::Tuple(_)
        | Value::Range(_)
        | Value::Dict(_)
        | Value::Str(_)
        | Value::Array(_) => items_of(v, "iter").map_err(|e| {
            if e.kind == crate::error::ErrorKind::Type {
                Error::type_error(format!("'{}' object is not iterable", v.py_type_name()))
            } else {
                e
            }
        }),
        other => Err(Error::type_error(format!(
            "'{}' object is not iterable",
            other.py_type_name()
        ))),
    }
}

/// A list's or tuple's items (a snapshot of the list).
pub fn seq_items(v: &Value) -> Option<Vec<Value>> {
    match v {
        Value::List(l) => Some(l.borrow().clone()),
        Value::Tuple(t) => Some((**t).clone()),
        Value::Host(h) => Some(h.as_shape()?.into_iter().map(Value::Int).collect()),
        _ => None,
    }
}

/// A sequence (or array) of integers, flattened; floats are an error.
pub fn to_i64_list(v: &Value, what: &str) -> Result<Vec<i64>> {
    let a = to_array(v, what)?;
    if a.dtype().is_float() && !a.is_empty() {
        return Err(Error::type_error(format!(
            "{what}: expected integers, got float64 values"
        )));
    }
    Ok(a.to_i64().iter().copied().collect())
}

/// The items of a list, tuple, range, dict (its keys), string or array (its
/// rows), for builtins that take any sequence.
pub fn items_of(x: &Value, fname: &str) -> Result<Vec<Value>> {
    let n = match x {
        Value::Range(r) => r.len(),
        Value::Str(s) => s.len(),
        Value::Array(a) if a.ndim() > 0 => a.shape()[0],
        _ => 0,
    };
    crate::value::convert::check_list(fname, n)?;
    Ok(match x {
        Value::List(l) => l.borrow().clone(),
        Value::Tuple(l) => (**l).clone(),
        Value::Range(r) => (0..r.len() as i64).map(|i| Value::Int(r.nth(i))).collect(),
        Value::Dict(d) => d.borrow().iter().map(|(k, _)| k.clone()).collect(),
        Value::Str(s) => s.chars().map(|c| Value::str(&c.to_string())).collect(),
        Value::Array(a) if a.ndim() > 0 => (0..a.shape()[0])
            .map(|i| {
                crate::array::index::get_array(a, &[crate::array::index::Idx::Int(i as i64)])
                    .map(Value::from)
            })
            .collect::<Result<_>>()?,
        other => {
            return Err(Error::type_error(format!(
                "{fname}() of {}",
                other.type_name()
            )))
        }
    })
}
