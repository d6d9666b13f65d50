//! Bytes and bits: `view(dtype)` (the same bytes read as another dtype),
//! `packbits` and `unpackbits`.

use super::{opt_dtype, Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{norm_axis, to_array, to_i64, to_str};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("view", view, "view(a, dtype=none)\n\nThe array's bytes read as another dtype (NumPy's a.view(dtype)); a smaller or larger item size divides or multiplies the last axis. arr's arrays are values, so the result is a new array: writing to it does not change a.\n\n>>> view(array([1.0]), uint8)\narray([  0,   0,   0,   0,   0,   0, 240,  63], dtype=uint8)\n>>> array([1, 2], dtype=int32).view(int64)\narray([8589934593])");
    r.add("packbits", packbits, "packbits(a, axis=none, bitorder='big')\n\nPacks the truth of each element into the bits of uint8 bytes, eight per byte along axis (flattened when none), zero-padded.\n\n>>> packbits([1, 0, 1, 1, 0, 0, 0, 1, 1])\narray([177, 128], dtype=uint8)");
    r.add("unpackbits", unpackbits, "unpackbits(a, axis=none, count=none, bitorder='big')\n\nThe bits of a uint8 array as 0/1 uint8 elements, eight per byte along axis (flattened when none); count keeps that many bits.\n\n>>> unpackbits(array([5], dtype=uint8))\narray([0, 0, 0, 0, 0, 1, 0, 1], dtype=uint8)");
}

/// The elements' bytes in memory order (little-endian, C order).
pub fn to_bytes(a: &NdArray) -> Vec<u8> {
    let a = a.to_standard();
    macro_rules! b {
        ($x:expr) => {
            $x.iter().flat_map(|v| v.to_le_bytes()).collect()
        };
    }
    match &a {
        NdArray::Bool(x) => x.iter().map(|&v| v as u8).collect(),
        NdArray::Int(x) => b!(x),
        NdArray::F32(x) => b!(x),
        NdArray::F64(x) => b!(x),
        NdArray::I8(x) => b!(x),
        NdArray::I16(x) => b!(x),
        NdArray::I32(x) => b!(x),
        NdArray::U8(x) => b!(x),
        NdArray::U16(x) => b!(x),
        NdArray::U32(x) => b!(x),
        NdArray::U64(x) => b!(x),
    }
}

/// An array of `dtype` and `shape` read from little-endian bytes.
pub fn from_bytes(bytes: &[u8], dtype: DType, shape: &[usize]) -> Result<NdArray> {
    let sh = IxDyn(shape);
    macro_rules! b {
        ($t:ty, $var:ident) => {{
            const N: usize = std::mem::size_of::<$t>();
            let v: Vec<$t> = bytes
                .chunks_exact(N)
                .map(|c| {
                    let mut w = [0u8; N];
                    w.copy_from_slice(c);
                    <$t>::from_le_bytes(w)
                })
                .collect();
            NdArray::$var(ArrayD::from_shape_vec(sh, v).map_err(|e| Error::value(e.to_string()))?)
        }};
    }
    Ok(match dtype {
        DType::Bool => NdArray::Bool(
            ArrayD::from_shape_vec(sh, bytes.iter().map(|&v| v != 0).collect())
                .map_err(|e| Error::value(e.to_string()))?,
        ),
        DType::Int64 => b!(i64, Int),
        DType::Float32 => b!(f32, F32),
        DType::Float64 => b!(f64, F64),
        DType::Int8 => b!(i8, I8),
        DType::Int16 => b!(i16, I16),
        DType::Int32 => b!(i32, I32),
        DType::UInt8 => b!(u8, U8),
        DType::UInt16 => b!(u16, U16),
        DType::UInt32 => b!(u32, U32),
        DType::UInt64 => b!(u64, U64),
    })
}

fn view(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, dtype] = args.bind("view", ["a", "dtype"], 1)?;
    let arr = to_array(&a, "view()")?;
    if super::records_dtype::is_struct_spec(&dtype) {
        let ty = super::records_dtype::parse_struct(&dtype, "view(dtype=)", 0)?;
        return super::records_ops::view_as(&arr, ty);
    }
    let Some(to) = opt_dtype(&dtype, "view")? else {
        return Ok(Value::array(arr.into_owned()));
    };
    let (from_size, to_size) = (arr.dtype().itemsize(), to.itemsize());
    let mut shape = arr.shape().to_vec();
    if from_size != to_size {
        let Some(last) = shape.last_mut() else {
            return Err(Error::value(format!(
                "view(): changing the dtype of a 0d array ({} to {to}) is only supported if the itemsize is unchanged",
                arr.dtype()
            )));
        };
        let bytes = *last * from_size;
        if bytes % to_size != 0 {
            return Err(Error::value(format!(
                "view(): when changing to a {} dtype ({} to {to}), its size must be a divisor of the size of the last axis in bytes ({bytes})",
                if to_size > from_size { "larger" } else { "smaller" },
                arr.dtype()
            )));
        }
        *last = bytes / to_size;
    }
    from_bytes(&to_bytes(&arr), to, &shape).map(Value::array)
}

fn bit_order(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::None => Ok(true),
        v => match to_str(v, what)? {
            "big" => Ok(true),
            "little" => Ok(false),
            s => Err(Error::value(format!(
                "{what}: bitorder must be 'big' or 'little', not '{s}'"
            ))),
        },
    }
}

/// The array flattened (axis none) or with `axis` moved last, as rows of
/// lanes; and the axis it came from.
fn lanes(a: &NdArray, axis: &Value, what: &str) -> Result<(NdArray, Option<usize>)> {
    match axis {
        Value::None => Ok((crate::builtins::shape::reshape_to(a, &[-1])?, None)),
        v => {
            if a.ndim() == 0 {
                return Err(Error::new(
                    ErrorKind::Axis,
                    format!("{what}: axis given for a 0-d array"),
                ));
            }
            let ax = norm_axis(to_i64(v, what)?, a.ndim(), what)?;
            Ok((a.clone(), Some(ax)))
        }
    }
}

fn packbits(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, bitorder] = args.bind("packbits", ["a", "axis", "bitorder"], 1)?;
    let arr = to_array(&a, "packbits()")?;
    if arr.dtype().is_float() {
        return Err(Error::type_error(format!(
            "packbits(): Expected an input array of integer or boolean data type, got {}",
            arr.dtype()
        )));
    }
    let big = bit_order(&bitorder, "packbits()")?;
    let (x, ax) = lanes(&arr, &axis, "packbits(axis=)")?;
    let bits = x.to_bool();
    let ax = ax.unwrap_or(0);
    let n = bits.shape()[ax];
    let m = n.div_ceil(8);
    let mut shape = bits.shape().to_vec();
    shape[ax] = m;
    crate::array::alloc::check_shape("packbits", &shape, 1)?;
    let mut out = ArrayD::<u8>::zeros(IxDyn(&shape));
    for (i, lane) in bits.axis_iter(Axis(ax)).enumerate() {
        let mut dst = out.index_axis_mut(Axis(ax), i / 8);
        let bit = if big { 7 - i % 8 } else { i % 8 };
        ndarray::Zip::from(&mut dst)
            .and(&lane)
            .for_each(|d, &b| *d |= (b as u8) << bit);
    }
    Ok(Value::array(NdArray::U8(out)))
}

fn unpackbits(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis, count, bitorder] =
        args.bind("unpackbits", ["a", "axis", "count", "bitorder"], 1)?;
    let arr = to_array(&a, "unpackbits()")?;
    let NdArray::U8(_) = &*arr else {
        return Err(Error::type_error(format!(
            "unpackbits(): Expected an input array of unsigned byte data type, got {}",
            arr.dtype()
        )));
    };
    let big = bit_order(&bitorder, "unpackbits()")?;
    let (x, ax) = lanes(&arr, &axis, "unpackbits(axis=)")?;
    let NdArray::U8(bytes) = &x else {
        return Err(Error::internal("unpackbits of a non-uint8 array"));
    };
    let ax = ax.unwrap_or(0);
    let full = bytes.shape()[ax]
        .checked_mul(8)
        .ok_or_else(|| Error::new(ErrorKind::Memory, "unpackbits(): the result is too large"))?;
    let n = match &count {
        Value::None => full,
        v => {
            let c = to_i64(v, "unpackbits(count=)")?;
            if c >= 0 {
                c as usize
            } else {
                full.saturating_sub(c.unsigned_abs() as usize)
            }
        }
    };
    let mut shape = bytes.shape().to_vec();
    shape[ax] = n;
    crate::array::alloc::check_shape("unpackbits", &shape, 1)?;
    let mut out = ArrayD::<u8>::zeros(IxDyn(&shape));
    for i in 0..n.min(full) {
        let src = bytes.index_axis(Axis(ax), i / 8);
        let bit = if big { 7 - i % 8 } else { i % 8 };
        let mut dst = out.index_axis_mut(Axis(ax), i);
        ndarray::Zip::from(&mut dst)
            .and(&src)
            .for_each(|d, &b| *d = (b >> bit) & 1);
    }
    Ok(Value::array(NdArray::U8(out)))
}
