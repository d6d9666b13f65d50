//! Linear algebra: products on BLAS (through ndarray), solvers on LAPACK
//! (through ndarray-linalg and OpenBLAS).

use super::{Args, Registry};
use crate::error::{Error, Result};
use crate::eval::Interp;
use crate::value::array::{check_alloc, shape_size};
use crate::value::convert::to_array;
use crate::value::format::shape_str;
use crate::value::{DType, NdArray, Value};
use ndarray::{Array2, ArrayD, ArrayView2, Axis, Ix2, IxDyn, LinalgScalar};
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

fn mm2<T: LinalgScalar>(a: ArrayView2<T>, b: ArrayView2<T>) -> Array2<T> {
    a.dot(&b)
}

fn mat_err(what: &str, a: &[usize], b: &[usize]) -> Error {
    let (ka, kb) = (
        a[a.len() - 1],
        if b.len() >= 2 { b[b.len() - 2] } else { b[0] },
    );
    if a.len() == 2 && b.len() == 2 {
        Error::shape(format!(
            "{what}: shapes {} and {} cannot be multiplied: axis 1 of the left ({ka}) != axis 0 of the right ({kb})",
            shape_str(a),
            shape_str(b)
        ))
    } else {
        Error::shape(format!(
            "{what}: shapes {} and {} cannot be multiplied: the last axis of the left ({ka}) != {} of the right ({kb})",
            shape_str(a),
            shape_str(b),
            if b.len() >= 2 { "the second-to-last axis" } else { "the length" }
        ))
    }
}

/// Batched matrix product of two arrays of one float/int dtype.
fn matmul_typed<T: LinalgScalar + Default>(
    a: &ArrayD<T>,
    b: &ArrayD<T>,
    what: &str,
) -> Result<ArrayD<T>> {
    let (sa, sb) = (a.shape().to_vec(), b.shape().to_vec());
    if sa.is_empty() || sb.is_empty() {
        return Err(Error::value(format!(
            "{what}: input operands must have at least 1 dimension (got shapes {} and {})",
            shape_str(&sa),
            shape_str(&sb)
        )));
    }
    // Promote 1-D operands to matrices, remembering which axes to drop.
    let a2 = if sa.len() == 1 {
        a.view().insert_axis(Axis(0))
    } else {
        a.view()
    };
    let b2 = if sb.len() == 1 {
        b.view().insert_axis(Axis(1))
    } else {
        b.view()
    };
    let (na, nb) = (a2.ndim(), b2.ndim());
    let (m, k) = (a2.shape()[na - 2], a2.shape()[na - 1]);
    let (k2, n) = (b2.shape()[nb - 2], b2.shape()[nb - 1]);
    if k != k2 {
        return Err(mat_err(what, &sa, &sb));
    }
    let batch = crate::eval::ops::broadcast_shapes(&a2.shape()[..na - 2], &b2.shape()[..nb - 2])
        .ok_or_else(|| crate::eval::ops::broadcast_error(what, &sa, &sb))?;
    let mut out_shape = batch.clone();
    out_shape.extend_from_slice(&[m, n]);
    check_alloc(shape_size(&out_shape)?, std::mem::size_of::<T>())?;
    let out = if batch.is_empty() {
        let x = a2
            .into_dimensionality::<Ix2>()
            .map_err(|e| Error::shape(e.to_string()))?;
        let y = b2
            .into_dimensionality::<Ix2>()
            .map_err(|e| Error::shape(e.to_string()))?;
        mm2(x, y).into_dyn()
    } else {
        let mut abs = batch.clone();
        abs.extend_from_slice(&[m, k]);
        let mut bbs = batch.clone();
        bbs.extend_from_slice(&[k, n]);
        let av = a2
            .broadcast(IxDyn(&abs))
            .ok_or_else(|| crate::eval::ops::broadcast_error(what, &sa, &sb))?;
        let bv = b2
            .broadcast(IxDyn(&bbs))
            .ok_or_else(|| crate::eval::ops::broadcast_error(what, &sa, &sb))?;
        let nbatch: usize = batch.iter().product();
        let av = av
            .to_shape(IxDyn(&[nbatch, m, k]))
            .map_err(|e| Error::shape(e.to_string()))?;
        let bv = bv
            .to_shape(IxDyn(&[nbatch, k, n]))
            .map_err(|e| Error::shape(e.to_string()))?;
        let mut out = ArrayD::<T>::default(IxDyn(&[nbatch, m, n]));
        for i in 0..nbatch {
            let x = av
                .index_axis(Axis(0), i)
                .into_dimensionality::<Ix2>()
                .map_err(|e| Error::shape(e.to_string()))?;
            let y = bv
                .index_axis(Axis(0), i)
                .into_dimensionality::<Ix2>()
                .map_err(|e| Error::shape(e.to_string()))?;
            out.index_axis_mut(Axis(0), i).assign(&mm2(x, y).into_dyn());
        }
        out.into_shape_with_order(IxDyn(&out_shape))
            .map_err(|e| Error::shape(e.to_string()))?
    };
    let mut out = out;
    if sb.len() == 1 {
        let nd = out.ndim();
        out = out.index_axis_move(Axis(nd - 1), 0);
    }
    if sa.len() == 1 {
        let nd = out.ndim();
        out = out.index_axis_move(Axis(nd - if sb.len() == 1 { 1 } else { 2 }), 0);
    }
    Ok(out)
}

/// `a @ b` with NumPy's dtype promotion.
pub fn matmul(a: &NdArray, b: &NdArray, what: &str) -> Result<NdArray> {
    let dt = a.dtype().promote(b.dtype());
    Ok(match dt {
        DType::Float64 => NdArray::F64(matmul_typed(&a.to_f64(), &b.to_f64(), what)?),
        DType::Float32 => NdArray::F32(matmul_typed(&a.to_f32(), &b.to_f32(), what)?),
        DType::Int64 => NdArray::Int(matmul_typed(&a.to_i64(), &b.to_i64(), what)?),
        DType::Bool => {
            NdArray::Bool(matmul_typed(&a.to_i64(), &b.to_i64(), what)?.mapv(|v| v != 0))
        }
    })
}

fn matmul_builtin(_: &mut Interp, args: Args) -> Result<Value> {
    let [a, b] = args.bind("matmul", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "matmul()")?, to_array(&b, "matmul()")?);
    matmul(&x, &y, "matmul()").map(Value::from_array)
}

fn dot(_: &mut Interp, args: Args) -> Result<Value> {
    let [a, b] = args.bind("dot", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "dot()")?, to_array(&b, "dot()")?);
    if x.ndim() == 0 || y.ndim() == 0 {
        return crate::eval::ops::binary(crate::syntax::ast::BinOp::Mul, &a, &b);
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

fn lstsq(_: &mut Interp, args: Args) -> Result<Value> {
    let [a, b, _rcond] = args.bind("lstsq", ["a", "b", "rcond"], 2)?;
    let x = to_array(&a, "lstsq()")?;
    let y = to_array(&b, "lstsq()")?;
    if x.ndim() != 2 {
        return Err(Error::linalg(format!(
            "lstsq(): expected a 2-D array, got shape {}",
            shape_str(x.shape())
        )));
    }
    let xf = x.to_f64();
    let xv = xf
        .view()
        .into_dimensionality::<Ix2>()
        .map_err(|e| Error::shape(e.to_string()))?;
    let (m, n) = xv.dim();
    if y.ndim() == 0 || y.ndim() > 2 {
        return Err(Error::linalg(format!(
            "lstsq(): b must be 1-D or 2-D, got shape {}",
            shape_str(y.shape())
        )));
    }
    if y.shape()[0] != m {
        return Err(Error::shape(format!(
            "lstsq(): incompatible dimensions: a has shape {} and b has shape {} (axis 0 must match)",
            shape_str(x.shape()),
            shape_str(y.shape())
        )));
    }
    if m == 0 || n == 0 {
        return Err(Error::linalg("lstsq(): arrays must not be empty"));
    }
    if x.to_f64()
        .iter()
        .chain(y.to_f64().iter())
        .any(|v| !v.is_finite())
    {
        return Err(Error::linalg(
            "lstsq(): array must not contain infs or NaNs",
        ));
    }
    let yb = y.to_f64().as_standard_layout().into_owned();
    let (solution, rank, sv, resid) = if y.ndim() == 1 {
        let yv = yb
            .into_dimensionality::<ndarray::Ix1>()
            .map_err(|e| Error::shape(e.to_string()))?;
        let r = colmajor(xv)
            .least_squares_into(yv)
            .map_err(|e| Error::linalg(format!("lstsq(): SVD did not converge ({e})")))?;
        let resid = r
            .residual_sum_of_squares
            .map(|v| v.into_dyn().into_shape_with_order(IxDyn(&[1])));
        (
            r.solution.into_dyn(),
            r.rank,
            r.singular_values,
            resid.transpose().map_err(|e| Error::shape(e.to_string()))?,
        )
    } else {
        let yv = yb
            .into_dimensionality::<Ix2>()
            .map_err(|e| Error::shape(e.to_string()))?;
        let r = colmajor(xv)
            .least_squares_into(colmajor(yv.view()))
            .map_err(|e| Error::linalg(format!("lstsq(): SVD did not converge ({e})")))?;
        (
            r.solution.into_dyn(),
            r.rank,
            r.singular_values,
            r.residual_sum_of_squares.map(|v| v.into_dyn()),
        )
    };
    // NumPy reports residuals only for full-rank, overdetermined systems.
    let residuals = match resid {
        Some(r) if rank as usize == n && m > n => r,
        _ => ArrayD::zeros(IxDyn(&[0])),
    };
    Ok(Value::tuple(vec![
        Value::array(NdArray::F64(solution)),
        Value::array(NdArray::F64(residuals)),
        Value::Int(rank as i64),
        Value::array(NdArray::F64(sv.into_dyn())),
    ]))
}

fn outer(_: &mut Interp, args: Args) -> Result<Value> {
    let [a, b] = args.bind("outer", ["a", "b"], 2)?;
    let x = crate::builtins::shape::reshape_to(&*to_array(&a, "outer()")?, &[-1, 1])?;
    let y = crate::builtins::shape::reshape_to(&*to_array(&b, "outer()")?, &[1, -1])?;
    crate::eval::ops::binary(
        crate::syntax::ast::BinOp::Mul,
        &Value::array(x),
        &Value::array(y),
    )
}

fn inner(_: &mut Interp, args: Args) -> Result<Value> {
    let [a, b] = args.bind("inner", ["a", "b"], 2)?;
    let (x, y) = (to_array(&a, "inner()")?, to_array(&b, "inner()")?);
    if x.ndim() == 0 || y.ndim() == 0 {
        return crate::eval::ops::binary(crate::syntax::ast::BinOp::Mul, &a, &b);
    }
    let yt = crate::builtins::shape::transpose_all(&y);
    if y.ndim() <= 2 {
        return matmul(&x, &yt, "inner()").map(Value::from_array);
    }
    Err(Error::value("inner(): arrays of more than 2 dimensions on the right are not supported; use tensordot-style reshapes"))
}

fn trace(_: &mut Interp, args: Args) -> Result<Value> {
    let [a] = args.bind("trace", ["a"], 1)?;
    let x = to_array(&a, "trace()")?;
    if x.ndim() != 2 {
        return Err(Error::value(format!(
            "trace(): expected a 2-D array, got shape {}",
            shape_str(x.shape())
        )));
    }
    let n = x.shape()[0].min(x.shape()[1]);
    Ok(match &*x {
        NdArray::F64(v) => Value::Float((0..n).map(|i| v[[i, i].as_slice()]).sum()),
        NdArray::F32(v) => Value::from_array(NdArray::F32(ArrayD::from_elem(
            IxDyn(&[]),
            (0..n).map(|i| v[[i, i].as_slice()]).sum(),
        ))),
        other => {
            let v = other.to_i64();
            Value::Int((0..n).map(|i| v[[i, i].as_slice()]).sum())
        }
    })
}
