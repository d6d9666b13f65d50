//! NumPy's structured (record) dtypes and arrays: `dtype([("x", float),
//! ("y", float)])`, `zeros(n, dtype=[...])`, `array([(1, 2.0)], dtype=...)`,
//! field access `a["x"]` and assignment, records `a[i]`, printing as NumPy
//! prints them, `view` of plain data as records, `unique` and `sort`.
//!
//! A structured array keeps one array per field ("columns"), each of the
//! record shape followed by the field's own shape; nested structured fields
//! are structured arrays. Like arr's arrays it is a value: assigning to a
//! field or an element stores a new array in the variable.

use super::records_dtype::{dtype_value, Kind, StructType};
use super::records_fmt;
use super::records_ops::records_equal;
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{iter_values, to_array};
use crate::value::{Args, Builtin, Context, HostValue, Index, Value};
use std::any::Any;
use std::rc::Rc;

/// One field's data: the record shape followed by the field's shape.
#[derive(Debug, Clone)]
pub enum Column {
    Plain(NdArray),
    Struct(Records),
}

/// A structured array (a 0-d one is a record, NumPy's `np.void`).
#[derive(Debug, Clone)]
pub struct Records {
    pub ty: Rc<StructType>,
    pub shape: Vec<usize>,
    pub cols: Vec<Column>,
}

pub(super) fn joined(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut v = a.to_vec();
    v.extend_from_slice(b);
    v
}

pub(super) fn as_records(v: &Value) -> Option<&Records> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Records>(),
        _ => None,
    }
}

impl Records {
    pub fn into_value(self) -> Value {
        Value::Host(Rc::new(self))
    }

    pub fn len(&self) -> usize {
        self.shape.iter().product()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Every field filled with `fill` (zeros, ones, empty).
    pub fn filled(ty: Rc<StructType>, shape: &[usize], fill: f64) -> Result<Records> {
        let n = shape
            .iter()
            .try_fold(1usize, |a, &d| a.checked_mul(d))
            .ok_or_else(|| Error::value("array is too big"))?;
        crate::array::alloc::check("a structured array", n, ty.itemsize())?;
        let cols = ty
            .fields
            .iter()
            .map(|f| {
                let sh = joined(shape, &f.sub);
                Ok(match &f.kind {
                    Kind::Plain(d) => Column::Plain(NdArray::full("zeros()", &sh, *d, fill)?),
                    Kind::Struct(t) => Column::Struct(Records::filled(t.clone(), &sh, fill)?),
                })
            })
            .collect::<Result<_>>()?;
        Ok(Records {
            ty,
            shape: shape.to_vec(),
            cols,
        })
    }

    /// `array(data, dtype=...)`: nested lists whose innermost items are
    /// tuples, one per record.
    pub fn from_data(data: &Value, ty: Rc<StructType>, cx: &mut dyn Context) -> Result<Records> {
        if let Some(r) = as_records(data) {
            if r.ty == ty {
                return Ok(r.clone());
            }
            return Err(Error::type_error(format!(
                "array(): cannot convert a structured array of dtype {} to {}",
                r.ty.descr(),
                ty.descr()
            )));
        }
        let mut shape = Vec::new();
        let mut records = Vec::new();
        collect_records(data, 0, &mut shape, &mut records, cx)?;
        let n = records.len();
        let mut per_field: Vec<Vec<Value>> = vec![Vec::with_capacity(n); ty.fields.len()];
        for r in &records {
            let items = match r {
                Value::Tuple(t) => t.as_ref().clone(),
                Value::Host(_) if as_records(r).is_some_and(|x| x.shape.is_empty()) => {
                    let rec = as_records(r)
                        .cloned()
                        .unwrap_or_else(|| unreachable_records(&ty));
                    rec.field_values()
                }
                other => vec![other.clone()],
            };
            if items.len() != ty.fields.len() {
                return Err(Error::value(format!(
                    "array(): a record of dtype {} has {} fields, got {} values",
                    ty.descr(),
                    ty.fields.len(),
                    items.len()
                )));
            }
            for (i, v) in items.into_iter().enumerate() {
                per_field[i].push(v);
            }
        }
        let cols = ty
            .fields
            .iter()
            .zip(per_field)
            .map(|(f, vals)| {
                let sh = joined(&shape, &f.sub);
                Ok(match &f.kind {
                    Kind::Plain(d) => {
                        let a = to_array(&Value::list(vals), "array()")?.astype(*d);
                        let want: usize = sh.iter().product();
                        if a.len() != want {
                            return Err(Error::value(format!(
                                "array(): field '{}' expects {} value(s) per record",
                                f.name,
                                f.count()
                            )));
                        }
                        Column::Plain(reshape(&a, &sh)?)
                    }
                    Kind::Struct(t) => {
                        let r = Records::from_data(&Value::list(vals), t.clone(), cx)?;
                        Column::Struct(r.reshaped(&sh)?)
                    }
                })
            })
            .collect::<Result<_>>()?;
        Ok(Records { ty, shape, cols })
    }

    /// The values of a record's fields (a 0-d structured array).
    fn field_values(&self) -> Vec<Value> {
        self.cols.iter().map(column_value).collect()
    }

    pub fn reshaped(&self, shape: &[usize]) -> Result<Records> {
        let n: usize = shape.iter().product();
        if n != self.len() {
            return Err(Error::value(format!(
                "cannot reshape array of size {} into shape {}",
                self.len(),
                crate::array::format::shape_str(shape)
            )));
        }
        let cols = self
            .ty
            .fields
            .iter()
            .zip(&self.cols)
            .map(|(f, c)| {
                let sh = joined(shape, &f.sub);
                Ok(match c {
                    Column::Plain(a) => Column::Plain(reshape(a, &sh)?),
                    Column::Struct(r) => Column::Struct(r.reshaped(&sh)?),
                })
            })
            .collect::<Result<_>>()?;
        Ok(Records {
            ty: self.ty.clone(),
            shape: shape.to_vec(),
            cols,
        })
    }

    /// The records at flat positions `idx` (of the flattened array), as a
    /// 1-d structured array.
    pub fn take_flat(&self, idx: &[usize], cx: &mut dyn Context) -> Result<Records> {
        let n = self.len();
        let flat = self.reshaped(&[n])?;
        let ix = Value::array(NdArray::Int(
            ndarray::ArrayD::from_shape_vec(
                ndarray::IxDyn(&[idx.len()]),
                idx.iter().map(|&i| i as i64).collect(),
            )
            .map_err(|e| Error::internal(e.to_string()))?,
        ));
        flat.index(&[Index::Value(ix)], cx)
    }

    /// `a[index]` for anything but a field name.
    fn index(&self, items: &[Index], cx: &mut dyn Context) -> Result<Records> {
        let items = expand(items, self.shape.len())?;
        let mut cols = Vec::with_capacity(self.cols.len());
        let mut shape = None;
        for (f, c) in self.ty.fields.iter().zip(&self.cols) {
            let col = match c {
                Column::Plain(a) => {
                    let v = crate::value::index::get_item(&Value::array(a.clone()), &items, cx)?;
                    let arr = match &v {
                        Value::Array(x) => (**x).clone(),
                        other => to_array(other, "indexing")?.astype(a.dtype()),
                    };
                    let nd = arr.ndim().saturating_sub(f.sub.len());
                    shape.get_or_insert_with(|| arr.shape()[..nd].to_vec());
                    Column::Plain(arr)
                }
                Column::Struct(r) => {
                    let sub = r.index(&items, cx)?;
                    let nd = sub.shape.len().saturating_sub(f.sub.len());
                    shape.get_or_insert_with(|| sub.shape[..nd].to_vec());
                    Column::Struct(sub)
                }
            };
            cols.push(col);
        }
        Ok(Records {
            ty: self.ty.clone(),
            shape: shape.unwrap_or_default(),
            cols,
        })
    }

    /// `a[index] = value` for anything but a field name.
    fn assign(&self, items: &[Index], value: &Value, cx: &mut dyn Context) -> Result<Records> {
        let items = expand(items, self.shape.len())?;
        let parts: Vec<Value> = if let Some(r) = as_records(value) {
            if r.ty != self.ty {
                return Err(Error::type_error(format!(
                    "cannot assign a structured array of dtype {} to one of dtype {}",
                    r.ty.descr(),
                    self.ty.descr()
                )));
            }
            r.cols.iter().map(column_value).collect()
        } else {
            match value {
                Value::Tuple(t) if t.len() == self.cols.len() => t.as_ref().clone(),
                Value::Tuple(t) => {
                    return Err(Error::value(format!(
                        "a record of dtype {} has {} fields, got a tuple of {}",
                        self.ty.descr(),
                        self.cols.len(),
                        t.len()
                    )))
                }
                Value::List(_) => {
                    let r = Records::from_data(value, self.ty.clone(), cx)?;
                    r.cols.iter().map(column_value).collect()
                }
                other => vec![other.clone(); self.cols.len()],
            }
        };
        let mut out = self.clone();
        for (c, v) in out.cols.iter_mut().zip(parts) {
            match c {
                Column::Plain(a) => {
                    let mut cur = Value::array(a.clone());
                    crate::value::index::set_item(&mut cur, &items, v, cx)?;
                    *a = to_array(&cur, "assignment")?.into_owned();
                }
                Column::Struct(r) => *r = r.assign(&items, &v, cx)?,
            }
        }
        Ok(out)
    }

    fn with_field(&self, name: &str, value: &Value, cx: &mut dyn Context) -> Result<Records> {
        let i = self.ty.field(name)?;
        let mut out = self.clone();
        match &mut out.cols[i] {
            Column::Plain(a) => {
                let mut cur = Value::array(a.clone());
                crate::value::index::set_item(&mut cur, &[Index::Ellipsis], value.clone(), cx)?;
                *a = to_array(&cur, "assignment")?.into_owned();
            }
            Column::Struct(r) => *r = r.assign(&[Index::Ellipsis], value, cx)?,
        }
        Ok(out)
    }

    fn select_fields(&self, names: &[Value]) -> Result<Records> {
        let mut fields = Vec::new();
        let mut cols = Vec::new();
        for n in names {
            let Value::Str(n) = n else {
                return Err(Error::type_error("a list of field names holds str"));
            };
            let i = self.ty.field(n)?;
            fields.push(self.ty.fields[i].clone());
            cols.push(self.cols[i].clone());
        }
        Ok(Records {
            ty: Rc::new(StructType { fields }),
            shape: self.shape.clone(),
            cols,
        })
    }
}

fn unreachable_records(ty: &Rc<StructType>) -> Records {
    Records {
        ty: ty.clone(),
        shape: Vec::new(),
        cols: Vec::new(),
    }
}

pub(super) fn column_value(c: &Column) -> Value {
    match c {
        Column::Plain(a) => Value::from_array(a.clone()),
        Column::Struct(r) => r.clone().into_value(),
    }
}

fn reshape(a: &NdArray, shape: &[usize]) -> Result<NdArray> {
    let sh: Vec<i64> = shape.iter().map(|&d| d as i64).collect();
    super::shape::reshape_to(a, &sh)
}

/// The records of nested lists: lists are dimensions, anything else (a
/// tuple) is one record.
fn collect_records(
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    out: &mut Vec<Value>,
    cx: &mut dyn Context,
) -> Result<()> {
    if depth > crate::array::MAX_NDIM {
        return Err(Error::value("array(): the data is nested too deeply"));
    }
    match v {
        Value::List(_) => {
            let items = iter_values(v, cx)?;
            if shape.len() == depth {
                shape.push(items.len());
            } else if shape.get(depth) != Some(&items.len()) {
                return Err(Error::value(
                    "array(): the records' lists have different lengths (an inhomogeneous shape)",
                ));
            }
            for it in &items {
                collect_records(it, depth + 1, shape, out, cx)?;
            }
            Ok(())
        }
        other => {
            if shape.len() > depth {
                return Err(Error::value(
                    "array(): the records' lists have different depths (an inhomogeneous shape)",
                ));
            }
            out.push(other.clone());
            Ok(())
        }
    }
}

/// The index with `...` written out, so that it covers the record
/// dimensions only (a field's own dimensions stay whole).
fn expand(items: &[Index], ndim: usize) -> Result<Vec<Index>> {
    let consumes = |i: &Index| match i {
        Index::Ellipsis => 0,
        Index::Value(Value::None) => 0,
        Index::Value(Value::Array(a)) if a.dtype() == DType::Bool => a.ndim(),
        _ => 1,
    };
    let used: usize = items.iter().map(consumes).sum();
    if used > ndim {
        return Err(Error::index(format!(
            "too many indices for array: array is {ndim}-dimensional, but {used} were indexed"
        )));
    }
    let mut out = Vec::with_capacity(items.len() + ndim);
    let mut seen = false;
    for it in items {
        if matches!(it, Index::Ellipsis) {
            if seen {
                return Err(Error::index(
                    "an index can only have a single ellipsis ('...')",
                ));
            }
            seen = true;
            out.extend((0..ndim - used).map(|_| Index::Slice(None, None, None)));
        } else {
            out.push(it.clone());
        }
    }
    if !seen {
        out.extend((0..ndim - used).map(|_| Index::Slice(None, None, None)));
    }
    Ok(out)
}

impl HostValue for Records {
    fn type_name(&self) -> String {
        if self.shape.is_empty() {
            "void".into()
        } else {
            "ndarray".into()
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        records_fmt::repr(self)
    }

    fn str(&self, _cx: &mut dyn Context) -> Result<String> {
        Ok(records_fmt::str(self))
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        Some(match self.shape.first() {
            Some(&n) => Ok(n),
            None => Err(Error::type_error("len() of unsized object")),
        })
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        let Some(&n) = self.shape.first() else {
            return Some(Ok(self.field_values()));
        };
        Some(
            (0..n)
                .map(|i| self.row(i).map(Records::into_value))
                .collect(),
        )
    }

    fn getitem(&self, index: &[Index], cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(match index {
            [Index::Value(Value::Str(name))] => {
                self.ty.field(name).map(|i| column_value(&self.cols[i]))
            }
            [Index::Value(Value::List(names))]
                if names.borrow().iter().all(|v| matches!(v, Value::Str(_)))
                    && !names.borrow().is_empty() =>
            {
                let names = names.borrow().clone();
                self.select_fields(&names).map(Records::into_value)
            }
            _ => self.index(index, cx).map(Records::into_value),
        })
    }

    fn setitem(
        &self,
        index: &[Index],
        value: &Value,
        cx: &mut dyn Context,
    ) -> Option<Result<Option<Value>>> {
        Some(
            match index {
                [Index::Value(Value::Str(name))] => self.with_field(name, value, cx),
                _ => self.assign(index, value, cx),
            }
            .map(|r| Some(r.into_value())),
        )
    }

    fn binary(
        &self,
        op: crate::syntax::ast::BinOp,
        other: &Value,
        _reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        use crate::syntax::ast::BinOp;
        if !matches!(op, BinOp::Eq | BinOp::Ne) {
            return Some(Err(Error::type_error(format!(
                "'{}' is not supported for structured arrays (dtype {}); apply it to a field, a['name']",
                op.symbol(),
                self.ty.descr()
            ))));
        }
        Some(records_equal(self, other, op == BinOp::Ne, cx))
    }

    fn get_attr(&self, this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let _ = this;
        Some(Ok(match name {
            "shape" => Value::tuple(self.shape.iter().map(|&d| Value::Int(d as i64)).collect()),
            "ndim" => Value::Int(self.shape.len() as i64),
            "size" => Value::Int(self.len() as i64),
            "dtype" => dtype_value(self.ty.clone()),
            "itemsize" => Value::Int(self.ty.itemsize() as i64),
            "nbytes" => Value::Int((self.ty.itemsize() * self.len()) as i64),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match name {
            "tolist" | "item" if args.pos.is_empty() => Some(self.tolist()),
            _ => None,
        }
    }

    fn dispatch_builtin(
        &self,
        builtin: &'static Builtin,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        super::records_fmt::dispatch(self, builtin, args, cx)
    }

    fn to_array(&self, _cx: Option<&mut dyn Context>) -> Option<Result<NdArray>> {
        Some(Err(Error::type_error(format!(
            "this operation does not take a structured array (dtype {}); use a field, a['{}']",
            self.ty.descr(),
            self.ty
                .fields
                .first()
                .map(|f| f.name.as_str())
                .unwrap_or("")
        ))))
    }

    fn attr_names(&self) -> Vec<String> {
        ["shape", "ndim", "size", "dtype", "itemsize", "nbytes"]
            .map(String::from)
            .to_vec()
    }
}

impl Records {
    /// A record's fields as a tuple of Python values.
    pub fn record_tuple(&self) -> Result<Value> {
        let mut items = Vec::new();
        for c in &self.cols {
            items.push(match c {
                Column::Plain(a) => crate::value::tolist::array_tolist(a)?,
                Column::Struct(r) => r.tolist()?,
            });
        }
        Ok(Value::tuple(items))
    }

    /// `tolist()`: nested lists of tuples (a record gives its tuple).
    pub fn tolist(&self) -> Result<Value> {
        let Some(&n) = self.shape.first() else {
            return self.record_tuple();
        };
        let mut out = Vec::with_capacity(n);
        for i in 0..n {
            out.push(self.row(i)?.tolist()?);
        }
        Ok(Value::list(out))
    }

    /// `a[i]` along the first axis (`i` in range).
    pub fn row(&self, i: usize) -> Result<Records> {
        if self.shape.first().is_none_or(|&n| i >= n) {
            return Err(Error::index(format!(
                "index {i} is out of bounds for a structured array of shape {}",
                crate::array::format::shape_str(&self.shape)
            )));
        }
        let cols = self
            .cols
            .iter()
            .map(|c| {
                Ok(match c {
                    Column::Plain(a) => Column::Plain(crate::map_array!(a, x => x
                        .index_axis(ndarray::Axis(0), i)
                        .to_owned())),
                    Column::Struct(r) => Column::Struct(r.row(i)?),
                })
            })
            .collect::<Result<_>>()?;
        Ok(Records {
            ty: self.ty.clone(),
            shape: self.shape[1..].to_vec(),
            cols,
        })
    }
}
