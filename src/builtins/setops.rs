//! NumPy's set routines and searches: `intersect1d union1d setdiff1d
//! setxor1d isin in1d bincount searchsorted digitize interp count_nonzero
//! flatnonzero argwhere array_equal array_equiv isclose`.

use super::rearrange::{arr, axes_of};
use super::sort::cmp_f64;
use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{to_f64, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};
use std::cmp::Ordering;

pub fn register(r: &mut Registry) {
    r.add("intersect1d", intersect1d, "intersect1d(ar1, ar2, assume_unique=False, return_indices=False)\n\nThe sorted unique values in both arrays.\n\n>>> intersect1d([1, 3, 4, 3], [3, 1, 2, 1])\narray([1, 3])");
    r.add("union1d", union1d, "union1d(ar1, ar2)\n\nThe sorted unique values in either array.\n\n>>> union1d([-1, 0, 1], [-2, 0, 2])\narray([-2, -1,  0,  1,  2])");
    r.add("setdiff1d", setdiff1d, "setdiff1d(ar1, ar2, assume_unique=False)\n\nThe sorted unique values of ar1 not in ar2.\n\n>>> setdiff1d([1, 2, 3, 2, 4, 1], [3, 4, 5, 6])\narray([1, 2])");
    r.add("setxor1d", setxor1d, "setxor1d(ar1, ar2, assume_unique=False)\n\nThe sorted unique values in exactly one of the arrays.\n\n>>> setxor1d([1, 2, 3, 2, 4], [2, 3, 5, 7, 5])\narray([1, 4, 5, 7])");
    r.add("isin", isin, "isin(element, test_elements, assume_unique=False, invert=False, kind=None)\n\nWhere each element is in test_elements, shaped as element.\n\n>>> isin([[0, 2], [4, 6]], [1, 2, 4, 8])\narray([[False,  True],\n       [ True, False]])");
    r.add("in1d", in1d, "in1d(ar1, ar2, assume_unique=False, invert=False)\n\nisin of the flattened ar1.\n\n>>> in1d([0, 1, 2, 5, 0], [0, 2])\narray([ True, False,  True, False,  True])");
    r.add("bincount", bincount, "bincount(x, weights=None, minlength=0)\n\nThe number of occurrences (or the summed weights) of each value in an array of non-negative ints.\n\n>>> bincount([0, 1, 1, 3, 2, 1, 7])\narray([1, 3, 1, 1, 0, 0, 0, 1])");
    r.add("searchsorted", searchsorted, "searchsorted(a, v, side='left', sorter=None)\n\nIndices where v would be inserted into the sorted array a to keep it sorted.\n\n>>> searchsorted([1, 2, 3, 4, 5], [-10, 10, 2, 3])\narray([0, 5, 1, 2])");
    r.add("digitize", digitize, "digitize(x, bins, right=False)\n\nThe index of the bin each value falls in.\n\n>>> digitize([0.2, 6.4, 3.0, 1.6], [0.0, 1.0, 2.5, 4.0, 10.0])\narray([1, 4, 3, 2])");
    r.add("interp", interp, "interp(x, xp, fp, left=None, right=None, period=None)\n\nPiecewise-linear interpolation of the points (xp, fp) at x.\n\n>>> interp([0, 1, 1.5, 2.72, 3.14], [1, 2, 3], [3, 2, 0])\narray([3.  , 3.  , 2.5 , 0.56, 0.  ])");
    r.add("count_nonzero", count_nonzero, "count_nonzero(a, axis=None, keepdims=False)\n\nThe number of non-zero values (along the axes).\n\n>>> count_nonzero([[0, 1, 7, 0], [3, 0, 2, 19]])\n5");
    r.add("flatnonzero", flatnonzero, "flatnonzero(a)\n\nIndices of the non-zero elements of the flattened array.\n\n>>> flatnonzero([-2, -1, 0, 1, 2])\narray([0, 1, 3, 4])");
    r.add("argwhere", argwhere, "argwhere(a)\n\nThe indices of the non-zero elements, one row per element.\n\n>>> argwhere([[0, 1], [2, 0]])\narray([[0, 1],\n       [1, 0]])");
    r.add("array_equal", array_equal, "array_equal(a1, a2, equal_nan=False)\n\nTrue if the arrays have the same shape and elements.\n\n>>> array_equal([1, 2], [1, 2])\nTrue");
    r.add("array_equiv", array_equiv, "array_equiv(a1, a2)\n\nTrue if the arrays broadcast to each other and are equal.\n\n>>> array_equiv([1, 2], [[1, 2], [1, 2]])\nTrue");
    r.add("isclose", isclose, "isclose(a, b, rtol=1e-05, atol=1e-08, equal_nan=False)\n\nElement-wise |a - b| <= atol + rtol * |b|.\n\n>>> isclose([1e10, 1e-8], [1.00001e10, 1e-9])\narray([ True,  True])");
}

/// Flattened values of two arrays in their common dtype.
#[derive(Clone)]
enum Flat {
    I(Vec<i64>),
    F(Vec<f64>, DType),
}

fn flat_pair(a: &Value, b: &Value, what: &str) -> Result<(Flat, Flat, Vec<usize>)> {
    let x = arr(a, what)?;
    let y = arr(b, what)?;
    let shape = x.shape().to_vec();
    let dt = x.dtype().promote(y.dtype());
    Ok(match dt {
        DType::Float32 | DType::Float64 => (
            Flat::F(x.to_f64().iter().copied().collect(), dt),
            Flat::F(y.to_f64().iter().copied().collect(), dt),
            shape,
        ),
        _ => (
            Flat::I(x.to_i64().iter().copied().collect()),
            Flat::I(y.to_i64().iter().copied().collect()),
            shape,
        ),
    })
}

fn out_of(f: Flat, dtype_bool: bool) -> Result<Value> {
    let arr = match f {
        Flat::I(v) => {
            let n = v.len();
            let a =
                ArrayD::from_shape_vec(IxDyn(&[n]), v).map_err(|e| Error::value(e.to_string()))?;
            if dtype_bool {
                NdArray::Bool(a.mapv(|x| x != 0))
            } else {
                NdArray::Int(a)
            }
        }
        Flat::F(v, dt) => {
            let n = v.len();
            NdArray::F64(
                ArrayD::from_shape_vec(IxDyn(&[n]), v).map_err(|e| Error::value(e.to_string()))?,
            )
            .into_dtype(dt)
        }
    };
    Ok(Value::from_array(arr))
}

fn unique_sorted_i(mut v: Vec<i64>) -> Vec<i64> {
    v.sort_unstable();
    v.dedup();
    v
}

fn unique_sorted_f(mut v: Vec<f64>) -> Vec<f64> {
    v.sort_by(cmp_f64);
    v.dedup_by(|a, b| a == b || (a.is_nan() && b.is_nan()));
    v
}

fn all_bool(a: &Value, b: &Value) -> bool {
    let is_bool = |v: &Value| match v {
        Value::Bool(_) => true,
        Value::Array(x) => x.dtype() == DType::Bool,
        _ => false,
    };
    is_bool(a) && is_bool(b)
}

/// Sorted unique values of `a` and of `b`, combined by `keep(count in a, count in b)`.
fn combine(a: &Value, b: &Value, what: &str, keep: fn(bool, bool) -> bool) -> Result<Value> {
    let (x, y, _) = flat_pair(a, b, what)?;
    let bools = all_bool(a, b);
    Ok(match (x, y) {
        (Flat::I(x), Flat::I(y)) => {
            let (x, y) = (unique_sorted_i(x), unique_sorted_i(y));
            let mut all: Vec<i64> = x.iter().chain(&y).copied().collect();
            all = unique_sorted_i(all);
            let v = all
                .into_iter()
                .filter(|v| keep(x.binary_search(v).is_ok(), y.binary_search(v).is_ok()))
                .collect();
            out_of(Flat::I(v), bools)?
        }
        (Flat::F(x, dt), Flat::F(y, _)) => {
            let (x, y) = (unique_sorted_f(x), unique_sorted_f(y));
            let has = |s: &[f64], v: &f64| s.binary_search_by(|p| cmp_f64(p, v)).is_ok();
            let all = unique_sorted_f(x.iter().chain(&y).copied().collect());
            let v = all
                .into_iter()
                .filter(|v| keep(has(&x, v), has(&y, v)))
                .collect();
            out_of(Flat::F(v, dt), false)?
        }
        _ => return Err(Error::internal(format!("{what}: mixed kinds"))),
    })
}

fn intersect1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, assume_unique, return_indices] = args.bind(
        "intersect1d",
        ["ar1", "ar2", "assume_unique", "return_indices"],
        2,
    )?;
    let _ = super::opt_bool(&assume_unique, "intersect1d", "assume_unique", false)?;
    let common = combine(&a, &b, "intersect1d()", |p, q| p && q)?;
    if !super::opt_bool(&return_indices, "intersect1d", "return_indices", false)? {
        return Ok(common);
    }
    let vals: Vec<f64> = arr(&common, "intersect1d()")?
        .to_f64()
        .iter()
        .copied()
        .collect();
    let first = |v: &Value| -> Result<Value> {
        let xs: Vec<f64> = arr(v, "intersect1d()")?.to_f64().iter().copied().collect();
        let idx: Vec<i64> = vals
            .iter()
            .map(|c| {
                xs.iter()
                    .position(|x| x == c || (x.is_nan() && c.is_nan()))
                    .unwrap_or(0) as i64
            })
            .collect();
        out_of(Flat::I(idx), false)
    };
    Ok(Value::tuple(vec![common.clone(), first(&a)?, first(&b)?]))
}

fn union1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("union1d", ["ar1", "ar2"], 2)?;
    combine(&a, &b, "union1d()", |p, q| p || q)
}

fn setdiff1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, assume_unique] = args.bind("setdiff1d", ["ar1", "ar2", "assume_unique"], 2)?;
    if super::opt_bool(&assume_unique, "setdiff1d", "assume_unique", false)? {
        // ar1 as given (its order kept), less the values in ar2.
        let mask = membership(&a, &b, "setdiff1d()", true)?;
        let x = crate::builtins::shape::reshape_to(&arr(&a, "setdiff1d()")?, &[-1])?;
        let keep: Vec<usize> = mask
            .iter()
            .enumerate()
            .filter(|(_, &m)| m)
            .map(|(i, _)| i)
            .collect();
        return Ok(Value::from_array(
            crate::map_array!(&x, v => v.select(ndarray::Axis(0), &keep)),
        ));
    }
    combine(&a, &b, "setdiff1d()", |p, q| p && !q)
}

fn setxor1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, assume_unique] = args.bind("setxor1d", ["ar1", "ar2", "assume_unique"], 2)?;
    let _ = super::opt_bool(&assume_unique, "setxor1d", "assume_unique", false)?;
    combine(&a, &b, "setxor1d()", |p, q| p != q)
}

/// For each element of `a` (flattened), whether it is in `b` (negated by
/// `invert`).
fn membership(a: &Value, b: &Value, what: &str, invert: bool) -> Result<Vec<bool>> {
    let (x, y, _) = flat_pair(a, b, what)?;
    Ok(match (x, y) {
        (Flat::I(x), Flat::I(y)) => {
            let y = unique_sorted_i(y);
            x.iter()
                .map(|v| y.binary_search(v).is_ok() != invert)
                .collect()
        }
        (Flat::F(x, _), Flat::F(y, _)) => {
            let y = unique_sorted_f(y);
            // NaN is never equal to NaN here, as in NumPy.
            x.iter()
                .map(|v| (!v.is_nan() && y.binary_search_by(|p| cmp_f64(p, v)).is_ok()) != invert)
                .collect()
        }
        _ => return Err(Error::internal(format!("{what}: mixed kinds"))),
    })
}

fn isin(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [e, t, assume_unique, invert, kind] = args.bind(
        "isin",
        [
            "element",
            "test_elements",
            "assume_unique",
            "invert",
            "kind",
        ],
        2,
    )?;
    let _ = super::opt_bool(&assume_unique, "isin", "assume_unique", false)?;
    let invert = super::opt_bool(&invert, "isin", "invert", false)?;
    match &kind {
        Value::None => {}
        Value::Str(k) if &**k == "sort" => {}
        Value::Str(k) if &**k == "table" => {
            let float = |v: &Value| arr(v, "isin()").map(|a| a.dtype().is_float());
            if float(&e)? || float(&t)? {
                return Err(Error::value(
                    "isin(): The 'table' method is only supported for boolean or integer arrays. Please select 'sort' or None for kind.",
                ));
            }
        }
        k => {
            return Err(Error::value(format!(
                "isin(): Invalid kind: '{}'. Please use None, 'sort' or 'table'.",
                crate::value::format::value_str(k)
            )))
        }
    }
    let mask = membership(&e, &t, "isin()", invert)?;
    let shape = arr(&e, "isin()")?.shape().to_vec();
    if shape.is_empty() {
        return Ok(Value::Bool(mask.first().copied().unwrap_or(false)));
    }
    Ok(Value::from_array(NdArray::Bool(
        ArrayD::from_shape_vec(IxDyn(&shape), mask).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn in1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, assume_unique, invert] =
        args.bind("in1d", ["ar1", "ar2", "assume_unique", "invert"], 2)?;
    let _ = super::opt_bool(&assume_unique, "in1d", "assume_unique", false)?;
    let invert = super::opt_bool(&invert, "in1d", "invert", false)?;
    let mask = membership(&a, &b, "in1d()", invert)?;
    let n = mask.len();
    Ok(Value::from_array(NdArray::Bool(
        ArrayD::from_shape_vec(IxDyn(&[n]), mask).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn bincount(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, weights, minlength] = args.bind("bincount", ["x", "weights", "minlength"], 1)?;
    let a = crate::value::convert::to_array(&x, "bincount()")?;
    if a.dtype().is_float() {
        return Err(Error::type_error(
            "bincount(): Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        ));
    }
    match a.ndim() {
        0 => {
            return Err(Error::value(
                "bincount(): object of too small depth for desired array",
            ))
        }
        1 => {}
        _ => {
            return Err(Error::value(
                "bincount(): object too deep for desired array",
            ))
        }
    }
    let minlength = match minlength {
        Value::None => 0,
        v => {
            let m = to_i64(&v, "bincount(minlength=)")?;
            usize::try_from(m)
                .map_err(|_| Error::value("bincount(): 'minlength' must not be negative"))?
        }
    };
    let ints = a.to_i64();
    let xs = ints
        .as_slice()
        .map(std::borrow::Cow::Borrowed)
        .unwrap_or_else(|| std::borrow::Cow::Owned(ints.iter().copied().collect()));
    let (mut lo, mut hi) = (0i64, -1i64);
    for &v in xs.iter() {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo < 0 {
        return Err(Error::value(
            "bincount(): 'list' argument must have no negative elements",
        ));
    }
    let len = usize::try_from(hi)
        .ok()
        .and_then(|h| h.checked_add(1))
        .unwrap_or(0)
        .max(minlength);
    if hi == i64::MAX {
        return Err(Error::new(
            crate::error::ErrorKind::Memory,
            "bincount(): the largest value is too large to count up to",
        ));
    }
    crate::array::alloc::check("bincount", len, 8)?;
    let w: Option<Vec<f64>> = match &weights {
        Value::None => None,
        v => {
            let w: Vec<f64> = arr(v, "bincount(weights=)")?
                .to_f64()
                .iter()
                .copied()
                .collect();
            if w.len() != xs.len() {
                return Err(Error::value(
                    "bincount(): The weights and list don't have the same length.",
                ));
            }
            Some(w)
        }
    };
    match w {
        Some(w) if !xs.is_empty() => {
            let mut out = vec![0.0; len];
            for (&i, &wt) in xs.iter().zip(&w) {
                out[i as usize] += wt;
            }
            out_of(Flat::F(out, DType::Float64), false)
        }
        _ => {
            let mut out = vec![0i64; len];
            for &i in xs.iter() {
                out[i as usize] += 1;
            }
            out_of(Flat::I(out), false)
        }
    }
}

/// Where `v` goes in sorted `a`: the first place (left) or after equals
/// (right); NaN sorts last.
fn insert_at(a: &[f64], v: f64, right: bool) -> usize {
    a.partition_point(|p| {
        let o = cmp_f64(p, &v);
        o == Ordering::Less || (right && o == Ordering::Equal)
    })
}

fn side_arg(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::None => Ok(false),
        Value::Str(s) if &**s == "left" => Ok(false),
        Value::Str(s) if &**s == "right" => Ok(true),
        other => Err(Error::value(format!(
            "{what}: side must be 'left' or 'right' (got {})",
            crate::value::format::value_repr(other)
        ))),
    }
}

/// Results shaped like `like` (a scalar when it is 0-d).
fn shaped_ints(vals: Vec<i64>, shape: &[usize]) -> Result<Value> {
    if shape.is_empty() {
        return Ok(Value::Int(vals.first().copied().unwrap_or(0)));
    }
    Ok(Value::from_array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(shape), vals).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn searchsorted(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, v, side, sorter] = args.bind("searchsorted", ["a", "v", "side", "sorter"], 2)?;
    let right = side_arg(&side, "searchsorted()")?;
    let xa = arr(&a, "searchsorted()")?;
    if xa.ndim() != 1 {
        return Err(Error::value(
            "searchsorted(): object too deep for desired array",
        ));
    }
    let mut base: Vec<f64> = xa.to_f64().iter().copied().collect();
    if !matches!(sorter, Value::None) {
        let s = crate::value::convert::to_i64_list(&sorter, "searchsorted(sorter=)")?;
        if s.len() != base.len() || s.iter().any(|&i| i < 0 || i as usize >= base.len()) {
            return Err(Error::value(
                "searchsorted(): sorter index out of range or of the wrong length",
            ));
        }
        base = s.iter().map(|&i| base[i as usize]).collect();
    }
    let xv = arr(&v, "searchsorted()")?;
    let vals: Vec<i64> = xv
        .to_f64()
        .iter()
        .map(|&q| insert_at(&base, q, right) as i64)
        .collect();
    shaped_ints(vals, xv.shape())
}

fn digitize(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, bins, right] = args.bind("digitize", ["x", "bins", "right"], 2)?;
    let right = super::opt_bool(&right, "digitize", "right", false)?;
    let b = arr(&bins, "digitize()")?;
    if b.ndim() != 1 {
        return Err(Error::value(
            "digitize(): object too deep for desired array",
        ));
    }
    let bv: Vec<f64> = b.to_f64().iter().copied().collect();
    let inc = bv.windows(2).all(|w| w[0] <= w[1]);
    let dec = bv.windows(2).all(|w| w[0] >= w[1]);
    if !inc && !dec {
        return Err(Error::value(
            "digitize(): bins must be monotonically increasing or decreasing",
        ));
    }
    let xv = arr(&x, "digitize()")?;
    let n = bv.len();
    let rev: Vec<f64> = bv.iter().rev().copied().collect();
    let vals: Vec<i64> = xv
        .to_f64()
        .iter()
        .map(|&q| {
            if inc {
                insert_at(&bv, q, !right) as i64
            } else {
                (n - insert_at(&rev, q, !right)) as i64
            }
        })
        .collect();
    shaped_ints(vals, xv.shape())
}

fn interp(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, xp, fp, left, right, period] =
        args.bind("interp", ["x", "xp", "fp", "left", "right", "period"], 3)?;
    let xa = arr(&x, "interp()")?;
    let xpa = arr(&xp, "interp()")?;
    let fpa = arr(&fp, "interp()")?;
    if xpa.ndim() != 1 || fpa.ndim() != 1 {
        return Err(Error::value("interp(): object too deep for desired array"));
    }
    let mut dx: Vec<f64> = xpa.to_f64().iter().copied().collect();
    let mut dy: Vec<f64> = fpa.to_f64().iter().copied().collect();
    if dx.len() != dy.len() {
        return Err(Error::value(
            "interp(): fp and xp are not of the same length.",
        ));
    }
    if dx.is_empty() {
        return Err(Error::value("interp(): array of sample points is empty"));
    }
    let mut xs: Vec<f64> = xa.to_f64().iter().copied().collect();
    let (mut lval, mut rval) = (dy[0], dy[dy.len() - 1]);
    if !matches!(period, Value::None) {
        let p = to_f64(&period, "interp(period=)")?.abs();
        if p == 0.0 {
            return Err(Error::value("interp(): period must be a non-zero value"));
        }
        for v in &mut xs {
            *v = v.rem_euclid(p);
        }
        let mut pts: Vec<(f64, f64)> = dx
            .iter()
            .map(|v| v.rem_euclid(p))
            .zip(dy.iter().copied())
            .collect();
        pts.sort_by(|a, b| cmp_f64(&a.0, &b.0));
        let (first, last) = (pts[0], pts[pts.len() - 1]);
        dx = std::iter::once(last.0 - p)
            .chain(pts.iter().map(|q| q.0))
            .chain(std::iter::once(first.0 + p))
            .collect();
        dy = std::iter::once(last.1)
            .chain(pts.iter().map(|q| q.1))
            .chain(std::iter::once(first.1))
            .collect();
        lval = dy[0];
        rval = dy[dy.len() - 1];
    } else {
        if !matches!(left, Value::None) {
            lval = to_f64(&left, "interp(left=)")?;
        }
        if !matches!(right, Value::None) {
            rval = to_f64(&right, "interp(right=)")?;
        }
    }
    let n = dx.len();
    let one = |xv: f64| -> f64 {
        if xv.is_nan() {
            return xv;
        }
        // j: dx[j] <= xv < dx[j + 1]; -1 below, n above.
        let j = if xv < dx[0] {
            -1
        } else if xv > dx[n - 1] {
            n as i64
        } else {
            dx.partition_point(|&p| p <= xv) as i64 - 1
        };
        if j == -1 {
            lval
        } else if j == n as i64 {
            rval
        } else if j == n as i64 - 1 {
            dy[j as usize]
        } else {
            let j = j as usize;
            if xv == dx[j] {
                return dy[j];
            }
            let slope = (dy[j + 1] - dy[j]) / (dx[j + 1] - dx[j]);
            let mut r = slope * (xv - dx[j]) + dy[j];
            if r.is_nan() {
                r = slope * (xv - dx[j + 1]) + dy[j + 1];
                if r.is_nan() && dy[j] == dy[j + 1] {
                    r = dy[j];
                }
            }
            r
        }
    };
    let out: Vec<f64> = xs.iter().map(|&v| one(v)).collect();
    if xa.ndim() == 0 {
        return Ok(Value::Float(out[0]));
    }
    Ok(Value::from_array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(xa.shape()), out).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn count_nonzero(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("count_nonzero", ["a", "axis", "keepdims"], 1)?;
    let x = arr(&a, "count_nonzero()")?;
    let keep = super::opt_bool(&keepdims, "count_nonzero", "keepdims", false)?;
    let nz = x.to_bool().mapv(|b| b as i64);
    if matches!(axis, Value::None) && !keep {
        return Ok(Value::Int(nz.sum()));
    }
    let mut axes = axes_of(&axis, x.ndim(), "count_nonzero()")?;
    let mut seen = axes.clone();
    seen.sort_unstable();
    seen.dedup();
    if seen.len() != axes.len() {
        return Err(Error::value("count_nonzero(): duplicate value in 'axis'"));
    }
    axes.sort_unstable();
    let mut r = nz;
    for &ax in axes.iter().rev() {
        r = r.sum_axis(ndarray::Axis(ax));
    }
    if keep {
        for &ax in &axes {
            r = r.insert_axis(ndarray::Axis(ax));
        }
    }
    Ok(Value::from_array(NdArray::Int(r)))
}

fn flatnonzero(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("flatnonzero", ["a"], 1)?;
    let x = arr(&a, "flatnonzero()")?;
    let idx: Vec<i64> = x
        .to_bool()
        .iter()
        .enumerate()
        .filter(|(_, &b)| b)
        .map(|(i, _)| i as i64)
        .collect();
    out_of(Flat::I(idx), false)
}

fn argwhere(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("argwhere", ["a"], 1)?;
    let x = arr(&a, "argwhere()")?;
    let m = x.to_bool();
    let nd = x.ndim();
    let mut rows: Vec<i64> = Vec::new();
    let mut count = 0;
    for (ix, &b) in m.indexed_iter() {
        if b {
            count += 1;
            rows.extend((0..nd).map(|d| ix[d] as i64));
        }
    }
    Ok(Value::from_array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[count, nd]), rows)
            .map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn equal_arrays(a: &NdArray, b: &NdArray, equal_nan: bool) -> bool {
    if a.dtype().is_float() || b.dtype().is_float() {
        let (x, y) = (a.to_f64(), b.to_f64());
        x.iter()
            .zip(y.iter())
            .all(|(p, q)| p == q || (equal_nan && p.is_nan() && q.is_nan()))
    } else {
        a.to_i64()
            .iter()
            .zip(b.to_i64().iter())
            .all(|(p, q)| p == q)
    }
}

fn array_equal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, equal_nan] = args.bind("array_equal", ["a1", "a2", "equal_nan"], 2)?;
    let eq_nan = super::opt_bool(&equal_nan, "array_equal", "equal_nan", false)?;
    let (Ok(x), Ok(y)) = (arr(&a, "array_equal()"), arr(&b, "array_equal()")) else {
        return Ok(Value::Bool(false));
    };
    Ok(Value::Bool(
        x.shape() == y.shape() && equal_arrays(&x, &y, eq_nan),
    ))
}

fn array_equiv(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("array_equiv", ["a1", "a2"], 2)?;
    let (Ok(x), Ok(y)) = (arr(&a, "array_equiv()"), arr(&b, "array_equiv()")) else {
        return Ok(Value::Bool(false));
    };
    let Some(shape) = crate::array::broadcast::broadcast_shapes(x.shape(), y.shape()) else {
        return Ok(Value::Bool(false));
    };
    let bx = crate::map_array!(&x, v => v.broadcast(IxDyn(&shape)).map(|b| b.to_owned()).unwrap_or_else(|| v.clone()));
    let by = crate::map_array!(&y, v => v.broadcast(IxDyn(&shape)).map(|b| b.to_owned()).unwrap_or_else(|| v.clone()));
    Ok(Value::Bool(equal_arrays(&bx, &by, false)))
}

fn isclose(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, rtol, atol, equal_nan] =
        args.bind("isclose", ["a", "b", "rtol", "atol", "equal_nan"], 2)?;
    let rtol = if let Value::None = rtol {
        1e-5
    } else {
        to_f64(&rtol, "isclose(rtol=)")?
    };
    let atol = if let Value::None = atol {
        1e-8
    } else {
        to_f64(&atol, "isclose(atol=)")?
    };
    let eq_nan = super::opt_bool(&equal_nan, "isclose", "equal_nan", false)?;
    let close = move |x: f64, y: f64| -> f64 {
        let r = if x.is_infinite() || y.is_infinite() {
            x == y
        } else if x.is_nan() || y.is_nan() {
            eq_nan && x.is_nan() && y.is_nan()
        } else {
            (x - y).abs() <= atol + rtol * y.abs()
        };
        r as i64 as f64
    };
    let scalar = |v: &Value| matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_));
    if scalar(&a) && scalar(&b) {
        return Ok(Value::Bool(
            close(to_f64(&a, "isclose()")?, to_f64(&b, "isclose()")?) != 0.0,
        ));
    }
    let x = Value::from_array(NdArray::F64(arr(&a, "isclose()")?.to_f64().into_owned()));
    let y = Value::from_array(NdArray::F64(arr(&b, "isclose()")?.to_f64().into_owned()));
    let r = crate::value::ops::elementwise2("isclose()", &x, &y, close, |p, _| p)?;
    Ok(match &r {
        Value::Array(v) => Value::from_array(NdArray::Bool(v.to_bool().into_owned())),
        Value::Float(f) => Value::Bool(*f != 0.0),
        _ => r,
    })
}
