//! Structured arrays' sorting order, equality and byte views (see
//! `records.rs`).

use super::records::{as_records, joined, Column, Records};
use super::records_dtype::{Kind, StructType};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::to_array;
use crate::value::{Args, Context, Value};
use std::cmp::Ordering;
use std::rc::Rc;

impl Records {
    /// Record order: field by field, each field's values in order; NaN
    /// sorts last, as NumPy's sort puts it.
    pub(super) fn comparator(&self) -> Vec<Keys> {
        let n = self.len();
        self.cols
            .iter()
            .map(|c| match c {
                Column::Plain(a) => {
                    let k = a.len().checked_div(n).unwrap_or(0);
                    if a.dtype().is_float() {
                        Keys::Float(a.to_f64().iter().copied().collect(), k)
                    } else if a.dtype() == DType::UInt64 {
                        Keys::UInt(a.convert::<u64>().iter().copied().collect(), k)
                    } else {
                        Keys::Int(a.to_i64().iter().copied().collect(), k)
                    }
                }
                Column::Struct(r) => {
                    let k = r.len().checked_div(n).unwrap_or(0);
                    Keys::Nested(r.comparator(), k)
                }
            })
            .collect()
    }

    pub fn argsort(&self, order: Option<&[usize]>) -> Vec<usize> {
        let keys = self.comparator();
        let chosen: Vec<&Keys> = match order {
            Some(o) => o
                .iter()
                .map(|&i| &keys[i])
                .chain(
                    keys.iter()
                        .enumerate()
                        .filter(|(i, _)| !o.contains(i))
                        .map(|(_, k)| k),
                )
                .collect(),
            None => keys.iter().collect(),
        };
        let mut idx: Vec<usize> = (0..self.len()).collect();
        idx.sort_by(|&i, &j| cmp_keys(&chosen, i, j));
        idx
    }
}

pub(super) enum Keys {
    Float(Vec<f64>, usize),
    Int(Vec<i64>, usize),
    UInt(Vec<u64>, usize),
    Nested(Vec<Keys>, usize),
}

fn cmp_f64(a: f64, b: f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => a.partial_cmp(&b).unwrap_or(Ordering::Equal),
    }
}

pub(super) fn cmp_keys(keys: &[&Keys], i: usize, j: usize) -> Ordering {
    for k in keys {
        let o = match k {
            Keys::Float(v, n) => (0..*n)
                .map(|t| cmp_f64(v[i * n + t], v[j * n + t]))
                .find(|o| o.is_ne())
                .unwrap_or(Ordering::Equal),
            Keys::Int(v, n) => v[i * n..(i + 1) * n].cmp(&v[j * n..(j + 1) * n]),
            Keys::UInt(v, n) => v[i * n..(i + 1) * n].cmp(&v[j * n..(j + 1) * n]),
            Keys::Nested(inner, n) => {
                let inner: Vec<&Keys> = inner.iter().collect();
                (0..*n)
                    .map(|t| cmp_keys(&inner, i * n + t, j * n + t))
                    .find(|o| o.is_ne())
                    .unwrap_or(Ordering::Equal)
            }
        };
        if o.is_ne() {
            return o;
        }
    }
    Ordering::Equal
}

/// `view(a, dtype=[...])`: plain data read as records (the bytes of each
/// record, field after field).
pub fn view_as(a: &NdArray, ty: Rc<StructType>) -> Result<Value> {
    let size = ty.itemsize();
    let from = a.dtype().itemsize();
    let mut shape = a.shape().to_vec();
    match shape.last_mut() {
        None if from != size => {
            return Err(Error::value(format!(
                "view(): changing the dtype of a 0d array ({} to {}) is only supported if the itemsize is unchanged",
                a.dtype(),
                ty.descr()
            )))
        }
        None => {}
        Some(last) => {
            let bytes = *last * from;
            if size == 0 || bytes % size != 0 {
                return Err(Error::value(format!(
                    "view(): the last axis holds {bytes} bytes, not a multiple of the record size {size} of {}",
                    ty.descr()
                )));
            }
            *last = bytes / size;
        }
    }
    let bytes = super::bits::to_bytes(a);
    records_from_bytes(&bytes, ty, &shape).map(Records::into_value)
}

pub(super) fn records_from_bytes(
    bytes: &[u8],
    ty: Rc<StructType>,
    shape: &[usize],
) -> Result<Records> {
    let size = ty.itemsize();
    let n = bytes.len().checked_div(size).unwrap_or(0);
    let mut off = 0;
    let mut cols = Vec::with_capacity(ty.fields.len());
    for f in &ty.fields {
        let s = f.itemsize();
        let mut part = Vec::with_capacity(n * s);
        for r in 0..n {
            part.extend_from_slice(&bytes[r * size + off..r * size + off + s]);
        }
        let sh = joined(shape, &f.sub);
        cols.push(match &f.kind {
            Kind::Plain(d) => Column::Plain(super::bits::from_bytes(&part, *d, &sh)?),
            Kind::Struct(t) => Column::Struct(records_from_bytes(&part, t.clone(), &sh)?),
        });
        off += s;
    }
    Ok(Records {
        ty,
        shape: shape.to_vec(),
        cols,
    })
}

pub(super) fn records_equal(
    a: &Records,
    other: &Value,
    negate: bool,
    cx: &mut dyn Context,
) -> Result<Value> {
    let Some(b) = as_records(other) else {
        return Ok(Value::Bool(negate));
    };
    if a.ty != b.ty {
        return Ok(Value::Bool(negate));
    }
    let mut acc: Option<Value> = None;
    for (f, (x, y)) in a.ty.fields.iter().zip(a.cols.iter().zip(&b.cols)) {
        let eq = match (x, y) {
            (Column::Plain(p), Column::Plain(q)) => crate::value::ops::binary(
                crate::syntax::ast::BinOp::Eq,
                &Value::array(p.clone()),
                &Value::array(q.clone()),
                cx,
            )?,
            (Column::Struct(p), Column::Struct(q)) => {
                records_equal(p, &q.clone().into_value(), false, cx)?
            }
            _ => return Ok(Value::Bool(negate)),
        };
        // A field with its own shape is equal when all its values are.
        let eq = if f.sub.is_empty() {
            eq
        } else {
            let arr = to_array(&eq, "==")?.into_owned();
            let nd = arr.ndim();
            let axes: Vec<Value> = (nd - f.sub.len()..nd)
                .map(|d| Value::Int(d as i64))
                .collect();
            let all = super::lookup("all").ok_or_else(|| Error::internal("no builtin all"))?;
            (all.func)(cx, Args::new(vec![Value::array(arr), Value::tuple(axes)]))?
        };
        acc = Some(match acc {
            None => eq,
            Some(prev) => {
                crate::value::ops::binary(crate::syntax::ast::BinOp::BitAnd, &prev, &eq, cx)?
            }
        });
    }
    let r = acc.unwrap_or(Value::Bool(true));
    if negate {
        crate::value::ops::unary(crate::syntax::ast::UnOp::Not, &r, cx)
    } else {
        Ok(r)
    }
}
