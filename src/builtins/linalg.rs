//! Linear algebra: products on BLAS (through ndarray), solvers on LAPACK
//! (through ndarray-linalg and OpenBLAS).

use super::{Args, Context, Registry};
use crate::array::matmul::{mat_err, matmul};
use crate::error::{Error, Result};

use super::decomp::{lapack, out_dtype_of};
use crate::value::convert::{to_array, to_i64};
use crate::value::format::shape_str;
use crate::value::{NdArray, Value};
use ndarray::{Array1, Array2, ArrayD, Axis, Ix2, IxDyn};
use ndarray_linalg::LeastSquaresSvdInto;

pub fn register(r: &mut Registry) {
    r.add("dot", dot, "dot(a, b)\n\nDot product: matrix product for 2-D arrays, inner product for 1-D arrays,\nsum over the last axis of a and the second-to-last of b otherwise.\n\n>>> dot([[1, 2], [3, 4]], [[5, 6], [7, 8]])\narray([[19, 22],\n       [43, 50]])");
    r.add("matmul", matmul_builtin, "matmul(a, b)\n\nMatrix product (the `@` operator), broadcasting over leading axes.\n\n>>> matmul(ones((2, 2, 3)), ones((3, 1))).shape\n(2, 2, 1)");
    r.add("lstsq", lstsq, "lstsq(a, b, rcond=none)\n\nLeast-squares solution of a @ x = b (LAPACK gelsd). Returns\n(solution, residuals, rank, singular_values) like NumPy.\n\n>>> lstsq([[1, 1], [2, 1], [3, 1]], [1, 2, 2])[0]\narray([0.5       , 0.66666667])");
    r.add("outer", outer, "outer(a, b)\n\nOuter product of two vectors (inputs are flattened).\n\n>>> outer([1, 2], [1, 10])\narray([[ 1, 10],\n       [ 2, 20]])");
    r.add(
        "inner",
        inner,
        "inner(a, b)\n\nInner product over the last axes.\n\n>>> inner([1, 2, 3], [4, 5, 6])\n32",
    );
    r.add(
        "trace",
        trace,
        "trace(a)\n\nSum of the main diagonal of a 2-D array.\n\n>>> trace([[1, 2], [3, 4]])\n5",
    );
}

fn matmul_builtin(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("matmul", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "matmul()")?, to_array(&b, "matmul()")?);
    matmul(&x, &y, "matmul()").map(Value::from_array)
}

fn dot(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("dot", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "dot()")?, to_array(&b, "dot()")?);
    if x.ndim() == 0 || y.ndim() == 0 {
        return crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &a, &b, cx);
    }
    if y.ndim() <= 2 {
        return matmul(&x, &y, "dot()").map(Value::from_array);
    }
    // N-d: contract the last axis of a with the second-to-last of b.
    let k = x.shape()[x.ndim() - 1];
    let kb = y.shape()[y.ndim() - 2];
    if k != kb {
        return Err(mat_err("dot()", x.shape(), y.shape()));
    }
    let mut perm: Vec<usize> = vec![y.ndim() - 2];
    perm.extend((0..y.ndim()).filter(|&d| d != y.ndim() - 2));
    let yt = crate::builtins::shape::reshape_to(
        &Value::from_array(crate::map_array!(&*y, v => v.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned()))
            .as_array_owned()?,
        &[k as i64, -1],
    )?;
    let xr = crate::builtins::shape::reshape_to(&x, &[-1, k as i64])?;
    let prod = matmul(&xr, &yt, "dot()")?;
    let mut shape: Vec<i64> = x.shape()[..x.ndim() - 1]
        .iter()
        .map(|&d| d as i64)
        .collect();
    shape.extend(y.shape()[..y.ndim() - 2].iter().map(|&d| d as i64));
    shape.push(y.shape()[y.ndim() - 1] as i64);
    crate::builtins::shape::reshape_to(&prod, &shape).map(Value::from_array)
}

impl Value {
    /// The array a value holds (scalars as 0-d arrays).
    pub fn as_array_owned(&self) -> Result<NdArray> {
        to_array(self, "array").map(|a| a.into_owned())
    }
}

/// An owned column-major copy, the layout LAPACK works in (and NumPy hands
/// it), so gelsd needs no further copies or transposes.
fn colmajor(a: ndarray::ArrayView2<f64>) -> Array2<f64> {
    a.t().as_standard_layout().into_owned().reversed_axes()
}

fn lstsq(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, rcond] = args.bind("lstsq", ["a", "b", "rcond"], 2)?;
    // NumPy's default (machine precision times max(M, N)) is what gelsd
    // gets; another cutoff is refused rather than ignored.
    if !matches!(rcond, Value::None) {
        return Err(Error::value(
            "lstsq(): only rcond=None (NumPy's default cutoff) is supported",
        ));
    }
    let x = to_array(&a, "lstsq()")?;
    let y = to_array(&b, "lstsq()")?;
    if x.ndim() != 2 {
        return Err(Error::linalg(format!(
            "lstsq(): expected a 2-D array, got shape {}",
            shape_str(x.shape())
        )));
    }
    if y.ndim() == 0 || y.ndim() > 2 {
        return Err(Error::linalg(format!(
            "lstsq(): b must be 1-D or 2-D, got shape {}",
            shape_str(y.shape())
        )));
    }
    let (m, n) = (x.shape()[0], x.shape()[1]);
    if y.shape()[0] != m {
        return Err(Error::shape(format!(
            "lstsq(): incompatible dimensions: a has shape {} and b has shape {} (axis 0 must match)",
            shape_str(x.shape()),
            shape_str(y.shape())
        )));
    }
    let xf = x.to_f64();
    let xv = xf
        .view()
        .into_dimensionality::<Ix2>()
        .map_err(|e| Error::shape(e.to_string()))?;
    // A vector b is one right-hand side.
    let vector = y.ndim() == 1;
    let k = if vector { 1 } else { y.shape()[1] };
    let yb = y
        .to_f64()
        .as_standard_layout()
        .into_owned()
        .into_shape_with_order((m, k))
        .map_err(|e| Error::shape(e.to_string()))?;
    // Without right-hand sides, solve for one zero column and keep none of
    // it, as NumPy does: gelsd still gives the rank and singular values.
    let rhs = if k == 0 {
        crate::array::alloc::check("lstsq()", m, 8)?;
        Array2::zeros((m, 1))
    } else {
        yb.clone()
    };
    // The solution is (n, k) whatever a holds (zeros for an empty a).
    crate::array::alloc::check_shape("lstsq()", &[n, k.max(1)], 8)?;
    let (solution, rank, sv, resid) = lapack(
        "lstsq()",
        &[xv.into_dyn(), rhs.view().into_dyn()],
        // NumPy's answer for an empty a: x = 0 and rank 0, so the residuals
        // are the squares of b, summed per column.
        || {
            let sums = yb
                .axis_iter(Axis(1))
                .map(|c| c.iter().map(|v| v * v).reduce(|p, q| p + q).unwrap_or(0.0))
                .collect::<Array1<f64>>();
            Ok((Array2::zeros((n, k)), 0, Array1::zeros(0), Some(sums)))
        },
        || {
            let r = colmajor(xv)
                .least_squares_into(colmajor(rhs.view()))
                .map_err(|e| Error::linalg(format!("lstsq(): SVD did not converge ({e})")))?;
            Ok((
                r.solution,
                r.rank,
                r.singular_values,
                r.residual_sum_of_squares,
            ))
        },
    )?;
    let solution = solution.slice(ndarray::s![.., ..k]).to_owned();
    // NumPy reports residuals only for full-rank, overdetermined systems.
    let residuals = match resid {
        Some(r) if rank as usize == n && m > n => r.slice(ndarray::s![..k]).to_owned(),
        _ => Array1::zeros(0),
    };
    let solution = if vector {
        solution.into_shape_with_order(IxDyn(&[n]))
    } else {
        Ok(solution.into_dyn())
    }
    .map_err(|e| Error::shape(e.to_string()))?;
    let dt = out_dtype_of(&[&x, &y]);
    let out = |v: ArrayD<f64>| Value::array(NdArray::F64(v).into_dtype(dt));
    Ok(Value::tuple(vec![
        out(solution),
        out(residuals.into_dyn()),
        Value::Int(rank as i64),
        out(sv.into_dyn()),
    ]))
}

fn outer(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("outer", ["a", "b"], 2)?;
    let x = crate::builtins::shape::reshape_to(&*to_array(&a, "outer()")?, &[-1, 1])?;
    let y = crate::builtins::shape::reshape_to(&*to_array(&b, "outer()")?, &[1, -1])?;
    crate::value::ops::binary(
        crate::syntax::ast::BinOp::Mul,
        &Value::array(x),
        &Value::array(y),
        cx,
    )
}

fn inner(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("inner", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "inner()")?, to_array(&b, "inner()")?);
    if x.ndim() == 0 || y.ndim() == 0 {
        return crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &a, &b, cx);
    }
    let yt = crate::array::transpose::transpose_all(&y);
    if y.ndim() <= 2 {
        return matmul(&x, &yt, "inner()").map(Value::from_array);
    }
    Err(Error::value("inner(): arrays of more than 2 dimensions on the right are not supported; use tensordot-style reshapes"))
}

fn trace(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, offset, axis1, axis2, dtype] =
        args.bind("trace", ["a", "offset", "axis1", "axis2", "dtype"], 1)?;
    let mut x = to_array(&a, "trace()")?.into_owned();
    if x.ndim() < 2 {
        return Err(Error::value(
            "trace(): diag requires an array of at least two dimensions",
        ));
    }
    if !matches!(dtype, Value::None) {
        x = x.astype(crate::value::convert::to_dtype(&dtype, "trace(dtype=)")?);
    }
    let nd = x.ndim();
    let ax = |v: &Value, d: i64| -> Result<usize> {
        let a = if let Value::None = v {
            d
        } else {
            to_i64(v, "trace()")?
        };
        crate::value::convert::norm_axis(a, nd, "trace()")
    };
    let (a1, a2) = (ax(&axis1, 0)?, ax(&axis2, 1)?);
    if a1 == a2 {
        return Err(Error::value("trace(): axis1 and axis2 cannot be the same"));
    }
    let k = if let Value::None = offset {
        0
    } else {
        to_i64(&offset, "trace(offset=)")?
    };
    let mut perm: Vec<usize> = (0..nd).filter(|&d| d != a1 && d != a2).collect();
    perm.extend([a1, a2]);
    let rest: Vec<usize> = perm[..nd - 2].iter().map(|&d| x.shape()[d]).collect();
    let (rows, cols) = (x.shape()[a1] as i64, x.shape()[a2] as i64);
    let (r0, c0) = if k >= 0 {
        (0, k)
    } else {
        (k.saturating_neg(), 0)
    };
    let len = (rows - r0).min(cols - c0).max(0) as usize;
    macro_rules! diag_sum {
        ($v:expr, $zero:expr, $add:expr) => {{
            let p = $v.view().permuted_axes(ndarray::IxDyn(&perm));
            ArrayD::from_shape_fn(IxDyn(&rest), |ix| {
                let mut full: Vec<usize> = ix.as_array_view().to_vec();
                full.extend([0, 0]);
                let mut s = $zero;
                for i in 0..len {
                    full[nd - 2] = r0 as usize + i;
                    full[nd - 1] = c0 as usize + i;
                    s = $add(s, p[full.as_slice()]);
                }
                s
            })
        }};
    }
    use ndarray::Dimension;
    let out = match &x {
        // Summed from 0.0 as NumPy's trace does (Rust's float `sum` starts
        // at -0.0, which an empty diagonal would print).
        NdArray::F64(v) => NdArray::F64(diag_sum!(v, 0.0f64, |s: f64, e: f64| s + e)),
        NdArray::F32(v) => NdArray::F32(diag_sum!(v, 0.0f32, |s: f32, e: f32| s + e)),
        // Wrapping, as NumPy's integer sums.
        other => {
            let v = other.to_i64().into_owned();
            NdArray::Int(diag_sum!(v, 0i64, i64::wrapping_add))
        }
    };
    Ok(if nd == 2 {
        Value::from_array(out)
    } else {
        Value::array(out)
    })
}
