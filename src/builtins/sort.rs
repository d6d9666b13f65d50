//! Sorting and order statistics: sort argsort unique cumsum median percentile.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::value::convert::{norm_axis, to_array, to_i64};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};
use std::cmp::Ordering;

pub fn register(r: &mut Registry) {
    r.add("sort", sort, "sort(a, axis=-1)\n\nA sorted copy along an axis (none flattens first); NaN sorts last.\n\n>>> sort([[3, 1, 2], [9, 7, 8]])\narray([[1, 2, 3],\n       [7, 8, 9]])");
    r.add("argsort", argsort, "argsort(a, axis=-1)\n\nIndices that sort the array along an axis (stable for equal values).\n\n>>> argsort([30, 10, 20])\narray([1, 2, 0])");
    r.add("cumsum", cumsum, "cumsum(a, axis=None, dtype=None)\n\nCumulative sum along an axis (of the flattened array without one).\n\n>>> cumsum([[1, 2], [3, 4]], axis=0)\narray([[1, 2],\n       [4, 6]])");
    r.add("median", median, "median(a, axis=none, keepdims=false)\n\nThe middle value (mean of the two middle values for even counts).\n\n>>> median([3, 1, 4, 1, 5, 9])\n3.5");
    r.add("quantile", quantile, "quantile(a, q, axis=None, keepdims=False)\n\nThe q-th quantile(s), q in [0, 1], interpolating linearly.\n\n>>> quantile([1, 2, 3, 4], 0.25)\n1.75");
    r.add("nanpercentile", nanpercentile, "nanpercentile(a, q, axis=None, keepdims=False)\n\npercentile ignoring NaN.\n\n>>> nanpercentile([1, nan, 3], 50)\n2.0");
    r.add("nanquantile", nanquantile, "nanquantile(a, q, axis=None, keepdims=False)\n\nquantile ignoring NaN.\n\n>>> nanquantile([1, nan, 3], 0.5)\n2.0");
    r.add("nanmedian", nanmedian, "nanmedian(a, axis=None, keepdims=False)\n\nmedian ignoring NaN.\n\n>>> nanmedian([1, nan, 3, 10])\n3.0");
    r.add("percentile", percentile, "percentile(a, q, axis=none, keepdims=false)\n\nThe q-th percentile(s), interpolating linearly between data points.\n\n>>> percentile([1, 2, 3, 4], [25, 50])\narray([1.75, 2.5 ])");
}

/// Total order with NaN last, as NumPy sorts.
pub fn cmp_f64(a: &f64, b: &f64) -> Ordering {
    match (a.is_nan(), b.is_nan()) {
        (true, true) => Ordering::Equal,
        (true, false) => Ordering::Greater,
        (false, true) => Ordering::Less,
        _ => a.partial_cmp(b).unwrap_or(Ordering::Equal),
    }
}

/// Applies `f` to every lane along `axis`; lanes may change length.
fn map_lanes<T: Clone, R: Clone>(
    a: &ArrayD<T>,
    axis: usize,
    f: impl Fn(&[T]) -> Vec<R>,
) -> Result<ArrayD<R>> {
    let nd = a.ndim();
    let mut perm: Vec<usize> = (0..nd).filter(|&d| d != axis).collect();
    perm.push(axis);
    let moved = a
        .view()
        .permuted_axes(IxDyn(&perm))
        .as_standard_layout()
        .into_owned();
    let n = moved.shape()[nd - 1];
    let flat = moved
        .as_slice()
        .map(|s| s.to_vec())
        .unwrap_or_else(|| moved.iter().cloned().collect());
    let mut out = Vec::with_capacity(flat.len());
    let mut new_len = n;
    if n == 0 {
        new_len = f(&[]).len();
    } else {
        for lane in flat.chunks(n) {
            let r = f(lane);
            new_len = r.len();
            out.extend(r);
        }
    }
    let mut shape: Vec<usize> = moved.shape().to_vec();
    shape[nd - 1] = new_len;
    let res =
        ArrayD::from_shape_vec(IxDyn(&shape), out).map_err(|e| Error::value(e.to_string()))?;
    let mut inv = vec![0; nd];
    for (i, &p) in perm.iter().enumerate() {
        inv[p] = i;
    }
    Ok(res
        .permuted_axes(IxDyn(&inv))
        .as_standard_layout()
        .into_owned())
}

/// The array and axis to work along: `axis=none` flattens.
fn array_axis(
    a: &Value,
    axis: &Value,
    default_last: bool,
    fname: &str,
) -> Result<(NdArray, usize)> {
    let arr = to_array(a, &format!("{fname}()"))?.into_owned();
    match axis {
        Value::None if default_last && arr.ndim() == 0 => Err(Error::new(
            crate::error::ErrorKind::Index,
            format!("{fname}(): axis -1 is out of bounds for array of dimension 0"),
        )),
        Value::None if default_last => {
            let nd = arr.ndim();
            Ok((arr, nd - 1))
        }
        Value::None => Ok((crate::builtins::shape::reshape_to(&arr, &[-1])?, 0)),
        v => {
            if arr.ndim() == 0 {
                return Err(Error::value(format!(
                    "{fname}(): axis given for a 0-d array"
                )));
            }
            let ax = norm_axis(
                to_i64(v, &format!("{fname}(axis=)"))?,
                arr.ndim(),
                &format!("{fname}()"),
            )?;
            Ok((arr, ax))
        }
    }
}

/// Whether `axis` was passed at all (an explicit `axis=none` flattens).
fn axis_given(args: &Args) -> bool {
    args.pos.len() >= 2 || args.kw.iter().any(|(k, _)| &**k == "axis")
}

fn sort(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let given = axis_given(&args);
    let [a, axis, kind] = args.bind("sort", ["a", "axis", "kind"], 1)?;
    sort_kind(&kind, "sort")?;
    let (arr, ax) = array_axis(&a, &axis, !given, "sort")?;
    if arr.ndim() == 0 {
        return Err(Error::value("sort(): cannot sort a 0-d array"));
    }
    let n = arr.len();
    super::interruptible(cx, n, move || sort_array(&arr, ax)).map(Value::from_array)
}

fn sort_array(arr: &NdArray, ax: usize) -> Result<NdArray> {
    Ok(match arr {
        NdArray::F64(x) => NdArray::F64(map_lanes(x, ax, |l| {
            let mut v = l.to_vec();
            v.sort_by(cmp_f64);
            v
        })?),
        NdArray::F32(x) => NdArray::F32(map_lanes(x, ax, |l| {
            let mut v = l.to_vec();
            v.sort_by(|p, q| cmp_f64(&(*p as f64), &(*q as f64)));
            v
        })?),
        NdArray::Int(x) => NdArray::Int(map_lanes(x, ax, |l| {
            let mut v = l.to_vec();
            v.sort_unstable();
            v
        })?),
        NdArray::Bool(x) => NdArray::Bool(map_lanes(x, ax, |l| {
            let mut v = l.to_vec();
            v.sort_unstable();
            v
        })?),
        NdArray::I8(x) => NdArray::I8(sort_ord(x, ax)?),
        NdArray::I16(x) => NdArray::I16(sort_ord(x, ax)?),
        NdArray::I32(x) => NdArray::I32(sort_ord(x, ax)?),
        NdArray::U8(x) => NdArray::U8(sort_ord(x, ax)?),
        NdArray::U16(x) => NdArray::U16(sort_ord(x, ax)?),
        NdArray::U32(x) => NdArray::U32(sort_ord(x, ax)?),
        NdArray::U64(x) => NdArray::U64(sort_ord(x, ax)?),
    })
}

fn sort_ord<T: Ord + Copy + Default + Send + Sync>(x: &ArrayD<T>, ax: usize) -> Result<ArrayD<T>> {
    map_lanes(x, ax, |l| {
        let mut v = l.to_vec();
        v.sort_unstable();
        v
    })
}

fn argsort(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let given = axis_given(&args);
    let [a, axis, kind] = args.bind("argsort", ["a", "axis", "kind"], 1)?;
    sort_kind(&kind, "argsort")?;
    let (arr, ax) = array_axis(&a, &axis, !given, "argsort")?;
    if arr.ndim() == 0 {
        return Err(Error::value("argsort(): cannot sort a 0-d array"));
    }
    let n = arr.len();
    super::interruptible(cx, n, move || {
        let x = arr.to_f64();
        Ok(NdArray::Int(map_lanes(&x, ax, |l| {
            let mut idx: Vec<usize> = (0..l.len()).collect();
            idx.sort_by(|&i, &j| cmp_f64(&l[i], &l[j]));
            idx.into_iter().map(|i| i as i64).collect()
        })?))
    })
    .map(Value::from_array)
}

/// `kind=`: every NumPy kind is accepted; arr's sort is stable, which
/// each of them allows.
fn sort_kind(kind: &Value, fname: &str) -> Result<()> {
    match kind {
        Value::None => Ok(()),
        Value::Str(k) if matches!(&**k, "quicksort" | "mergesort" | "heapsort" | "stable") => {
            Ok(())
        }
        other => Err(Error::value(format!(
            "{fname}(): sort kind must be one of 'quick', 'heap', or 'stable' (got {})",
            crate::value::format::value_repr(other)
        ))),
    }
}

fn cumsum(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, dtype] = args.bind("cumsum", ["a", "axis", "dtype"], 1)?;
    let (mut arr, ax) = array_axis(&a, &axis, false, "cumsum")?;
    let out_dt = if matches!(dtype, Value::None) {
        arr.dtype().sum_dtype()
    } else {
        arr = arr.astype(crate::value::convert::to_dtype(&dtype, "cumsum(dtype=)")?);
        arr.dtype()
    };
    Ok(Value::from_array(match &arr {
        NdArray::F64(x) => NdArray::F64(map_lanes(x, ax, |l| {
            l.iter()
                .scan(0.0, |s, &v| {
                    *s += v;
                    Some(*s)
                })
                .collect()
        })?),
        NdArray::F32(x) => NdArray::F32(map_lanes(x, ax, |l| {
            l.iter()
                .scan(0.0f32, |s, &v| {
                    *s += v;
                    Some(*s)
                })
                .collect()
        })?),
        other => NdArray::Int(map_lanes(&other.to_i64(), ax, |l| {
            l.iter()
                .scan(0i64, |s, &v| {
                    *s = s.wrapping_add(v);
                    Some(*s)
                })
                .collect()
        })?)
        .into_dtype(out_dt),
    }))
}

/// NumPy's linear interpolation between two order statistics.
fn lerp(a: f64, b: f64, t: f64) -> f64 {
    let d = b - a;
    if t >= 0.5 {
        b - d * (1.0 - t)
    } else {
        a + d * t
    }
}

fn quantile_sorted(v: &[f64], q: f64) -> f64 {
    if v.iter().any(|x| x.is_nan()) {
        return f64::NAN;
    }
    let pos = q * (v.len() - 1) as f64;
    let lo = pos.floor() as usize;
    let hi = (lo + 1).min(v.len() - 1);
    lerp(v[lo], v[hi], pos - lo as f64)
}

/// The quantiles `qs` of `a` over `axis`, one array (or scalar) per q, with
/// the shape each of them has.
fn quantiles(
    fname: &str,
    a: &Value,
    qs: &[f64],
    axis: &Value,
    keepdims: &Value,
) -> Result<(Vec<usize>, Vec<Value>)> {
    quantiles_with(fname, a, qs, axis, keepdims, false)
}

/// `quantiles`, with NaN skipped in each lane when `skip_nan` (the nan*
/// functions; an all-NaN lane gives NaN).
pub(crate) fn quantiles_with(
    fname: &str,
    a: &Value,
    qs: &[f64],
    axis: &Value,
    keepdims: &Value,
    skip_nan: bool,
) -> Result<(Vec<usize>, Vec<Value>)> {
    let arr = to_array(a, &format!("{fname}()"))?;
    let x = arr.to_f64();
    let nd = x.ndim();
    let axes = crate::value::convert::to_axes(Some(axis), nd, &format!("{fname}()"))?
        .unwrap_or_else(|| (0..nd).collect());
    let keep = super::opt_bool(keepdims, fname, "keepdims", false)?;
    let inner: usize = axes.iter().map(|&d| x.shape()[d]).product();
    // Move the reduced axes last, then reduce each lane.
    let keep_axes: Vec<usize> = (0..nd).filter(|d| !axes.contains(d)).collect();
    let mut perm = keep_axes.clone();
    perm.extend(&axes);
    let moved = x
        .view()
        .permuted_axes(IxDyn(&perm))
        .as_standard_layout()
        .into_owned();
    let flat: Vec<f64> = moved.iter().copied().collect();
    let out_shape: Vec<usize> = if keep {
        (0..nd)
            .map(|d| if axes.contains(&d) { 1 } else { x.shape()[d] })
            .collect()
    } else {
        keep_axes.iter().map(|&d| x.shape()[d]).collect()
    };
    // One result per lane and percentile, even over empty lanes.
    let lanes = crate::array::alloc::check_shape(&format!("{fname}()"), &out_shape, 8)?;
    crate::array::alloc::check(&format!("{fname}()"), lanes.saturating_mul(qs.len()), 8)?;
    let mut per_q: Vec<Vec<f64>> = vec![Vec::new(); qs.len()];
    if inner == 0 {
        // As NumPy: the median of nothing is NaN (the mean of an empty
        // slice); a percentile of nothing is an error, except for no
        // percentiles at all of int64 data (NumPy checks floats for NaN
        // first, which fails on the empty axis).
        let no_qs_of_ints = qs.is_empty() && arr.dtype() == crate::value::DType::Int64;
        if fname != "median" && !no_qs_of_ints {
            return Err(Error::value(format!(
                "{fname}(): cannot compute over an empty array (shape {})",
                crate::value::format::shape_str(x.shape())
            )));
        }
        per_q = vec![vec![f64::NAN; lanes]; qs.len()];
    }
    // (With inner == 0 there are no values, hence no chunks.)
    for lane in flat.chunks(inner.max(1)) {
        let mut v: Vec<f64> = if skip_nan {
            lane.iter().copied().filter(|x| !x.is_nan()).collect()
        } else {
            lane.to_vec()
        };
        v.sort_by(cmp_f64);
        for (k, &q) in qs.iter().enumerate() {
            per_q[k].push(if v.is_empty() {
                f64::NAN
            } else {
                quantile_sorted(&v, q)
            });
        }
    }
    let vals = per_q
        .into_iter()
        .map(|d| {
            ArrayD::from_shape_vec(IxDyn(&out_shape), d)
                .map(|a| Value::from_array(NdArray::F64(a)))
                .map_err(|e| Error::value(e.to_string()))
        })
        .collect::<Result<_>>()?;
    Ok((out_shape, vals))
}

fn median(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("median", ["a", "axis", "keepdims"], 1)?;
    let (_, mut v) = quantiles("median", &a, &[0.5], &axis, &keepdims)?;
    Ok(v.remove(0))
}

fn percentile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, q, axis, keepdims] = args.bind("percentile", ["a", "q", "axis", "keepdims"], 2)?;
    quantile_of("percentile", &a, &q, &axis, &keepdims, 100.0, false)
}

fn quantile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, q, axis, keepdims] = args.bind("quantile", ["a", "q", "axis", "keepdims"], 2)?;
    quantile_of("quantile", &a, &q, &axis, &keepdims, 1.0, false)
}

fn nanpercentile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, q, axis, keepdims] = args.bind("nanpercentile", ["a", "q", "axis", "keepdims"], 2)?;
    quantile_of("nanpercentile", &a, &q, &axis, &keepdims, 100.0, true)
}

fn nanquantile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, q, axis, keepdims] = args.bind("nanquantile", ["a", "q", "axis", "keepdims"], 2)?;
    quantile_of("nanquantile", &a, &q, &axis, &keepdims, 1.0, true)
}

fn nanmedian(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("nanmedian", ["a", "axis", "keepdims"], 1)?;
    let (_, mut v) = quantiles_with("nanmedian", &a, &[0.5], &axis, &keepdims, true)?;
    Ok(v.remove(0))
}

/// Percentiles (`scale` 100) or quantiles (`scale` 1) of `a`.
fn quantile_of(
    fname: &str,
    a: &Value,
    q: &Value,
    axis: &Value,
    keepdims: &Value,
    scale: f64,
    skip_nan: bool,
) -> Result<Value> {
    let qarr = to_array(q, &format!("{fname}(q=)"))?;
    let qs: Vec<f64> = qarr
        .to_f64()
        .iter()
        .map(|&p| if scale == 1.0 { p } else { p / scale })
        .collect();
    if qs.iter().any(|&p| !(0.0..=1.0).contains(&p)) {
        return Err(Error::value(if scale == 1.0 {
            format!("{fname}(): Quantiles must be in the range [0, 1]")
        } else {
            format!("{fname}(): Percentiles must be in the range [0, 100]")
        }));
    }
    if qs.is_empty() && qarr.ndim() > 1 {
        return Err(Error::value(format!(
            "{fname}(): q has shape {}: an empty q must be 1-D",
            crate::value::format::shape_str(qarr.shape())
        )));
    }
    let (out_shape, vals) = quantiles_with(fname, a, &qs, axis, keepdims, skip_nan)?;
    if qarr.ndim() == 0 {
        return Ok(vals.into_iter().next().unwrap_or(Value::None));
    }
    if vals.is_empty() {
        let mut shape = qarr.shape().to_vec();
        shape.extend(&out_shape);
        return Ok(Value::array(NdArray::F64(ArrayD::zeros(IxDyn(&shape)))));
    }
    let arrays: Vec<NdArray> = vals
        .iter()
        .map(|v| to_array(v, fname).map(|a| a.into_owned()))
        .collect::<Result<_>>()?;
    let stacked = crate::builtins::shape::stack_arrays(&arrays, 0, fname)?;
    let shape: Vec<i64> = qarr
        .shape()
        .iter()
        .chain(&out_shape)
        .map(|&d| d as i64)
        .collect();
    crate::builtins::shape::reshape_to(&stacked, &shape).map(Value::from_array)
}
