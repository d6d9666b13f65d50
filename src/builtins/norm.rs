//! Vector and matrix norms (`norm`), as NumPy's `linalg.norm` computes
//! them: every `ord`, an axis or a pair of axes, keepdims; the 2-norm and
//! nuclear norm of a matrix through its singular values.

use super::decomp::singular_values;
use super::{Args, Context};
use crate::error::{Error, Result};
use crate::value::convert::{norm_axis, to_array, to_f64, to_i64};
use crate::value::format::shape_str;
use crate::value::{DType, NdArray, Value};
use ndarray::{ArrayD, ArrayView2, Axis, Ix3, IxDyn};

#[derive(Clone, Copy)]
enum Ord {
    Default,
    P(f64),
    Fro,
    Nuc,
}

impl Ord {
    fn label(&self) -> String {
        match self {
            Ord::Default => "none".into(),
            Ord::Fro => "'fro'".into(),
            Ord::Nuc => "'nuc'".into(),
            Ord::P(p) if p.is_infinite() => (if *p > 0.0 { "inf" } else { "-inf" }).into(),
            Ord::P(p) if p.fract() == 0.0 && p.abs() < 1e15 => format!("{}", *p as i64),
            Ord::P(p) => crate::array::format::py_float_repr(*p),
        }
    }
}

/// A sum as NumPy reduces it: 0.0 for no values (Rust's float `sum` starts
/// at -0.0).
fn fsum(v: impl Iterator<Item = f64>) -> f64 {
    v.reduce(|a, b| a + b).unwrap_or(0.0)
}

/// The largest value, 0 for none (NumPy's matrix and vector norms take
/// their maxima with initial 0); NaN wins, as in NumPy.
fn max_or_zero(v: impl Iterator<Item = f64>) -> f64 {
    v.fold(0.0, |m, x| {
        if m.is_nan() || x.is_nan() {
            f64::NAN
        } else {
            m.max(x)
        }
    })
}

/// The smallest value; `None` for none (NumPy raises: a minimum has no
/// identity).
fn min_of(v: impl Iterator<Item = f64>) -> Option<f64> {
    v.reduce(|m, x| {
        if m.is_nan() || x.is_nan() {
            f64::NAN
        } else {
            m.min(x)
        }
    })
}

fn empty_min(ord: &Ord, shape: &[usize]) -> Error {
    Error::value(format!(
        "norm(): ord={} is undefined for an array of shape {}: it is the minimum of an empty sequence",
        ord.label(),
        shape_str(shape)
    ))
}

fn vector_norm(v: &[f64], ord: &Ord, shape: &[usize]) -> Result<f64> {
    let abs = || v.iter().map(|x| x.abs());
    Ok(match ord {
        Ord::Fro | Ord::Nuc => {
            return Err(Error::value(format!(
                "norm(): invalid norm order {} for vectors",
                ord.label()
            )))
        }
        Ord::Default => fsum(v.iter().map(|x| x * x)).sqrt(),
        Ord::P(p) if *p == f64::INFINITY => max_or_zero(abs()),
        Ord::P(p) if *p == f64::NEG_INFINITY => {
            min_of(abs()).ok_or_else(|| empty_min(ord, shape))?
        }
        Ord::P(p) if *p == 0.0 => v.iter().filter(|x| **x != 0.0).count() as f64,
        Ord::P(p) if *p == 1.0 => fsum(abs()),
        Ord::P(p) if *p == 2.0 => fsum(v.iter().map(|x| x * x)).sqrt(),
        Ord::P(p) => fsum(abs().map(|x| x.powf(*p))).powf(1.0 / p),
    })
}

fn matrix_norm(m: ArrayView2<f64>, ord: &Ord, shape: &[usize]) -> Result<f64> {
    // NumPy makes the array of sums: as many as the matrix has columns
    // (rows), even when it has no rows (columns).
    let col_sums = || {
        crate::array::alloc::check("norm()", m.ncols(), 8).map(|()| {
            m.axis_iter(Axis(1))
                .map(|c| fsum(c.iter().map(|x| x.abs())))
        })
    };
    let row_sums = || {
        crate::array::alloc::check("norm()", m.nrows(), 8).map(|()| {
            m.axis_iter(Axis(0))
                .map(|r| fsum(r.iter().map(|x| x.abs())))
        })
    };
    let sv = || singular_values(&m.to_owned(), "norm()");
    let min = |v: Option<f64>| v.ok_or_else(|| empty_min(ord, shape));
    Ok(match ord {
        Ord::Default | Ord::Fro => fsum(m.iter().map(|x| x * x)).sqrt(),
        Ord::Nuc => fsum(sv()?.into_iter()),
        Ord::P(p) if *p == 1.0 => max_or_zero(col_sums()?),
        Ord::P(p) if *p == -1.0 => min(min_of(col_sums()?))?,
        Ord::P(p) if *p == f64::INFINITY => max_or_zero(row_sums()?),
        Ord::P(p) if *p == f64::NEG_INFINITY => min(min_of(row_sums()?))?,
        Ord::P(p) if *p == 2.0 => max_or_zero(sv()?.into_iter()),
        Ord::P(p) if *p == -2.0 => min(min_of(sv()?.into_iter()))?,
        Ord::P(_) => {
            return Err(Error::value(format!(
                "norm(): invalid norm order {} for matrices",
                ord.label()
            )))
        }
    })
}

/// Vector norms of the lanes of `a` along `axis`.
fn norm_lanes(a: &ArrayD<f64>, axis: usize, ord: &Ord, keep: bool) -> Result<ArrayD<f64>> {
    let mut shape = a.shape().to_vec();
    if keep {
        shape[axis] = 1;
    } else {
        shape.remove(axis);
    }
    // One norm per lane, even of empty lanes.
    crate::array::alloc::check_shape("norm()", &shape, 8)?;
    let lanes = a
        .lanes(Axis(axis))
        .into_iter()
        .map(|l| vector_norm(&l.to_vec(), ord, a.shape()))
        .collect::<Result<Vec<f64>>>()?;
    ArrayD::from_shape_vec(IxDyn(&shape), lanes).map_err(|e| Error::shape(e.to_string()))
}

/// Matrix norms of the matrices of `a` whose rows run along `row` and whose
/// columns run along `col`, batched over the other axes.
fn norm_matrices(
    a: &ArrayD<f64>,
    row: usize,
    col: usize,
    ord: &Ord,
    keep: bool,
) -> Result<ArrayD<f64>> {
    let nd = a.ndim();
    let rest: Vec<usize> = (0..nd).filter(|&d| d != row && d != col).collect();
    let mut perm = rest.clone();
    perm.extend([row, col]);
    let (m, n) = (a.shape()[row], a.shape()[col]);
    let batch: usize = rest.iter().map(|&d| a.shape()[d]).product();
    crate::array::alloc::check("norm()", batch, 8)?;
    let moved = a
        .view()
        .permuted_axes(IxDyn(&perm))
        .as_standard_layout()
        .into_owned()
        .into_shape_with_order(IxDyn(&[batch, m, n]))
        .and_then(|x| x.into_dimensionality::<Ix3>())
        .map_err(|e| Error::shape(e.to_string()))?;
    let vals = moved
        .axis_iter(Axis(0))
        .map(|mat| matrix_norm(mat, ord, a.shape()))
        .collect::<Result<Vec<f64>>>()?;
    let shape: Vec<usize> = if keep {
        (0..nd)
            .map(|d| {
                if d == row || d == col {
                    1
                } else {
                    a.shape()[d]
                }
            })
            .collect()
    } else {
        rest.iter().map(|&d| a.shape()[d]).collect()
    };
    ArrayD::from_shape_vec(IxDyn(&shape), vals).map_err(|e| Error::shape(e.to_string()))
}

pub(super) fn norm(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, ord, axis, keepdims] = args.bind("norm", ["x", "ord", "axis", "keepdims"], 1)?;
    let arr = to_array(&x, "norm()")?;
    let a = arr.to_f64();
    let nd = a.ndim();
    let ord = match &ord {
        Value::None => Ord::Default,
        Value::Str(s) if &**s == "fro" || &**s == "f" => Ord::Fro,
        Value::Str(s) if &**s == "nuc" => Ord::Nuc,
        Value::Str(s) => return Err(Error::value(format!("norm(): invalid norm order '{s}'"))),
        v => Ord::P(to_f64(v, "norm(ord=)")?),
    };
    let keep = super::opt_bool(&keepdims, "norm", "keepdims", false)?;
    // The axes in the order given: for a matrix norm the first holds the rows.
    let axes: Option<Vec<usize>> = match &axis {
        Value::None => None,
        Value::Tuple(_) | Value::List(_) => Some(
            crate::value::convert::seq_items(&axis)
                .unwrap_or_default()
                .iter()
                .map(|v| norm_axis(to_i64(v, "norm(axis=)")?, nd, "norm()"))
                .collect::<Result<_>>()?,
        ),
        v => Some(vec![norm_axis(to_i64(v, "norm(axis=)")?, nd, "norm()")?]),
    };
    let improper = || {
        Error::value(format!(
            "norm(): improper number of dimensions to norm: ord={} needs a 1-D or 2-D array or an axis= of one or two axes, got shape {}",
            ord.label(),
            shape_str(a.shape())
        ))
    };
    let out = match axes.as_deref() {
        // NumPy's fast path: the 2-norm of the flattened array.
        None if matches!(ord, Ord::Default)
            || (nd == 2 && matches!(ord, Ord::Fro))
            || (nd == 1 && matches!(ord, Ord::P(p) if p == 2.0)) =>
        {
            let v = fsum(a.iter().map(|x| x * x)).sqrt();
            let shape = if keep { vec![1; nd] } else { Vec::new() };
            ArrayD::from_elem(IxDyn(&shape), v)
        }
        None if nd == 1 => norm_lanes(&a, 0, &ord, keep)?,
        None if nd == 2 => norm_matrices(&a, 0, 1, &ord, keep)?,
        None => return Err(improper()),
        Some(&[axis]) => norm_lanes(&a, axis, &ord, keep)?,
        Some(&[row, col]) if row == col => {
            return Err(Error::value(format!(
                "norm(): duplicate axes given for an array of shape {}",
                shape_str(a.shape())
            )))
        }
        Some(&[row, col]) => norm_matrices(&a, row, col, &ord, keep)?,
        Some(_) => return Err(improper()),
    };
    let dt = if arr.dtype() == DType::Float32 {
        DType::Float32
    } else {
        DType::Float64
    };
    Ok(Value::from_array(NdArray::F64(out).into_dtype(dt)))
}
