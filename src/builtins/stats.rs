//! NumPy's NaN-skipping reductions (`nansum nanmean nanstd nanvar nanmax
//! nanmin nanargmax nanargmin nancumsum nancumprod nanprod`), `average ptp
//! histogram cov corrcoef polyfit polyval`, selection along axes
//! (`take_along_axis put_along_axis choose select`), `broadcast_to
//! broadcast_arrays full_like`, and `matrix_power multi_dot`. The sums go
//! through arr's `sum` (NumPy's pairwise order) with NaN replaced, as
//! NumPy's nan functions do.

use super::rearrange::{arr, axis_error};
use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{to_f64, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};
use std::rc::Rc;

macro_rules! nan_fn {
    ($r:ident, $name:literal, $f:ident, $doc:literal) => {{
        fn run(cx: &mut dyn Context, args: Args) -> Result<Value> {
            $f(cx, args, $name)
        }
        $r.add($name, run, $doc);
    }};
}

pub fn register(r: &mut Registry) {
    nan_fn!(r, "nansum", nan_sum, "nansum(a, axis=None, keepdims=False)\n\nThe sum, NaN counted as zero.\n\n>>> nansum([1, nan, 2])\n3.0");
    nan_fn!(r, "nanprod", nan_prod, "nanprod(a, axis=None, keepdims=False)\n\nThe product, NaN counted as one.\n\n>>> nanprod([2, nan, 3])\n6.0");
    nan_fn!(r, "nanmean", nan_mean, "nanmean(a, axis=None, keepdims=False)\n\nThe mean of the values that are not NaN.\n\n>>> nanmean([1, nan, 3])\n2.0");
    nan_fn!(r, "nanvar", nan_var, "nanvar(a, axis=None, ddof=0, keepdims=False)\n\nThe variance of the values that are not NaN.\n\n>>> nanvar([1, nan, 3])\n1.0");
    nan_fn!(r, "nanstd", nan_std, "nanstd(a, axis=None, ddof=0, keepdims=False)\n\nThe standard deviation of the values that are not NaN.\n\n>>> nanstd([1, nan, 3])\n1.0");
    nan_fn!(r, "nanmax", nan_max, "nanmax(a, axis=None, keepdims=False)\n\nThe largest value, NaN ignored.\n\n>>> nanmax([1, nan, 3])\n3.0");
    nan_fn!(r, "nanmin", nan_min, "nanmin(a, axis=None, keepdims=False)\n\nThe smallest value, NaN ignored.\n\n>>> nanmin([1, nan, 3])\n1.0");
    nan_fn!(r, "nanargmax", nan_argmax, "nanargmax(a, axis=None, keepdims=False)\n\nThe index of the largest value, NaN ignored.\n\n>>> nanargmax([1, nan, 3])\n2");
    nan_fn!(r, "nanargmin", nan_argmin, "nanargmin(a, axis=None, keepdims=False)\n\nThe index of the smallest value, NaN ignored.\n\n>>> nanargmin([4, nan, 3])\n2");
    nan_fn!(r, "nancumsum", nan_cumsum, "nancumsum(a, axis=None)\n\nThe cumulative sum, NaN counted as zero.\n\n>>> nancumsum([1, nan, 2])\narray([1., 1., 3.])");
    nan_fn!(r, "nancumprod", nan_cumprod, "nancumprod(a, axis=None)\n\nThe cumulative product, NaN counted as one.\n\n>>> nancumprod([2, nan, 3])\narray([2., 2., 6.])");
    r.add("average", average, "average(a, axis=None, weights=None, returned=False, keepdims=False)\n\nThe (weighted) mean; with returned=True also the sum of the weights.\n\n>>> average([1, 2, 3, 4], weights=[4, 3, 2, 1])\n2.0");
    r.add("ptp", ptp, "ptp(a, axis=None, keepdims=False)\n\nThe range of values (max - min).\n\n>>> ptp([[4, 9, 2], [1, 5, 3]], axis=1)\narray([7, 4])");
    r.add("histogram", histogram, "histogram(a, bins=10, range=None, density=False, weights=None)\n\nThe counts (or summed weights) per bin, and the bin edges.\n\n>>> histogram([1, 2, 1], bins=[0, 1, 2, 3])[0]\narray([0, 2, 1])");
    r.add("cov", cov, "cov(m, y=None, rowvar=True, bias=False, ddof=None)\n\nThe covariance matrix of the variables (rows, by default).\n\n>>> cov([[0, 1, 2], [2, 1, 0]])\narray([[ 1., -1.],\n       [-1.,  1.]])");
    r.add("corrcoef", corrcoef, "corrcoef(x, y=None, rowvar=True)\n\nPearson correlation coefficients.\n\n>>> corrcoef([[0, 1, 2], [2, 1, 0]])\narray([[ 1., -1.],\n       [-1.,  1.]])");
    r.add("polyfit", polyfit, "polyfit(x, y, deg)\n\nThe least-squares polynomial coefficients, highest power first.\n\n>>> round(polyfit([0, 1, 2], [1, 3, 5], 1), 6)\narray([2., 1.])");
    r.add("polyval", polyval, "polyval(p, x)\n\nThe polynomial with coefficients p (highest power first) at x.\n\n>>> polyval([3, 0, 1], 5)\n76");
}

/// Calls the builtin `name` (keywords whose value is None are left out).
pub(crate) fn call(
    cx: &mut dyn Context,
    name: &str,
    pos: Vec<Value>,
    kw: Vec<(&str, Value)>,
) -> Result<Value> {
    let b = crate::builtins::lookup(name)
        .ok_or_else(|| Error::internal(format!("no builtin {name}")))?;
    let kw = kw
        .into_iter()
        .filter(|(_, v)| !matches!(v, Value::None))
        .map(|(k, v)| (Rc::from(k), v))
        .collect();
    cx.call(&Value::Builtin(b), Args { pos, kw })
}

/// `a` with NaN replaced by `fill` (ints and bools as they are).
fn nan_to(a: &Value, fill: f64, what: &str) -> Result<(Value, NdArray)> {
    let x = arr(a, what)?;
    let mask = NdArray::Bool(x.to_f64().mapv(f64::is_nan));
    let filled = match &x {
        NdArray::F64(v) => NdArray::F64(v.mapv(|e| if e.is_nan() { fill } else { e })),
        NdArray::F32(v) => NdArray::F32(v.mapv(|e| if e.is_nan() { fill as f32 } else { e })),
        other => other.clone(),
    };
    Ok((Value::from_array(filled), mask))
}

fn nan_sum(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(name, ["a", "axis", "keepdims"], 1)?;
    let (x, _) = nan_to(&a, 0.0, name)?;
    call(
        cx,
        "sum",
        vec![x],
        vec![("axis", axis), ("keepdims", keepdims)],
    )
}

fn nan_prod(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(name, ["a", "axis", "keepdims"], 1)?;
    let (x, _) = nan_to(&a, 1.0, name)?;
    call(
        cx,
        "prod",
        vec![x],
        vec![("axis", axis), ("keepdims", keepdims)],
    )
}

fn nan_cumsum(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let [a, axis] = args.bind(name, ["a", "axis"], 1)?;
    let (x, _) = nan_to(&a, 0.0, name)?;
    call(cx, "cumsum", vec![x], vec![("axis", axis)])
}

fn nan_cumprod(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let [a, axis] = args.bind(name, ["a", "axis"], 1)?;
    let (x, _) = nan_to(&a, 1.0, name)?;
    call(cx, "cumprod", vec![x], vec![("axis", axis)])
}

/// The sum of the non-NaN values and their count (NumPy's nanmean parts).
fn sum_count(cx: &mut dyn Context, a: &Value, axis: &Value, name: &str) -> Result<(Value, Value)> {
    let (x, mask) = nan_to(a, 0.0, name)?;
    let keep = Value::Bool(true);
    let tot = call(
        cx,
        "sum",
        vec![x],
        vec![("axis", axis.clone()), ("keepdims", keep.clone())],
    )?;
    let valid = Value::from_array(NdArray::Int(mask.to_bool().mapv(|m| !m as i64)));
    let cnt = call(
        cx,
        "sum",
        vec![valid],
        vec![("axis", axis.clone()), ("keepdims", keep)],
    )?;
    Ok((tot, cnt))
}

fn squeeze_axes(cx: &mut dyn Context, v: Value, axis: &Value, keep: bool) -> Result<Value> {
    if keep {
        return Ok(v);
    }
    match axis {
        Value::None => {
            let a = arr(&v, "reduce")?;
            Ok(Value::from_array(crate::builtins::shape::reshape_to(
                &a,
                &[],
            )?))
        }
        ax => call(cx, "squeeze", vec![v], vec![("axis", ax.clone())]),
    }
}

fn div(cx: &mut dyn Context, a: Value, b: Value) -> Result<Value> {
    crate::value::ops::binary(crate::syntax::ast::BinOp::Div, &a, &b, cx)
}

fn nan_mean(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(name, ["a", "axis", "keepdims"], 1)?;
    let keep = super::opt_bool(&keepdims, name, "keepdims", false)?;
    let (tot, cnt) = sum_count(cx, &a, &axis, name)?;
    let m = div(cx, tot, cnt)?;
    squeeze_axes(cx, m, &axis, keep)
}

fn nan_var_of(cx: &mut dyn Context, args: Args, name: &str) -> Result<(Value, Value, bool)> {
    let [a, axis, ddof, keepdims] = args.bind(name, ["a", "axis", "ddof", "keepdims"], 1)?;
    let keep = super::opt_bool(&keepdims, name, "keepdims", false)?;
    let ddof = if let Value::None = ddof {
        0.0
    } else {
        to_f64(&ddof, name)?
    };
    let (tot, cnt) = sum_count(cx, &a, &axis, name)?;
    let avg = div(cx, tot, cnt.clone())?;
    let (x, mask) = nan_to(&a, 0.0, name)?;
    let mut d = arr(
        &crate::value::ops::binary(crate::syntax::ast::BinOp::Sub, &x, &avg, cx)?,
        name,
    )?
    .to_f64()
    .into_owned();
    let m = mask.to_bool();
    ndarray::Zip::from(&mut d).and(&*m).for_each(|v, &nan| {
        if nan {
            *v = 0.0
        }
    });
    let sq = Value::from_array(NdArray::F64(d.mapv(|v| v * v)));
    let ss = call(
        cx,
        "sum",
        vec![sq],
        vec![("axis", axis.clone()), ("keepdims", Value::Bool(true))],
    )?;
    let dof = crate::value::ops::binary(
        crate::syntax::ast::BinOp::Sub,
        &cnt,
        &Value::Float(ddof),
        cx,
    )?;
    let var = div(cx, ss, dof)?;
    Ok((var, axis, keep))
}

fn nan_var(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let (v, axis, keep) = nan_var_of(cx, args, name)?;
    squeeze_axes(cx, v, &axis, keep)
}

fn nan_std(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    let (v, axis, keep) = nan_var_of(cx, args, name)?;
    let s = call(cx, "sqrt", vec![v], vec![])?;
    squeeze_axes(cx, s, &axis, keep)
}

/// nanmax/nanmin: NaN replaced by the other extreme, NaN where a lane is
/// all NaN.
fn nan_extreme(cx: &mut dyn Context, args: Args, name: &str, max: bool) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(name, ["a", "axis", "keepdims"], 1)?;
    let x = arr(&a, name)?;
    if !x.dtype().is_float() {
        return call(
            cx,
            if max { "max" } else { "min" },
            vec![a],
            vec![("axis", axis), ("keepdims", keepdims)],
        );
    }
    let fill = if max {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    let (filled, mask) = nan_to(&a, fill, name)?;
    let r = call(
        cx,
        if max { "max" } else { "min" },
        vec![filled],
        vec![("axis", axis.clone()), ("keepdims", keepdims.clone())],
    )?;
    let valid = Value::from_array(NdArray::Bool(mask.to_bool().mapv(|m| !m)));
    let any = call(
        cx,
        "any",
        vec![valid],
        vec![("axis", axis), ("keepdims", keepdims)],
    )?;
    let v = call(cx, "where", vec![any, r, Value::Float(f64::NAN)], vec![])?;
    Ok(match arr(&v, name) {
        Ok(a) if a.ndim() == 0 => Value::from_array(a),
        _ => v,
    })
}

fn nan_max(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    nan_extreme(cx, args, name, true)
}

fn nan_min(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    nan_extreme(cx, args, name, false)
}

fn nan_arg(cx: &mut dyn Context, args: Args, name: &str, max: bool) -> Result<Value> {
    let [a, axis, keepdims] = args.bind(name, ["a", "axis", "keepdims"], 1)?;
    let fill = if max {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    let (filled, mask) = nan_to(&a, fill, name)?;
    let all_nan = call(
        cx,
        "all",
        vec![Value::from_array(mask)],
        vec![("axis", axis.clone())],
    )?;
    if arr(&all_nan, name)?.to_bool().iter().any(|&b| b) {
        return Err(Error::value(format!("{name}(): All-NaN slice encountered")));
    }
    call(
        cx,
        if max { "argmax" } else { "argmin" },
        vec![filled],
        vec![("axis", axis), ("keepdims", keepdims)],
    )
}

fn nan_argmax(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    nan_arg(cx, args, name, true)
}

fn nan_argmin(cx: &mut dyn Context, args: Args, name: &str) -> Result<Value> {
    nan_arg(cx, args, name, false)
}

fn average(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, weights, returned, keepdims] = args.bind(
        "average",
        ["a", "axis", "weights", "returned", "keepdims"],
        1,
    )?;
    let ret = super::opt_bool(&returned, "average", "returned", false)?;
    let (avg, scl) = match &weights {
        Value::None => {
            let m = call(
                cx,
                "mean",
                vec![a.clone()],
                vec![("axis", axis.clone()), ("keepdims", keepdims.clone())],
            )?;
            let x = arr(&a, "average()")?;
            let n = match &axis {
                Value::None => x.len(),
                ax => x.shape()[axis_error(to_i64(ax, "average(axis=)")?, x.ndim(), "average()")?],
            };
            let like = arr(&m, "average()")?;
            let scl = NdArray::F64(ArrayD::from_elem(IxDyn(like.shape()), n as f64));
            (m, Value::from_array(scl))
        }
        w => {
            let x = arr(&a, "average()")?;
            let mut wt = arr(w, "average(weights=)")?;
            if x.shape() != wt.shape() {
                let Value::None = axis else {
                    let ax = axis_error(to_i64(&axis, "average(axis=)")?, x.ndim(), "average()")?;
                    if wt.ndim() != 1 || wt.len() != x.shape()[ax] {
                        return Err(Error::value("average(): Shape of weights must be consistent with shape of a along specified axis."));
                    }
                    let mut dims = vec![1i64; x.ndim()];
                    dims[ax] = wt.len() as i64;
                    wt = crate::builtins::shape::reshape_to(&wt, &dims)?;
                    wt = crate::map_array!(&wt, v => v.broadcast(IxDyn(x.shape())).map(|b| b.to_owned()).unwrap_or_else(|| v.clone()));
                    return weighted(cx, &x, &wt, &axis, &keepdims, ret);
                };
                return Err(Error::type_error(
                    "average(): Axis must be specified when shapes of a and weights differ.",
                ));
            }
            return weighted(cx, &x, &wt, &axis, &keepdims, ret);
        }
    };
    Ok(if ret {
        Value::tuple(vec![avg, scl])
    } else {
        avg
    })
}

fn weighted(
    cx: &mut dyn Context,
    x: &NdArray,
    w: &NdArray,
    axis: &Value,
    keepdims: &Value,
    ret: bool,
) -> Result<Value> {
    let wv = Value::from_array(NdArray::F64(w.to_f64().into_owned()));
    let scl = call(
        cx,
        "sum",
        vec![wv.clone()],
        vec![("axis", axis.clone()), ("keepdims", keepdims.clone())],
    )?;
    if arr(&scl, "average()")?.to_f64().iter().any(|&s| s == 0.0) {
        return Err(Error::new(
            crate::error::ErrorKind::ZeroDivision,
            "average(): Weights sum to zero, can't be normalized",
        ));
    }
    let prod = crate::value::ops::binary(
        crate::syntax::ast::BinOp::Mul,
        &Value::from_array(x.clone()),
        &wv,
        cx,
    )?;
    let tot = call(
        cx,
        "sum",
        vec![prod],
        vec![("axis", axis.clone()), ("keepdims", keepdims.clone())],
    )?;
    let avg = div(cx, tot, scl.clone())?;
    Ok(if ret {
        Value::tuple(vec![avg, scl])
    } else {
        avg
    })
}

fn ptp(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, keepdims] = args.bind("ptp", ["a", "axis", "keepdims"], 1)?;
    let hi = call(
        cx,
        "max",
        vec![a.clone()],
        vec![("axis", axis.clone()), ("keepdims", keepdims.clone())],
    )?;
    let lo = call(
        cx,
        "min",
        vec![a],
        vec![("axis", axis), ("keepdims", keepdims)],
    )?;
    crate::value::ops::binary(crate::syntax::ast::BinOp::Sub, &hi, &lo, cx)
}

fn float_vec(v: &Value, what: &str) -> Result<Vec<f64>> {
    Ok(arr(v, what)?.to_f64().iter().copied().collect())
}

fn f64_array(shape: &[usize], data: Vec<f64>) -> Result<NdArray> {
    Ok(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(shape), data).map_err(|e| Error::value(e.to_string()))?,
    ))
}

fn histogram(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, bins, range, density, weights] =
        args.bind("histogram", ["a", "bins", "range", "density", "weights"], 1)?;
    let xs = float_vec(&a, "histogram()")?;
    let density = super::opt_bool(&density, "histogram", "density", false)?;
    let w: Option<Vec<f64>> = match &weights {
        Value::None => None,
        v => {
            let w = float_vec(v, "histogram(weights=)")?;
            if w.len() != xs.len() {
                return Err(Error::value(
                    "histogram(): weights should have the same shape as a.",
                ));
            }
            Some(w)
        }
    };
    let edges: Vec<f64> = match &bins {
        Value::Str(_) => return Err(Error::value("histogram(): bin estimators ('auto', 'fd', ...) are not supported in arr; pass a number of bins or the edges")),
        Value::Float(_) => return Err(Error::type_error("histogram(): `bins` must be an integer, a string, or an array")),
        Value::None | Value::Int(_) => {
            let n = if let Value::Int(n) = bins { n } else { 10 };
            if n < 1 {
                return Err(Error::value("histogram(): `bins` must be positive, when an integer"));
            }
            let (mut lo, mut hi) = match &range {
                Value::None => {
                    let finite: Vec<f64> = xs.iter().copied().filter(|v| v.is_finite()).collect();
                    if finite.len() != xs.len() {
                        return Err(Error::value("histogram(): autodetected range of [nan, nan] is not finite"));
                    }
                    if xs.is_empty() { (0.0, 1.0) } else { (xs.iter().copied().fold(f64::INFINITY, f64::min), xs.iter().copied().fold(f64::NEG_INFINITY, f64::max)) }
                }
                r => {
                    let p = float_vec(r, "histogram(range=)")?;
                    if p.len() != 2 || p[0] > p[1] {
                        return Err(Error::value("histogram(): max must be larger than min in range parameter."));
                    }
                    (p[0], p[1])
                }
            };
            if lo == hi {
                lo -= 0.5;
                hi += 0.5;
            }
            let edges_n = n.checked_add(1).ok_or_else(|| Error::value("histogram(): too many bins"))?;
            crate::array::alloc::check("histogram", edges_n as usize, 8)?;
            let lin = call(cx, "linspace", vec![Value::Float(lo), Value::Float(hi), Value::Int(edges_n)], vec![])?;
            float_vec(&lin, "histogram()")?
        }
        v => {
            let e = float_vec(v, "histogram(bins=)")?;
            if e.windows(2).any(|p| p[1] < p[0]) {
                return Err(Error::value("histogram(): bins must increase monotonically, when an array"));
            }
            e
        }
    };
    let nb = edges.len().saturating_sub(1);
    if nb == 0 {
        // Fewer than two edges: no bins, as NumPy gives.
        return Ok(Value::tuple(vec![
            Value::from_array(f64_array(&[0], Vec::new())?.astype(DType::Int64)),
            Value::from_array(f64_array(&[edges.len()], edges)?),
        ]));
    }
    let (first, last) = (edges[0], edges[nb]);
    let mut counts = vec![0.0f64; nb];
    for (i, &x) in xs.iter().enumerate() {
        if !(x >= first && x <= last) {
            continue;
        }
        // The last bin is closed on the right.
        let k = if x == last {
            nb - 1
        } else {
            edges.partition_point(|&e| e <= x) - 1
        };
        counts[k.min(nb - 1)] += w.as_ref().map_or(1.0, |w| w[i]);
    }
    let hist = if density {
        let total: f64 = counts.iter().sum();
        let d: Vec<f64> = counts
            .iter()
            .zip(edges.windows(2))
            .map(|(c, e)| c / total / (e[1] - e[0]))
            .collect();
        f64_array(&[nb], d)?
    } else if w.is_some() {
        f64_array(&[nb], counts)?
    } else {
        f64_array(&[nb], counts)?.astype(DType::Int64)
    };
    Ok(Value::tuple(vec![
        Value::from_array(hist),
        Value::from_array(f64_array(&[edges.len()], edges)?),
    ]))
}

/// The observations as rows of variables, as `cov` reads them.
fn cov_matrix(
    cx: &mut dyn Context,
    m: &Value,
    y: &Value,
    rowvar: bool,
    ddof: f64,
    what: &str,
) -> Result<NdArray> {
    let rows = |v: &Value| -> Result<NdArray> {
        let x = arr(v, what)?.astype(DType::Float64);
        let x = if x.ndim() < 2 {
            crate::builtins::shape::reshape_to(&x, &[1, -1])?
        } else {
            x
        };
        if x.ndim() > 2 {
            return Err(Error::value(format!(
                "{what}: m has more than 2 dimensions"
            )));
        }
        Ok(if !rowvar && x.shape()[0] != 1 {
            crate::array::transpose::transpose_all(&x)
        } else {
            x
        })
    };
    let mut x = rows(m)?;
    if !matches!(y, Value::None) {
        x = crate::builtins::shape::concat(&[x, rows(y)?], 0, what)?;
    }
    let n = x.shape()[1] as f64;
    let mean = call(
        cx,
        "mean",
        vec![Value::from_array(x.clone())],
        vec![("axis", Value::Int(1)), ("keepdims", Value::Bool(true))],
    )?;
    let xc = crate::value::ops::binary(
        crate::syntax::ast::BinOp::Sub,
        &Value::from_array(x),
        &mean,
        cx,
    )?;
    let xc = arr(&xc, what)?;
    let xt = crate::array::transpose::transpose_all(&xc);
    let c = crate::array::matmul::matmul(&xc, &xt, what)?;
    let fact = n - ddof;
    Ok(NdArray::F64(c.to_f64().mapv(|v| v * (1.0 / fact))))
}

fn cov(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [m, y, rowvar, bias, ddof] = args.bind("cov", ["m", "y", "rowvar", "bias", "ddof"], 1)?;
    let rowvar = super::opt_bool(&rowvar, "cov", "rowvar", true)?;
    let bias = super::opt_bool(&bias, "cov", "bias", false)?;
    let ddof = match ddof {
        Value::None => {
            if bias {
                0.0
            } else {
                1.0
            }
        }
        v => to_i64(&v, "cov(ddof=)")? as f64,
    };
    let c = cov_matrix(cx, &m, &y, rowvar, ddof, "cov()")?;
    let squeezed = if c.len() == 1 {
        crate::builtins::shape::reshape_to(&c, &[])?
    } else {
        c
    };
    Ok(Value::array(squeezed))
}

fn corrcoef(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, y, rowvar] = args.bind("corrcoef", ["x", "y", "rowvar"], 1)?;
    let rowvar = super::opt_bool(&rowvar, "corrcoef", "rowvar", true)?;
    let c = cov_matrix(cx, &x, &y, rowvar, 1.0, "corrcoef()")?
        .to_f64()
        .into_owned();
    let n = c.shape()[0];
    if n == 1 {
        // One variable: NumPy's c / c.
        // (NaN for a constant variable, as 0 / 0.)
        let v = c[[0, 0].as_slice()];
        return Ok(Value::Float(if v == 0.0 || v.is_nan() {
            f64::NAN
        } else {
            1.0
        }));
    }
    let d: Vec<f64> = (0..n).map(|i| c[[i, i].as_slice()].sqrt()).collect();
    let r = ArrayD::from_shape_fn(IxDyn(&[n, n]), |ix| {
        (c[[ix[0], ix[1]].as_slice()] / d[ix[0]] / d[ix[1]]).clamp(-1.0, 1.0)
    });
    let r = NdArray::F64(r);
    Ok(if n == 1 {
        Value::from_array(crate::builtins::shape::reshape_to(&r, &[])?)
    } else {
        Value::from_array(r)
    })
}

fn polyfit(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, y, deg] = args.bind("polyfit", ["x", "y", "deg"], 3)?;
    let deg = to_i64(&deg, "polyfit(deg=)")?;
    if deg < 0 {
        return Err(Error::value("polyfit(): expected deg >= 0"));
    }
    let xs = arr(&x, "polyfit()")?;
    let ys = arr(&y, "polyfit()")?;
    if xs.ndim() != 1 {
        return Err(Error::type_error("polyfit(): expected 1D vector for x"));
    }
    if xs.is_empty() {
        return Err(Error::type_error(
            "polyfit(): expected non-empty vector for x",
        ));
    }
    if ys.ndim() == 0 || ys.ndim() > 2 {
        return Err(Error::type_error(
            "polyfit(): expected 1D or 2D array for y",
        ));
    }
    if ys.shape()[0] != xs.len() {
        return Err(Error::type_error(
            "polyfit(): expected x and y to have same length",
        ));
    }
    let order = deg as usize + 1;
    let xv: Vec<f64> = xs.to_f64().iter().copied().collect();
    // The Vandermonde matrix, its columns scaled to unit norm (NumPy's).
    let mut lhs = ArrayD::from_shape_fn(IxDyn(&[xv.len(), order]), |ix| {
        xv[ix[0]].powi((order - 1 - ix[1]) as i32)
    });
    let scale: Vec<f64> = (0..order)
        .map(|j| {
            lhs.index_axis(Axis(1), j)
                .iter()
                .map(|v| v * v)
                .sum::<f64>()
                .sqrt()
        })
        .collect();
    for (ix, v) in lhs.indexed_iter_mut() {
        *v /= scale[ix[1]];
    }
    let sol = call(
        cx,
        "lstsq",
        vec![
            Value::from_array(NdArray::F64(lhs)),
            Value::from_array(ys.astype(DType::Float64)),
        ],
        vec![],
    )?;
    let c = match &sol {
        Value::Tuple(t) if !t.is_empty() => arr(&t[0], "polyfit()")?,
        other => arr(other, "polyfit()")?,
    };
    let c = c.to_f64().into_owned();
    let out = if c.ndim() == 1 {
        NdArray::F64(ArrayD::from_shape_fn(IxDyn(&[order]), |ix| {
            c[[ix[0]].as_slice()] / scale[ix[0]]
        }))
    } else {
        let k = c.shape()[1];
        NdArray::F64(ArrayD::from_shape_fn(IxDyn(&[order, k]), |ix| {
            c[[ix[0], ix[1]].as_slice()] / scale[ix[0]]
        }))
    };
    Ok(Value::from_array(out))
}

fn polyval(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [p, x] = args.bind("polyval", ["p", "x"], 2)?;
    let coeffs =
        crate::value::convert::items_of(&arr(&p, "polyval()").map(Value::from_array)?, "polyval")?;
    let x = match &x {
        Value::List(_) | Value::Tuple(_) => Value::from_array(arr(&x, "polyval()")?),
        _ => x,
    };
    let mut y = crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &x, &Value::Int(0), cx)?;
    for c in coeffs {
        y = crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &y, &x, cx)?;
        y = crate::value::ops::binary(crate::syntax::ast::BinOp::Add, &y, &c, cx)?;
    }
    Ok(y)
}
