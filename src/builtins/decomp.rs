//! LAPACK decompositions and solvers (through ndarray-linalg), batched over
//! leading axes as NumPy does. Failures are LinAlgError-style messages,
//! never silent NaNs.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::value::convert::{to_array, to_f64};
use crate::value::format::shape_str;
use crate::value::{DType, NdArray, Value};
use ndarray::{Array2, ArrayD, Axis, Ix2, IxDyn};
use ndarray_linalg::{Cholesky, Determinant, Eig, Eigh, Factorize, JobSvd, Solve, QR, SVDDC, UPLO};

pub fn register(r: &mut Registry) {
    r.add("inv", inv, "inv(a)\n\nMatrix inverse (batched over leading axes). Singular input is an error.\n\n>>> inv([[2.0, 0.0], [0.0, 4.0]])\narray([[0.5 , 0.  ],\n       [0.  , 0.25]])");
    r.add("det", det, "det(a)\n\nDeterminant (batched over leading axes).\n\n>>> det([[1, 2], [3, 4]])\n-2.0000000000000004");
    r.add("solve", solve, "solve(a, b)\n\nSolves a @ x = b for square a (b a vector or matrix; batched).\n\n>>> solve([[3, 1], [1, 2]], [9, 8])\narray([2., 3.])");
    r.add("eig", eig, "eig(a)\n\nEigenvalues and right eigenvectors (columns) of a square matrix.\nComplex results are not supported (arr has no complex dtype).\n\n>>> eig([[2.0, 0.0], [0.0, 3.0]])[0]\narray([2., 3.])");
    r.add("eigh", eigh, "eigh(a)\n\nEigenvalues (ascending) and eigenvectors of a symmetric matrix (lower triangle used).\n\n>>> eigh([[2.0, 1.0], [1.0, 2.0]])[0]\narray([1., 3.])");
    r.add("svd", svd, "svd(a, full_matrices=true, compute_uv=true)\n\nSingular value decomposition: (U, S, Vh) with a = U @ diag(S) @ Vh.\n\n>>> svd([[3.0, 0.0], [0.0, 4.0]], compute_uv=false)\narray([4., 3.])");
    r.add("qr", qr, "qr(a)\n\nReduced QR decomposition: (Q, R) with orthonormal Q and upper-triangular R.\n\n>>> q, r = qr([[1.0, 2.0], [3.0, 4.0]]); allclose(q @ r, [[1, 2], [3, 4]])\nTrue");
    r.add("cholesky", cholesky, "cholesky(a)\n\nLower-triangular L with a = L @ L.T; a must be symmetric positive-definite.\n\n>>> cholesky([[4.0, 2.0], [2.0, 3.0]])\narray([[2.        , 0.        ],\n       [1.        , 1.41421356]])");
    r.add("norm", norm, "norm(x, ord=none, axis=none, keepdims=false)\n\nVector or matrix norm: 2-norm / Frobenius by default; ord 1, 2, inf, -inf, 'fro', 'nuc', or p.\n\n>>> norm([3, 4])\n5.0");
    r.add("pinv", pinv, "pinv(a, rcond=1e-15)\n\nMoore-Penrose pseudo-inverse through the SVD.\n\n>>> pinv([[1.0, 0.0], [0.0, 0.0]])\narray([[1., 0.],\n       [0., 0.]])");
    r.add("matrix_rank", matrix_rank, "matrix_rank(a, tol=none)\n\nNumber of singular values above tol (default S.max() * max(M, N) * eps).\n\n>>> matrix_rank([[1, 2], [2, 4]])\n1");
    r.add("allclose", allclose, "allclose(a, b, rtol=1e-05, atol=1e-08)\n\nWhether all elements satisfy |a - b| <= atol + rtol * |b|.\n\n>>> allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])\nTrue");
}

fn lapack_err(what: &str, e: ndarray_linalg::error::LinalgError) -> Error {
    Error::linalg(format!("{what}: LAPACK reported a failure ({e})"))
}

/// The matrices of an array of shape (..., m, n), as float64, with the leading shape.
fn matrices(a: &NdArray, what: &str, square: bool) -> Result<(Vec<usize>, Vec<Array2<f64>>)> {
    let nd = a.ndim();
    if nd < 2 {
        return Err(Error::linalg(format!(
            "{what}: {}-dimensional array given; the array must be at least two-dimensional",
            nd
        )));
    }
    let (m, n) = (a.shape()[nd - 2], a.shape()[nd - 1]);
    if square && m != n {
        return Err(Error::linalg(format!(
            "{what}: last 2 dimensions of the array must be square, got shape {}",
            shape_str(a.shape())
        )));
    }
    let x = a.to_f64();
    if x.iter().any(|v| !v.is_finite()) {
        return Err(Error::linalg(format!(
            "{what}: array must not contain infs or NaNs"
        )));
    }
    let lead = a.shape()[..nd - 2].to_vec();
    let batch: usize = lead.iter().product();
    let flat = x
        .as_standard_layout()
        .into_owned()
        .into_shape_with_order(IxDyn(&[batch, m, n]))
        .map_err(|e| Error::shape(e.to_string()))?;
    let mats = flat
        .axis_iter(Axis(0))
        .map(|v| {
            v.into_dimensionality::<Ix2>()
                .map(|m| m.to_owned())
                .map_err(|e| Error::shape(e.to_string()))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok((lead, mats))
}

/// Reassembles per-matrix results (all of one shape) under the leading shape.
fn assemble(lead: &[usize], parts: Vec<ArrayD<f64>>, dtype: DType) -> Result<NdArray> {
    let inner = parts
        .first()
        .map(|p| p.shape().to_vec())
        .unwrap_or_default();
    let mut shape = lead.to_vec();
    shape.extend(&inner);
    let data: Vec<f64> = parts.iter().flat_map(|p| p.iter().copied()).collect();
    let out = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::shape(e.to_string()))?,
    );
    Ok(if dtype == DType::Float32 {
        out.astype(DType::Float32)
    } else {
        out
    })
}

fn out_dtype(a: &NdArray) -> DType {
    if a.dtype() == DType::Float32 {
        DType::Float32
    } else {
        DType::Float64
    }
}

fn inv(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("inv", ["a"], 1)?;
    let arr = to_array(&a, "inv()")?;
    let (lead, mats) = matrices(&arr, "inv()", true)?;
    let mut parts = Vec::new();
    for m in mats {
        // As NumPy: LU-factorize once, then solve a @ X = I column by column.
        let n = m.nrows();
        // LU of `m`'s column-major memory, as NumPy's gesv; the logical
        // matrix is then the transpose, hence solve_t.
        let lu = m
            .t()
            .as_standard_layout()
            .into_owned()
            .factorize()
            .map_err(|_| Error::linalg("inv(): singular matrix"))?;
        let mut x = Array2::<f64>::zeros((n, n));
        for j in 0..n {
            let mut e = ndarray::Array1::<f64>::zeros(n);
            e[j] = 1.0;
            let col = lu
                .solve_t(&e)
                .map_err(|_| Error::linalg("inv(): singular matrix"))?;
            x.column_mut(j).assign(&col);
        }
        if x.iter().any(|v| !v.is_finite()) {
            return Err(Error::linalg("inv(): singular matrix"));
        }
        parts.push(x.into_dyn());
    }
    assemble(&lead, parts, out_dtype(&arr)).map(Value::from_array)
}

fn det(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("det", ["a"], 1)?;
    let arr = to_array(&a, "det()")?;
    let (lead, mats) = matrices(&arr, "det()", true)?;
    let mut parts = Vec::new();
    for m in mats {
        // As NumPy: sign * exp(log|det|) from the LU factors.
        let d = if m.is_empty() {
            1.0
        } else {
            // LAPACK reads a row-major matrix as its transpose; factorize the
            // transpose's memory so that LAPACK sees `a` itself, as in NumPy.
            match m.t().as_standard_layout().into_owned().sln_det() {
                Ok((sign, ln)) => sign * ln.exp(),
                Err(_) => 0.0,
            }
        };
        parts.push(ArrayD::from_elem(IxDyn(&[]), d));
    }
    assemble(&lead, parts, out_dtype(&arr)).map(Value::from_array)
}

fn solve(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("solve", ["a", "b"], 2)?;
    let arr = to_array(&a, "solve()")?;
    let rhs = to_array(&b, "solve()")?;
    let (lead, mats) = matrices(&arr, "solve()", true)?;
    let n = arr.shape()[arr.ndim() - 1];
    let shape_err = || {
        Error::shape(format!(
            "solve(): a has shape {} but b has shape {}; b must be (M,) or (..., M, K) with M = {n}",
            shape_str(arr.shape()),
            shape_str(rhs.shape())
        ))
    };
    // NumPy 2: b is a vector only when 1-D; otherwise a stack of (M, K)
    // matrices broadcast against a's leading axes.
    let rb = rhs.to_f64().into_owned();
    let b_mats: Vec<ArrayD<f64>> = if rb.ndim() == 1 {
        if rb.len() != n {
            return Err(shape_err());
        }
        vec![rb; mats.len()]
    } else {
        if rb.shape()[rb.ndim() - 2] != n {
            return Err(shape_err());
        }
        let k = rb.shape()[rb.ndim() - 1];
        let mut target = lead.clone();
        target.extend([n, k]);
        let bb = rb.broadcast(IxDyn(&target)).ok_or_else(shape_err)?;
        let flat = bb
            .to_shape(IxDyn(&[mats.len(), n, k]))
            .map_err(|_| shape_err())?;
        flat.axis_iter(Axis(0)).map(|m| m.to_owned()).collect()
    };
    let singular = || Error::linalg("solve(): singular matrix");
    let mut parts = Vec::new();
    for (m, bk) in mats.into_iter().zip(b_mats) {
        // LU of `m`'s column-major memory, as NumPy's gesv (see inv()).
        let lu = m
            .t()
            .as_standard_layout()
            .into_owned()
            .factorize()
            .map_err(|_| singular())?;
        let x: ArrayD<f64> = if bk.ndim() == 1 {
            let v = bk
                .into_dimensionality::<ndarray::Ix1>()
                .map_err(|e| Error::shape(e.to_string()))?;
            lu.solve_t(&v).map_err(|_| singular())?.into_dyn()
        } else {
            let bm = bk
                .into_dimensionality::<Ix2>()
                .map_err(|e| Error::shape(e.to_string()))?;
            let mut cols = Array2::<f64>::zeros(bm.raw_dim());
            for (j, col) in bm.axis_iter(Axis(1)).enumerate() {
                let s = lu.solve_t(&col.to_owned()).map_err(|_| singular())?;
                cols.column_mut(j).assign(&s);
            }
            cols.into_dyn()
        };
        if x.iter().any(|v| !v.is_finite()) {
            return Err(singular());
        }
        parts.push(x);
    }
    assemble(&lead, parts, out_dtype(&arr)).map(Value::from_array)
}

fn eig(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("eig", ["a"], 1)?;
    let arr = to_array(&a, "eig()")?;
    let (lead, mats) = matrices(&arr, "eig()", true)?;
    let (mut ws, mut vs) = (Vec::new(), Vec::new());
    for m in mats {
        let (w, v) = m.eig().map_err(|e| lapack_err("eig()", e))?;
        if w.iter().any(|c| c.im != 0.0) {
            return Err(Error::linalg("eig(): the matrix has complex eigenvalues, which arr does not support (no complex dtype); use eigh() for symmetric matrices"));
        }
        ws.push(w.mapv(|c| c.re).into_dyn());
        vs.push(v.mapv(|c| c.re).into_dyn());
    }
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, ws, dt)?),
        Value::array(assemble(&lead, vs, dt)?),
    ]))
}

fn eigh(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("eigh", ["a"], 1)?;
    let arr = to_array(&a, "eigh()")?;
    let (lead, mats) = matrices(&arr, "eigh()", true)?;
    let (mut ws, mut vs) = (Vec::new(), Vec::new());
    for m in mats {
        let (w, v) = m.eigh(UPLO::Lower).map_err(|e| lapack_err("eigh()", e))?;
        ws.push(w.into_dyn());
        vs.push(v.into_dyn());
    }
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, ws, dt)?),
        Value::array(assemble(&lead, vs, dt)?),
    ]))
}

/// The SVD by LAPACK's divide-and-conquer gesdd, as NumPy computes it.
type SvdParts = (
    Option<Array2<f64>>,
    ndarray::Array1<f64>,
    Option<Array2<f64>>,
);

fn svd_parts(m: &Array2<f64>, full: bool, uv: bool) -> Result<SvdParts> {
    let job = match (uv, full) {
        (false, _) => JobSvd::None,
        (true, true) => JobSvd::All,
        (true, false) => JobSvd::Some,
    };
    // Factorize `m`'s column-major memory (see `singular_values`): that is
    // the SVD of the logical transpose, a^T = U' S V'^T, so a = V' S U'^T.
    let colmajor = m.t().as_standard_layout().into_owned();
    let (u, s, vt) = colmajor.svddc(job).map_err(|e| lapack_err("svd()", e))?;
    Ok((
        vt.map(|v| v.reversed_axes()),
        s,
        u.map(|u| u.reversed_axes()),
    ))
}

fn singular_values(m: &Array2<f64>, what: &str) -> Result<Vec<f64>> {
    // LAPACK reads row-major memory as the transpose; hand it `m`'s own
    // column-major layout, as NumPy does, so the rounding is the same.
    let colmajor = m.t().as_standard_layout().into_owned();
    Ok(colmajor
        .svddc(JobSvd::None)
        .map_err(|e| lapack_err(what, e))?
        .1
        .to_vec())
}

fn svd(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, full_matrices, compute_uv] =
        args.bind("svd", ["a", "full_matrices", "compute_uv"], 1)?;
    let full = super::opt_bool(&full_matrices, "svd", "full_matrices", true)?;
    let uv = super::opt_bool(&compute_uv, "svd", "compute_uv", true)?;
    let arr = to_array(&a, "svd()")?;
    let (lead, mats) = matrices(&arr, "svd()", false)?;
    let (mut us, mut ss, mut vs) = (Vec::new(), Vec::new(), Vec::new());
    for m in mats {
        let (u, s, vt) = svd_parts(&m, full, uv)?;
        ss.push(s.into_dyn());
        if let (Some(u), Some(vt)) = (u, vt) {
            us.push(u.into_dyn());
            vs.push(vt.into_dyn());
        }
    }
    let dt = out_dtype(&arr);
    let s = Value::array(assemble(&lead, ss, dt)?);
    if !uv {
        return Ok(s);
    }
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, us, dt)?),
        s,
        Value::array(assemble(&lead, vs, dt)?),
    ]))
}

fn qr(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("qr", ["a"], 1)?;
    let arr = to_array(&a, "qr()")?;
    let (lead, mats) = matrices(&arr, "qr()", false)?;
    let (mut qs, mut rs) = (Vec::new(), Vec::new());
    for m in mats {
        let (q, r) = m.qr().map_err(|e| lapack_err("qr()", e))?;
        qs.push(q.into_dyn());
        rs.push(r.into_dyn());
    }
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, qs, dt)?),
        Value::array(assemble(&lead, rs, dt)?),
    ]))
}

fn cholesky(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("cholesky", ["a"], 1)?;
    let arr = to_array(&a, "cholesky()")?;
    let (lead, mats) = matrices(&arr, "cholesky()", true)?;
    let mut parts = Vec::new();
    for m in mats {
        let l = m
            .cholesky(UPLO::Lower)
            .map_err(|_| Error::linalg("cholesky(): matrix is not positive definite"))?;
        parts.push(l.into_dyn());
    }
    assemble(&lead, parts, out_dtype(&arr)).map(Value::from_array)
}

enum Ord {
    Default,
    P(f64),
    Fro,
    Nuc,
}

fn vector_norm(v: &[f64], ord: &Ord) -> f64 {
    match ord {
        Ord::Default | Ord::Fro => v.iter().map(|x| x * x).sum::<f64>().sqrt(),
        Ord::P(p) if *p == f64::INFINITY => v.iter().fold(0.0, |m, x| m.max(x.abs())),
        Ord::P(p) if *p == f64::NEG_INFINITY => v.iter().fold(f64::INFINITY, |m, x| m.min(x.abs())),
        Ord::P(p) if *p == 0.0 => v.iter().filter(|x| **x != 0.0).count() as f64,
        Ord::P(p) if *p == 1.0 => v.iter().map(|x| x.abs()).sum(),
        Ord::P(p) if *p == 2.0 => v.iter().map(|x| x * x).sum::<f64>().sqrt(),
        Ord::P(p) => v
            .iter()
            .map(|x| x.abs().powf(*p))
            .sum::<f64>()
            .powf(1.0 / p),
        Ord::Nuc => f64::NAN,
    }
}

fn matrix_norm(m: &Array2<f64>, ord: &Ord) -> Result<f64> {
    let col_sums = || {
        m.axis_iter(Axis(1))
            .map(|c| c.iter().map(|x| x.abs()).sum::<f64>())
            .collect::<Vec<_>>()
    };
    let row_sums = || {
        m.axis_iter(Axis(0))
            .map(|r| r.iter().map(|x| x.abs()).sum::<f64>())
            .collect::<Vec<_>>()
    };
    let max = |v: Vec<f64>| v.into_iter().fold(f64::NEG_INFINITY, f64::max);
    let min = |v: Vec<f64>| v.into_iter().fold(f64::INFINITY, f64::min);
    let sv = || singular_values(m, "norm()");
    Ok(match ord {
        Ord::Default | Ord::Fro => m.iter().map(|x| x * x).sum::<f64>().sqrt(),
        Ord::Nuc => sv()?.iter().sum(),
        Ord::P(p) if *p == 1.0 => max(col_sums()),
        Ord::P(p) if *p == -1.0 => min(col_sums()),
        Ord::P(p) if *p == f64::INFINITY => max(row_sums()),
        Ord::P(p) if *p == f64::NEG_INFINITY => min(row_sums()),
        Ord::P(p) if *p == 2.0 => max(sv()?),
        Ord::P(p) if *p == -2.0 => min(sv()?),
        Ord::P(p) => {
            return Err(Error::value(format!(
                "norm(): invalid norm order {p} for matrices"
            )))
        }
    })
}

fn norm(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, ord, axis, keepdims] = args.bind("norm", ["x", "ord", "axis", "keepdims"], 1)?;
    let arr = to_array(&x, "norm()")?;
    let a = arr.to_f64().into_owned();
    let ord = match &ord {
        Value::None => Ord::Default,
        Value::Str(s) if &**s == "fro" => Ord::Fro,
        Value::Str(s) if &**s == "nuc" => Ord::Nuc,
        v => Ord::P(to_f64(v, "norm(ord=)")?),
    };
    let keep = super::opt_bool(&keepdims, "norm", "keepdims", false)?;
    let axes = crate::value::convert::to_axes(Some(&axis), a.ndim(), "norm()")?;
    let nd = a.ndim();
    match axes {
        None if matches!(ord, Ord::Default) => {
            let v = vector_norm(&a.iter().copied().collect::<Vec<_>>(), &ord);
            if keep {
                return Ok(Value::array(NdArray::F64(ArrayD::from_elem(IxDyn(&vec![1; nd]), v))));
            }
            Ok(Value::Float(v))
        }
        None if nd == 1 => Ok(Value::Float(vector_norm(a.as_slice().unwrap_or(&a.iter().copied().collect::<Vec<_>>()), &ord))),
        None if nd == 2 => {
            let m = a.into_dimensionality::<Ix2>().map_err(|e| Error::shape(e.to_string()))?;
            Ok(Value::Float(matrix_norm(&m, &ord)?))
        }
        None => Err(Error::value("norm(): improper number of dimensions to norm; give axis= for arrays of more than 2 dimensions")),
        Some(ax) if ax.len() == 1 => {
            let axis = ax[0];
            let lanes: Vec<f64> = a
                .lanes(Axis(axis))
                .into_iter()
                .map(|l| vector_norm(&l.to_vec(), &ord))
                .collect();
            let mut shape: Vec<usize> = a.shape().to_vec();
            if keep {
                shape[axis] = 1;
            } else {
                shape.remove(axis);
            }
            Ok(Value::from_array(NdArray::F64(ArrayD::from_shape_vec(IxDyn(&shape), lanes).map_err(|e| Error::shape(e.to_string()))?)))
        }
        Some(ax) if ax.len() == 2 && nd == 2 => {
            let m = a.into_dimensionality::<Ix2>().map_err(|e| Error::shape(e.to_string()))?;
            Ok(Value::Float(matrix_norm(&m, &ord)?))
        }
        Some(_) => Err(Error::value("norm(): axis must be none, an int, or the two axes of a 2-D array")),
    }
}

fn pinv(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, rcond] = args.bind("pinv", ["a", "rcond"], 1)?;
    let rcond = match rcond {
        Value::None => 1e-15,
        v => to_f64(&v, "pinv(rcond=)")?,
    };
    let arr = to_array(&a, "pinv()")?;
    let (lead, mats) = matrices(&arr, "pinv()", false)?;
    let mut parts = Vec::new();
    for m in mats {
        let (u, s, vt) = svd_parts(&m, false, true)?;
        let (Some(u), Some(vt)) = (u, vt) else {
            return Err(Error::linalg("pinv(): SVD did not return vectors"));
        };
        let cutoff = rcond * s.iter().cloned().fold(0.0, f64::max);
        let sinv = s.mapv(|x| if x > cutoff { 1.0 / x } else { 0.0 });
        // pinv = V diag(1/s) U^T
        let scaled = &vt.t() * &sinv.view().insert_axis(Axis(0));
        parts.push(scaled.dot(&u.t()).into_dyn());
    }
    assemble(&lead, parts, out_dtype(&arr)).map(Value::from_array)
}

fn matrix_rank(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, tol] = args.bind("matrix_rank", ["a", "tol"], 1)?;
    let arr = to_array(&a, "matrix_rank()")?;
    if arr.ndim() < 2 {
        return Ok(Value::Int(arr.to_f64().iter().any(|&v| v != 0.0) as i64));
    }
    let (lead, mats) = matrices(&arr, "matrix_rank()", false)?;
    let mut ranks = Vec::new();
    for m in &mats {
        let s = singular_values(m, "matrix_rank()")?;
        let smax = s.iter().cloned().fold(0.0, f64::max);
        let t = match &tol {
            Value::None => smax * (m.nrows().max(m.ncols()) as f64) * f64::EPSILON,
            v => to_f64(v, "matrix_rank(tol=)")?,
        };
        ranks.push(s.iter().filter(|&&x| x > t).count() as i64);
    }
    if lead.is_empty() {
        return Ok(Value::Int(ranks[0]));
    }
    Ok(Value::array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&lead), ranks).map_err(|e| Error::shape(e.to_string()))?,
    )))
}

fn allclose(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, rtol, atol] = args.bind("allclose", ["a", "b", "rtol", "atol"], 2)?;
    let rtol = if let Value::None = rtol {
        1e-5
    } else {
        to_f64(&rtol, "allclose(rtol=)")?
    };
    let atol = if let Value::None = atol {
        1e-8
    } else {
        to_f64(&atol, "allclose(atol=)")?
    };
    let x = to_array(&a, "allclose()")?.to_f64().into_owned();
    let y = to_array(&b, "allclose()")?.to_f64().into_owned();
    let shape =
        crate::array::broadcast::broadcast_shapes(x.shape(), y.shape()).ok_or_else(|| {
            crate::array::broadcast::broadcast_error("allclose()", x.shape(), y.shape())
        })?;
    let (Some(xv), Some(yv)) = (x.broadcast(IxDyn(&shape)), y.broadcast(IxDyn(&shape))) else {
        return Err(crate::array::broadcast::broadcast_error(
            "allclose()",
            x.shape(),
            y.shape(),
        ));
    };
    let ok = ndarray::Zip::from(&xv)
        .and(&yv)
        .all(|&p, &q| (p == q) || ((p - q).abs() <= atol + rtol * q.abs()));
    Ok(Value::Bool(ok))
}
