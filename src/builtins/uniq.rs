//! `unique` with NumPy's whole signature: flat or along an axis (rows),
//! with the first-occurrence indices, the inverse and the counts.

use super::sort::cmp_f64;
use super::{opt_bool, Args, Context, Registry};
use crate::array::index::{get_array, Idx};
use crate::array::Picked;
use crate::array::{DType, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{norm_axis, to_array, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};
use std::cmp::Ordering;

pub fn register(r: &mut Registry) {
    r.add("unique", unique, "unique(a, return_index=false, return_inverse=false, return_counts=false, axis=none, equal_nan=true)\n\nThe sorted unique values of the flattened array (or the unique slices along axis), and optionally the index of each one's first occurrence, the indices that rebuild a from them, and how often each occurs. NaNs count as one value.\n\n>>> unique([3, 1, 3, 2, 1], return_counts=true)\n(array([1, 2, 3]), array([2, 1, 2]))\n>>> unique([[1, 0], [0, 1], [1, 0]], axis=0)\narray([[0, 1],\n       [1, 0]])");
}

/// Compares two flat rows of `row` elements, NaNs last (and equal).
fn rows_cmp(keys: &Keys, row: usize, i: usize, j: usize) -> Ordering {
    for k in 0..row {
        let o = match keys {
            Keys::F(v) => cmp_f64(&v[i * row + k], &v[j * row + k]),
            Keys::I(v) => v[i * row + k].cmp(&v[j * row + k]),
        };
        if o != Ordering::Equal {
            return o;
        }
    }
    Ordering::Equal
}

enum Keys {
    F(Vec<f64>),
    I(Vec<i128>),
}

fn keys_of(a: &NdArray) -> Keys {
    match a.dtype() {
        d if d.is_float() => Keys::F(a.to_f64().iter().copied().collect()),
        DType::UInt64 => Keys::I(match a {
            NdArray::U64(x) => x.iter().map(|&v| v as i128).collect(),
            other => other.to_i64().iter().map(|&v| v as i128).collect(),
        }),
        _ => Keys::I(a.to_i64().iter().map(|&v| v as i128).collect()),
    }
}

/// `a` with axis `from` moved to position `to`, as a contiguous copy.
fn move_axis(a: &NdArray, from: usize, to: usize) -> NdArray {
    let mut perm: Vec<usize> = (0..a.ndim()).filter(|&d| d != from).collect();
    perm.insert(to, from);
    crate::map_array!(a, x => x
        .view()
        .permuted_axes(IxDyn(&perm))
        .as_standard_layout()
        .into_owned())
}

fn ints(v: Vec<i64>) -> Result<NdArray> {
    let n = v.len();
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), v).map_err(|e| Error::value(e.to_string()))?,
    ))
}

/// `unique(a)` alone: the distinct values, by sorting the values themselves
/// (no permutation to carry through the sort).
fn unique_values(arr: &NdArray, equal_nan: bool) -> Value {
    let dt = arr.dtype();
    let out = match dt {
        DType::Float32 | DType::Float64 => {
            let mut v: Vec<f64> = arr.to_f64().iter().copied().collect();
            v.sort_unstable_by(cmp_f64);
            v.dedup_by(|a, b| a == b || (equal_nan && a.is_nan() && b.is_nan()));
            NdArray::F64(ndarray::Array1::from(v).into_dyn()).into_dtype(dt)
        }
        _ => {
            let mut v: Vec<i64> = arr.to_i64().iter().copied().collect();
            v.sort_unstable();
            v.dedup();
            NdArray::Int(ndarray::Array1::from(v).into_dyn()).into_dtype(dt)
        }
    };
    Value::array(out)
}

fn unique(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ri, rv, rc, axis, equal_nan] = args.bind(
        "unique",
        [
            "a",
            "return_index",
            "return_inverse",
            "return_counts",
            "axis",
            "equal_nan",
        ],
        1,
    )?;
    let want_index = opt_bool(&ri, "unique", "return_index", false)?;
    let want_inverse = opt_bool(&rv, "unique", "return_inverse", false)?;
    let want_counts = opt_bool(&rc, "unique", "return_counts", false)?;
    let equal_nan = opt_bool(&equal_nan, "unique", "equal_nan", true)?;
    let arr = to_array(&a, "unique()")?.into_owned();
    if matches!(axis, Value::None)
        && !(want_index || want_inverse || want_counts)
        && arr.dtype() != DType::UInt64
    {
        return Ok(unique_values(&arr, equal_nan));
    }
    let in_shape = arr.shape().to_vec();
    // Rows to compare: the flattened elements, or the slices along axis.
    let (rows, ax) = match &axis {
        Value::None => (crate::builtins::shape::reshape_to(&arr, &[-1])?, None),
        v => {
            if arr.ndim() == 0 {
                return Err(Error::new(
                    ErrorKind::Axis,
                    "unique(): axis 0 is out of bounds for array of dimension 0",
                ));
            }
            let ax = norm_axis(to_i64(v, "unique(axis=)")?, arr.ndim(), "unique()")?;
            let moved = move_axis(&arr, ax, 0);
            let n = moved.shape()[0] as i64;
            (
                crate::builtins::shape::reshape_to(&moved.to_standard(), &[n, -1])?,
                Some(ax),
            )
        }
    };
    let n = if ax.is_some() {
        rows.shape()[0]
    } else {
        rows.len()
    };
    let row = rows.len().checked_div(n).unwrap_or(0);
    let keys = keys_of(&rows);
    let mut order: Vec<usize> = (0..n).collect();
    order.sort_by(|&i, &j| rows_cmp(&keys, row, i, j));
    let is_nan = |i: usize| match &keys {
        Keys::F(v) => row == 1 && v[i].is_nan(),
        Keys::I(_) => false,
    };
    let mut first: Vec<i64> = Vec::new();
    let mut counts: Vec<i64> = Vec::new();
    let mut inverse = vec![0i64; n];
    for (pos, &i) in order.iter().enumerate() {
        let same = pos > 0 && {
            let p = order[pos - 1];
            rows_cmp(&keys, row, p, i) == Ordering::Equal && (equal_nan || !is_nan(i))
        };
        if !same {
            first.push(i as i64);
            counts.push(0);
        }
        if let Some(c) = counts.last_mut() {
            *c += 1;
        }
        inverse[i] = first.len() as i64 - 1;
    }
    let picked = get_array(&rows, &[Idx::Array(ints(first.clone())?)])?;
    let mut vals = match picked {
        Picked::Array(a) => a,
        Picked::Scalar(s) => s.to_array(),
    };
    if let Some(ax) = ax {
        let mut shape: Vec<i64> = vec![first.len() as i64];
        let mut rest: Vec<usize> = in_shape.clone();
        rest.remove(ax);
        shape.extend(rest.iter().map(|&d| d as i64));
        vals = crate::builtins::shape::reshape_to(&vals, &shape)?;
        vals = move_axis(&vals, 0, ax);
    }
    if !(want_index || want_inverse || want_counts) {
        return Ok(Value::array(vals));
    }
    let mut out = vec![Value::array(vals)];
    if want_index {
        out.push(Value::array(ints(first)?));
    }
    if want_inverse {
        let inv = ints(inverse)?;
        // NumPy 2 gives the inverse the input's shape when flattening.
        out.push(Value::array(if ax.is_none() && in_shape.len() > 1 {
            let s: Vec<i64> = in_shape.iter().map(|&d| d as i64).collect();
            crate::builtins::shape::reshape_to(&inv, &s)?
        } else {
            inv
        }));
    }
    if want_counts {
        out.push(Value::array(ints(counts)?));
    }
    Ok(Value::tuple(out))
}
