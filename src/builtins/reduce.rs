//! Reductions with `axis=` (none, int, negative, tuple) and `keepdims=`.
//! Sums use NumPy's pairwise summation so that results match it closely.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::value::convert::{to_array, to_axes, to_i64};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};
use std::borrow::Cow;

pub fn register(r: &mut Registry) {
    r.add("sum", sum, "sum(a, axis=none, keepdims=false)\n\nSum of the elements, over all axes or the given ones.\n\n>>> sum([[1, 2], [3, 4]], axis=0)\narray([4, 6])");
    r.add("prod", prod, "prod(a, axis=none, keepdims=false)\n\nProduct of the elements.\n\n>>> prod([1, 2, 3, 4])\n24");
    r.add("mean", mean, "mean(a, axis=none, keepdims=false)\n\nArithmetic mean (float64 for integer input).\n\n>>> mean([[1, 2], [3, 4]], axis=1)\narray([1.5, 3.5])");
    r.add("var", var, "var(a, axis=none, ddof=0, keepdims=false)\n\nVariance: mean of squared deviations, divided by n - ddof.\n\n>>> var([1, 2, 3, 4])\n1.25");
    r.add("std", std, "std(a, axis=none, ddof=0, keepdims=false)\n\nStandard deviation, the square root of var.\n\n>>> std([1, 2, 3, 4], ddof=1)\n1.2909944487358056");
    r.add("numpy_sum", numpy_sum, "numpy_sum(a, axis=none, keepdims=false)\n\nNumPy's sum (`np.sum`) whatever `a` is: a range or list is an array and a second argument is the axis (the global `sum` of a list is Python's, with a start value).\n\n>>> numpy_sum(range(5), -1)\n10");
    r.add("numpy_any", numpy_any, "numpy_any(a, axis=none, keepdims=false)\n\nNumPy's any (`np.any`) whatever `a` is.\n\n>>> numpy_any([[0, 1], [0, 0]], 1)\narray([ True, False])");
    r.add("numpy_all", numpy_all, "numpy_all(a, axis=none, keepdims=false)\n\nNumPy's all (`np.all`) whatever `a` is.\n\n>>> numpy_all([[1, 1], [0, 1]], 0)\narray([False,  True])");
    r.add("amin", amin, "amin(a, axis=none, keepdims=false)\n\nNumPy's min (`np.min`, `np.amin`) whatever `a` is: a list is an array and a second argument is the axis.\n\n>>> amin([[3, 1], [2, 5]], 0)\narray([2, 1])");
    r.add("amax", amax, "amax(a, axis=none, keepdims=false)\n\nNumPy's max (`np.max`, `np.amax`) whatever `a` is: a list is an array and a second argument is the axis.\n\n>>> amax([[3, 1], [2, 5]], 1)\narray([3, 5])");
    r.add("min", min, "min(a, axis=none, keepdims=false)\n\nSmallest element (NaN if any element is NaN).\n\n>>> min([[3, 1], [2, 5]], axis=1)\narray([1, 2])");
    r.add("max", max, "max(a, axis=none, keepdims=false)\n\nLargest element (NaN if any element is NaN).\n\n>>> max([3.5, -1.0])\n3.5");
    r.add("argmin", argmin, "argmin(a, axis=None, keepdims=False)\n\nIndex of the first smallest element (into the flattened array without axis).\n\n>>> argmin([3, 1, 2, 1])\n1");
    r.add("argmax", argmax, "argmax(a, axis=None, keepdims=False)\n\nIndex of the first largest element (into the flattened array without axis).\n\n>>> argmax([[1, 9], [7, 3]], axis=0)\narray([1, 0])");
    r.add("any", any, "any(a, axis=none, keepdims=false)\n\nWhether any element is true (non-zero).\n\n>>> any([0, 0, 3])\nTrue");
    r.add("all", all, "all(a, axis=none, keepdims=false)\n\nWhether every element is true (non-zero).\n\n>>> all([[true, false]], axis=0)\narray([ True, False])");
}

/// NumPy's pairwise summation (blocks of 8 accumulators, split above 128).
pub fn pairwise_sum<T: Copy + std::ops::Add<Output = T> + Default>(x: &[T]) -> T {
    let n = x.len();
    if n < 8 {
        let mut s = T::default();
        for &v in x {
            s = s + v;
        }
        s
    } else if n <= 128 {
        let mut r = [x[0], x[1], x[2], x[3], x[4], x[5], x[6], x[7]];
        let mut i = 8;
        while i + 8 <= n {
            for k in 0..8 {
                r[k] = r[k] + x[i + k];
            }
            i += 8;
        }
        let mut s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
        while i < n {
            s = s + x[i];
            i += 1;
        }
        s
    } else {
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        pairwise_sum(&x[..n2]) + pairwise_sum(&x[n2..])
    }
}

/// The data with the reduced axes moved last, as (outer shape, data, lane length).
fn lanes<'a, T: Clone>(a: &'a ArrayD<T>, axes: &[usize]) -> (Vec<usize>, Cow<'a, [T]>, usize) {
    let nd = a.ndim();
    let keep: Vec<usize> = (0..nd).filter(|d| !axes.contains(d)).collect();
    let outer: Vec<usize> = keep.iter().map(|&d| a.shape()[d]).collect();
    let inner: usize = axes.iter().map(|&d| a.shape()[d]).product();
    let trailing = axes
        .iter()
        .enumerate()
        .all(|(i, &d)| d == nd - axes.len() + i);
    if trailing && a.is_standard_layout() {
        if let Some(s) = a.as_slice() {
            return (outer, Cow::Borrowed(s), inner);
        }
    }
    let mut perm = keep.clone();
    perm.extend_from_slice(axes);
    let v = a.view().permuted_axes(IxDyn(&perm));
    let data: Vec<T> = v.iter().cloned().collect();
    (outer, Cow::Owned(data), inner)
}

struct Reduced {
    shape: Vec<usize>,
}

fn out_shape(a_shape: &[usize], axes: &[usize], keepdims: bool) -> Reduced {
    let shape = if keepdims {
        a_shape
            .iter()
            .enumerate()
            .map(|(i, &d)| if axes.contains(&i) { 1 } else { d })
            .collect()
    } else {
        a_shape
            .iter()
            .enumerate()
            .filter(|(i, _)| !axes.contains(i))
            .map(|(_, &d)| d)
            .collect()
    };
    Reduced { shape }
}

fn apply<T: Clone + Sync, R: Clone + Send>(
    what: &str,
    a: &ArrayD<T>,
    axes: &[usize],
    keepdims: bool,
    f: impl Fn(&[T]) -> R + Sync,
) -> Result<ArrayD<R>> {
    let (_, data, inner) = lanes(a, axes);
    let shape = out_shape(a.shape(), axes, keepdims).shape;
    // Reducing an empty axis can make a result far larger than the input.
    crate::array::alloc::check_shape(what, &shape, std::mem::size_of::<R>().max(1))?;
    let out: Vec<R> = if inner == 0 {
        let n: usize = shape.iter().product();
        (0..n).map(|_| f(&[])).collect()
    } else {
        crate::array::kernels::map_lanes(&data, inner, &f)
    };
    ArrayD::from_shape_vec(IxDyn(&shape), out).map_err(|e| Error::value(e.to_string()))
}

struct Common<'a> {
    arr: Cow<'a, NdArray>,
    axes: Vec<usize>,
    keepdims: bool,
}

fn common<'a>(fname: &str, a: &'a Value, axis: &Value, keepdims: &Value) -> Result<Common<'a>> {
    let arr = to_array(a, &format!("{fname}()"))?;
    let axes = to_axes(Some(axis), arr.ndim(), &format!("{fname}()"))?
        .unwrap_or_else(|| (0..arr.ndim()).collect());
    let keepdims = super::opt_bool(keepdims, fname, "keepdims", false)?;
    Ok(Common {
        arr,
        axes,
        keepdims,
    })
}

/// Sum over one leading (non-last) axis the way NumPy does it: adding whole
/// sub-arrays in order, so the result matches NumPy's bit for bit.
fn sum_outer_axis(
    x: &ndarray::ArrayD<f64>,
    axis: usize,
    keepdims: bool,
) -> Option<ndarray::ArrayD<f64>> {
    if axis + 1 >= x.ndim() || !x.is_standard_layout() {
        return None;
    }
    let data = x.as_slice()?;
    let outer: usize = x.shape()[..axis].iter().product();
    let rows = x.shape()[axis];
    let cols: usize = x.shape()[axis + 1..].iter().product();
    let mut flat = Vec::with_capacity(outer * cols);
    for o in 0..outer {
        flat.extend(crate::array::kernels::sum_rows(
            &data[o * rows * cols..(o + 1) * rows * cols],
            rows,
            cols,
        ));
    }
    let shape: Vec<usize> = x
        .shape()
        .iter()
        .enumerate()
        .filter(|(i, _)| *i != axis)
        .map(|(_, &d)| d)
        .collect();
    let mut out = ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&shape), flat).ok()?;
    if keepdims {
        out = out.insert_axis(ndarray::Axis(axis));
    }
    Some(out)
}

fn sum(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if python_way(&args, false) {
        return super::python::py_sum(cx, args);
    }
    let [a, axis, keepdims] = args.bind("sum", ["a", "axis", "keepdims"], 1)?;
    let c = common("sum", &a, &axis, &keepdims)?;
    sum_common(c)
}

fn sum_common(c: Common) -> Result<Value> {
    if let (NdArray::F64(x), [ax]) = (&*c.arr, c.axes.as_slice()) {
        if x.shape()[*ax] > 0 {
            if let Some(out) = sum_outer_axis(x, *ax, c.keepdims) {
                return Ok(Value::from_array(NdArray::F64(out)));
            }
        }
    }
    Ok(Value::from_array(match &*c.arr {
        NdArray::F64(x) => NdArray::F64(apply(
            "sum",
            x,
            &c.axes,
            c.keepdims,
            crate::array::kernels::pairwise_sum_f64,
        )?),
        NdArray::F32(x) => NdArray::F32(apply("sum", x, &c.axes, c.keepdims, pairwise_sum)?),
        other => NdArray::Int(apply(
            "sum",
            &other.to_i64(),
            &c.axes,
            c.keepdims,
            |l: &[i64]| l.iter().fold(0i64, |s, &v| s.wrapping_add(v)),
        )?)
        .into_dtype(other.dtype().sum_dtype()),
    }))
}

fn prod(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("prod", ["a", "axis", "keepdims"], 1)?;
    let c = common("prod", &a, &axis, &keepdims)?;
    Ok(Value::from_array(match &*c.arr {
        NdArray::F64(x) => NdArray::F64(apply("prod", x, &c.axes, c.keepdims, |l: &[f64]| {
            l.iter().product()
        })?),
        NdArray::F32(x) => NdArray::F32(apply("prod", x, &c.axes, c.keepdims, |l: &[f32]| {
            l.iter().product()
        })?),
        other => NdArray::Int(apply(
            "prod",
            &other.to_i64(),
            &c.axes,
            c.keepdims,
            |l: &[i64]| l.iter().fold(1i64, |s, &v| s.wrapping_mul(v)),
        )?)
        .into_dtype(other.dtype().sum_dtype()),
    }))
}

fn mean(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("mean", ["a", "axis", "keepdims"], 1)?;
    let c = common("mean", &a, &axis, &keepdims)?;
    Ok(Value::from_array(match &*c.arr {
        NdArray::F32(x) => NdArray::F32(apply("mean", x, &c.axes, c.keepdims, |l: &[f32]| {
            pairwise_sum(l) / l.len() as f32
        })?),
        other => NdArray::F64(apply(
            "mean",
            &other.to_f64(),
            &c.axes,
            c.keepdims,
            |l: &[f64]| crate::array::kernels::pairwise_sum_f64(l) / l.len() as f64,
        )?),
    }))
}

fn var_lane(l: &[f64], ddof: f64) -> f64 {
    use crate::array::kernels::{pairwise_sum_f64, pairwise_sum_map};
    let n = l.len() as f64;
    let m = pairwise_sum_f64(l) / n;
    // The squared deviations are summed in NumPy's pairwise order without
    // materializing them.
    pairwise_sum_map(l, &|v| (v - m) * (v - m)) / (n - ddof).max(0.0)
}

fn var_std(fname: &str, args: Args, sqrt: bool) -> Result<Value> {
    let [a, axis, ddof, keepdims] = args.bind(fname, ["a", "axis", "ddof", "keepdims"], 1)?;
    let c = common(fname, &a, &axis, &keepdims)?;
    let ddof = match ddof {
        Value::None => 0.0,
        v => to_i64(&v, &format!("{fname}(ddof=)"))? as f64,
    };
    let f = |l: &[f64]| {
        let v = var_lane(l, ddof);
        if sqrt {
            v.sqrt()
        } else {
            v
        }
    };
    Ok(Value::from_array(match &*c.arr {
        NdArray::F32(x) => NdArray::F32(
            apply(fname, &x.mapv(|v| v as f64), &c.axes, c.keepdims, f)?.mapv(|v| v as f32),
        ),
        other => NdArray::F64(apply(fname, &other.to_f64(), &c.axes, c.keepdims, f)?),
    }))
}

fn var(_: &mut dyn Context, args: Args) -> Result<Value> {
    var_std("var", args, false)
}

fn std(_: &mut dyn Context, args: Args) -> Result<Value> {
    var_std("std", args, true)
}

fn empty_check(c: &Common, op: &str) -> Result<()> {
    let inner: usize = c.axes.iter().map(|&d| c.arr.shape()[d]).product();
    if inner == 0 {
        return Err(Error::value(format!(
            "zero-size array to reduction operation {op} which has no identity"
        )));
    }
    Ok(())
}

/// The smallest element, NaN if any is NaN (the arg-extreme scan finds the
/// first NaN, which is what NumPy propagates).
fn fmin(l: &[f64]) -> f64 {
    if l.is_empty() {
        return f64::INFINITY;
    }
    l[crate::array::kernels::arg_extreme(l, false)]
}

fn fmax(l: &[f64]) -> f64 {
    if l.is_empty() {
        return f64::NEG_INFINITY;
    }
    l[crate::array::kernels::arg_extreme(l, true)]
}

fn min_max(fname: &str, args: Args, is_max: bool) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(fname, ["a", "axis", "keepdims"], 1)?;
    let c = common(fname, &a, &axis, &keepdims)?;
    empty_check(&c, if is_max { "maximum" } else { "minimum" })?;
    let (ax, kd) = (&c.axes, c.keepdims);
    Ok(Value::from_array(match &*c.arr {
        NdArray::F64(x) => NdArray::F64(apply(fname, x, ax, kd, if is_max { fmax } else { fmin })?),
        NdArray::F32(x) => NdArray::F32(
            apply(
                fname,
                &x.mapv(|v| v as f64),
                ax,
                kd,
                if is_max { fmax } else { fmin },
            )?
            .mapv(|v| v as f32),
        ),
        NdArray::Int(x) => NdArray::Int(apply(fname, x, ax, kd, |l: &[i64]| {
            if is_max {
                l.iter().copied().max().unwrap_or(0)
            } else {
                l.iter().copied().min().unwrap_or(0)
            }
        })?),
        NdArray::Bool(x) => NdArray::Bool(apply(fname, x, ax, kd, |l: &[bool]| {
            if is_max {
                l.iter().any(|&b| b)
            } else {
                l.iter().all(|&b| b)
            }
        })?),
        other => NdArray::Int(apply(fname, &other.to_i64(), ax, kd, |l: &[i64]| {
            if is_max {
                l.iter().copied().max().unwrap_or(0)
            } else {
                l.iter().copied().min().unwrap_or(0)
            }
        })?)
        .into_dtype(other.dtype()),
    }))
}

/// `np.sum`, `np.min`, ...: NumPy's reductions whatever the argument
/// (`np.sum(range(5), -1)` reduces over axis -1; the global `sum` of a
/// range is Python's, with a start value).
fn numpy_sum(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("sum", ["a", "axis", "keepdims"], 1)?;
    let c = common("sum", &a, &axis, &keepdims)?;
    sum_common(c)
}

fn amin(_: &mut dyn Context, args: Args) -> Result<Value> {
    min_max("min", args, false)
}

fn amax(_: &mut dyn Context, args: Args) -> Result<Value> {
    min_max("max", args, true)
}

fn numpy_any(_: &mut dyn Context, args: Args) -> Result<Value> {
    any_all("any", args, false)
}

fn numpy_all(_: &mut dyn Context, args: Args) -> Result<Value> {
    any_all("all", args, true)
}

fn min(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if python_way(&args, true) {
        return super::python::py_extreme("min", cx, args);
    }
    min_max("min", args, false)
}

fn max(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if python_way(&args, true) {
        return super::python::py_extreme("max", cx, args);
    }
    min_max("max", args, true)
}

/// Whether a reduction is Python's (over a list, tuple, set, range, string
/// or generator; `min`/`max` of several arguments or with `key=`) rather
/// than NumPy's (arrays, `axis=`).
fn python_way(args: &Args, extreme: bool) -> bool {
    if args
        .kw
        .iter()
        .any(|(k, _)| matches!(&**k, "axis" | "keepdims"))
    {
        return false;
    }
    if extreme
        && (args.pos.len() >= 2
            || args
                .kw
                .iter()
                .any(|(k, _)| matches!(&**k, "key" | "default")))
    {
        return true;
    }
    if !extreme && args.kw.iter().any(|(k, _)| &**k == "start") {
        return true;
    }
    match args.pos.first() {
        Some(Value::List(_)) => true,
        Some(v) => super::python::is_python_iterable(v),
        None => false,
    }
}

fn arg_min_max(fname: &str, args: Args, is_max: bool) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(fname, ["a", "axis", "keepdims"], 1)?;
    let keep = super::opt_bool(&keepdims, fname, "keepdims", false)?;
    let arr = to_array(&a, &format!("{fname}()"))?;
    let (axes, flat) = match axis {
        Value::None => ((0..arr.ndim()).collect::<Vec<_>>(), true),
        v => (
            vec![crate::value::convert::norm_axis(
                to_i64(&v, &format!("{fname}(axis=)"))?,
                arr.ndim(),
                fname,
            )?],
            false,
        ),
    };
    let inner: usize = axes.iter().map(|&d| arr.shape()[d]).product();
    if inner == 0 {
        return Err(Error::value(format!(
            "attempt to get {fname} of an empty sequence"
        )));
    }
    let _ = flat;
    Ok(Value::from_array(match &*arr {
        NdArray::Int(x) => NdArray::Int(apply(fname, x, &axes, keep, |l: &[i64]| {
            let mut best = 0usize;
            for (i, &v) in l.iter().enumerate() {
                if (is_max && v > l[best]) || (!is_max && v < l[best]) {
                    best = i;
                }
            }
            best as i64
        })?),
        other => NdArray::Int(apply(
            fname,
            &other.to_f64(),
            &axes,
            keep,
            |l: &[f64]| crate::array::kernels::arg_extreme(l, is_max) as i64,
        )?),
    }))
}

fn argmin(_: &mut dyn Context, args: Args) -> Result<Value> {
    arg_min_max("argmin", args, false)
}

fn argmax(_: &mut dyn Context, args: Args) -> Result<Value> {
    arg_min_max("argmax", args, true)
}

fn any_all(fname: &str, args: Args, is_all: bool) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(fname, ["a", "axis", "keepdims"], 1)?;
    let c = common(fname, &a, &axis, &keepdims)?;
    let b = c.arr.to_bool();
    Ok(Value::from_array(NdArray::Bool(apply(
        fname,
        &b,
        &c.axes,
        c.keepdims,
        |l: &[bool]| {
            if is_all {
                l.iter().all(|&v| v)
            } else {
                l.iter().any(|&v| v)
            }
        },
    )?)))
}

fn any(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if python_way(&args, false) {
        return super::python::py_any_all("any", cx, args);
    }
    any_all("any", args, false)
}

fn all(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if python_way(&args, false) {
        return super::python::py_any_all("all", cx, args);
    }
    any_all("all", args, true)
}
