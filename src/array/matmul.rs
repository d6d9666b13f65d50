//! Matrix products on BLAS (through ndarray), batched over leading axes
//! with broadcasting, as NumPy's `matmul`.

use super::alloc::check_shape;
use super::broadcast::{broadcast_error, broadcast_shapes};
use super::format::shape_str;
use super::nd::{DType, NdArray};
use crate::error::{Error, Result};
use ndarray::{Array2, ArrayD, ArrayView2, Axis, Ix2, IxDyn, LinalgScalar};

/// A matrix product per element type: BLAS for floats, and for integers a
/// loop whose arithmetic wraps on overflow, as NumPy's does.
pub trait MatElem: LinalgScalar + Default {
    fn mm(a: ArrayView2<Self>, b: ArrayView2<Self>) -> Array2<Self>;
}

impl MatElem for f64 {
    fn mm(a: ArrayView2<f64>, b: ArrayView2<f64>) -> Array2<f64> {
        a.dot(&b)
    }
}

impl MatElem for f32 {
    fn mm(a: ArrayView2<f32>, b: ArrayView2<f32>) -> Array2<f32> {
        a.dot(&b)
    }
}

impl MatElem for i64 {
    fn mm(a: ArrayView2<i64>, b: ArrayView2<i64>) -> Array2<i64> {
        let (m, k) = a.dim();
        let n = b.ncols();
        let mut out = Array2::<i64>::zeros((m, n));
        for i in 0..m {
            let mut row = out.row_mut(i);
            for p in 0..k {
                let x = a[(i, p)];
                for (o, &y) in row.iter_mut().zip(b.row(p)) {
                    *o = o.wrapping_add(x.wrapping_mul(y));
                }
            }
        }
        out
    }
}

fn mm2<T: MatElem>(a: ArrayView2<T>, b: ArrayView2<T>) -> Array2<T> {
    T::mm(a, b)
}

pub fn mat_err(what: &str, a: &[usize], b: &[usize]) -> Error {
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
fn matmul_typed<T: MatElem>(a: &ArrayD<T>, b: &ArrayD<T>, what: &str) -> Result<ArrayD<T>> {
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
    let batch = broadcast_shapes(&a2.shape()[..na - 2], &b2.shape()[..nb - 2])
        .ok_or_else(|| broadcast_error(what, &sa, &sb))?;
    let mut out_shape = batch.clone();
    out_shape.extend_from_slice(&[m, n]);
    let out_len = check_shape(what, &out_shape, std::mem::size_of::<T>())?;
    let out = if out_len == 0 || k == 0 {
        // Nothing to compute (a stack of 10**10 empty matrices included):
        // empty, or sums over an empty axis.
        ArrayD::<T>::default(IxDyn(&out_shape))
    } else if batch.is_empty() {
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
            .ok_or_else(|| broadcast_error(what, &sa, &sb))?;
        let bv = b2
            .broadcast(IxDyn(&bbs))
            .ok_or_else(|| broadcast_error(what, &sa, &sb))?;
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
        DType::Bool => {
            NdArray::Bool(matmul_typed(&a.to_i64(), &b.to_i64(), what)?.mapv(|v| v != 0))
        }
        d => NdArray::Int(matmul_typed(&a.to_i64(), &b.to_i64(), what)?).into_dtype(d),
    })
}
