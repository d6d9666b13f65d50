//! Operators. Every binary operator dispatches here on both operands:
//! scalar op scalar (Python semantics), array op array / array op scalar
//! (NumPy semantics: broadcasting, dtype promotion with Python scalars as
//! "weak" operands as in NumPy 2), strings, lists and tuples.

use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::array::{check_alloc, shape_size, DType, Element, NdArray};
use crate::value::convert::to_array;
use crate::value::format::shape_str;
use crate::value::Value;
use ndarray::{ArrayD, IxDyn, Zip};
use std::borrow::Cow;
use std::rc::Rc;

/// Axis `i` of `shape` left-padded with ones to `n` dimensions.
fn padded_dim(shape: &[usize], n: usize, i: usize) -> usize {
    let pad = n - shape.len();
    if i < pad {
        1
    } else {
        shape[i - pad]
    }
}

/// NumPy's broadcasting of two shapes.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| match (padded_dim(a, n, i), padded_dim(b, n, i)) {
            (da, db) if da == db || db == 1 => Some(da),
            (1, db) => Some(db),
            _ => None,
        })
        .collect()
}

pub fn broadcast_error(what: &str, a: &[usize], b: &[usize]) -> Error {
    let n = a.len().max(b.len());
    let mut detail = String::new();
    for i in (0..n).rev() {
        let (da, db) = (padded_dim(a, n, i), padded_dim(b, n, i));
        if da != db && da != 1 && db != 1 {
            detail = format!(
                ": axis {} has {} on the left and {} on the right",
                i as i64 - n as i64,
                da,
                db
            );
            break;
        }
    }
    Error::shape(format!(
        "{what}: operands could not be broadcast together with shapes {} and {}{detail}",
        shape_str(a),
        shape_str(b)
    ))
}

/// One operand of an element-wise kernel, already cast to the compute type.
enum Side<'a, T: Clone> {
    Arr(Cow<'a, ArrayD<T>>),
    Scalar(T),
}

fn zip_map<T: Copy + Sync, R: Clone + Copy + Default + Send>(
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
                check_alloc(shape_size(&shape)?, std::mem::size_of::<R>().max(1))?;
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
enum Operand<'a> {
    Arr(Cow<'a, NdArray>),
    Scalar(&'a Value),
}

impl Operand<'_> {
    fn side_f64(&self) -> Side<'_, f64> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_f64()),
            Operand::Scalar(v) => Side::Scalar(scalar_as::<f64>(v)),
        }
    }
    fn side_f32(&self) -> Side<'_, f32> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_f32()),
            Operand::Scalar(v) => Side::Scalar(scalar_as::<f32>(v)),
        }
    }
    fn side_i64(&self) -> Side<'_, i64> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_i64()),
            Operand::Scalar(v) => Side::Scalar(scalar_as::<i64>(v)),
        }
    }
    fn side_bool(&self) -> Side<'_, bool> {
        match self {
            Operand::Arr(a) => Side::Arr(a.to_bool()),
            Operand::Scalar(v) => Side::Scalar(scalar_as::<bool>(v)),
        }
    }
}

fn scalar_as<T: Element>(v: &Value) -> T {
    match v {
        Value::Bool(b) => T::from_bool(*b),
        Value::Int(i) => T::from_i64(*i),
        Value::Float(f) => T::from_f64(*f),
        _ => T::default(),
    }
}

/// The dtype an operation computes in, NumPy 2 rules (Python scalars are weak).
fn compute_dtype(a: &Operand, b: &Operand) -> DType {
    fn weak(d: DType, s: &Value) -> DType {
        match s {
            Value::Bool(_) => d,
            Value::Int(_) => {
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

fn py_floordiv_f64(a: f64, b: f64) -> f64 {
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

fn py_mod_f64(a: f64, b: f64) -> f64 {
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

fn py_floordiv_i64(a: i64, b: i64) -> i64 {
    let q = a.wrapping_div(b);
    if (a % b != 0) && ((a < 0) != (b < 0)) {
        q - 1
    } else {
        q
    }
}

fn py_mod_i64(a: i64, b: i64) -> i64 {
    let m = a.wrapping_rem(b);
    if m != 0 && ((m < 0) != (b < 0)) {
        m + b
    } else {
        m
    }
}

fn op_name(op: BinOp) -> String {
    format!("'{}'", op.symbol())
}

fn type_err(op: BinOp, a: &Value, b: &Value) -> Error {
    Error::type_error(format!(
        "unsupported operand types for {}: {} and {}",
        op_name(op),
        crate::value::convert::describe(a),
        crate::value::convert::describe(b)
    ))
}

/// Python's arithmetic on two unboxed scalars.
fn scalar_binary(op: BinOp, a: &Value, b: &Value) -> Option<Result<Value>> {
    use Value::*;
    let int_pair = match (a, b) {
        (Int(x), Int(y)) => Some((*x, *y)),
        (Int(x), Bool(y)) => Some((*x, *y as i64)),
        (Bool(x), Int(y)) => Some((*x as i64, *y)),
        (Bool(x), Bool(y)) => match op {
            BinOp::BitAnd => return Some(Ok(Bool(*x & *y))),
            BinOp::BitOr => return Some(Ok(Bool(*x | *y))),
            _ => Some((*x as i64, *y as i64)),
        },
        _ => Option::None,
    };
    if let Some((x, y)) = int_pair {
        return Some(int_binary(op, x, y));
    }
    let fx = match a {
        Int(x) => *x as f64,
        Float(x) => *x,
        Bool(x) => *x as u8 as f64,
        _ => return Option::None,
    };
    let fy = match b {
        Int(y) => *y as f64,
        Float(y) => *y,
        Bool(y) => *y as u8 as f64,
        _ => return Option::None,
    };
    Some(float_binary(op, fx, fy, a, b))
}

fn int_binary(op: BinOp, x: i64, y: i64) -> Result<Value> {
    use Value::*;
    Ok(match op {
        BinOp::Add => Int(x.wrapping_add(y)),
        BinOp::Sub => Int(x.wrapping_sub(y)),
        BinOp::Mul => Int(x.wrapping_mul(y)),
        BinOp::Div => {
            if y == 0 {
                return Err(Error::zero_division(format!("division by zero: {x} / 0")));
            }
            Float(x as f64 / y as f64)
        }
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(Error::zero_division(format!(
                    "integer division by zero: {x} // 0"
                )));
            }
            Int(py_floordiv_i64(x, y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(Error::zero_division(format!(
                    "integer modulo by zero: {x} % 0"
                )));
            }
            Int(py_mod_i64(x, y))
        }
        BinOp::Pow => {
            if y < 0 {
                Float((x as f64).powf(y as f64))
            } else {
                Int(x.wrapping_pow(y.min(u32::MAX as i64) as u32))
            }
        }
        BinOp::BitAnd => Int(x & y),
        BinOp::BitOr => Int(x | y),
        BinOp::Eq => Bool(x == y),
        BinOp::Ne => Bool(x != y),
        BinOp::Lt => Bool(x < y),
        BinOp::Le => Bool(x <= y),
        BinOp::Gt => Bool(x > y),
        BinOp::Ge => Bool(x >= y),
        BinOp::MatMul => {
            return Err(Error::value(
                "matmul: input operands must have at least 1 dimension, got scalars".to_string(),
            ))
        }
    })
}

fn float_binary(op: BinOp, x: f64, y: f64, a: &Value, b: &Value) -> Result<Value> {
    use Value::*;
    Ok(match op {
        BinOp::Add => Float(x + y),
        BinOp::Sub => Float(x - y),
        BinOp::Mul => Float(x * y),
        BinOp::Div => Float(x / y),
        BinOp::FloorDiv => Float(py_floordiv_f64(x, y)),
        BinOp::Mod => Float(py_mod_f64(x, y)),
        BinOp::Pow => Float(x.powf(y)),
        BinOp::Eq => Bool(x == y),
        BinOp::Ne => Bool(x != y),
        BinOp::Lt => Bool(x < y),
        BinOp::Le => Bool(x <= y),
        BinOp::Gt => Bool(x > y),
        BinOp::Ge => Bool(x >= y),
        BinOp::BitAnd | BinOp::BitOr | BinOp::MatMul => return Err(type_err(op, a, b)),
    })
}

fn is_array_like(v: &Value) -> bool {
    matches!(
        v,
        Value::Array(_) | Value::Bool(_) | Value::Int(_) | Value::Float(_)
    )
}

/// The common scalar cases, inlined into the evaluator's hot path.
#[inline(always)]
pub fn fast_scalar(op: BinOp, a: &Value, b: &Value) -> Option<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(match op {
            BinOp::Add => Value::Int(x.wrapping_add(*y)),
            BinOp::Sub => Value::Int(x.wrapping_sub(*y)),
            BinOp::Mul => Value::Int(x.wrapping_mul(*y)),
            BinOp::Lt => Value::Bool(x < y),
            BinOp::Le => Value::Bool(x <= y),
            BinOp::Gt => Value::Bool(x > y),
            BinOp::Ge => Value::Bool(x >= y),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            _ => return Option::None,
        }),
        (Value::Float(x), Value::Float(y)) => fast_float(op, *x, *y),
        (Value::Float(x), Value::Int(y)) => fast_float(op, *x, *y as f64),
        (Value::Int(x), Value::Float(y)) => fast_float(op, *x as f64, *y),
        _ => Option::None,
    }
}

#[inline(always)]
fn fast_float(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Float(x + y),
        BinOp::Sub => Value::Float(x - y),
        BinOp::Mul => Value::Float(x * y),
        BinOp::Div => Value::Float(x / y),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Ge => Value::Bool(x >= y),
        _ => return Option::None,
    })
}

/// `a op b` for any two values.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    if let Some(r) = scalar_binary(op, a, b) {
        return r;
    }
    if matches!(a, Value::Host(_)) || matches!(b, Value::Host(_)) {
        return crate::tensor::binary(op, a, b);
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            return match op {
                BinOp::Add => Ok(Value::str(&format!("{x}{y}"))),
                BinOp::Eq => Ok(Value::Bool(x == y)),
                BinOp::Ne => Ok(Value::Bool(x != y)),
                BinOp::Lt => Ok(Value::Bool(x < y)),
                BinOp::Le => Ok(Value::Bool(x <= y)),
                BinOp::Gt => Ok(Value::Bool(x > y)),
                BinOp::Ge => Ok(Value::Bool(x >= y)),
                _ => Err(type_err(op, a, b)),
            }
        }
        (Value::Str(s), Value::Int(n)) | (Value::Int(n), Value::Str(s)) if op == BinOp::Mul => {
            let n = (*n).max(0) as usize;
            check_alloc(s.len().saturating_mul(n), 1)?;
            return Ok(Value::str(&s.repeat(n)));
        }
        (Value::List(x), Value::List(y)) if op == BinOp::Add => {
            let mut v = (**x).clone();
            v.extend(y.iter().cloned());
            return Ok(Value::List(Rc::new(v)));
        }
        (Value::Tuple(x), Value::Tuple(y)) if op == BinOp::Add => {
            let mut v = (**x).clone();
            v.extend(y.iter().cloned());
            return Ok(Value::Tuple(Rc::new(v)));
        }
        _ => {}
    }
    if matches!(op, BinOp::Eq | BinOp::Ne) && !(is_array_like(a) || is_array_like(b)) {
        let eq = values_equal(a, b);
        return Ok(Value::Bool(if op == BinOp::Eq { eq } else { !eq }));
    }
    if op == BinOp::MatMul {
        let x = to_array(a, "'@'")?;
        let y = to_array(b, "'@'")?;
        return crate::builtins::linalg::matmul(&x, &y, "'@'").map(Value::from_array);
    }
    let (x, y) = match (a, b) {
        (Value::Array(_), _) | (_, Value::Array(_)) => {
            (operand(a, op, a, b)?, operand(b, op, a, b)?)
        }
        (Value::List(_) | Value::Tuple(_) | Value::Range(_), _)
        | (_, Value::List(_) | Value::Tuple(_) | Value::Range(_)) => {
            // A list next to a number or array behaves like an array, as in NumPy.
            (
                Operand::Arr(to_array(a, &op_name(op)).map_err(|_| type_err(op, a, b))?),
                Operand::Arr(to_array(b, &op_name(op)).map_err(|_| type_err(op, a, b))?),
            )
        }
        _ => {
            if matches!(op, BinOp::Eq | BinOp::Ne) {
                let eq = values_equal(a, b);
                return Ok(Value::Bool(if op == BinOp::Eq { eq } else { !eq }));
            }
            return Err(type_err(op, a, b));
        }
    };
    array_binary(op, &x, &y).map(Value::from_array)
}

fn operand<'a>(v: &'a Value, op: BinOp, a: &Value, b: &Value) -> Result<Operand<'a>> {
    match v {
        Value::Array(arr) => Ok(Operand::Arr(Cow::Borrowed(&**arr))),
        Value::Bool(_) | Value::Int(_) | Value::Float(_) => Ok(Operand::Scalar(v)),
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => Ok(Operand::Arr(
            to_array(v, &op_name(op)).map_err(|_| type_err(op, a, b))?,
        )),
        _ => Err(type_err(op, a, b)),
    }
}

fn array_binary(op: BinOp, a: &Operand, b: &Operand) -> Result<NdArray> {
    let what = op_name(op);
    let dt = compute_dtype(a, b);
    let cmp = matches!(
        op,
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
    );
    if cmp {
        return Ok(NdArray::Bool(match dt {
            DType::Bool => compare(op, &what, &a.side_bool(), &b.side_bool())?,
            DType::Int64 => compare(op, &what, &a.side_i64(), &b.side_i64())?,
            DType::Float32 => compare(op, &what, &a.side_f32(), &b.side_f32())?,
            DType::Float64 => compare(op, &what, &a.side_f64(), &b.side_f64())?,
        }));
    }
    match op {
        BinOp::BitAnd | BinOp::BitOr => {
            return match dt {
                DType::Bool => Ok(NdArray::Bool(zip_map(
                    &what,
                    &a.side_bool(),
                    &b.side_bool(),
                    bitwise(op),
                )?)),
                DType::Int64 => Ok(NdArray::Int(zip_map(
                    &what,
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
                    &what,
                    &a.side_f32(),
                    &b.side_f32(),
                    |x, y| x / y,
                )?)),
                _ => Ok(NdArray::F64(zip_map(
                    &what,
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
            BinOp::Add => Ok(NdArray::Bool(zip_map(&what, &a.side_bool(), &b.side_bool(), |x, y| x | y)?)),
            BinOp::Mul => Ok(NdArray::Bool(zip_map(&what, &a.side_bool(), &b.side_bool(), |x, y| x & y)?)),
            BinOp::Sub => Err(Error::type_error(
                "'-' is not supported for two bool arrays; use the logical operators '&', '|' and '~', or astype(x, int) first",
            )),
            _ => int_kernel(op, &what, &a.side_i64(), &b.side_i64()).map(NdArray::Int),
        },
        DType::Int64 => int_kernel(op, &what, &a.side_i64(), &b.side_i64()).map(NdArray::Int),
        DType::Float32 => Ok(NdArray::F32(float_kernel(op, &what, &a.side_f32(), &b.side_f32())?)),
        DType::Float64 => Ok(NdArray::F64(float_kernel(op, &what, &a.side_f64(), &b.side_f64())?)),
    }
}

/// `&` or `|` for bools (logical) and integers (bitwise).
fn bitwise<T: Copy + std::ops::BitAnd<Output = T> + std::ops::BitOr<Output = T>>(
    op: BinOp,
) -> impl Fn(T, T) -> T + Sync {
    move |x, y| if op == BinOp::BitAnd { x & y } else { x | y }
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

fn has_zero(s: &Side<i64>) -> bool {
    match s {
        Side::Arr(a) => a.iter().any(|&v| v == 0),
        Side::Scalar(v) => *v == 0,
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
        BinOp::FloorDiv | BinOp::Mod => {
            if has_zero(b) {
                return Err(Error::zero_division(format!(
                    "integer {} by zero in {what}",
                    if op == BinOp::Mod {
                        "modulo"
                    } else {
                        "division"
                    }
                )));
            }
            if op == BinOp::Mod {
                zip_map(what, a, b, py_mod_i64)
            } else {
                zip_map(what, a, b, py_floordiv_i64)
            }
        }
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

/// Structural equality for non-array values (lists, tuples, strings, none...).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) | (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| values_equal(p, q))
        }
        (Value::Dict(x), Value::Dict(y)) => {
            x.len() == y.len()
                && x.iter().all(|(k, v)| {
                    y.iter()
                        .any(|(k2, v2)| values_equal(k, k2) && values_equal(v, v2))
                })
        }
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::DType(d), Value::Str(s)) | (Value::Str(s), Value::DType(d)) => {
            DType::parse(s) == Some(*d)
        }
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => x == y,
        (Value::Range(x), Value::Range(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => x == y,
        _ => match scalar_binary(BinOp::Eq, a, b) {
            Some(Ok(Value::Bool(v))) => v,
            _ => false,
        },
    }
}

pub fn unary(op: UnOp, v: &Value) -> Result<Value> {
    if crate::tensor::is_tensor(v) {
        return crate::tensor::unary(op, v);
    }
    match (op, v) {
        (UnOp::Not, v) => Ok(Value::Bool(!truthy(v)?)),
        (UnOp::Neg, Value::Int(i)) => Ok(Value::Int(i.wrapping_neg())),
        (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
        (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (UnOp::Invert, Value::Bool(b)) => Ok(Value::Bool(!b)),
        (UnOp::Neg, Value::Array(a)) => match &**a {
            NdArray::Int(x) => Ok(Value::from_array(NdArray::Int(x.mapv(i64::wrapping_neg)))),
            NdArray::F32(x) => Ok(Value::from_array(NdArray::F32(x.mapv(|v| -v)))),
            NdArray::F64(x) => Ok(Value::from_array(NdArray::F64(x.mapv(|v| -v)))),
            NdArray::Bool(_) => Err(Error::type_error(
                "unary '-' is not supported for bool arrays; use '~' for logical not",
            )),
        },
        (UnOp::Invert, Value::Array(a)) => match &**a {
            NdArray::Int(x) => Ok(Value::from_array(NdArray::Int(x.mapv(|v| !v)))),
            NdArray::Bool(x) => Ok(Value::from_array(NdArray::Bool(x.mapv(|v| !v)))),
            other => Err(Error::type_error(format!(
                "'~' is only defined for bool and integer arrays, not {}",
                other.dtype()
            ))),
        },
        (UnOp::Neg | UnOp::Invert, Value::List(_) | Value::Tuple(_)) => {
            let a = to_array(v, "unary operator")?.into_owned();
            unary(op, &Value::array(a))
        }
        (op, v) => Err(Error::type_error(format!(
            "bad operand type for unary '{}': {}",
            match op {
                UnOp::Neg => "-",
                UnOp::Invert => "~",
                UnOp::Not => "not",
            },
            crate::value::convert::describe(v)
        ))),
    }
}

/// Truth value for `if`, `while`, `and`, `or`, `not`.
pub fn truthy(v: &Value) -> Result<bool> {
    Ok(match v {
        Value::Undefined | Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::List(l) | Value::Tuple(l) => !l.is_empty(),
        Value::Dict(d) => !d.is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Array(a) => match a.len() {
            1 => match a.get_flat(0) {
                Some(Value::Bool(b)) => b,
                Some(Value::Int(i)) => i != 0,
                Some(Value::Float(f)) => f != 0.0,
                Some(Value::Array(x)) => x.to_f64().iter().next().is_some_and(|&f| f != 0.0),
                _ => false,
            },
            0 => {
                return Err(Error::value(
                    "the truth value of an empty array is ambiguous; use len(a) > 0 or a.size > 0",
                ))
            }
            n => {
                return Err(Error::value(format!(
                    "the truth value of an array with more than one element ({n} elements, shape {}) is ambiguous; use a.any() or a.all()",
                    shape_str(a.shape())
                )))
            }
        },
        Value::Host(_) => crate::tensor::truthy(v)?,
        Value::Func(_) | Value::Builtin(_) | Value::Native(_) | Value::DType(_) => true,
    })
}

/// A float array as a value, for kernels that always produce float64.
pub fn f64_value(a: ArrayD<f64>) -> Value {
    Value::from_array(NdArray::F64(a))
}

/// `cur op= rhs`: updates a uniquely owned array in place when the result
/// keeps its dtype and shape; otherwise computes `cur op rhs`. On error the
/// original value is handed back so the variable keeps it.
pub fn binary_inplace(
    op: BinOp,
    cur: Value,
    rhs: &Value,
) -> std::result::Result<Value, (Value, Error)> {
    let cur = match cur {
        Value::Array(mut rc) => {
            if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
                if let Some(a) = Rc::get_mut(&mut rc) {
                    if try_inplace(op, a, rhs) {
                        return Ok(Value::Array(rc));
                    }
                }
            }
            Value::Array(rc)
        }
        other => other,
    };
    match binary(op, &cur, rhs) {
        Ok(v) => Ok(v),
        Err(e) => Err((cur, e)),
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

fn try_inplace(op: BinOp, a: &mut NdArray, rhs: &Value) -> bool {
    match a {
        NdArray::F64(x) => match rhs {
            Value::Float(_) | Value::Int(_) | Value::Bool(_) => {
                let s = scalar_as::<f64>(rhs);
                x.mapv_inplace(|v| apply_float(op, v, s));
                true
            }
            Value::Array(r) => {
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
            _ => false,
        },
        NdArray::F32(x) => match rhs {
            Value::Float(_) | Value::Int(_) | Value::Bool(_) => {
                let s = scalar_as::<f32>(rhs);
                x.mapv_inplace(|v| apply_float(op, v, s));
                true
            }
            Value::Array(r) if matches!(**r, NdArray::F32(_)) => {
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
                Value::Int(_) | Value::Bool(_) => {
                    let s = scalar_as::<i64>(rhs);
                    x.mapv_inplace(|v| f(v, s));
                    true
                }
                Value::Array(r) if matches!(**r, NdArray::Int(_) | NdArray::Bool(_)) => {
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
    a: &Value,
    b: &Value,
    ff: impl Fn(f64, f64) -> f64 + Sync,
    fi: impl Fn(i64, i64) -> i64 + Sync,
) -> Result<Value> {
    let x = operand(a, BinOp::Add, a, b).map_err(|_| type_err_named(what, a, b))?;
    let y = operand(b, BinOp::Add, a, b).map_err(|_| type_err_named(what, a, b))?;
    let dt = match (&x, &y) {
        (Operand::Scalar(p), Operand::Scalar(q)) => {
            if matches!(p, Value::Float(_)) || matches!(q, Value::Float(_)) {
                DType::Float64
            } else {
                DType::Int64
            }
        }
        _ => compute_dtype(&x, &y),
    };
    let out = match dt {
        DType::Float64 => NdArray::F64(zip_map(what, &x.side_f64(), &y.side_f64(), ff)?),
        DType::Float32 => NdArray::F32(zip_map(what, &x.side_f32(), &y.side_f32(), |p, q| {
            ff(p as f64, q as f64) as f32
        })?),
        DType::Int64 => NdArray::Int(zip_map(what, &x.side_i64(), &y.side_i64(), fi)?),
        DType::Bool => {
            NdArray::Bool(zip_map(what, &x.side_i64(), &y.side_i64(), fi)?.mapv(|v| v != 0))
        }
    };
    Ok(Value::from_array(out))
}

fn type_err_named(what: &str, a: &Value, b: &Value) -> Error {
    Error::type_error(format!(
        "{what}: unsupported operand types {} and {}",
        crate::value::convert::describe(a),
        crate::value::convert::describe(b)
    ))
}
