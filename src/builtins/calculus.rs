//! Numerical calculus on sampled data and building arrays from functions:
//! `gradient trapezoid fromfunction apply_along_axis`.

use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{norm_axis, to_array, to_f64, to_i64, to_shape};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("gradient", gradient, "gradient(f, *varargs, axis=None, edge_order=1)\n\nThe gradient of sampled values: second-order central differences inside, first- or second-order one-sided ones at the edges; spacing per axis is 1, a scalar, or the coordinates. One array for 1-D input, else a tuple with one per axis.\n\n>>> gradient(array([1.0, 2.0, 4.0, 7.0, 11.0]))\narray([1. , 1.5, 2.5, 3.5, 4. ])");
    r.add("trapezoid", trapezoid, "trapezoid(y, x=None, dx=1.0, axis=-1)\n\nThe integral of y along axis by the trapezoidal rule, at the sample points x or with spacing dx.\n\n>>> trapezoid([1, 2, 3])\n4.0\n>>> trapezoid([1, 2, 3], x=[4, 6, 8])\n8.0");
    r.add("fromfunction", fromfunction, "fromfunction(function, shape, dtype=float)\n\nCalls function once with one coordinate array per axis (each of the given shape) and returns its result.\n\n>>> fromfunction(lambda i, j: i + j, (2, 3), dtype=int)\narray([[0, 1, 2],\n       [1, 2, 3]])");
    r.add("apply_along_axis", apply_along_axis, "apply_along_axis(func1d, axis, arr, *args)\n\nApplies func1d to each 1-D slice of arr along axis and assembles the results (scalars drop the axis; arrays replace it).\n\n>>> apply_along_axis(sum, 1, [[1, 2], [3, 4]])\narray([3, 7])");
}

/// Differences along `ax` of `f` (float64) with spacing `h` (a scalar or
/// the coordinates along the axis).
fn grad_axis(f: &ArrayD<f64>, ax: usize, h: &Spacing, edge: usize) -> Result<ArrayD<f64>> {
    let n = f.shape()[ax];
    if n < edge + 1 {
        return Err(Error::value(
            "gradient(): Shape of array too small to calculate a numerical gradient, at least (edge_order + 1) elements are required.",
        ));
    }
    let mut out = ArrayD::<f64>::zeros(f.raw_dim());
    let lane = |i: usize| f.index_axis(Axis(ax), i);
    // Coordinates spaced evenly count as a uniform spacing (NumPy checks).
    let uniform = match h {
        Spacing::Uniform(d) => Some(*d),
        Spacing::Coords(x) => {
            let d: Vec<f64> = x.windows(2).map(|w| w[1] - w[0]).collect();
            d.iter().all(|&v| v == d[0]).then(|| d[0])
        }
    };
    let dx = |i: usize| -> f64 {
        match (uniform, h) {
            (Some(d), _) | (None, &Spacing::Uniform(d)) => d,
            (None, Spacing::Coords(x)) => x[i + 1] - x[i],
        }
    };
    for i in 1..n - 1 {
        let v = match uniform {
            Some(d) => (&lane(i + 1) - &lane(i - 1)) / (2.0 * d),
            None => {
                let (h1, h2) = (dx(i - 1), dx(i));
                let a = -h2 / (h1 * (h1 + h2));
                let b = (h2 - h1) / (h1 * h2);
                let c = h1 / (h2 * (h1 + h2));
                (&lane(i - 1) * a) + (&lane(i) * b) + (&lane(i + 1) * c)
            }
        };
        out.index_axis_mut(Axis(ax), i).assign(&v);
    }
    let (v0, vn) = if edge == 1 {
        (
            (&lane(1) - &lane(0)) / dx(0),
            (&lane(n - 1) - &lane(n - 2)) / dx(n - 2),
        )
    } else {
        let ((a0, b0, c0), (a1, b1, c1)) = match uniform {
            Some(d) => ((-1.5 / d, 2.0 / d, -0.5 / d), (0.5 / d, -2.0 / d, 1.5 / d)),
            None => {
                let (h1, h2) = (dx(0), dx(1));
                let first = (
                    -(2.0 * h1 + h2) / (h1 * (h1 + h2)),
                    (h1 + h2) / (h1 * h2),
                    -h1 / (h2 * (h1 + h2)),
                );
                let (h1, h2) = (dx(n - 3), dx(n - 2));
                let last = (
                    h2 / (h1 * (h1 + h2)),
                    -(h2 + h1) / (h1 * h2),
                    (2.0 * h2 + h1) / (h2 * (h1 + h2)),
                );
                (first, last)
            }
        };
        (
            (&lane(0) * a0) + (&lane(1) * b0) + (&lane(2) * c0),
            (&lane(n - 3) * a1) + (&lane(n - 2) * b1) + (&lane(n - 1) * c1),
        )
    };
    out.index_axis_mut(Axis(ax), 0).assign(&v0);
    out.index_axis_mut(Axis(ax), n - 1).assign(&vn);
    Ok(out)
}

enum Spacing {
    Uniform(f64),
    Coords(Vec<f64>),
}

fn spacing_of(v: &Value, n: usize) -> Result<Spacing> {
    let a = to_array(v, "gradient(varargs)")?;
    if a.ndim() == 0 {
        return Ok(Spacing::Uniform(to_f64(v, "gradient(varargs)")?));
    }
    if a.ndim() != 1 || a.len() != n {
        return Err(Error::value(
            "gradient(): when 1d, distances must match the length of the corresponding dimension",
        ));
    }
    Ok(Spacing::Coords(a.to_f64().iter().copied().collect()))
}

fn gradient(_: &mut dyn Context, args: Args) -> Result<Value> {
    let mut args = args;
    let mut axis = Value::None;
    let mut edge = 1usize;
    for (k, v) in std::mem::take(&mut args.kw) {
        match &*k {
            "axis" => axis = v,
            "edge_order" => {
                edge = match to_i64(&v, "gradient(edge_order=)")? {
                    1 => 1,
                    2 => 2,
                    _ => {
                        return Err(Error::value(
                            "gradient(): 'edge_order' greater than 2 not supported",
                        ))
                    }
                }
            }
            other => {
                return Err(Error::type_error(format!(
                    "gradient() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let mut pos = args.pos.into_iter();
    let f = pos
        .next()
        .ok_or_else(|| Error::type_error("gradient() missing required argument 'f'"))?;
    let a = to_array(&f, "gradient()")?;
    let axes: Vec<usize> = match &axis {
        Value::None => (0..a.ndim()).collect(),
        Value::Tuple(_) | Value::List(_) => {
            crate::value::convert::to_i64_list(&axis, "gradient(axis=)")?
                .into_iter()
                .map(|x| norm_axis(x, a.ndim(), "gradient()"))
                .collect::<Result<_>>()?
        }
        v => vec![norm_axis(
            to_i64(v, "gradient(axis=)")?,
            a.ndim(),
            "gradient()",
        )?],
    };
    let rest: Vec<Value> = pos.collect();
    let spacings: Vec<Spacing> = match rest.len() {
        0 => axes.iter().map(|_| Spacing::Uniform(1.0)).collect(),
        1 if to_array(&rest[0], "gradient(varargs)")?.ndim() == 0 => {
            let d = to_f64(&rest[0], "gradient(varargs)")?;
            axes.iter().map(|_| Spacing::Uniform(d)).collect()
        }
        k if k == axes.len() => rest
            .iter()
            .zip(&axes)
            .map(|(v, &ax)| spacing_of(v, a.shape()[ax]))
            .collect::<Result<_>>()?,
        _ => return Err(Error::type_error("gradient(): invalid number of arguments")),
    };
    let f64s = a.to_f64();
    let mut outs = Vec::new();
    for (ax, h) in axes.iter().zip(&spacings) {
        let g = grad_axis(&f64s, *ax, h, edge)?;
        outs.push(Value::array(if a.dtype() == DType::Float32 {
            NdArray::F32(g.mapv(|v| v as f32))
        } else {
            NdArray::F64(g)
        }));
    }
    Ok(if outs.len() == 1 {
        outs.remove(0)
    } else {
        Value::tuple(outs)
    })
}

fn trapezoid(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [y, x, dx, axis] = args.bind("trapezoid", ["y", "x", "dx", "axis"], 1)?;
    let a = to_array(&y, "trapezoid()")?;
    if a.ndim() == 0 {
        return Err(Error::value("trapezoid(): y must be at least 1-D"));
    }
    let ax = norm_axis(
        match &axis {
            Value::None => -1,
            v => to_i64(v, "trapezoid(axis=)")?,
        },
        a.ndim(),
        "trapezoid()",
    )?;
    let ya = a.to_f64();
    let n = ya.shape()[ax];
    let d: Vec<f64> = match &x {
        Value::None => {
            let h = match &dx {
                Value::None => 1.0,
                v => to_f64(v, "trapezoid(dx=)")?,
            };
            vec![h; n.saturating_sub(1)]
        }
        v => {
            let xa = to_array(v, "trapezoid(x=)")?;
            if xa.ndim() != 1 || xa.len() != n {
                return Err(Error::value(
                    "trapezoid(): x must be 1-D with the length of y along axis",
                ));
            }
            let xs: Vec<f64> = xa.to_f64().iter().copied().collect();
            xs.windows(2).map(|w| w[1] - w[0]).collect()
        }
    };
    // NumPy: add.reduce(d * (y[1:] + y[:-1]) / 2.0, axis), pairwise.
    let mut perm: Vec<usize> = (0..ya.ndim()).filter(|&k| k != ax).collect();
    perm.push(ax);
    let moved = ya.view().permuted_axes(IxDyn(&perm));
    let mut shape = ya.shape().to_vec();
    shape.remove(ax);
    let lanes: Vec<f64> = moved
        .lanes(Axis(moved.ndim() - 1))
        .into_iter()
        .map(|l| {
            let terms: Vec<f64> = (0..n.saturating_sub(1))
                .map(|i| d[i] * (l[i + 1] + l[i]) / 2.0)
                .collect();
            crate::array::kernels::pairwise_sum_f64(&terms)
        })
        .collect();
    let acc =
        ArrayD::from_shape_vec(IxDyn(&shape), lanes).map_err(|e| Error::value(e.to_string()))?;
    Ok(Value::from_array(NdArray::F64(acc)))
}

fn fromfunction(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [f, shape, dtype] = args.bind("fromfunction", ["function", "shape", "dtype"], 2)?;
    let shape = to_shape(&shape, "fromfunction(shape=)")?;
    let dt = super::opt_dtype(&dtype, "fromfunction")?.unwrap_or(DType::Float64);
    let n = crate::array::alloc::check_shape("fromfunction", &shape, 8)?;
    let _ = n;
    let mut grids = Vec::with_capacity(shape.len());
    for d in 0..shape.len() {
        let g = ArrayD::from_shape_fn(IxDyn(&shape), |ix| ix[d] as i64);
        grids.push(Value::array(NdArray::Int(g).into_dtype(dt)));
    }
    cx.call(
        &f,
        Args {
            pos: grids,
            kw: Vec::new(),
        },
    )
}

fn apply_along_axis(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let mut pos = args.pos.into_iter();
    let (Some(f), Some(axis), Some(a)) = (pos.next(), pos.next(), pos.next()) else {
        return Err(Error::type_error(
            "apply_along_axis() missing required arguments (signature: apply_along_axis(func1d, axis, arr, *args))",
        ));
    };
    let extra: Vec<Value> = pos.collect();
    let x = to_array(&a, "apply_along_axis()")?.into_owned();
    if x.ndim() == 0 {
        return Err(Error::value("apply_along_axis(): arr must be at least 1-D"));
    }
    let ax = norm_axis(
        to_i64(&axis, "apply_along_axis(axis=)")?,
        x.ndim(),
        "apply_along_axis()",
    )?;
    // Move the axis last; every other index is one call.
    let mut perm: Vec<usize> = (0..x.ndim()).filter(|&d| d != ax).collect();
    perm.push(ax);
    let y = crate::map_array!(&x, v => v.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned());
    let outer_shape: Vec<usize> = y.shape()[..y.ndim() - 1].to_vec();
    let outer: usize = outer_shape.iter().product();
    let len = y.shape()[y.ndim() - 1] as i64;
    let rows = super::shape::reshape_to(&y, &[outer as i64, len])?;
    let mut results = Vec::with_capacity(outer);
    for i in 0..outer {
        let row = Value::from(crate::array::index::get_array(
            &rows,
            &[crate::array::index::Idx::Int(i as i64)],
        )?);
        let mut call_args = vec![row];
        call_args.extend(extra.iter().cloned());
        let r = cx.call(
            &f,
            Args {
                pos: call_args,
                kw: args.kw.clone(),
            },
        )?;
        results.push(to_array(&r, "apply_along_axis(result)")?.into_owned());
    }
    if results.is_empty() {
        return Err(Error::value(
            "apply_along_axis(): Cannot apply_along_axis when any iteration dimensions are 0",
        ));
    }
    let stacked = super::shape::stack_arrays(&results, 0, "apply_along_axis")?;
    // Result axes replace `axis`: outer dims, then the result's dims.
    let mut s: Vec<i64> = outer_shape.iter().map(|&d| d as i64).collect();
    let rdims: Vec<usize> = results[0].shape().to_vec();
    s.extend(rdims.iter().map(|&d| d as i64));
    let out = super::shape::reshape_to(&stacked, &s)?;
    if rdims.is_empty() {
        return Ok(Value::from_array(out));
    }
    // Put the result's axes back where `axis` was.
    let nd_outer = outer_shape.len();
    let mut order: Vec<usize> = (0..nd_outer).collect();
    let res_axes: Vec<usize> = (nd_outer..nd_outer + rdims.len()).collect();
    for (k, r) in res_axes.into_iter().enumerate() {
        order.insert(ax + k, r);
    }
    Ok(Value::from_array(crate::map_array!(&out, v => v
        .view()
        .permuted_axes(IxDyn(&order))
        .as_standard_layout()
        .into_owned())))
}
