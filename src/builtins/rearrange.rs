//! NumPy's functions that move elements around: `flip fliplr flipud rot90
//! roll swapaxes moveaxis diff ediff1d pad cumprod take`, and the in-place
//! `put` (the evaluator stores its result into the variable passed).

use super::{Args, Context, Registry};
use crate::array::{DType, Element, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{norm_axis, to_array, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("flip", flip, "flip(m, axis=None)\n\nReverses the order of elements along the given axes (all of them by default).\n\n>>> flip([[1, 2], [3, 4]], 1)\narray([[2, 1],\n       [4, 3]])");
    r.add("fliplr", fliplr, "fliplr(m)\n\nReverses the columns (axis 1) of an array of 2 or more dimensions.\n\n>>> fliplr([[1, 2], [3, 4]])\narray([[2, 1],\n       [4, 3]])");
    r.add(
        "flipud",
        flipud,
        "flipud(m)\n\nReverses the rows (axis 0).\n\n>>> flipud([1, 2, 3])\narray([3, 2, 1])",
    );
    r.add("rot90", rot90, "rot90(m, k=1, axes=(0, 1))\n\nRotates by 90 degrees k times, from the first axis toward the second.\n\n>>> rot90([[1, 2], [3, 4]])\narray([[2, 4],\n       [1, 3]])");
    r.add("roll", roll, "roll(a, shift, axis=None)\n\nShifts elements along an axis (the flattened array by default); those past the end come back at the start.\n\n>>> roll([1, 2, 3, 4], 1)\narray([4, 1, 2, 3])");
    r.add("swapaxes", swapaxes, "swapaxes(a, axis1, axis2)\n\nThe array with two axes interchanged.\n\n>>> swapaxes([[1, 2, 3]], 0, 1).shape\n(3, 1)");
    r.add("rollaxis", rollaxis, "rollaxis(a, axis, start=0)\n\nMoves `axis` to come before position `start` (NumPy's older spelling of moveaxis).\n\n>>> rollaxis(ones((3, 4, 5, 6)), 3, 1).shape\n(3, 6, 4, 5)\n>>> rollaxis(ones((3, 4, 5, 6)), 2).shape\n(5, 3, 4, 6)");
    r.add("moveaxis", moveaxis, "moveaxis(a, source, destination)\n\nMoves axes to new positions; the others keep their order.\n\n>>> moveaxis(zeros((2, 3, 4)), 0, -1).shape\n(3, 4, 2)");
    r.add("diff", diff, "diff(a, n=1, axis=-1, prepend=None, append=None)\n\nThe n-th discrete difference along an axis.\n\n>>> diff([1, 4, 9, 16])\narray([3, 5, 7])");
    r.add("ediff1d", ediff1d, "ediff1d(ary, to_end=None, to_begin=None)\n\nDifferences of consecutive elements of the flattened array, with values put before and after.\n\n>>> ediff1d([1, 2, 4], to_begin=0)\narray([0, 1, 2])");
    r.add("pad", pad, "pad(array, pad_width, mode='constant', constant_values=0)\n\nPads an array; modes constant, edge, reflect, symmetric and wrap.\n\n>>> pad([1, 2], 1)\narray([0, 1, 2, 0])");
    r.add("cumprod", cumprod, "cumprod(a, axis=None, dtype=None)\n\nCumulative product along an axis (of the flattened array by default).\n\n>>> cumprod([1, 2, 3, 4])\narray([ 1,  2,  6, 24])");
    r.add("take", take, "take(a, indices, axis=None)\n\nElements at the given indices (of the flattened array without axis).\n\n>>> take([4, 3, 5, 7], [0, 1, 4 - 1])\narray([4, 3, 7])");
    r.add("put", put, "put(a, ind, v, mode='raise')\n\nReplaces the elements at flat indices ind of the variable a with v (repeated as needed).\n\n>>> a = arange(5); put(a, [0, 2], [-44, -55]); a\narray([-44,   1, -55,   3,   4])");
}

pub(crate) fn arr(v: &Value, what: &str) -> Result<NdArray> {
    Ok(to_array(v, what)?.into_owned())
}

/// The axes an `axis=` argument names (None: every axis).
pub(crate) fn axes_of(v: &Value, ndim: usize, what: &str) -> Result<Vec<usize>> {
    match v {
        Value::None => Ok((0..ndim).collect()),
        Value::Tuple(_) | Value::List(_) => crate::value::convert::to_i64_list(v, what)?
            .into_iter()
            .map(|a| axis_error(a, ndim, what))
            .collect(),
        v => Ok(vec![axis_error(to_i64(v, what)?, ndim, what)?]),
    }
}

/// NumPy's AxisError (a ValueError and an IndexError) for a bad axis.
pub(crate) fn axis_error(a: i64, ndim: usize, what: &str) -> Result<usize> {
    norm_axis(a, ndim, what)
}

fn flip_axes(a: &NdArray, axes: &[usize]) -> NdArray {
    crate::map_array!(a, x => {
        let mut v = x.view();
        for &ax in axes {
            v.invert_axis(Axis(ax));
        }
        v.to_owned()
    })
}

fn flip(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m, axis] = args.bind("flip", ["m", "axis"], 1)?;
    let a = arr(&m, "flip()")?;
    let axes = axes_of(&axis, a.ndim(), "flip()")?;
    Ok(Value::from_array(flip_axes(&a, &axes)))
}

fn fliplr(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m] = args.bind("fliplr", ["m"], 1)?;
    let a = arr(&m, "fliplr()")?;
    if a.ndim() < 2 {
        return Err(Error::value("fliplr(): Input must be >= 2-d."));
    }
    Ok(Value::from_array(flip_axes(&a, &[1])))
}

fn flipud(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m] = args.bind("flipud", ["m"], 1)?;
    let a = arr(&m, "flipud()")?;
    if a.ndim() < 1 {
        return Err(Error::value("flipud(): Input must be >= 1-d."));
    }
    Ok(Value::from_array(flip_axes(&a, &[0])))
}

fn permuted(a: &NdArray, perm: &[usize]) -> NdArray {
    crate::map_array!(a, x => x.view().permuted_axes(IxDyn(perm)).to_owned())
}

fn rot90(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m, k, axes] = args.bind("rot90", ["m", "k", "axes"], 1)?;
    let a = arr(&m, "rot90()")?;
    let k = if let Value::None = k {
        1
    } else {
        to_i64(&k, "rot90(k=)")?
    };
    let ax: Vec<i64> = match &axes {
        Value::None => vec![0, 1],
        v => crate::value::convert::to_i64_list(v, "rot90(axes=)")?,
    };
    let nd = a.ndim() as i64;
    if ax.len() != 2 {
        return Err(Error::value("rot90(): len(axes) must be 2."));
    }
    if ax[0] == ax[1] || (ax[0] as i128 - ax[1] as i128).abs() == nd as i128 {
        return Err(Error::value("rot90(): Axes must be different."));
    }
    if ax.iter().any(|&x| x >= nd || x < -nd) {
        return Err(Error::value(format!(
            "rot90(): Axes=({}, {}) out of range for array of ndim={nd}.",
            ax[0], ax[1]
        )));
    }
    let a0 = ax[0].rem_euclid(nd) as usize;
    let a1 = ax[1].rem_euclid(nd) as usize;
    let mut perm: Vec<usize> = (0..a.ndim()).collect();
    perm.swap(a0, a1);
    Ok(Value::from_array(match k.rem_euclid(4) {
        0 => a,
        2 => flip_axes(&a, &[a0, a1]),
        1 => permuted(&flip_axes(&a, &[a1]), &perm),
        _ => flip_axes(&permuted(&a, &perm), &[a1]),
    }))
}

/// Rotates `a` by `s` along axis `ax`.
fn roll_axis(a: &NdArray, s: i64, ax: usize) -> NdArray {
    let n = a.shape()[ax];
    if n == 0 {
        return a.clone();
    }
    let s = s.rem_euclid(n as i64) as usize;
    if s == 0 {
        return a.clone();
    }
    // The last s along the axis, then the rest: two block copies.
    crate::map_array!(a, x => {
        let tail = x.slice_axis(Axis(ax), ndarray::Slice::from(n - s..));
        let head = x.slice_axis(Axis(ax), ndarray::Slice::from(..n - s));
        ndarray::concatenate(Axis(ax), &[tail, head]).unwrap_or_else(|_| x.clone())
    })
}

fn roll(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, shift, axis] = args.bind("roll", ["a", "shift", "axis"], 2)?;
    let x = to_array(&a, "roll()")?;
    let shifts: Vec<i64> = match &shift {
        Value::Tuple(_) | Value::List(_) | Value::Array(_) => {
            crate::value::convert::to_i64_list(&shift, "roll(shift=)")?
        }
        v => vec![to_i64(v, "roll(shift=)")?],
    };
    if let Value::None = axis {
        // The flattened data rotated, in the array's shape.
        let total: i64 = shifts.iter().fold(0i64, |s, &v| s.wrapping_add(v));
        let r = crate::map_array!(&*x, v => {
            let mut data: Vec<_> = match v.as_slice() {
                Some(s) => s.to_vec(),
                None => v.iter().copied().collect(),
            };
            let n = data.len();
            if n > 0 {
                data.rotate_right(total.rem_euclid(n as i64) as usize);
            }
            ArrayD::from_shape_vec(v.raw_dim(), data).map_err(|e| Error::value(e.to_string()))?
        });
        return Ok(Value::from_array(r));
    }
    let axes: Vec<i64> = match &axis {
        Value::Tuple(_) | Value::List(_) => {
            crate::value::convert::to_i64_list(&axis, "roll(axis=)")?
        }
        v => vec![to_i64(v, "roll(axis=)")?],
    };
    let n = shifts.len().max(axes.len());
    if (shifts.len() != n && shifts.len() != 1) || (axes.len() != n && axes.len() != 1) {
        return Err(Error::value(
            "roll(): 'shift' and 'axis' should be scalars or 1D sequences of the same length",
        ));
    }
    let mut per_axis = vec![0i64; x.ndim()];
    for i in 0..n {
        let ax = axis_error(
            axes[if axes.len() == 1 { 0 } else { i }],
            x.ndim(),
            "roll()",
        )?;
        let s = shifts[if shifts.len() == 1 { 0 } else { i }];
        per_axis[ax] = per_axis[ax].wrapping_add(s);
    }
    let mut out = x.into_owned();
    for (ax, &s) in per_axis.iter().enumerate() {
        if s != 0 {
            out = roll_axis(&out, s, ax);
        }
    }
    Ok(Value::from_array(out))
}

fn swapaxes(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, a1, a2] = args.bind("swapaxes", ["a", "axis1", "axis2"], 3)?;
    let x = arr(&a, "swapaxes()")?;
    let i = axis_error(to_i64(&a1, "swapaxes()")?, x.ndim(), "swapaxes()")?;
    let j = axis_error(to_i64(&a2, "swapaxes()")?, x.ndim(), "swapaxes()")?;
    let mut perm: Vec<usize> = (0..x.ndim()).collect();
    perm.swap(i, j);
    Ok(Value::from_array(permuted(&x, &perm)))
}

fn moveaxis(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, source, destination] = args.bind("moveaxis", ["a", "source", "destination"], 3)?;
    let x = arr(&a, "moveaxis()")?;
    let nd = x.ndim();
    let list = |v: &Value, what: &str| -> Result<Vec<usize>> {
        let raw = match v {
            Value::Tuple(_) | Value::List(_) => crate::value::convert::to_i64_list(v, what)?,
            v => vec![to_i64(v, what)?],
        };
        raw.into_iter().map(|a| axis_error(a, nd, what)).collect()
    };
    let src = list(&source, "moveaxis(source=)")?;
    let dst = list(&destination, "moveaxis(destination=)")?;
    if src.len() != dst.len() {
        return Err(Error::value(
            "moveaxis(): `source` and `destination` arguments must have the same number of elements",
        ));
    }
    let mut order: Vec<usize> = (0..nd).filter(|a| !src.contains(a)).collect();
    let mut pairs: Vec<(usize, usize)> = dst.into_iter().zip(src).collect();
    pairs.sort_unstable();
    for (d, s) in pairs {
        order.insert(d.min(order.len()), s);
    }
    Ok(Value::from_array(permuted(&x, &order)))
}

fn rollaxis(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, start] = args.bind("rollaxis", ["a", "axis", "start"], 2)?;
    let x = arr(&a, "rollaxis()")?;
    let n = x.ndim();
    let axis = axis_error(to_i64(&axis, "rollaxis()")?, n, "rollaxis()")?;
    let raw = match start {
        Value::None => 0,
        v => to_i64(&v, "rollaxis(start=)")?,
    };
    let nd = n as i64;
    let mut start = if raw < 0 { raw + nd } else { raw };
    if !(0..=nd).contains(&start) {
        return Err(Error::new(
            crate::error::ErrorKind::Axis,
            format!(
                "rollaxis(): 'start' arg requires {} <= start < {}, but {raw} was passed in",
                -nd,
                nd + 1
            ),
        ));
    }
    if (axis as i64) < start {
        start -= 1;
    }
    let mut order: Vec<usize> = (0..n).filter(|&i| i != axis).collect();
    order.insert(start as usize, axis);
    Ok(Value::from_array(permuted(&x, &order)))
}

/// `a[1:] - a[:-1]` along `ax` (`!=` for bools).
fn diff_once(a: &NdArray, ax: usize) -> NdArray {
    let n = a.shape()[ax];
    let (hi, lo) = if n == 0 {
        (0..0, 0..0)
    } else {
        (1..n, 0..n - 1)
    };
    macro_rules! d {
        ($x:expr, $op:expr) => {{
            let h = $x.slice_axis(Axis(ax), ndarray::Slice::from(hi.clone()));
            let l = $x.slice_axis(Axis(ax), ndarray::Slice::from(lo.clone()));
            ndarray::Zip::from(&h).and(&l).map_collect($op)
        }};
    }
    match a {
        NdArray::Bool(x) => NdArray::Bool(d!(x, |p: &bool, q: &bool| p != q)),
        NdArray::Int(x) => NdArray::Int(d!(x, |p: &i64, q: &i64| p.wrapping_sub(*q))),
        NdArray::F32(x) => NdArray::F32(d!(x, |p: &f32, q: &f32| p - q)),
        NdArray::F64(x) => NdArray::F64(d!(x, |p: &f64, q: &f64| p - q)),
        other => {
            let wide = other.to_i64();
            NdArray::Int(d!(wide, |p: &i64, q: &i64| p.wrapping_sub(*q))).into_dtype(other.dtype())
        }
    }
}

/// `prepend=`/`append=` of diff: a scalar spreads over the other axes.
fn edge_value(v: &Value, like: &NdArray, ax: usize, what: &str) -> Result<NdArray> {
    let e = arr(v, what)?;
    if e.ndim() == 0 {
        let mut shape = like.shape().to_vec();
        shape[ax] = 1;
        let dims: Vec<usize> = shape;
        return Ok(crate::map_array!(&e, x => x
            .broadcast(IxDyn(&dims))
            .ok_or_else(|| Error::value(format!("{what}: cannot broadcast")))?
            .to_owned()));
    }
    Ok(e)
}

fn diff(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, n, axis, prepend, append] =
        args.bind("diff", ["a", "n", "axis", "prepend", "append"], 1)?;
    // Borrowed: the input is read, not copied (1e7 floats: a fifth of the time).
    let mut x = to_array(&a, "diff()")?;
    let n = if let Value::None = n {
        1
    } else {
        to_i64(&n, "diff(n=)")?
    };
    if n < 0 {
        return Err(Error::value(format!(
            "diff(): order must be non-negative but got {n}"
        )));
    }
    if x.ndim() == 0 {
        return Err(Error::value(
            "diff(): diff requires input that is at least one dimensional",
        ));
    }
    let ax = axis_error(
        if let Value::None = axis {
            -1
        } else {
            to_i64(&axis, "diff(axis=)")?
        },
        x.ndim(),
        "diff()",
    )?;
    if n == 0 {
        return Ok(Value::from_array(x.into_owned()));
    }
    let has_edges = !matches!(prepend, Value::None) || !matches!(append, Value::None);
    if has_edges {
        let mut parts = Vec::new();
        if !matches!(prepend, Value::None) {
            parts.push(edge_value(&prepend, &x, ax, "diff(prepend=)")?);
        }
        parts.push(x.clone().into_owned());
        if !matches!(append, Value::None) {
            parts.push(edge_value(&append, &x, ax, "diff(append=)")?);
        }
        let dt = parts
            .iter()
            .map(|p| p.dtype())
            .fold(parts[0].dtype(), DType::promote);
        let parts: Vec<NdArray> = parts.into_iter().map(|p| p.into_dtype(dt)).collect();
        x = std::borrow::Cow::Owned(crate::builtins::shape::concat(&parts, ax as i64, "diff()")?);
    }
    for _ in 0..n.min(x.shape()[ax] as i64 + 1) {
        x = std::borrow::Cow::Owned(diff_once(&x, ax));
    }
    Ok(Value::from_array(x.into_owned()))
}

fn ediff1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, to_end, to_begin] = args.bind("ediff1d", ["ary", "to_end", "to_begin"], 1)?;
    let x = crate::builtins::shape::reshape_to(&arr(&a, "ediff1d()")?, &[-1])?;
    let dt = if x.dtype() == DType::Bool {
        DType::Bool
    } else {
        x.dtype()
    };
    let d = diff_once(&x, 0);
    let edge = |v: &Value, what: &str| -> Result<Option<NdArray>> {
        if let Value::None = v {
            return Ok(None);
        }
        let e = crate::builtins::shape::reshape_to(&arr(v, what)?, &[-1])?;
        if e.dtype().is_float() && !dt.is_float() {
            return Err(Error::type_error(format!(
                "{what}: dtype of `{}` must be compatible with input ary due to the casting rule 'same_kind'",
                if what.contains("begin") { "to_begin" } else { "to_end" }
            )));
        }
        Ok(Some(e.astype(dt)))
    };
    let mut parts = Vec::new();
    if let Some(b) = edge(&to_begin, "ediff1d(to_begin=)")? {
        parts.push(b);
    }
    parts.push(d.into_dtype(dt));
    if let Some(e) = edge(&to_end, "ediff1d(to_end=)")? {
        parts.push(e);
    }
    crate::builtins::shape::concat(&parts, 0, "ediff1d()").map(Value::from_array)
}

/// A `pad_width` or `constant_values` argument as one (before, after)
/// pair per axis.
fn pairs<T: Copy>(
    v: &Value,
    ndim: usize,
    what: &str,
    conv: impl Fn(&Value) -> Result<T>,
) -> Result<Vec<(T, T)>> {
    let items = |v: &Value| -> Option<Vec<Value>> {
        match v {
            Value::Tuple(t) => Some(t.to_vec()),
            Value::List(l) => Some(l.borrow().clone()),
            Value::Array(a) if a.ndim() > 0 => crate::value::convert::items_of(v, what).ok(),
            _ => None,
        }
    };
    let Some(outer) = items(v) else {
        let x = conv(v)?;
        return Ok(vec![(x, x); ndim]);
    };
    let pair = |p: &Value| -> Result<(T, T)> {
        match items(p) {
            None => {
                let x = conv(p)?;
                Ok((x, x))
            }
            Some(q) if q.len() == 1 => {
                let x = conv(&q[0])?;
                Ok((x, x))
            }
            Some(q) if q.len() == 2 => Ok((conv(&q[0])?, conv(&q[1])?)),
            Some(q) => Err(Error::value(format!(
                "{what}: operands could not be broadcast together with remapped shapes [original->remapped]: ({},) and requested shape ({ndim},2)",
                q.len()
            ))),
        }
    };
    let nested = outer.iter().any(|p| items(p).is_some());
    if !nested {
        return match outer.len() {
            1 => Ok(vec![pair(&outer[0])?; ndim]),
            2 => Ok(vec![(conv(&outer[0])?, conv(&outer[1])?); ndim]),
            n => Err(Error::value(format!(
                "{what}: operands could not be broadcast together with remapped shapes [original->remapped]: ({n},) and requested shape ({ndim},2)"
            ))),
        };
    }
    if outer.len() == 1 {
        return Ok(vec![pair(&outer[0])?; ndim]);
    }
    if outer.len() != ndim {
        return Err(Error::value(format!(
            "{what}: operands could not be broadcast together with remapped shapes [original->remapped]: ({},2) and requested shape ({ndim},2)",
            outer.len()
        )));
    }
    outer.iter().map(pair).collect()
}

/// Where output index `j` of a padded axis reads from (None: the constant).
fn source_index(j: usize, before: usize, n: usize, mode: &str) -> Option<usize> {
    let i = j as i64 - before as i64;
    let n = n as i64;
    if (0..n).contains(&i) {
        return Some(i as usize);
    }
    Some(match mode {
        "edge" => i.clamp(0, n - 1),
        "wrap" => i.rem_euclid(n),
        "reflect" if n == 1 => 0,
        "reflect" => {
            let m = i.rem_euclid(2 * n - 2);
            if m >= n {
                2 * n - 2 - m
            } else {
                m
            }
        }
        "symmetric" => {
            let m = i.rem_euclid(2 * n);
            if m >= n {
                2 * n - 1 - m
            } else {
                m
            }
        }
        _ => return None,
    } as usize)
}

fn pad_with<T: Element>(
    x: &ArrayD<T>,
    widths: &[(usize, usize)],
    mode: &str,
    consts: &[(f64, f64)],
) -> ArrayD<T> {
    let shape: Vec<usize> = x
        .shape()
        .iter()
        .zip(widths)
        .map(|(&n, &(b, a))| n + b + a)
        .collect();
    let maps: Vec<Vec<Option<usize>>> = x
        .shape()
        .iter()
        .zip(&shape)
        .zip(widths)
        .map(|((&n, &m), &(b, _))| (0..m).map(|j| source_index(j, b, n, mode)).collect())
        .collect();
    ArrayD::from_shape_fn(IxDyn(&shape), |ix| {
        let nd = widths.len();
        let mut src = Vec::with_capacity(nd);
        let mut constant = None;
        for d in 0..nd {
            match maps[d][ix[d]] {
                Some(s) => src.push(s),
                None => {
                    // The last axis padded wins the corners, as NumPy pads
                    // one axis after another.
                    let (before, after) = consts[d];
                    constant = Some(if ix[d] < widths[d].0 { before } else { after });
                    src.push(0);
                }
            }
        }
        match constant {
            Some(c) => T::from_f64(c),
            None => x[IxDyn(&src)],
        }
    })
}

fn pad(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [array, pad_width, mode, constant_values] =
        args.bind("pad", ["array", "pad_width", "mode", "constant_values"], 2)?;
    let x = arr(&array, "pad()")?;
    let mode = match &mode {
        Value::None => "constant".to_string(),
        Value::Str(s) => s.to_string(),
        v => {
            return Err(Error::type_error(format!(
                "pad(): mode must be a string, not {}",
                v.type_name()
            )))
        }
    };
    if !["constant", "edge", "reflect", "symmetric", "wrap"].contains(&mode.as_str()) {
        let known = [
            "empty",
            "linear_ramp",
            "maximum",
            "mean",
            "median",
            "minimum",
        ];
        return Err(Error::value(if known.contains(&mode.as_str()) {
            format!("pad(): mode '{mode}' is not supported in arr (constant, edge, reflect, symmetric, wrap are)")
        } else {
            format!("pad(): mode '{mode}' is not supported")
        }));
    }
    if mode != "constant" && !matches!(constant_values, Value::None) {
        return Err(Error::value(format!(
            "pad(): unsupported keyword arguments for mode '{mode}': {{'constant_values'}}"
        )));
    }
    let nd = x.ndim();
    let widths = pairs(&pad_width, nd, "pad(pad_width=)", |v| {
        let w = to_i64(v, "pad(pad_width=)")?;
        usize::try_from(w).map_err(|_| Error::value("pad(): index can't contain negative values"))
    })?;
    let consts = match &constant_values {
        Value::None => vec![(0.0, 0.0); nd],
        v => pairs(v, nd, "pad(constant_values=)", |v| {
            crate::value::convert::to_f64(v, "pad(constant_values=)")
        })?,
    };
    let mut total = 1usize;
    for (&n, &(b, a)) in x.shape().iter().zip(&widths) {
        if n == 0 && mode != "constant" && b + a > 0 {
            return Err(Error::value(
                "pad(): can't extend empty axis using modes other than 'constant' or 'empty'",
            ));
        }
        let m = n.checked_add(b).and_then(|v| v.checked_add(a));
        total = m
            .and_then(|m| total.checked_mul(m))
            .ok_or_else(|| Error::new(ErrorKind::Memory, "pad(): the padded array is too large"))?;
    }
    crate::array::alloc::check("pad", total, x.dtype().itemsize())?;
    Ok(Value::from_array(match &x {
        NdArray::Bool(v) => NdArray::Bool(pad_with(v, &widths, &mode, &consts)),
        NdArray::Int(v) => NdArray::Int(pad_with(v, &widths, &mode, &consts)),
        NdArray::F32(v) => NdArray::F32(pad_with(v, &widths, &mode, &consts)),
        NdArray::F64(v) => NdArray::F64(pad_with(v, &widths, &mode, &consts)),
        other => NdArray::Int(pad_with(&other.to_i64(), &widths, &mode, &consts))
            .into_dtype(other.dtype()),
    }))
}

fn cumprod(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, dtype] = args.bind("cumprod", ["a", "axis", "dtype"], 1)?;
    let mut x = arr(&a, "cumprod()")?;
    if !matches!(dtype, Value::None) {
        x = x.astype(crate::value::convert::to_dtype(&dtype, "cumprod(dtype=)")?);
    }
    let (x, ax) = match axis {
        Value::None => (crate::builtins::shape::reshape_to(&x, &[-1])?, 0),
        v => {
            let ax = axis_error(to_i64(&v, "cumprod(axis=)")?, x.ndim(), "cumprod()")?;
            (x, ax)
        }
    };
    fn scan<T: Copy>(x: &ArrayD<T>, ax: usize, f: impl Fn(T, T) -> T) -> ArrayD<T> {
        let mut out = x.clone();
        for mut lane in out.lanes_mut(Axis(ax)) {
            let mut acc: Option<T> = None;
            for v in lane.iter_mut() {
                let next = match acc {
                    None => *v,
                    Some(p) => f(p, *v),
                };
                *v = next;
                acc = Some(next);
            }
        }
        out
    }
    Ok(Value::from_array(match &x {
        NdArray::F64(v) => NdArray::F64(scan(v, ax, |p, q| p * q)),
        NdArray::F32(v) => NdArray::F32(scan(v, ax, |p, q| p * q)),
        other => NdArray::Int(scan(&other.to_i64(), ax, i64::wrapping_mul)),
    }))
}

fn take(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, indices, axis] = args.bind("take", ["a", "indices", "axis"], 2)?;
    let x = arr(&a, "take()")?;
    let (x, ax) = match axis {
        Value::None => (crate::builtins::shape::reshape_to(&x, &[-1])?, 0),
        v => {
            let ax = axis_error(to_i64(&v, "take(axis=)")?, x.ndim(), "take()")?;
            (x, ax)
        }
    };
    let idx_arr = arr(&indices, "take(indices=)")?;
    if idx_arr.dtype().is_float() {
        return Err(Error::type_error(
            "take(): Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
        ));
    }
    let n = x.shape()[ax] as i64;
    let idx: Vec<usize> = idx_arr
        .to_i64()
        .iter()
        .map(|&i| {
            let j = if i < 0 { i + n } else { i };
            if j < 0 || j >= n {
                Err(Error::index(format!(
                    "take(): index {i} is out of bounds for axis {ax} with size {n}"
                )))
            } else {
                Ok(j as usize)
            }
        })
        .collect::<Result<_>>()?;
    let picked = crate::map_array!(&x, v => v.select(Axis(ax), &idx));
    // The taken axis takes the index array's shape.
    let mut shape: Vec<i64> = x.shape()[..ax].iter().map(|&d| d as i64).collect();
    shape.extend(idx_arr.shape().iter().map(|&d| d as i64));
    shape.extend(x.shape()[ax + 1..].iter().map(|&d| d as i64));
    let r = crate::builtins::shape::reshape_to(&picked, &shape)?;
    Ok(Value::from_array(r))
}

/// Returns the updated array; the evaluator stores it into `a`.
fn put(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ind, v, mode] = args.bind("put", ["a", "ind", "v", "mode"], 3)?;
    let Value::Array(target) = &a else {
        return Err(Error::type_error(format!(
            "put() argument 1 must be numpy.ndarray, not {}",
            a.py_type_name()
        )));
    };
    let mode = match &mode {
        Value::None => "raise".to_string(),
        Value::Str(s) => s.to_string(),
        _ => {
            return Err(Error::type_error(
                "put(): mode must be 'raise', 'wrap' or 'clip'",
            ))
        }
    };
    if !["raise", "wrap", "clip"].contains(&mode.as_str()) {
        return Err(Error::value(format!(
            "put(): clipmode must be one of 'clip', 'raise', or 'wrap' (got '{mode}')"
        )));
    }
    let idx: Vec<i64> = arr(&ind, "put(ind=)")?.to_i64().iter().copied().collect();
    let vals = arr(&v, "put(v=)")?.astype(target.dtype());
    let vals = crate::builtins::shape::reshape_to(&vals, &[-1])?;
    let mut out = (**target).clone();
    let n = out.len() as i64;
    if vals.is_empty() || idx.is_empty() {
        return Ok(Value::from_array(out));
    }
    if n == 0 {
        return Err(Error::index(
            "put(): cannot replace elements of an empty array",
        ));
    }
    macro_rules! go {
        ($o:expr, $v:expr) => {{
            let src: Vec<_> = $v.iter().copied().collect();
            let mut flat: Vec<_> = $o.iter().copied().collect();
            for (k, &i) in idx.iter().enumerate() {
                let j = match mode.as_str() {
                    "wrap" => i.rem_euclid(n),
                    "clip" => i.clamp(0, n - 1),
                    _ => {
                        let j = if i < 0 { i + n } else { i };
                        if j < 0 || j >= n {
                            return Err(Error::index(format!(
                                "put(): index {i} is out of bounds for axis 0 with size {n}"
                            )));
                        }
                        j
                    }
                };
                flat[j as usize] = src[k % src.len()];
            }
            *$o = ArrayD::from_shape_vec($o.raw_dim(), flat)
                .map_err(|e| Error::value(e.to_string()))?;
        }};
    }
    crate::with_pair!(&mut out, &vals, o, v => go!(o, v),
        return Err(Error::internal("put(): dtypes differ after the cast")));
    Ok(Value::from_array(out))
}
