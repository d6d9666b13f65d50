//! LAPACK decompositions and solvers (through ndarray-linalg), batched over
//! leading axes as NumPy does. Failures are LinAlgError-style messages,
//! never silent NaNs. Every LAPACK call goes through [`lapack`], which
//! answers empty inputs as NumPy does without calling LAPACK and refuses
//! non-finite ones.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::array::broadcast::broadcast_shapes;
use crate::value::convert::{to_array, to_f64};
use crate::value::format::shape_str;
use crate::value::{DType, NdArray, Value};
use ndarray::{Array1, Array2, ArrayD, ArrayViewD, Axis, Ix2, Ix3, IxDyn};
use ndarray_linalg::{Cholesky, Determinant, Eig, Eigh, Factorize, JobSvd, Solve, QR, SVDDC, UPLO};

pub fn register(r: &mut Registry) {
    r.add("inv", inv, "inv(a)\n\nMatrix inverse (batched over leading axes). Singular input is an error.\n\n>>> inv([[2.0, 0.0], [0.0, 4.0]])\narray([[0.5 , 0.  ],\n       [0.  , 0.25]])");
    r.add("slogdet", slogdet, "slogdet(a)\n\nThe sign and the natural log of the absolute value of the determinant, from the LU factors as NumPy computes them (no overflow for large matrices).\n\n>>> slogdet([[2.0, 0.0], [0.0, 3.0]])[0]\n1.0");
    r.add("det", det, "det(a)\n\nDeterminant (batched over leading axes).\n\n>>> det([[1, 2], [3, 4]])\n-2.0000000000000004");
    r.add("solve", solve, "solve(a, b)\n\nSolves a @ x = b for square a (b a vector or matrix; batched).\n\n>>> solve([[3, 1], [1, 2]], [9, 8])\narray([2., 3.])");
    r.add("eig", eig, "eig(a)\n\nEigenvalues and right eigenvectors (columns) of a square matrix, by LAPACK's geev; complex arrays when any eigenvalue is complex (for the whole stack), as in NumPy.\n\n>>> eig([[2.0, 0.0], [0.0, 3.0]])[0]\narray([2., 3.])");
    r.add("eigh", eigh, "eigh(a)\n\nEigenvalues (ascending) and eigenvectors of a symmetric matrix (lower triangle used).\n\n>>> eigh([[2.0, 1.0], [1.0, 2.0]])[0]\narray([1., 3.])");
    r.add("svd", svd, "svd(a, full_matrices=true, compute_uv=true)\n\nSingular value decomposition: (U, S, Vh) with a = U @ diag(S) @ Vh.\n\n>>> svd([[3.0, 0.0], [0.0, 4.0]], compute_uv=false)\narray([4., 3.])");
    r.add("qr", qr, "qr(a)\n\nReduced QR decomposition: (Q, R) with orthonormal Q and upper-triangular R.\n\n>>> q, r = qr([[1.0, 2.0], [3.0, 4.0]]); allclose(q @ r, [[1, 2], [3, 4]])\nTrue");
    r.add("cholesky", cholesky, "cholesky(a)\n\nLower-triangular L with a = L @ L.T; a must be symmetric positive-definite.\n\n>>> cholesky([[4.0, 2.0], [2.0, 3.0]])\narray([[2.        , 0.        ],\n       [1.        , 1.41421356]])");
    r.add("norm", super::norm::norm, "norm(x, ord=none, axis=none, keepdims=false)\n\nVector or matrix norm: 2-norm / Frobenius by default; ord 1, 2, inf, -inf, 'fro', 'nuc', or p.\naxis: one axis (vector norms) or two (matrix norms: rows, then columns; the other axes are a stack).\n\n>>> norm([3, 4])\n5.0");
    r.add("pinv", pinv, "pinv(a, rcond=1e-15)\n\nMoore-Penrose pseudo-inverse through the SVD.\n\n>>> pinv([[1.0, 0.0], [0.0, 0.0]])\narray([[1., 0.],\n       [0., 0.]])");
    r.add("matrix_rank", matrix_rank, "matrix_rank(a, tol=none)\n\nNumber of singular values above tol (default S.max() * max(M, N) * eps).\n\n>>> matrix_rank([[1, 2], [2, 4]])\n1");
    r.add("allclose", allclose, "allclose(a, b, rtol=1e-05, atol=1e-08)\n\nWhether all elements satisfy |a - b| <= atol + rtol * |b|.\n\n>>> allclose([1.0, 2.0], [1.0, 2.0 + 1e-9])\nTrue");
}

fn lapack_err(what: &str, e: ndarray_linalg::error::LinalgError) -> Error {
    Error::linalg(format!("{what}: LAPACK reported a failure ({e})"))
}

/// The one door to LAPACK: every ndarray-linalg routine arr calls, here and
/// in `linalg.rs`, runs inside a `call` given to this function, and `inputs`
/// are the arrays that routine reads. LAPACK never sees an input without
/// elements (OpenBLAS crashes on some zero dimensions and rejects others as
/// illegal arguments): `empty` builds NumPy's answer for that case instead.
/// Nor does it see a NaN or an infinity, on which its iterations may fail to
/// converge or return garbage: that is an error naming the operation, as arr
/// never returns silent NaNs from a decomposition.
pub(super) fn lapack<R>(
    what: &str,
    inputs: &[ArrayViewD<'_, f64>],
    empty: impl FnOnce() -> Result<R>,
    call: impl FnOnce() -> Result<R>,
) -> Result<R> {
    if inputs.iter().any(|a| a.is_empty()) {
        return empty();
    }
    if inputs.iter().any(|a| a.iter().any(|v| !v.is_finite())) {
        return Err(Error::linalg(format!(
            "{what}: array must not contain infs or NaNs"
        )));
    }
    call()
}

/// The size check for a result that can be far larger than its input (the
/// square factors of a full SVD).
fn check_result_size(what: &str, elems: usize) -> Result<()> {
    crate::array::alloc::check(what, elems, std::mem::size_of::<f64>())
}

/// The matrices of an array of shape (..., m, n) as float64. The leading
/// (batch) shape and the matrix shape may hold zeros: a stack of no matrices
/// still knows the shape of each.
struct Stack {
    lead: Vec<usize>,
    m: usize,
    n: usize,
    mats: Vec<Array2<f64>>,
}

fn matrices(a: &NdArray, what: &str, square: bool) -> Result<Stack> {
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
    let lead = a.shape()[..nd - 2].to_vec();
    let batch: usize = lead.iter().product();
    // One matrix object per stacked matrix, even an empty one.
    crate::array::alloc::check(what, batch, std::mem::size_of::<Array2<f64>>())?;
    let flat = a
        .to_f64()
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
    Ok(Stack { lead, m, n, mats })
}

impl Stack {
    /// The size of the work, for [`super::interruptible`]: about the
    /// floating-point operations of a factorization (m n min(m, n) per
    /// matrix) over 16, so that a 256 x 256 matrix and larger run where
    /// Ctrl-C can abandon them.
    fn work(&self) -> usize {
        let per = self
            .m
            .saturating_mul(self.n)
            .saturating_mul(self.m.min(self.n));
        (per / 16).saturating_mul(self.mats.len())
    }
}

/// Stacks per-matrix results, each of shape `inner`, under the leading shape
/// `lead` (no parts at all when `lead` holds a zero).
fn assemble(
    lead: &[usize],
    inner: &[usize],
    parts: Vec<ArrayD<f64>>,
    dtype: DType,
) -> Result<NdArray> {
    let mut shape = lead.to_vec();
    shape.extend_from_slice(inner);
    let data: Vec<f64> = parts.iter().flat_map(|p| p.iter().copied()).collect();
    let out = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::shape(e.to_string()))?,
    );
    Ok(out.into_dtype(dtype))
}

/// NumPy's result dtype of a linear-algebra routine: float32 when every
/// input is float32, float64 otherwise (ints and bools included).
pub(super) fn out_dtype_of(arrays: &[&NdArray]) -> DType {
    if arrays.iter().all(|a| a.dtype() == DType::Float32) {
        DType::Float32
    } else {
        DType::Float64
    }
}

fn out_dtype(a: &NdArray) -> DType {
    out_dtype_of(&[a])
}

fn singular(what: &str) -> Error {
    // NumPy's message (what `str(e)` shows), the operation in a note.
    Error::linalg("Singular matrix").with_note(format!("raised by {what}"))
}

type Lu = ndarray_linalg::LUFactorized<ndarray::OwnedRepr<f64>>;

/// The LU factors of `m`'s column-major memory, as NumPy's gesv computes
/// them (the logical matrix is then the transpose, hence `solve_t` in
/// `lu_solve`); `None` for a 0x0 matrix.
fn lu(what: &str, m: &Array2<f64>) -> Result<Option<Lu>> {
    lapack(
        what,
        &[m.view().into_dyn()],
        || Ok(None),
        || {
            m.t()
                .as_standard_layout()
                .into_owned()
                .factorize()
                .map(Some)
                .map_err(|_| singular(what))
        },
    )
}

fn lu_solve(what: &str, lu: &Lu, b: &Array1<f64>) -> Result<Array1<f64>> {
    lapack(
        what,
        &[b.view().into_dyn()],
        || Ok(Array1::zeros(0)),
        || lu.solve_t(b).map_err(|_| singular(what)),
    )
}

fn inv(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("inv", ["a"], 1)?;
    let arr = to_array(&a, "inv()")?;
    let s = matrices(&arr, "inv()", true)?;
    let n = s.n;
    let (lead, work) = (s.lead.clone(), s.work());
    let parts = super::interruptible(cx, work, move || inv_all(s))?;
    assemble(&lead, &[n, n], parts, out_dtype(&arr)).map(Value::from_array)
}

fn inv_all(s: Stack) -> Result<Vec<ArrayD<f64>>> {
    let n = s.n;
    let mut parts = Vec::with_capacity(s.mats.len());
    for m in &s.mats {
        // As NumPy: LU-factorize once, then solve a @ X = I column by column.
        let mut x = Array2::<f64>::zeros((n, n));
        if let Some(f) = lu("inv()", m)? {
            for j in 0..n {
                let mut e = Array1::<f64>::zeros(n);
                e[j] = 1.0;
                x.column_mut(j).assign(&lu_solve("inv()", &f, &e)?);
            }
        }
        if x.iter().any(|v| !v.is_finite()) {
            return Err(singular("inv()"));
        }
        parts.push(x.into_dyn());
    }
    Ok(parts)
}

fn det(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("det", ["a"], 1)?;
    let arr = to_array(&a, "det()")?;
    let s = matrices(&arr, "det()", true)?;
    let (lead, work) = (s.lead.clone(), s.work());
    let parts = super::interruptible(cx, work, move || sign_logs(s, "det()"))?;
    // As NumPy: sign * exp(log|det|).
    let parts = parts
        .iter()
        .map(|&(sign, ln)| ArrayD::from_elem(IxDyn(&[]), sign * ln.exp()))
        .collect();
    assemble(&lead, &[], parts, out_dtype(&arr)).map(Value::from_array)
}

fn slogdet(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("slogdet", ["a"], 1)?;
    let arr = to_array(&a, "slogdet()")?;
    let s = matrices(&arr, "slogdet()", true)?;
    let (lead, work) = (s.lead.clone(), s.work());
    let parts = super::interruptible(cx, work, move || sign_logs(s, "slogdet()"))?;
    let one = |f: fn(&(f64, f64)) -> f64| -> Vec<ArrayD<f64>> {
        parts
            .iter()
            .map(|p| ArrayD::from_elem(IxDyn(&[]), f(p)))
            .collect()
    };
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::from_array(assemble(&lead, &[], one(|p| p.0), dt)?),
        Value::from_array(assemble(&lead, &[], one(|p| p.1), dt)?),
    ]))
}

/// The sign and log of the absolute determinant of every matrix, from its
/// LU factors as NumPy computes them: (1, 0) for 0x0, (0, -inf) when
/// singular.
fn sign_logs(s: Stack, what: &str) -> Result<Vec<(f64, f64)>> {
    let mut parts = Vec::with_capacity(s.mats.len());
    for m in &s.mats {
        let d = lapack(
            what,
            &[m.view().into_dyn()],
            || Ok((1.0, 0.0)),
            || {
                // LAPACK reads a row-major matrix as its transpose; factorize
                // the transpose's memory so that LAPACK sees `a` itself.
                Ok(m.t()
                    .as_standard_layout()
                    .into_owned()
                    .sln_det()
                    .unwrap_or((0.0, f64::NEG_INFINITY)))
            },
        )?;
        parts.push(d);
    }
    Ok(parts)
}

/// For each position of the broadcast stack shape `to`, the index of the
/// matrix of a stack of shape `from` that lands there.
fn stack_index(from: &[usize], to: &[usize]) -> Option<Vec<usize>> {
    let count: usize = from.iter().product();
    let idx = ArrayD::from_shape_vec(IxDyn(from), (0..count).collect::<Vec<usize>>()).ok()?;
    let view = idx.broadcast(IxDyn(to))?;
    Some(view.iter().copied().collect())
}

fn solve(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("solve", ["a", "b"], 2)?;
    let arr = to_array(&a, "solve()")?;
    let rhs = to_array(&b, "solve()")?;
    let s = matrices(&arr, "solve()", true)?;
    let n = s.n;
    let shape_err = || {
        Error::shape(format!(
            "solve(): a has shape {} but b has shape {}; b must be (M,) or (..., M, K) with M = {n}",
            shape_str(arr.shape()),
            shape_str(rhs.shape())
        ))
    };
    // NumPy 2: b is a vector only when 1-D; otherwise a stack of (M, K)
    // matrices, whose leading axes broadcast against a's.
    let nb = rhs.ndim();
    let vector = nb == 1;
    if nb == 0 || rhs.shape()[if vector { 0 } else { nb - 2 }] != n {
        return Err(shape_err());
    }
    let k = if vector { 1 } else { rhs.shape()[nb - 1] };
    let b_lead = if vector {
        &[][..]
    } else {
        &rhs.shape()[..nb - 2]
    };
    let stack_err = || {
        Error::shape(format!(
            "solve(): the stacks of a (shape {}) and b (shape {}) cannot be broadcast together",
            shape_str(arr.shape()),
            shape_str(rhs.shape())
        ))
    };
    let lead = broadcast_shapes(&s.lead, b_lead).ok_or_else(stack_err)?;
    let a_at = stack_index(&s.lead, &lead).ok_or_else(stack_err)?;
    let b_at = stack_index(b_lead, &lead).ok_or_else(stack_err)?;
    let b_count: usize = b_lead.iter().product();
    let b_mats = rhs
        .to_f64()
        .as_standard_layout()
        .into_owned()
        .into_shape_with_order(IxDyn(&[b_count, n, k]))
        .and_then(|x| x.into_dimensionality::<Ix3>())
        .map_err(|_| shape_err())?;
    let work = s.work().saturating_add(b_mats.len() / 16 * n);
    let mats = s.mats;
    let parts = super::interruptible(cx, work, move || {
        // Each matrix of a is factorized once (all are used unless the
        // stack is empty, and then none is).
        let lus = if a_at.is_empty() {
            Vec::new()
        } else {
            mats.iter()
                .map(|m| lu("solve()", m))
                .collect::<Result<Vec<_>>>()?
        };
        let mut parts = Vec::with_capacity(a_at.len());
        for (&i, &j) in a_at.iter().zip(&b_at) {
            let mut x = Array2::<f64>::zeros((n, k));
            if let Some(f) = lus.get(i).and_then(|f| f.as_ref()) {
                for (c, col) in b_mats.index_axis(Axis(0), j).axis_iter(Axis(1)).enumerate() {
                    x.column_mut(c)
                        .assign(&lu_solve("solve()", f, &col.to_owned())?);
                }
            }
            if x.iter().any(|v| !v.is_finite()) {
                return Err(singular("solve()"));
            }
            parts.push(x.into_dyn());
        }
        Ok(parts)
    })?;
    let inner: &[usize] = if vector { &[n] } else { &[n, k] };
    assemble(&lead, inner, parts, out_dtype_of(&[&arr, &rhs])).map(Value::from_array)
}

fn eig(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("eig", ["a"], 1)?;
    let arr = to_array(&a, "eig()")?;
    let s = matrices(&arr, "eig()", true)?;
    let (lead, n, work) = (s.lead.clone(), s.n, s.work());
    let (ws, vs) = super::interruptible(cx, work, move || eig_all(s))?;
    let dt = out_dtype(&arr);
    // Real results when every eigenvalue is real, complex ones otherwise,
    // as NumPy decides for the whole stack.
    if ws.iter().all(|w| w.iter().all(|c| c.im == 0.0)) {
        let re = |ps: Vec<ArrayD<C64>>| -> Vec<ArrayD<f64>> {
            ps.into_iter().map(|p| p.mapv(|c| c.re)).collect()
        };
        return Ok(Value::tuple(vec![
            Value::array(assemble(&lead, &[n], re(ws), dt)?),
            Value::array(assemble(&lead, &[n, n], re(vs), dt)?),
        ]));
    }
    let single = dt == DType::Float32;
    Ok(Value::tuple(vec![
        assemble_complex(&lead, &[n], ws, single)?,
        assemble_complex(&lead, &[n, n], vs, single)?,
    ]))
}

type C64 = num_complex::Complex64;

fn assemble_complex(
    lead: &[usize],
    inner: &[usize],
    parts: Vec<ArrayD<C64>>,
    single: bool,
) -> Result<Value> {
    let mut shape = lead.to_vec();
    shape.extend_from_slice(inner);
    let data: Vec<C64> = parts.iter().flat_map(|p| p.iter().copied()).collect();
    let mut a =
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::shape(e.to_string()))?;
    if single {
        a.mapv_inplace(|c| C64::new(c.re as f32 as f64, c.im as f32 as f64));
    }
    Ok(super::complex::value(a, single))
}

type Pairs<T> = (Vec<ArrayD<T>>, Vec<ArrayD<T>>);

fn eig_all(s: Stack) -> Result<Pairs<C64>> {
    let (mut ws, mut vs) = (Vec::new(), Vec::new());
    for m in &s.mats {
        let (w, v) = lapack(
            "eig()",
            &[m.view().into_dyn()],
            || Ok((Array1::zeros(0), Array2::zeros((0, 0)))),
            || {
                // A column-major copy, as NumPy hands geev (for a row-major
                // one ndarray-linalg takes left eigenvectors of the transpose:
                // another eigenvalue order and rounding).
                let colmajor = m.t().as_standard_layout().into_owned().reversed_axes();
                colmajor.eig().map_err(|e| lapack_err("eig()", e))
            },
        )?;
        ws.push(w.into_dyn());
        vs.push(v.into_dyn());
    }
    Ok((ws, vs))
}

fn eigh(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("eigh", ["a"], 1)?;
    let arr = to_array(&a, "eigh()")?;
    let s = matrices(&arr, "eigh()", true)?;
    let (lead, n, work) = (s.lead.clone(), s.n, s.work());
    let (ws, vs) = super::interruptible(cx, work, move || eigh_all(s))?;
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, &[n], ws, dt)?),
        Value::array(assemble(&lead, &[n, n], vs, dt)?),
    ]))
}

fn eigh_all(s: Stack) -> Result<Pairs<f64>> {
    let (mut ws, mut vs) = (Vec::new(), Vec::new());
    for m in &s.mats {
        let (w, v) = lapack(
            "eigh()",
            &[m.view().into_dyn()],
            || Ok((Array1::zeros(0), Array2::zeros((0, 0)))),
            || {
                // Hand LAPACK `m`'s column-major memory, as NumPy does:
                // ndarray-linalg reads a row-major matrix as its transpose,
                // whose lower triangle is `m`'s upper one.
                m.t()
                    .as_standard_layout()
                    .into_owned()
                    .eigh(UPLO::Lower)
                    .map_err(|e| lapack_err("eigh()", e))
            },
        )?;
        ws.push(w.into_dyn());
        vs.push(v.into_dyn());
    }
    Ok((ws, vs))
}

/// The SVD by LAPACK's divide-and-conquer gesdd, as NumPy computes it.
type SvdParts = (Option<Array2<f64>>, Array1<f64>, Option<Array2<f64>>);

fn svd_parts(m: &Array2<f64>, full: bool, uv: bool, what: &str) -> Result<SvdParts> {
    let (rows, cols) = m.dim();
    let job = match (uv, full) {
        (false, _) => JobSvd::None,
        (true, true) => JobSvd::All,
        (true, false) => JobSvd::Some,
    };
    lapack(
        what,
        &[m.view().into_dyn()],
        // No singular values; the full factors are identities, as in NumPy.
        || {
            Ok(match (uv, full) {
                (false, _) => (None, Array1::zeros(0), None),
                (true, true) => (
                    Some(Array2::eye(rows)),
                    Array1::zeros(0),
                    Some(Array2::eye(cols)),
                ),
                (true, false) => (
                    Some(Array2::zeros((rows, 0))),
                    Array1::zeros(0),
                    Some(Array2::zeros((0, cols))),
                ),
            })
        },
        || {
            // Factorize `m`'s column-major memory (see `singular_values`):
            // that is the SVD of the logical transpose, a^T = U' S V'^T, so
            // a = V' S U'^T.
            let colmajor = m.t().as_standard_layout().into_owned();
            let (u, s, vt) = colmajor.svddc(job).map_err(|e| lapack_err(what, e))?;
            Ok((
                vt.map(|v| v.reversed_axes()),
                s,
                u.map(|u| u.reversed_axes()),
            ))
        },
    )
}

pub(super) fn singular_values(m: &Array2<f64>, what: &str) -> Result<Vec<f64>> {
    lapack(
        what,
        &[m.view().into_dyn()],
        || Ok(Vec::new()),
        || {
            // LAPACK reads row-major memory as the transpose; hand it `m`'s
            // own column-major layout, as NumPy does, so the rounding is the
            // same.
            let colmajor = m.t().as_standard_layout().into_owned();
            Ok(colmajor
                .svddc(JobSvd::None)
                .map_err(|e| lapack_err(what, e))?
                .1
                .to_vec())
        },
    )
}

fn svd(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, full_matrices, compute_uv] =
        args.bind("svd", ["a", "full_matrices", "compute_uv"], 1)?;
    let full = super::opt_bool(&full_matrices, "svd", "full_matrices", true)?;
    let uv = super::opt_bool(&compute_uv, "svd", "compute_uv", true)?;
    let arr = to_array(&a, "svd()")?;
    let s = matrices(&arr, "svd()", false)?;
    let (m, n) = (s.m, s.n);
    let k = m.min(n);
    let (ushape, vshape) = if full {
        ([m, m], [n, n])
    } else {
        ([m, k], [k, n])
    };
    if uv {
        let per = (m.saturating_mul(ushape[1])).saturating_add(vshape[0].saturating_mul(n));
        check_result_size("svd()", per.saturating_mul(s.mats.len()))?;
    }
    let (lead, work) = (s.lead.clone(), s.work());
    let (us, ss, vs) = super::interruptible(cx, work, move || {
        let (mut us, mut ss, mut vs) = (Vec::new(), Vec::new(), Vec::new());
        for mat in &s.mats {
            let (u, sv, vt) = svd_parts(mat, full, uv, "svd()")?;
            ss.push(sv.into_dyn());
            if let (Some(u), Some(vt)) = (u, vt) {
                us.push(u.into_dyn());
                vs.push(vt.into_dyn());
            }
        }
        Ok((us, ss, vs))
    })?;
    let dt = out_dtype(&arr);
    let sv = Value::array(assemble(&lead, &[k], ss, dt)?);
    if !uv {
        return Ok(sv);
    }
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, &ushape, us, dt)?),
        sv,
        Value::array(assemble(&lead, &vshape, vs, dt)?),
    ]))
}

fn qr(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("qr", ["a"], 1)?;
    let arr = to_array(&a, "qr()")?;
    let s = matrices(&arr, "qr()", false)?;
    // NumPy's reduced mode: Q is (M, K) and R is (K, N) with K = min(M, N).
    let (m, n) = (s.m, s.n);
    let k = m.min(n);
    let (lead, work) = (s.lead.clone(), s.work());
    let (qs, rs) = super::interruptible(cx, work, move || qr_all(s))?;
    let dt = out_dtype(&arr);
    Ok(Value::tuple(vec![
        Value::array(assemble(&lead, &[m, k], qs, dt)?),
        Value::array(assemble(&lead, &[k, n], rs, dt)?),
    ]))
}

fn qr_all(s: Stack) -> Result<Pairs<f64>> {
    let (m, n) = (s.m, s.n);
    let k = m.min(n);
    let (mut qs, mut rs) = (Vec::new(), Vec::new());
    for mat in &s.mats {
        let (q, r) = lapack(
            "qr()",
            &[mat.view().into_dyn()],
            || Ok((Array2::zeros((m, k)), Array2::zeros((k, n)))),
            || {
                // A column-major copy, the layout NumPy hands geqrf (for a
                // row-major one ndarray-linalg factorizes the transpose).
                let colmajor = mat.t().as_standard_layout().into_owned().reversed_axes();
                colmajor.qr().map_err(|e| lapack_err("qr()", e))
            },
        )?;
        qs.push(q.into_dyn());
        rs.push(r.into_dyn());
    }
    Ok((qs, rs))
}

fn cholesky(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("cholesky", ["a"], 1)?;
    let arr = to_array(&a, "cholesky()")?;
    let s = matrices(&arr, "cholesky()", true)?;
    let (lead, n, work) = (s.lead.clone(), s.n, s.work());
    let parts = super::interruptible(cx, work, move || cholesky_all(s))?;
    assemble(&lead, &[n, n], parts, out_dtype(&arr)).map(Value::from_array)
}

fn cholesky_all(s: Stack) -> Result<Vec<ArrayD<f64>>> {
    let mut parts = Vec::with_capacity(s.mats.len());
    for m in &s.mats {
        let l = lapack(
            "cholesky()",
            &[m.view().into_dyn()],
            || Ok(Array2::zeros((0, 0))),
            || {
                m.cholesky(UPLO::Lower)
                    .map_err(|_| Error::linalg("cholesky(): matrix is not positive definite"))
            },
        )?;
        parts.push(l.into_dyn());
    }
    Ok(parts)
}

fn pinv(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, rcond] = args.bind("pinv", ["a", "rcond"], 1)?;
    let rcond = match rcond {
        Value::None => 1e-15,
        v => to_f64(&v, "pinv(rcond=)")?,
    };
    let arr = to_array(&a, "pinv()")?;
    let s = matrices(&arr, "pinv()", false)?;
    let (m, n) = (s.m, s.n);
    let (lead, work) = (s.lead.clone(), s.work());
    let parts = super::interruptible(cx, work, move || pinv_all(s, rcond))?;
    // NumPy returns an empty matrix's pseudo-inverse in the input's own dtype.
    let dt = if m == 0 || n == 0 {
        arr.dtype()
    } else {
        out_dtype(&arr)
    };
    assemble(&lead, &[n, m], parts, dt).map(Value::from_array)
}

fn pinv_all(s: Stack, rcond: f64) -> Result<Vec<ArrayD<f64>>> {
    let (m, n) = (s.m, s.n);
    let mut parts = Vec::with_capacity(s.mats.len());
    for mat in &s.mats {
        let p = lapack(
            "pinv()",
            &[mat.view().into_dyn()],
            || Ok(Array2::zeros((n, m))),
            || {
                let (u, sv, vt) = svd_parts(mat, false, true, "pinv()")?;
                let (Some(u), Some(vt)) = (u, vt) else {
                    return Err(Error::linalg("pinv(): SVD did not return vectors"));
                };
                let cutoff = rcond * sv.iter().cloned().fold(0.0, f64::max);
                let sinv = sv.mapv(|x| if x > cutoff { 1.0 / x } else { 0.0 });
                // pinv = V (diag(1/s) U^T), in NumPy's order.
                let scaled = &u.t() * &sinv.view().insert_axis(Axis(1));
                Ok(vt.t().dot(&scaled))
            },
        )?;
        parts.push(p.into_dyn());
    }
    Ok(parts)
}

fn matrix_rank(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, tol] = args.bind("matrix_rank", ["a", "tol"], 1)?;
    let arr = to_array(&a, "matrix_rank()")?;
    let tol = match &tol {
        Value::None => None,
        v => Some(to_f64(v, "matrix_rank(tol=)")?),
    };
    if arr.ndim() < 2 {
        return Ok(Value::Int(arr.to_f64().iter().any(|&v| v != 0.0) as i64));
    }
    let s = matrices(&arr, "matrix_rank()", false)?;
    let (lead, work) = (s.lead.clone(), s.work());
    let ranks = super::interruptible(cx, work, move || {
        let mut ranks = Vec::with_capacity(s.mats.len());
        for m in &s.mats {
            let sv = singular_values(m, "matrix_rank()")?;
            let smax = sv.iter().cloned().fold(0.0, f64::max);
            let t = tol.unwrap_or(smax * (s.m.max(s.n) as f64) * f64::EPSILON);
            ranks.push(sv.iter().filter(|&&x| x > t).count() as i64);
        }
        Ok(ranks)
    })?;
    if lead.is_empty() {
        return Ok(Value::Int(ranks.first().copied().unwrap_or(0)));
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
