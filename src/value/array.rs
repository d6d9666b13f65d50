//! N-dimensional arrays on ndarray, one variant per dtype.

use ndarray::{ArrayD, IxDyn};
use std::borrow::Cow;
use std::fmt;

use super::Value;
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
            $crate::value::NdArray::Bool($a) => $body,
            $crate::value::NdArray::Int($a) => $body,
            $crate::value::NdArray::F32($a) => $body,
            $crate::value::NdArray::F64($a) => $body,
        }
    };
}

/// Like `with_array!` but rewraps a same-dtype result.
#[macro_export]
macro_rules! map_array {
    ($arr:expr, $a:ident => $body:expr) => {
        match $arr {
            $crate::value::NdArray::Bool($a) => $crate::value::NdArray::Bool($body),
            $crate::value::NdArray::Int($a) => $crate::value::NdArray::Int($body),
            $crate::value::NdArray::F32($a) => $crate::value::NdArray::F32($body),
            $crate::value::NdArray::F64($a) => $crate::value::NdArray::F64($body),
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
    fn to_value(self) -> Value;
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
    fn to_value(self) -> Value {
        Value::Bool(self)
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
    fn to_value(self) -> Value {
        Value::Int(self)
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
    fn to_value(self) -> Value {
        Value::array(NdArray::F32(ArrayD::from_elem(IxDyn(&[]), self)))
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
    fn to_value(self) -> Value {
        Value::Float(self)
    }
}

/// Fails cleanly, instead of aborting the process, when an allocation of
/// `elems` items of `itemsize` bytes cannot be satisfied.
pub fn check_alloc(elems: usize, itemsize: usize) -> Result<(), Error> {
    let bytes = elems.checked_mul(itemsize).ok_or_else(|| {
        Error::memory(format!(
            "cannot allocate an array of {elems} elements: size overflows"
        ))
    })?;
    if bytes < (1 << 26) {
        return Ok(());
    }
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(bytes).map_err(|_| {
        Error::memory(format!(
            "cannot allocate {} for an array of {elems} elements",
            human_bytes(bytes)
        ))
    })
}

fn human_bytes(b: usize) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < units.len() {
        v /= 1024.0;
        i += 1;
    }
    format!("{v:.1} {}", units[i])
}

/// The number of elements of `shape`, or an error if it overflows.
pub fn shape_size(shape: &[usize]) -> Result<usize, Error> {
    shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| {
            Error::memory(format!(
                "array of shape {} is too large",
                super::format::shape_str(shape)
            ))
        })
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

    /// Allocates an array of `shape` filled with `fill`, failing cleanly when
    /// memory is short.
    pub fn full(shape: &[usize], dtype: DType, fill: f64) -> Result<NdArray, Error> {
        let n = shape_size(shape)?;
        check_alloc(n, dtype.itemsize())?;
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
    pub fn scalar_value(&self) -> Option<Value> {
        match self {
            NdArray::Bool(a) => a.iter().next().map(|&v| Value::Bool(v)),
            NdArray::Int(a) => a.iter().next().map(|&v| Value::Int(v)),
            NdArray::F64(a) => a.iter().next().map(|&v| Value::Float(v)),
            NdArray::F32(_) => None,
        }
    }

    /// Element at a flat (logical, row-major) position, as a value.
    pub fn get_flat(&self, i: usize) -> Option<Value> {
        with_array!(self, a => a.iter().nth(i).map(|v| v.to_value()))
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
