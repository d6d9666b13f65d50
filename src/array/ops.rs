//! Element-wise arithmetic, comparison and bit operations on arrays, with
//! NumPy's broadcasting and dtype promotion (Python scalars are "weak"
//! operands, as in NumPy 2), on the parallel kernels of `super::kernels`.

use super::alloc::check_shape;
use super::broadcast::{broadcast_error, broadcast_shapes};
use super::nd::{DType, NdArray, Scalar};
use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::{BinOp, UnOp};
use ndarray::{ArrayD, IxDyn, Zip};
use std::borrow::Cow;

/// One operand of an element-wise kernel, already cast to the compute type.
pub enum Side<'a, T: Clone> {
    Arr(Cow<'a, ArrayD<T>>),
    Scalar(T),
}

pub fn zip_map<T: Copy + Sync, R: Clone + Copy + Default + Send>(
    what: &str,
    a: &Side<T>,
    b: &Side<T>,
    f: impl Fn(T, T) -> R + Sync,
) -> Result<ArrayD<R>> {
    // Contiguous operands: slice loops, on all cores for large arrays.
    match (a, b) {
        (Side::Arr(x), Side::Arr(y)) if x.shape() == y.shape() => {
            if let Some(r) = super::kernels::zip_same(x, y, &f) {
                return Ok(r);
            }
        }
        (Side::Arr(x), Side::Scalar(s)) => {
            let s = *s;
            if let Some(r) = super::kernels::map_contig(x, |p| f(p, s)) {
                return Ok(r);
            }
        }
        (Side::Scalar(s), Side::Arr(y)) => {
            let s = *s;
            if let Some(r) = super::kernels::map_contig(y, |q| f(s, q)) {
                return Ok(r);
            }
        }
        _ => {}
    }
    Ok(match (a, b) {
        (Side::Arr(x), Side::Arr(y)) => {
            if x.shape() == y.shape() {
                Zip::from(&**x).and(&**y).map_collect(|&p, &q| f(p, q))
            } else {
                let shape = broadcast_shapes(x.shape(), y.shape())
                    .ok_or_else(|| broadcast_error(what, x.shape(), y.shape()))?;
                check_shape(what, &shape, std::mem::size_of::<R>().max(1))?;
                let (Some(xv), Some(yv)) = (x.broadcast(IxDyn(&shape)), y.broadcast(IxDyn(&shape)))
                else {
                    return Err(broadcast_error(what, x.shape(), y.shape()));
                };
                Zip::from(&xv).and(&yv).map_collect(|&p, &q| f(p, q))
            }
        }
        (Side::Arr(x), Side::Scalar(s)) => x.mapv(|p| f(p, *s)),
        (Side::Scalar(s), Side::Arr(y)) => y.mapv(|q| f(*s, q)),
        (Side::Scalar(s), Side::Scalar(t)) => ArrayD::from_elem(IxDyn(&[]), f(*s, *t)),
    })
}

/// An operand of an array operation: an array, or a weak Python scalar.
pub enum Operand<'a> {
    Arr(Cow<'a, NdArray>),
    Scalar(Scalar),
}

impl Operand<'_> {
    pub fn side_f64(&self) -> Side<'_, f64> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_f64()),
            Operand::Scalar(v) => Side::Scalar(v.cast::<f64>()),
        }
    }
    pub fn side_f32(&self) -> Side<'_, f32> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_f32()),
            Operand::Scalar(v) => Side::Scalar(v.cast::<f32>()),
        }
    }
    pub fn side_i64(&self) -> Side<'_, i64> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_i64()),
            Operand::Scalar(v) => Side::Scalar(v.cast::<i64>()),
        }
    }
    pub fn side_bool(&self) -> Side<'_, bool> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_bool()),
            Operand::Scalar(v) => Side::Scalar(v.cast::<bool>()),
        }
    }
}

/// The dtype an operation computes in, NumPy 2 rules (Python scalars are weak).
pub fn compute_dtype(a: &Operand, b: &Operand) -> DType {
    fn weak(d: DType, s: &Scalar) -> DType {
        match s {
            Scalar::Bool(_) => d,
            Scalar::Int(_) => {
                if d == DType::Bool {
                    DType::Int64
                } else {
                    d
                }
            }
            _ => {
                if d.is_float() {
                    d
                } else {
                    DType::Float64
                }
            }
        }
    }
    match (a, b) {
        (Operand::Arr(x), Operand::Arr(y)) => x.dtype().promote(y.dtype()),
        (Operand::Arr(x), Operand::Scalar(s)) | (Operand::Scalar(s), Operand::Arr(x)) => {
            weak(x.dtype(), s)
        }
        (Operand::Scalar(_), Operand::Scalar(_)) => DType::Float64,
    }
}

pub fn py_floordiv_f64(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return a / b;
    }
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

pub fn py_mod_f64(a: f64, b: f64) -> f64 {
    if b == 0.0 {
        return f64::NAN;
    }
    let mut m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m += b;
        }
    } else {
        m = 0.0f64.copysign(b);
    }
    m
}

/// Python's floor division on int64 (`b != 0`); `i64::MIN // -1` wraps to
/// `i64::MIN`, as NumPy's int64 does.
pub fn py_floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a.wrapping_div(b);
    if (a.wrapping_rem(b) != 0) && ((a < 0) != (b < 0)) {
        q.wrapping_sub(1)
    } else {
        q
    }
}

pub fn py_mod_i64(a: i64, b: i64) -> i64 {
    let m = a.wrapping_rem(b);
    if m != 0 && ((m < 0) != (b < 0)) {
        m + b
    } else {
        m
    }
}

pub fn array_binary(op: BinOp, a: &Operand, b: &Operand) -> Result<NdArray> {
    let what = format!("'{}'", op.symbol());
    let dt = compute_dtype(a, b);
    let cmp = matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    );
    if !dt.is_sized_int() {
        return binary_in(op, &what, dt, cmp, a, b);
    }
    // Sized integers compute in int64 and wrap back to their width, as
    // NumPy's fixed-width arithmetic does.
    if !cmp {
        check_weak_int(dt, a)?;
        check_weak_int(dt, b)?;
    }
    let out = binary_in(op, &what, DType::Int64, cmp, a, b)?;
    Ok(if out.dtype() == DType::Int64 {
        out.into_dtype(dt)
    } else {
        out
    })
}

/// NumPy 2 refuses a Python int that the array's dtype cannot hold
/// (`uint8_array + 300`) rather than wrapping it.
pub fn check_weak_int(dt: DType, x: &Operand) -> Result<()> {
    if let (Operand::Scalar(Scalar::Int(v)), Some((lo, hi))) = (x, dt.int_range()) {
        if !(lo..=hi).contains(&(*v as i128)) {
            return Err(Error::new(
                ErrorKind::Overflow,
                format!("Python integer {v} out of bounds for {dt}"),
            ));
        }
    }
    Ok(())
}

fn binary_in(
    op: BinOp,
    what: &str,
    dt: DType,
    cmp: bool,
    a: &Operand,
    b: &Operand,
) -> Result<NdArray> {
    if cmp {
        return Ok(NdArray::Bool(match dt {
            DType::Bool => compare(op, what, &a.side_bool(), &b.side_bool())?,
            DType::Float32 => compare(op, what, &a.side_f32(), &b.side_f32())?,
            DType::Float64 => compare(op, what, &a.side_f64(), &b.side_f64())?,
            _ => compare(op, what, &a.side_i64(), &b.side_i64())?,
        }));
    }
    match op {
        BinOp::BitAnd | BinOp::BitOr | BinOp::BitXor | BinOp::Shl | BinOp::Shr => {
            return match dt {
                DType::Bool if matches!(op, BinOp::Shl | BinOp::Shr) => Ok(NdArray::Int(zip_map(
                    what,
                    &a.side_i64(),
                    &b.side_i64(),
                    bitwise(op),
                )?)),
                DType::Bool => Ok(NdArray::Bool(zip_map(
                    what,
                    &a.side_bool(),
                    &b.side_bool(),
                    bitwise(op),
                )?)),
                d if d.is_int() => Ok(NdArray::Int(zip_map(
                    what,
                    &a.side_i64(),
                    &b.side_i64(),
                    bitwise(op),
                )?)),
                _ => Err(Error::type_error(format!(
                    "{what} is only defined for bool and integer arrays, not {dt}"
                ))),
            }
        }
        BinOp::Div => {
            return match dt {
                DType::Float32 => Ok(NdArray::F32(zip_map(
                    what,
                    &a.side_f32(),
                    &b.side_f32(),
                    |x, y| x / y,
                )?)),
                _ => Ok(NdArray::F64(zip_map(
                    what,
                    &a.side_f64(),
                    &b.side_f64(),
                    |x, y| x / y,
                )?)),
            }
        }
        _ => {}
    }
    match dt {
        DType::Bool => match op {
            BinOp::Add => Ok(NdArray::Bool(zip_map(what, &a.side_bool(), &b.side_bool(), |x, y| x | y)?)),
            BinOp::Mul => Ok(NdArray::Bool(zip_map(what, &a.side_bool(), &b.side_bool(), |x, y| x & y)?)),
            BinOp::Sub => Err(Error::type_error(
                "'-' is not supported for two bool arrays; use the logical operators '&', '|' and '~', or astype(x, int) first",
            )),
            _ => int_kernel(op, what, &a.side_i64(), &b.side_i64()).map(NdArray::Int),
        },
        DType::Float32 => Ok(NdArray::F32(float_kernel(op, what, &a.side_f32(), &b.side_f32())?)),
        DType::Float64 => Ok(NdArray::F64(float_kernel(op, what, &a.side_f64(), &b.side_f64())?)),
        _ => int_kernel(op, what, &a.side_i64(), &b.side_i64()).map(NdArray::Int),
    }
}

/// `& | ^ << >>` for bools (logical) and integers (bitwise; shifts as
/// NumPy's, 0 past the width).
fn bitwise<T: Bits>(op: BinOp) -> impl Fn(T, T) -> T + Sync {
    move |x, y| match op {
        BinOp::BitAnd => x & y,
        BinOp::BitOr => x | y,
        BinOp::BitXor => x ^ y,
        BinOp::Shl => x.shl(y),
        _ => x.shr(y),
    }
}

trait Bits:
    Copy
    + std::ops::BitAnd<Output = Self>
    + std::ops::BitOr<Output = Self>
    + std::ops::BitXor<Output = Self>
{
    fn shl(self, by: Self) -> Self;
    fn shr(self, by: Self) -> Self;
}

impl Bits for bool {
    fn shl(self, _: Self) -> Self {
        self
    }
    fn shr(self, _: Self) -> Self {
        self
    }
}

impl Bits for i64 {
    fn shl(self, by: i64) -> i64 {
        if (0..64).contains(&by) {
            self.wrapping_shl(by as u32)
        } else {
            0
        }
    }
    fn shr(self, by: i64) -> i64 {
        if (0..64).contains(&by) {
            self >> by
        } else if self < 0 {
            -1
        } else {
            0
        }
    }
}

fn compare<T: Copy + PartialOrd + Sync>(
    op: BinOp,
    what: &str,
    a: &Side<T>,
    b: &Side<T>,
) -> Result<ArrayD<bool>> {
    match op {
        BinOp::Eq => zip_map(what, a, b, |x, y| x == y),
        BinOp::Ne => zip_map(what, a, b, |x, y| x != y),
        BinOp::Lt => zip_map(what, a, b, |x, y| x < y),
        BinOp::Le => zip_map(what, a, b, |x, y| x <= y),
        BinOp::Gt => zip_map(what, a, b, |x, y| x > y),
        _ => zip_map(what, a, b, |x, y| x >= y),
    }
}

fn has_negative(s: &Side<i64>) -> bool {
    match s {
        Side::Arr(a) => a.iter().any(|&v| v < 0),
        Side::Scalar(v) => *v < 0,
    }
}

fn int_kernel(op: BinOp, what: &str, a: &Side<i64>, b: &Side<i64>) -> Result<ArrayD<i64>> {
    match op {
        BinOp::Add => zip_map(what, a, b, i64::wrapping_add),
        BinOp::Sub => zip_map(what, a, b, i64::wrapping_sub),
        BinOp::Mul => zip_map(what, a, b, i64::wrapping_mul),
        // NumPy gives 0 for an integer `x // 0` and `x % 0` (with a
        // RuntimeWarning, which `value::ops::binary` raises).
        BinOp::FloorDiv => zip_map(
            what,
            a,
            b,
            |x, y| if y == 0 { 0 } else { py_floordiv_i64(x, y) },
        ),
        BinOp::Mod => zip_map(what, a, b, |x, y| if y == 0 { 0 } else { py_mod_i64(x, y) }),
        BinOp::Pow => {
            if has_negative(b) {
                return Err(Error::value("integers to negative integer powers are not allowed; use a float base (e.g. 2.0 ** -1)"));
            }
            zip_map(what, a, b, |x, y| {
                x.wrapping_pow(y.min(u32::MAX as i64) as u32)
            })
        }
        _ => Err(Error::new(
            ErrorKind::Type,
            format!("{what} is not supported for int64 arrays"),
        )),
    }
}

trait Float:
    Sync
    + Send
    + Default
    + Copy
    + std::ops::Add<Output = Self>
    + std::ops::Sub<Output = Self>
    + std::ops::Mul<Output = Self>
    + std::ops::Div<Output = Self>
{
    fn powf(self, o: Self) -> Self;
    fn floordiv(self, o: Self) -> Self;
    fn pymod(self, o: Self) -> Self;
}
impl Float for f64 {
    fn powf(self, o: Self) -> Self {
        f64::powf(self, o)
    }
    fn floordiv(self, o: Self) -> Self {
        py_floordiv_f64(self, o)
    }
    fn pymod(self, o: Self) -> Self {
        py_mod_f64(self, o)
    }
}
impl Float for f32 {
    fn powf(self, o: Self) -> Self {
        f32::powf(self, o)
    }
    fn floordiv(self, o: Self) -> Self {
        py_floordiv_f64(self as f64, o as f64) as f32
    }
    fn pymod(self, o: Self) -> Self {
        py_mod_f64(self as f64, o as f64) as f32
    }
}

fn float_kernel<T: Float>(op: BinOp, what: &str, a: &Side<T>, b: &Side<T>) -> Result<ArrayD<T>> {
    match op {
        BinOp::Add => zip_map(what, a, b, |x, y| x + y),
        BinOp::Sub => zip_map(what, a, b, |x, y| x - y),
        BinOp::Mul => zip_map(what, a, b, |x, y| x * y),
        BinOp::Pow => zip_map(what, a, b, T::powf),
        BinOp::FloorDiv => zip_map(what, a, b, T::floordiv),
        BinOp::Mod => zip_map(what, a, b, T::pymod),
        _ => Err(Error::type_error(format!(
            "{what} is not supported for float arrays"
        ))),
    }
}

/// `-a` and `~a` on an array.
pub fn array_unary(op: UnOp, a: &NdArray) -> Result<NdArray> {
    if a.dtype().is_sized_int() {
        return Ok(array_unary(op, &a.widen())?.into_dtype(a.dtype()));
    }
    match (op, a) {
        (UnOp::Neg, NdArray::Int(x)) => Ok(NdArray::Int(x.mapv(i64::wrapping_neg))),
        (UnOp::Neg, NdArray::F32(x)) => Ok(NdArray::F32(x.mapv(|v| -v))),
        (UnOp::Neg, NdArray::F64(x)) => Ok(NdArray::F64(x.mapv(|v| -v))),
        (UnOp::Neg, NdArray::Bool(_)) => Err(Error::type_error(
            "unary '-' is not supported for bool arrays; use '~' for logical not",
        )),
        (UnOp::Invert, NdArray::Int(x)) => Ok(NdArray::Int(x.mapv(|v| !v))),
        (UnOp::Invert, NdArray::Bool(x)) => Ok(NdArray::Bool(x.mapv(|v| !v))),
        (UnOp::Invert, other) => Err(Error::type_error(format!(
            "'~' is only defined for bool and integer arrays, not {}",
            other.dtype()
        ))),
        (UnOp::Not, _) => Err(Error::type_error("'not' is not an array operation")),
        (UnOp::Neg, other) => array_unary(op, &other.widen()),
    }
}

fn apply_float<T: Float + std::ops::Div<Output = T>>(op: BinOp, x: T, y: T) -> T {
    match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        _ => x / y,
    }
}

/// `a op= rhs` in place when the result keeps `a`'s dtype and shape (`+ - *
/// /` on float arrays, `+ - *` on int arrays); `false` when it cannot be done
/// in place (the caller then computes `a op rhs`).
pub fn inplace(op: BinOp, a: &mut NdArray, rhs: &Operand) -> bool {
    match a {
        NdArray::F64(x) => match rhs {
            Operand::Scalar(s) => {
                let s = s.cast::<f64>();
                x.mapv_inplace(|v| apply_float(op, v, s));
                true
            }
            Operand::Arr(r) => {
                let r = r.to_f64();
                match r.broadcast(x.raw_dim()) {
                    Some(b) => {
                        Zip::from(&mut *x)
                            .and(&b)
                            .for_each(|p, &q| *p = apply_float(op, *p, q));
                        true
                    }
                    None => false,
                }
            }
        },
        NdArray::F32(x) => match rhs {
            Operand::Scalar(s) => {
                let s = s.cast::<f32>();
                x.mapv_inplace(|v| apply_float(op, v, s));
                true
            }
            Operand::Arr(r) if matches!(**r, NdArray::F32(_)) => {
                let r = r.to_f32();
                match r.broadcast(x.raw_dim()) {
                    Some(b) => {
                        Zip::from(&mut *x)
                            .and(&b)
                            .for_each(|p, &q| *p = apply_float(op, *p, q));
                        true
                    }
                    None => false,
                }
            }
            _ => false,
        },
        NdArray::Int(x) if op != BinOp::Div => {
            let f = |p: i64, q: i64| match op {
                BinOp::Add => p.wrapping_add(q),
                BinOp::Sub => p.wrapping_sub(q),
                _ => p.wrapping_mul(q),
            };
            match rhs {
                Operand::Scalar(s @ (Scalar::Int(_) | Scalar::Bool(_))) => {
                    let s = s.cast::<i64>();
                    x.mapv_inplace(|v| f(v, s));
                    true
                }
                Operand::Arr(r) if matches!(**r, NdArray::Int(_) | NdArray::Bool(_)) => {
                    let r = r.to_i64();
                    match r.broadcast(x.raw_dim()) {
                        Some(b) => {
                            Zip::from(&mut *x).and(&b).for_each(|p, &q| *p = f(*p, q));
                            true
                        }
                        None => false,
                    }
                }
                _ => false,
            }
        }
        _ => false,
    }
}

/// A binary element-wise function with NumPy promotion and broadcasting:
/// `ff` computes float64, `fi` int64 (bools compute as int64 and come back
/// as bool when `keep_bool`).
pub fn elementwise2(
    what: &str,
    x: &Operand,
    y: &Operand,
    ff: impl Fn(f64, f64) -> f64 + Sync,
    fi: impl Fn(i64, i64) -> i64 + Sync,
) -> Result<NdArray> {
    let dt = match (x, y) {
        (Operand::Scalar(p), Operand::Scalar(q)) => {
            if matches!(p, Scalar::Float(_)) || matches!(q, Scalar::Float(_)) {
                DType::Float64
            } else {
                DType::Int64
            }
        }
        _ => compute_dtype(x, y),
    };
    let out = match dt {
        DType::Float64 => NdArray::F64(zip_map(what, &x.side_f64(), &y.side_f64(), ff)?),
        DType::Float32 => NdArray::F32(zip_map(what, &x.side_f32(), &y.side_f32(), |p, q| {
            ff(p as f64, q as f64) as f32
        })?),
        DType::Bool => {
            NdArray::Bool(zip_map(what, &x.side_i64(), &y.side_i64(), fi)?.mapv(|v| v != 0))
        }
        d => NdArray::Int(zip_map(what, &x.side_i64(), &y.side_i64(), fi)?).into_dtype(d),
    };
    Ok(out)
}
