//! N-dimensional arrays on ndarray, one variant per dtype, and the unboxed
//! scalars they hand out.

use ndarray::{ArrayD, IxDyn};
use std::borrow::Cow;
use std::fmt;

use super::alloc::check_shape;
use crate::error::Error;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum DType {
    Bool,
    Int64,
    Float32,
    Float64,
}

impl DType {
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int64 => "int64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    pub fn parse(s: &str) -> Option<DType> {
        Some(match s {
            "bool" => DType::Bool,
            "int" | "int64" | "i8" => DType::Int64,
            "float32" | "f4" | "single" => DType::Float32,
            "float" | "float64" | "f8" | "double" => DType::Float64,
            _ => return None,
        })
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::Float32 | DType::Float64)
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool => 1,
            DType::Int64 | DType::Float64 => 8,
            DType::Float32 => 4,
        }
    }

    /// NumPy's promotion of two array dtypes.
    pub fn promote(self, other: DType) -> DType {
        use DType::*;
        match (self, other) {
            (Float32, Int64) | (Int64, Float32) => Float64,
            (a, b) => a.max(b),
        }
    }
}

impl fmt::Display for DType {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

#[derive(Clone, Debug, PartialEq)]
pub enum NdArray {
    Bool(ArrayD<bool>),
    Int(ArrayD<i64>),
    F32(ArrayD<f32>),
    F64(ArrayD<f64>),
}

/// Applies the same expression to the inner ndarray whatever its dtype.
#[macro_export]
macro_rules! with_array {
    ($arr:expr, $a:ident => $body:expr) => {
        match $arr {
            $crate::array::NdArray::Bool($a) => $body,
            $crate::array::NdArray::Int($a) => $body,
            $crate::array::NdArray::F32($a) => $body,
            $crate::array::NdArray::F64($a) => $body,
        }
    };
}

/// Like `with_array!` but rewraps a same-dtype result.
#[macro_export]
macro_rules! map_array {
    ($arr:expr, $a:ident => $body:expr) => {
        match $arr {
            $crate::array::NdArray::Bool($a) => $crate::array::NdArray::Bool($body),
            $crate::array::NdArray::Int($a) => $crate::array::NdArray::Int($body),
            $crate::array::NdArray::F32($a) => $crate::array::NdArray::F32($body),
            $crate::array::NdArray::F64($a) => $crate::array::NdArray::F64($body),
        }
    };
}

/// Element types an `NdArray` can hold.
pub trait Element: Copy + Default + PartialEq + fmt::Debug + 'static {
    const DTYPE: DType;
    fn wrap(a: ArrayD<Self>) -> NdArray;
    fn from_f64(v: f64) -> Self;
    fn from_i64(v: i64) -> Self;
    fn from_bool(v: bool) -> Self;
    /// The element as an unboxed scalar, or `None` for dtypes that have none
    /// (a float32 element stays a 0-d array to keep its dtype).
    fn to_scalar(self) -> Option<Scalar>;
}

/// An unboxed bool, int64 or float64: what a Python scalar is, and what a
/// 0-d array of those dtypes is handed out as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Scalar {
    Bool(bool),
    Int(i64),
    Float(f64),
}

impl Scalar {
    pub fn as_f64(self) -> f64 {
        match self {
            Scalar::Bool(b) => b as u8 as f64,
            Scalar::Int(i) => i as f64,
            Scalar::Float(f) => f,
        }
    }

    /// The scalar converted to an element type (NumPy's unsafe cast).
    pub fn cast<T: Element>(self) -> T {
        match self {
            Scalar::Bool(b) => T::from_bool(b),
            Scalar::Int(i) => T::from_i64(i),
            Scalar::Float(f) => T::from_f64(f),
        }
    }

    pub fn dtype(self) -> DType {
        match self {
            Scalar::Bool(_) => DType::Bool,
            Scalar::Int(_) => DType::Int64,
            Scalar::Float(_) => DType::Float64,
        }
    }

    /// The scalar as a 0-d array.
    pub fn to_array(self) -> NdArray {
        let sh = IxDyn(&[]);
        match self {
            Scalar::Bool(b) => NdArray::Bool(ArrayD::from_elem(sh, b)),
            Scalar::Int(i) => NdArray::Int(ArrayD::from_elem(sh, i)),
            Scalar::Float(f) => NdArray::F64(ArrayD::from_elem(sh, f)),
        }
    }
}

/// The most dimensions an array may have (NumPy's `NPY_MAXDIMS`).
pub const MAX_NDIM: usize = 64;

/// Fails when `what` would make an array of more than [`MAX_NDIM`]
/// dimensions.
pub fn check_ndim(what: &str, ndim: usize) -> Result<(), Error> {
    if ndim > MAX_NDIM {
        return Err(Error::value(format!(
            "{what}: an array may have at most {MAX_NDIM} dimensions, this one would have {ndim}"
        )));
    }
    Ok(())
}

/// One element picked out of an array: an unboxed scalar when its dtype
/// has one, else a 0-d array.
#[derive(Clone, Debug, PartialEq)]
pub enum Picked {
    Scalar(Scalar),
    Array(NdArray),
}

impl Element for bool {
    const DTYPE: DType = DType::Bool;
    fn wrap(a: ArrayD<Self>) -> NdArray {
        NdArray::Bool(a)
    }
    fn from_f64(v: f64) -> Self {
        v != 0.0
    }
    fn from_i64(v: i64) -> Self {
        v != 0
    }
    fn from_bool(v: bool) -> Self {
        v
    }
    fn to_scalar(self) -> Option<Scalar> {
        Some(Scalar::Bool(self))
    }
}

impl Element for i64 {
    const DTYPE: DType = DType::Int64;
    fn wrap(a: ArrayD<Self>) -> NdArray {
        NdArray::Int(a)
    }
    fn from_f64(v: f64) -> Self {
        // NumPy's unsafe cast truncates toward zero; NaN/inf give i64::MIN.
        if v.is_finite() {
            v as i64
        } else {
            i64::MIN
        }
    }
    fn from_i64(v: i64) -> Self {
        v
    }
    fn from_bool(v: bool) -> Self {
        v as i64
    }
    fn to_scalar(self) -> Option<Scalar> {
        Some(Scalar::Int(self))
    }
}

impl Element for f32 {
    const DTYPE: DType = DType::Float32;
    fn wrap(a: ArrayD<Self>) -> NdArray {
        NdArray::F32(a)
    }
    fn from_f64(v: f64) -> Self {
        v as f32
    }
    fn from_i64(v: i64) -> Self {
        v as f32
    }
    fn from_bool(v: bool) -> Self {
        v as u8 as f32
    }
    fn to_scalar(self) -> Option<Scalar> {
        None
    }
}

impl Element for f64 {
    const DTYPE: DType = DType::Float64;
    fn wrap(a: ArrayD<Self>) -> NdArray {
        NdArray::F64(a)
    }
    fn from_f64(v: f64) -> Self {
        v
    }
    fn from_i64(v: i64) -> Self {
        v as f64
    }
    fn from_bool(v: bool) -> Self {
        v as u8 as f64
    }
    fn to_scalar(self) -> Option<Scalar> {
        Some(Scalar::Float(self))
    }
}

impl NdArray {
    pub fn dtype(&self) -> DType {
        match self {
            NdArray::Bool(_) => DType::Bool,
            NdArray::Int(_) => DType::Int64,
            NdArray::F32(_) => DType::Float32,
            NdArray::F64(_) => DType::Float64,
        }
    }

    pub fn shape(&self) -> &[usize] {
        with_array!(self, a => a.shape())
    }

    pub fn ndim(&self) -> usize {
        with_array!(self, a => a.ndim())
    }

    pub fn len(&self) -> usize {
        with_array!(self, a => a.len())
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Allocates an array of `shape` filled with `fill` for `what`, failing
    /// cleanly when it is over the limits or memory is short.
    pub fn full(what: &str, shape: &[usize], dtype: DType, fill: f64) -> Result<NdArray, Error> {
        check_shape(what, shape, dtype.itemsize())?;
        let sh = IxDyn(shape);
        Ok(match dtype {
            DType::Bool => NdArray::Bool(ArrayD::from_elem(sh, fill != 0.0)),
            DType::Int64 => NdArray::Int(ArrayD::from_elem(sh, fill as i64)),
            DType::Float32 => NdArray::F32(ArrayD::from_elem(sh, fill as f32)),
            DType::Float64 => NdArray::F64(ArrayD::from_elem(sh, fill)),
        })
    }

    /// The single element of a 0-d array as an unboxed scalar, for the dtypes
    /// that have one (float32 stays a 0-d array to keep its dtype).
    pub fn scalar(&self) -> Option<Scalar> {
        with_array!(self, a => a.iter().next().and_then(|v| v.to_scalar()))
    }

    /// The element at a flat (logical, row-major) position.
    pub fn get_flat(&self, i: usize) -> Option<Picked> {
        with_array!(self, a => a.iter().nth(i).map(|&v| match v.to_scalar() {
            Some(s) => Picked::Scalar(s),
            None => Picked::Array(Element::wrap(ArrayD::from_elem(IxDyn(&[]), v))),
        }))
    }

    /// The element at a flat position as float64 (for truth tests).
    pub fn flat_f64(&self, i: usize) -> Option<f64> {
        match self {
            NdArray::Bool(a) => a.iter().nth(i).map(|&v| v as u8 as f64),
            NdArray::Int(a) => a.iter().nth(i).map(|&v| v as f64),
            NdArray::F32(a) => a.iter().nth(i).map(|&v| v as f64),
            NdArray::F64(a) => a.iter().nth(i).copied(),
        }
    }

    pub fn astype(&self, dtype: DType) -> NdArray {
        match dtype {
            DType::Bool => NdArray::Bool(self.to_bool().into_owned()),
            DType::Int64 => NdArray::Int(self.to_i64().into_owned()),
            DType::Float32 => NdArray::F32(self.to_f32().into_owned()),
            DType::Float64 => NdArray::F64(self.to_f64().into_owned()),
        }
    }

    pub fn into_dtype(self, dtype: DType) -> NdArray {
        if self.dtype() == dtype {
            self
        } else {
            self.astype(dtype)
        }
    }

    pub fn to_f64(&self) -> Cow<'_, ArrayD<f64>> {
        match self {
            NdArray::F64(a) => Cow::Borrowed(a),
            NdArray::F32(a) => Cow::Owned(a.mapv(|v| v as f64)),
            NdArray::Int(a) => Cow::Owned(a.mapv(|v| v as f64)),
            NdArray::Bool(a) => Cow::Owned(a.mapv(f64::from_bool)),
        }
    }

    pub fn to_f32(&self) -> Cow<'_, ArrayD<f32>> {
        match self {
            NdArray::F32(a) => Cow::Borrowed(a),
            NdArray::F64(a) => Cow::Owned(a.mapv(|v| v as f32)),
            NdArray::Int(a) => Cow::Owned(a.mapv(|v| v as f32)),
            NdArray::Bool(a) => Cow::Owned(a.mapv(f32::from_bool)),
        }
    }

    pub fn to_i64(&self) -> Cow<'_, ArrayD<i64>> {
        match self {
            NdArray::Int(a) => Cow::Borrowed(a),
            NdArray::F64(a) => Cow::Owned(a.mapv(i64::from_f64)),
            NdArray::F32(a) => Cow::Owned(a.mapv(|v| i64::from_f64(v as f64))),
            NdArray::Bool(a) => Cow::Owned(a.mapv(|v| v as i64)),
        }
    }

    pub fn to_bool(&self) -> Cow<'_, ArrayD<bool>> {
        match self {
            NdArray::Bool(a) => Cow::Borrowed(a),
            NdArray::F64(a) => Cow::Owned(a.mapv(|v| v != 0.0)),
            NdArray::F32(a) => Cow::Owned(a.mapv(|v| v != 0.0)),
            NdArray::Int(a) => Cow::Owned(a.mapv(|v| v != 0)),
        }
    }

    /// Returns a contiguous (standard layout) copy if needed.
    pub fn to_standard(&self) -> NdArray {
        map_array!(self, a => a.as_standard_layout().into_owned())
    }
}
