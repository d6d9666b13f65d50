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
    Int8,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float32,
    Float64,
}

/// Every dtype, in NumPy's `sctypes` order (for listings and errors).
pub const ALL_DTYPES: [DType; 11] = [
    DType::Bool,
    DType::Int8,
    DType::Int16,
    DType::Int32,
    DType::Int64,
    DType::UInt8,
    DType::UInt16,
    DType::UInt32,
    DType::UInt64,
    DType::Float32,
    DType::Float64,
];

impl DType {
    pub fn name(self) -> &'static str {
        match self {
            DType::Bool => "bool",
            DType::Int8 => "int8",
            DType::Int16 => "int16",
            DType::Int32 => "int32",
            DType::Int64 => "int64",
            DType::UInt8 => "uint8",
            DType::UInt16 => "uint16",
            DType::UInt32 => "uint32",
            DType::UInt64 => "uint64",
            DType::Float32 => "float32",
            DType::Float64 => "float64",
        }
    }

    /// NumPy's one-character type code (`dtype.char`).
    pub fn char_code(self) -> char {
        match self {
            DType::Bool => '?',
            DType::Int8 => 'b',
            DType::Int16 => 'h',
            DType::Int32 => 'i',
            DType::Int64 => 'l',
            DType::UInt8 => 'B',
            DType::UInt16 => 'H',
            DType::UInt32 => 'I',
            DType::UInt64 => 'L',
            DType::Float32 => 'f',
            DType::Float64 => 'd',
        }
    }

    /// NumPy's array-protocol type string (`dtype.str`), little-endian.
    pub fn type_str(self) -> String {
        let kind = match self {
            DType::Bool => return "|b1".into(),
            d if d.is_signed() => 'i',
            d if d.is_unsigned() => 'u',
            _ => 'f',
        };
        let order = if self.itemsize() == 1 { '|' } else { '<' };
        format!("{order}{kind}{}", self.itemsize())
    }

    pub fn parse(s: &str) -> Option<DType> {
        Some(match s {
            "bool" | "bool_" | "?" | "b1" | "|b1" => DType::Bool,
            "int8" | "i1" | "|i1" | "byte" | "b" => DType::Int8,
            "int16" | "i2" | "<i2" | "short" | "h" => DType::Int16,
            "int32" | "i4" | "<i4" | "intc" | "i" => DType::Int32,
            "int" | "int64" | "i8" | "<i8" | "int_" | "intp" | "long" | "longlong" | "l" | "q" => {
                DType::Int64
            }
            "uint8" | "u1" | "|u1" | "ubyte" | "B" => DType::UInt8,
            "uint16" | "u2" | "<u2" | "ushort" | "H" => DType::UInt16,
            "uint32" | "u4" | "<u4" | "uintc" | "I" => DType::UInt32,
            "uint64" | "u8" | "<u8" | "uint" | "uintp" | "ulong" | "ulonglong" | "L" | "Q" => {
                DType::UInt64
            }
            "float32" | "f4" | "<f4" | "single" | "f" => DType::Float32,
            "float" | "float64" | "f8" | "<f8" | "double" | "float_" | "d" => DType::Float64,
            _ => return None,
        })
    }

    pub fn is_float(self) -> bool {
        matches!(self, DType::Float32 | DType::Float64)
    }

    /// A signed or unsigned integer dtype (not bool).
    pub fn is_int(self) -> bool {
        self.is_signed() || self.is_unsigned()
    }

    pub fn is_signed(self) -> bool {
        matches!(
            self,
            DType::Int8 | DType::Int16 | DType::Int32 | DType::Int64
        )
    }

    pub fn is_unsigned(self) -> bool {
        matches!(
            self,
            DType::UInt8 | DType::UInt16 | DType::UInt32 | DType::UInt64
        )
    }

    /// An integer dtype narrower than int64 or unsigned: stored as its own
    /// width, computed through int64 and wrapped back.
    pub fn is_sized_int(self) -> bool {
        self.is_int() && self != DType::Int64
    }

    pub fn itemsize(self) -> usize {
        match self {
            DType::Bool | DType::Int8 | DType::UInt8 => 1,
            DType::Int16 | DType::UInt16 => 2,
            DType::Int32 | DType::UInt32 | DType::Float32 => 4,
            DType::Int64 | DType::UInt64 | DType::Float64 => 8,
        }
    }

    /// The range of an integer dtype as i128 (bool is 0..=1; floats have none).
    pub fn int_range(self) -> Option<(i128, i128)> {
        Some(match self {
            DType::Bool => (0, 1),
            DType::Int8 => (i8::MIN as i128, i8::MAX as i128),
            DType::Int16 => (i16::MIN as i128, i16::MAX as i128),
            DType::Int32 => (i32::MIN as i128, i32::MAX as i128),
            DType::Int64 => (i64::MIN as i128, i64::MAX as i128),
            DType::UInt8 => (0, u8::MAX as i128),
            DType::UInt16 => (0, u16::MAX as i128),
            DType::UInt32 => (0, u32::MAX as i128),
            DType::UInt64 => (0, u64::MAX as i128),
            DType::Float32 | DType::Float64 => return None,
        })
    }

    fn signed_of_size(bytes: usize) -> Option<DType> {
        Some(match bytes {
            1 => DType::Int8,
            2 => DType::Int16,
            4 => DType::Int32,
            8 => DType::Int64,
            _ => return None,
        })
    }

    /// NumPy 2's promotion of two array dtypes (`np.promote_types`).
    pub fn promote(self, other: DType) -> DType {
        use DType::*;
        if self == other {
            return self;
        }
        match (self, other) {
            (Bool, d) | (d, Bool) => d,
            (Float64, _) | (_, Float64) => Float64,
            (Float32, d) | (d, Float32) => {
                if d.itemsize() <= 2 {
                    Float32
                } else {
                    Float64
                }
            }
            (a, b) if a.is_signed() == b.is_signed() => {
                if a.itemsize() >= b.itemsize() {
                    a
                } else {
                    b
                }
            }
            (a, b) => {
                let (s, u) = if a.is_signed() { (a, b) } else { (b, a) };
                if s.itemsize() > u.itemsize() {
                    s
                } else {
                    DType::signed_of_size(u.itemsize() * 2).unwrap_or(Float64)
                }
            }
        }
    }

    /// The dtype NumPy's `sum`/`prod`/`cumsum` accumulate an integer or bool
    /// dtype in: int64 for bool and signed ints, uint64 for unsigned ones.
    pub fn sum_dtype(self) -> DType {
        if self.is_unsigned() {
            DType::UInt64
        } else if self.is_float() {
            self
        } else {
            DType::Int64
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
    I8(ArrayD<i8>),
    I16(ArrayD<i16>),
    I32(ArrayD<i32>),
    U8(ArrayD<u8>),
    U16(ArrayD<u16>),
    U32(ArrayD<u32>),
    U64(ArrayD<u64>),
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
            $crate::array::NdArray::I8($a) => $body,
            $crate::array::NdArray::I16($a) => $body,
            $crate::array::NdArray::I32($a) => $body,
            $crate::array::NdArray::U8($a) => $body,
            $crate::array::NdArray::U16($a) => $body,
            $crate::array::NdArray::U32($a) => $body,
            $crate::array::NdArray::U64($a) => $body,
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
            $crate::array::NdArray::I8($a) => $crate::array::NdArray::I8($body),
            $crate::array::NdArray::I16($a) => $crate::array::NdArray::I16($body),
            $crate::array::NdArray::I32($a) => $crate::array::NdArray::I32($body),
            $crate::array::NdArray::U8($a) => $crate::array::NdArray::U8($body),
            $crate::array::NdArray::U16($a) => $crate::array::NdArray::U16($body),
            $crate::array::NdArray::U32($a) => $crate::array::NdArray::U32($body),
            $crate::array::NdArray::U64($a) => $crate::array::NdArray::U64($body),
        }
    };
}

/// Applies the same expression to two arrays of the same dtype (their inner
/// ndarrays as `$x` and `$y`); `$other` when the dtypes differ.
#[macro_export]
macro_rules! with_pair {
    ($a:expr, $b:expr, $x:ident, $y:ident => $body:expr, $other:expr) => {{
        use $crate::array::NdArray as N;
        match ($a, $b) {
            (N::Bool($x), N::Bool($y)) => $body,
            (N::Int($x), N::Int($y)) => $body,
            (N::F32($x), N::F32($y)) => $body,
            (N::F64($x), N::F64($y)) => $body,
            (N::I8($x), N::I8($y)) => $body,
            (N::I16($x), N::I16($y)) => $body,
            (N::I32($x), N::I32($y)) => $body,
            (N::U8($x), N::U8($y)) => $body,
            (N::U16($x), N::U16($y)) => $body,
            (N::U32($x), N::U32($y)) => $body,
            (N::U64($x), N::U64($y)) => $body,
            _ => $other,
        }
    }};
}

/// Element types an `NdArray` can hold.
pub trait Element: Copy + Default + PartialEq + fmt::Debug + 'static {
    const DTYPE: DType;
    fn wrap(a: ArrayD<Self>) -> NdArray;
    fn from_f64(v: f64) -> Self;
    fn from_i64(v: i64) -> Self;
    fn from_bool(v: bool) -> Self;
    /// The element as float64 (exact for every integer up to 2**53).
    fn as_f64(self) -> f64;
    /// The element as int64 (uint64 past 2**63 wraps; floats truncate).
    fn as_i64(self) -> i64;
    /// The element converted to another element type, NumPy's unsafe cast.
    fn cast<T: Element>(self) -> T {
        if Self::DTYPE == DType::Bool {
            T::from_bool(self.as_i64() != 0)
        } else if Self::DTYPE.is_float() || T::DTYPE.is_float() {
            T::from_f64(self.as_f64())
        } else {
            T::from_i64(self.as_i64())
        }
    }
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
    fn as_f64(self) -> f64 {
        self as u8 as f64
    }
    fn as_i64(self) -> i64 {
        self as i64
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
    fn as_f64(self) -> f64 {
        self as f64
    }
    fn as_i64(self) -> i64 {
        self
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
    fn as_f64(self) -> f64 {
        self as f64
    }
    fn as_i64(self) -> i64 {
        i64::from_f64(self as f64)
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
    fn as_f64(self) -> f64 {
        self
    }
    fn as_i64(self) -> i64 {
        i64::from_f64(self)
    }
    fn to_scalar(self) -> Option<Scalar> {
        Some(Scalar::Float(self))
    }
}

/// Elements of the sized integer dtypes: stored at their width, handed out
/// as 0-d arrays (to keep the dtype), converted with NumPy's wrapping casts.
macro_rules! sized_int_element {
    ($t:ty, $dt:ident, $var:ident) => {
        impl Element for $t {
            const DTYPE: DType = DType::$dt;
            fn wrap(a: ArrayD<Self>) -> NdArray {
                NdArray::$var(a)
            }
            fn from_f64(v: f64) -> Self {
                // NumPy truncates toward zero and wraps (through int64) on x86.
                if v.is_finite() && v.abs() < 9.2e18 {
                    v as i64 as $t
                } else if v.is_finite() && v > 0.0 && DType::$dt == DType::UInt64 {
                    v as u64 as $t
                } else {
                    i64::MIN as $t
                }
            }
            fn from_i64(v: i64) -> Self {
                v as $t
            }
            fn from_bool(v: bool) -> Self {
                v as $t
            }
            fn as_f64(self) -> f64 {
                self as f64
            }
            fn as_i64(self) -> i64 {
                self as i64
            }
            fn to_scalar(self) -> Option<Scalar> {
                None
            }
        }
    };
}

sized_int_element!(i8, Int8, I8);
sized_int_element!(i16, Int16, I16);
sized_int_element!(i32, Int32, I32);
sized_int_element!(u8, UInt8, U8);
sized_int_element!(u16, UInt16, U16);
sized_int_element!(u32, UInt32, U32);
sized_int_element!(u64, UInt64, U64);

impl NdArray {
    pub fn dtype(&self) -> DType {
        match self {
            NdArray::Bool(_) => DType::Bool,
            NdArray::Int(_) => DType::Int64,
            NdArray::F32(_) => DType::Float32,
            NdArray::F64(_) => DType::Float64,
            NdArray::I8(_) => DType::Int8,
            NdArray::I16(_) => DType::Int16,
            NdArray::I32(_) => DType::Int32,
            NdArray::U8(_) => DType::UInt8,
            NdArray::U16(_) => DType::UInt16,
            NdArray::U32(_) => DType::UInt32,
            NdArray::U64(_) => DType::UInt64,
        }
    }

    /// The elements converted to `T` (NumPy's unsafe cast), borrowed when
    /// the dtype already matches.
    pub fn convert<T: Element>(&self) -> ArrayD<T> {
        with_array!(self, a => a.mapv(|v| v.cast::<T>()))
    }

    /// A sized integer array as int64 (what the kernels compute in); any
    /// other array as it is.
    pub fn widen(&self) -> Cow<'_, NdArray> {
        if self.dtype().is_sized_int() {
            Cow::Owned(NdArray::Int(self.to_i64().into_owned()))
        } else {
            Cow::Borrowed(self)
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
        Ok(NdArray::F64(ArrayD::from_elem(sh, fill)).into_dtype(dtype))
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
        with_array!(self, a => a.iter().nth(i).map(|&v| v.as_f64()))
    }

    pub fn astype(&self, dtype: DType) -> NdArray {
        match dtype {
            DType::Bool => NdArray::Bool(self.to_bool().into_owned()),
            DType::Int64 => NdArray::Int(self.to_i64().into_owned()),
            DType::Float32 => NdArray::F32(self.to_f32().into_owned()),
            DType::Float64 => NdArray::F64(self.to_f64().into_owned()),
            DType::Int8 => NdArray::I8(self.convert()),
            DType::Int16 => NdArray::I16(self.convert()),
            DType::Int32 => NdArray::I32(self.convert()),
            DType::UInt8 => NdArray::U8(self.convert()),
            DType::UInt16 => NdArray::U16(self.convert()),
            DType::UInt32 => NdArray::U32(self.convert()),
            DType::UInt64 => NdArray::U64(self.convert()),
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
            other => Cow::Owned(other.convert()),
        }
    }

    pub fn to_f32(&self) -> Cow<'_, ArrayD<f32>> {
        match self {
            NdArray::F32(a) => Cow::Borrowed(a),
            other => Cow::Owned(other.convert()),
        }
    }

    pub fn to_i64(&self) -> Cow<'_, ArrayD<i64>> {
        match self {
            NdArray::Int(a) => Cow::Borrowed(a),
            other => Cow::Owned(other.convert()),
        }
    }

    pub fn to_bool(&self) -> Cow<'_, ArrayD<bool>> {
        match self {
            NdArray::Bool(a) => Cow::Borrowed(a),
            other => Cow::Owned(other.convert()),
        }
    }

    /// Returns a contiguous (standard layout) copy if needed.
    pub fn to_standard(&self) -> NdArray {
        map_array!(self, a => a.as_standard_layout().into_owned())
    }
}
