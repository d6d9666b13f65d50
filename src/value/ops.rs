//! Operators on values. Every binary operator dispatches here on both
//! operands: scalar op scalar (Python semantics), arrays and lists of
//! numbers (NumPy semantics, `crate::array::ops`), strings, lists and
//! tuples, and host objects, which answer through their `HostValue`
//! methods.

use crate::array::ops::{
    array_binary, array_unary, inplace, py_floordiv_f64, py_floordiv_i64, py_mod_f64, py_mod_i64,
    Operand,
};
use crate::array::{alloc::check_bytes, DType, NdArray, Scalar};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::convert::check_list;
use crate::value::convert::to_array;
use crate::value::format::shape_str;
use crate::value::{bigint, Context, Value};
use ndarray::ArrayD;
use std::borrow::Cow;
use std::rc::Rc;

fn op_name(op: BinOp) -> String {
    format!("'{}'", op.symbol())
}

fn type_err(op: BinOp, a: &Value, b: &Value) -> Error {
    if matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge)
        && !is_array_like(a) | !is_array_like(b)
    {
        return Error::type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            a.py_type_name(),
            b.py_type_name()
        ));
    }
    if !matches!(a, Value::Array(_)) && !matches!(b, Value::Array(_)) {
        // Python's words for Python's values.
        return Error::type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            op.symbol(),
            a.py_type_name(),
            b.py_type_name()
        ));
    }
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
            BinOp::BitXor => return Some(Ok(Bool(*x ^ *y))),
            _ => Some((*x as i64, *y as i64)),
        },
        _ => Option::None,
    };
    if let Some((x, y)) = int_pair {
        return Some(int_binary(op, x, y));
    }
    if let (Int(i), Float(f)) | (Float(f), Int(i)) = (a, b) {
        // Beyond 2**53 an int is compared with a float exactly, as Python does.
        if i.unsigned_abs() > 1 << 53 && op.is_comparison() {
            let ord = bigint::compare_float(&(*i).into(), *f);
            let ord = if matches!(a, Float(_)) {
                ord.map(|o| o.reverse())
            } else {
                ord
            };
            return Some(Ok(Bool(bigint::compare_result(op, ord))));
        }
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

/// `a op b` for two unboxed numbers (ints, floats, bools); a type error
/// for anything else.
pub fn plain_scalar(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    scalar_binary(op, a, b).unwrap_or_else(|| Err(type_err(op, a, b)))
}

/// The result of `x op y` past 64 bits: a big int, as Python's ints grow.
fn grown(op: BinOp, x: i64, y: i64) -> Result<Value> {
    bigint::big_binary(op, &x.into(), &y.into())
}

fn int_binary(op: BinOp, x: i64, y: i64) -> Result<Value> {
    use Value::*;
    Ok(match op {
        BinOp::Add => x
            .checked_add(y)
            .map_or_else(|| grown(op, x, y), |v| Ok(Int(v)))?,
        BinOp::Sub => x
            .checked_sub(y)
            .map_or_else(|| grown(op, x, y), |v| Ok(Int(v)))?,
        BinOp::Mul => x
            .checked_mul(y)
            .map_or_else(|| grown(op, x, y), |v| Ok(Int(v)))?,
        BinOp::Div => {
            if y == 0 {
                return Err(Error::zero_division("division by zero").with_note(format!("{x} / 0")));
            }
            if x.unsigned_abs() > 1 << 53 || y.unsigned_abs() > 1 << 53 {
                // Correctly rounded past a float's exact ints.
                return bigint::big_binary(op, &x.into(), &y.into());
            }
            Float(x as f64 / y as f64)
        }
        BinOp::FloorDiv => {
            if y == 0 {
                return Err(Error::zero_division("integer division or modulo by zero")
                    .with_note(format!("{x} // 0")));
            }
            if x == i64::MIN && y == -1 {
                return grown(op, x, y);
            }
            Int(py_floordiv_i64(x, y))
        }
        BinOp::Mod => {
            if y == 0 {
                return Err(
                    Error::zero_division("integer modulo by zero").with_note(format!("{x} % 0"))
                );
            }
            Int(py_mod_i64(x, y))
        }
        BinOp::Pow => {
            if y < 0 && x == 0 {
                return Err(Error::zero_division(
                    "0.0 cannot be raised to a negative power",
                ));
            }
            if y < 0 {
                Float((x as f64).powf(y as f64))
            } else {
                match u32::try_from(y).ok().and_then(|e| x.checked_pow(e)) {
                    Some(v) => Int(v),
                    Option::None => return grown(op, x, y),
                }
            }
        }
        BinOp::BitAnd => Int(x & y),
        BinOp::BitOr => Int(x | y),
        BinOp::BitXor => Int(x ^ y),
        BinOp::Shl => {
            if y < 0 {
                return Err(Error::value("negative shift count"));
            }
            match (y < 63).then(|| x.checked_mul(1i64 << y)).flatten() {
                Some(v) => Int(v),
                Option::None => return grown(op, x, y),
            }
        }
        BinOp::Shr => {
            if y < 0 {
                return Err(Error::value("negative shift count"));
            }
            Int(x >> y.min(63))
        }
        BinOp::In | BinOp::NotIn | BinOp::Is | BinOp::IsNot => {
            return Err(Error::internal(format!(
                "'{}' reached the arithmetic of ints",
                op.symbol()
            )))
        }
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
        // Python's floats raise where NumPy's would give inf or nan.
        BinOp::Div | BinOp::FloorDiv | BinOp::Mod if y == 0.0 => {
            return Err(Error::zero_division(match op {
                BinOp::Div => "float division by zero",
                BinOp::FloorDiv => "float floor division by zero",
                _ => "float modulo",
            }))
        }
        BinOp::Div => Float(x / y),
        BinOp::FloorDiv => Float(py_floordiv_f64(x, y)),
        BinOp::Mod => Float(py_mod_f64(x, y)),
        BinOp::Pow if x == 0.0 && y < 0.0 => {
            return Err(Error::zero_division(
                "0.0 cannot be raised to a negative power",
            ))
        }
        BinOp::Pow => Float(x.powf(y)),
        BinOp::Eq => Bool(x == y),
        BinOp::Ne => Bool(x != y),
        BinOp::Lt => Bool(x < y),
        BinOp::Le => Bool(x <= y),
        BinOp::Gt => Bool(x > y),
        BinOp::Ge => Bool(x >= y),
        BinOp::BitAnd
        | BinOp::BitOr
        | BinOp::BitXor
        | BinOp::Shl
        | BinOp::Shr
        | BinOp::MatMul
        | BinOp::In
        | BinOp::NotIn
        | BinOp::Is
        | BinOp::IsNot => return Err(type_err(op, a, b)),
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
            BinOp::Add => Value::Int(x.checked_add(*y)?),
            BinOp::Sub => Value::Int(x.checked_sub(*y)?),
            BinOp::Mul => Value::Int(x.checked_mul(*y)?),
            BinOp::Lt => Value::Bool(x < y),
            BinOp::Le => Value::Bool(x <= y),
            BinOp::Gt => Value::Bool(x > y),
            BinOp::Ge => Value::Bool(x >= y),
            BinOp::Eq => Value::Bool(x == y),
            BinOp::Ne => Value::Bool(x != y),
            _ => return Option::None,
        }),
        (Value::Float(x), Value::Float(y)) => fast_float(op, *x, *y),
        // Past 2**53 an int compares with a float exactly (`scalar_binary`).
        (Value::Float(x), Value::Int(y)) if y.unsigned_abs() <= 1 << 53 => {
            fast_float(op, *x, *y as f64)
        }
        (Value::Int(x), Value::Float(y)) if x.unsigned_abs() <= 1 << 53 => {
            fast_float(op, *x as f64, *y)
        }
        _ => Option::None,
    }
}

#[inline(always)]
fn fast_float(op: BinOp, x: f64, y: f64) -> Option<Value> {
    Some(match op {
        BinOp::Add => Value::Float(x + y),
        BinOp::Sub => Value::Float(x - y),
        BinOp::Mul => Value::Float(x * y),
        BinOp::Div if y != 0.0 => Value::Float(x / y),
        BinOp::Lt => Value::Bool(x < y),
        BinOp::Le => Value::Bool(x <= y),
        BinOp::Gt => Value::Bool(x > y),
        BinOp::Ge => Value::Bool(x >= y),
        _ => return Option::None,
    })
}

/// `a op b` for any two values.
/// Python's `in` and sets compare by identity before `==`, so `np.nan in
/// [np.nan]` is True; arr's floats are values, and a NaN stands for the one
/// NaN object the program named (`np.nan`, `math.nan`, a variable).
pub fn same_nan(a: &Value, b: &Value) -> bool {
    matches!((a, b), (Value::Float(x), Value::Float(y)) if x.is_nan() && y.is_nan())
}

pub fn binary(op: BinOp, a: &Value, b: &Value, cx: &mut dyn Context) -> Result<Value> {
    if let Some(r) = scalar_binary(op, a, b) {
        return r;
    }
    if let Value::Host(h) = a {
        if let Some(r) = h.binary(op, b, false, cx) {
            return charge_big(r, cx);
        }
    }
    if let Value::Host(h) = b {
        if let Some(r) = h.binary(op, a, true, cx) {
            return charge_big(r, cx);
        }
    }
    if let (BinOp::Mod, Value::Str(template)) = (op, a) {
        return cx.percent_format(template, b).map(|s| Value::str(&s));
    }
    let r = plain_binary(op, a, b)?;
    if matches!(op, BinOp::FloorDiv | BinOp::Mod) {
        warn_int_zero_division(op, &r, b, cx);
    }
    match &r {
        // Array work counts against an operation limit, element by element,
        // and so does building a list or tuple (`xs * n`, `xs + ys`).
        Value::Array(arr) => cx.charge(arr.len() as u64)?,
        Value::List(l) => cx.charge(l.borrow().len() as u64)?,
        Value::Tuple(t) => cx.charge(t.len() as u64)?,
        Value::Str(s) => cx.charge(s.len() as u64 / 16)?,
        // A big int costs its size: a loop that grows one (`n = 3*n + 1`
        // forever) reaches the operation limit, not only the time-out.
        Value::Host(h) => {
            if let Some(b) = h.as_any().downcast_ref::<bigint::BigInt>() {
                cx.charge(b.0.bits() / 64)?;
            }
        }
        _ => {}
    }
    Ok(r)
}

/// A big int costs its size: a loop that grows one (`n = 3*n + 1`
/// forever) reaches the operation limit, not only the time-out.
fn charge_big(r: Result<Value>, cx: &mut dyn Context) -> Result<Value> {
    if let Ok(Value::Host(h)) = &r {
        if let Some(b) = h.as_any().downcast_ref::<bigint::BigInt>() {
            cx.charge(b.0.bits() / 64)?;
        }
    }
    r
}

/// NumPy's integer `x // 0` and `x % 0` give 0 with a RuntimeWarning.
fn warn_int_zero_division(op: BinOp, r: &Value, b: &Value, cx: &mut dyn Context) {
    let int_result = match r {
        Value::Array(a) => a.dtype().is_int(),
        Value::Int(_) => true,
        _ => false,
    };
    let zero = match b {
        Value::Array(a) if a.dtype().is_int() || a.dtype() == DType::Bool => {
            a.to_i64().iter().any(|&v| v == 0)
        }
        Value::Int(0) | Value::Bool(false) => matches!(r, Value::Array(_)),
        _ => false,
    };
    if int_result && zero {
        cx.warn(&format!(
            "RuntimeWarning: divide by zero encountered in {}",
            if op == BinOp::Mod {
                "remainder"
            } else {
                "floor_divide"
            }
        ));
    }
}

/// `a op b` for values that are not host objects (and host objects that
/// declined: equality by identity, else an error).
fn plain_binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    if let Some(r) = scalar_binary(op, a, b) {
        return r;
    }
    if let (Value::Str(_), BinOp::Add) = (a, op) {
        if !matches!(b, Value::Str(_) | Value::Host(_)) {
            return Err(Error::type_error(format!(
                "can only concatenate str (not \"{}\") to str",
                crate::value::convert::describe(b)
            )));
        }
    }
    if matches!(a, Value::Host(_)) || matches!(b, Value::Host(_)) {
        return match op {
            BinOp::Eq => Ok(Value::Bool(values_equal(a, b))),
            BinOp::Ne => Ok(Value::Bool(!values_equal(a, b))),
            _ => Err(type_err(op, a, b)),
        };
    }
    match (a, b) {
        (Value::Str(x), Value::Str(y)) => {
            return match op {
                BinOp::Add => {
                    let n = x.len().saturating_add(y.len());
                    check_bytes("'+'", n)?;
                    let mut s = String::with_capacity(n);
                    s.push_str(x);
                    s.push_str(y);
                    Ok(Value::str(&s))
                }
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
            check_bytes("'*'", s.len().saturating_mul(n))?;
            return Ok(Value::str(&s.repeat(n)));
        }
        // `d1 | d2`: a new dict, d2's values winning.
        (Value::Dict(x), Value::Dict(y)) if op == BinOp::BitOr => {
            let mut out = x.borrow().clone();
            for (k, v) in y.borrow().iter() {
                crate::value::index::dict_set(&mut out, k.clone(), v.clone());
            }
            return Ok(Value::dict(out));
        }
        (Value::List(x), Value::List(y)) if op == BinOp::Add => {
            let (x, y) = (x.borrow(), y.borrow());
            check_list("'+'", x.len().saturating_add(y.len()))?;
            let mut v = x.clone();
            v.extend(y.iter().cloned());
            return Ok(Value::list(v));
        }
        (Value::List(_) | Value::Tuple(_), Value::Int(n))
        | (Value::Int(n), Value::List(_) | Value::Tuple(_))
            if op == BinOp::Mul =>
        {
            let seq = if matches!(a, Value::Int(_)) { b } else { a };
            let items = crate::value::convert::seq_items(seq).unwrap_or_default();
            // An empty sequence repeated any number of times is empty.
            let n = if items.is_empty() {
                0
            } else {
                (*n).max(0) as usize
            };
            check_list("'*'", items.len().saturating_mul(n))?;
            let mut v = Vec::with_capacity(items.len() * n);
            for _ in 0..n {
                v.extend(items.iter().cloned());
            }
            return Ok(match seq {
                Value::Tuple(_) => Value::tuple(v),
                _ => Value::list(v),
            });
        }
        (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
            if matches!(op, BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge) =>
        {
            return sequence_order(op, a, b, 0).map(Value::Bool);
        }
        (Value::Tuple(x), Value::Tuple(y)) if op == BinOp::Add => {
            check_list("'+'", x.len().saturating_add(y.len()))?;
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
        return crate::array::matmul::matmul(&x, &y, "'@'").map(Value::from_array);
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
        Value::Bool(b) => Ok(Operand::Scalar(Scalar::Bool(*b))),
        Value::Int(i) => Ok(Operand::Scalar(Scalar::Int(*i))),
        Value::Float(f) => Ok(Operand::Scalar(Scalar::Float(*f))),
        Value::List(_) | Value::Tuple(_) | Value::Range(_) => Ok(Operand::Arr(
            to_array(v, &op_name(op)).map_err(|_| type_err(op, a, b))?,
        )),
        _ => Err(type_err(op, a, b)),
    }
}

/// Python's ordering of two lists or two tuples: the first unequal items
/// decide, else the shorter is smaller.
fn sequence_order(op: BinOp, a: &Value, b: &Value, depth: usize) -> Result<bool> {
    let x = crate::value::convert::seq_items(a).unwrap_or_default();
    let y = crate::value::convert::seq_items(b).unwrap_or_default();
    for (p, q) in x.iter().zip(y.iter()) {
        if values_equal(p, q) {
            continue;
        }
        return match (p, q) {
            (Value::List(_), Value::List(_)) | (Value::Tuple(_), Value::Tuple(_))
                if depth < MAX_EQ_DEPTH =>
            {
                sequence_order(op, p, q, depth + 1)
            }
            _ => match plain_binary(op, p, q)? {
                Value::Bool(r) => Ok(r),
                _ => Err(type_err(op, p, q)),
            },
        };
    }
    Ok(match op {
        BinOp::Lt => x.len() < y.len(),
        BinOp::Le => x.len() <= y.len(),
        BinOp::Gt => x.len() > y.len(),
        _ => x.len() >= y.len(),
    })
}

/// How deep `values_equal` compares nested containers (a list that holds
/// itself compares as unequal past this, instead of recursing forever).
const MAX_EQ_DEPTH: usize = 200;

/// Structural equality for non-array values (lists, tuples, strings, none...).
pub fn values_equal(a: &Value, b: &Value) -> bool {
    equal_at(a, b, 0)
}

fn equal_at(a: &Value, b: &Value, depth: usize) -> bool {
    if depth > MAX_EQ_DEPTH {
        return false;
    }
    let eq = |p: &Value, q: &Value| equal_at(p, q, depth + 1);
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (Value::Tuple(x), Value::Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| eq(p, q))
        }
        (Value::Dict(x), Value::Dict(y)) => {
            if Rc::ptr_eq(x, y) {
                return true;
            }
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter()
                    .all(|(k, v)| y.iter().any(|(k2, v2)| eq(k, k2) && eq(v, v2)))
        }
        (Value::DType(x), Value::DType(y)) => x == y,
        (Value::DType(d), Value::Str(s)) | (Value::Str(s), Value::DType(d)) => {
            DType::parse(s) == Some(*d)
        }
        (Value::Func(x), Value::Func(y)) => Rc::ptr_eq(x, y),
        (Value::Builtin(x), Value::Builtin(y)) => std::ptr::eq(*x, *y),
        // `type(3) == int`: a built-in type's class and its conversion function.
        (Value::Host(h), Value::Builtin(b)) | (Value::Builtin(b), Value::Host(h)) => {
            h.type_name() == "type" && h.fallback_repr() == format!("<class '{}'>", b.name)
        }
        (Value::Host(_), _) | (_, Value::Host(_))
            if bigint::as_big(a).is_some() || bigint::as_big(b).is_some() =>
        {
            match (bigint::to_big(a), bigint::to_big(b), a, b) {
                (Some(x), Some(y), _, _) => x == y,
                (Some(x), _, _, Value::Float(f)) | (_, Some(x), Value::Float(f), _) => {
                    bigint::compare_float(&x, *f) == Some(std::cmp::Ordering::Equal)
                }
                _ => false,
            }
        }
        (Value::Host(x), Value::Host(y)) => {
            std::ptr::eq(Rc::as_ptr(x) as *const u8, Rc::as_ptr(y) as *const u8)
        }
        (Value::Native(x), Value::Native(y)) => Rc::ptr_eq(x, y),
        (Value::Range(x), Value::Range(y)) => x == y,
        (Value::Array(x), Value::Array(y)) => x == y,
        _ => match scalar_binary(BinOp::Eq, a, b) {
            Some(Ok(Value::Bool(v))) => v,
            _ => false,
        },
    }
}

pub fn unary(op: UnOp, v: &Value, cx: &mut dyn Context) -> Result<Value> {
    if let Value::Host(h) = v {
        if op != UnOp::Not {
            if let Some(r) = h.unary(op, cx) {
                return r;
            }
        }
    }
    match (op, v) {
        (UnOp::Not, v) => Ok(Value::Bool(!truthy(v, cx)?)),
        (UnOp::Neg, Value::Int(i)) => Ok(bigint::neg_i64(*i)),
        (UnOp::Neg, Value::Float(f)) => Ok(Value::Float(-f)),
        (UnOp::Neg, Value::Bool(b)) => Ok(Value::Int(-(*b as i64))),
        (UnOp::Invert, Value::Int(i)) => Ok(Value::Int(!i)),
        (UnOp::Invert, Value::Bool(b)) => Ok(Value::Bool(!b)),
        (UnOp::Neg | UnOp::Invert, Value::Array(a)) => array_unary(op, a).map(Value::from_array),
        (UnOp::Neg | UnOp::Invert, Value::List(_) | Value::Tuple(_)) => {
            let a = to_array(v, "unary operator")?;
            array_unary(op, &a).map(Value::from_array)
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
pub fn truthy(v: &Value, cx: &mut dyn Context) -> Result<bool> {
    Ok(match v {
        Value::Undefined | Value::None => false,
        Value::Bool(b) => *b,
        Value::Int(i) => *i != 0,
        Value::Float(f) => *f != 0.0,
        Value::Str(s) => !s.is_empty(),
        Value::List(l) => !l.borrow().is_empty(),
        Value::Tuple(l) => !l.is_empty(),
        Value::Dict(d) => !d.borrow().is_empty(),
        Value::Range(r) => !r.is_empty(),
        Value::Array(a) => match a.len() {
            1 => a.flat_f64(0).is_some_and(|f| f != 0.0),
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
        Value::Host(h) => match h.truthy(cx) {
            Some(r) => r?,
            None => true,
        },
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
    cx: &mut dyn Context,
) -> std::result::Result<Value, (Value, Error)> {
    let mut cur = cur;
    if let Value::Array(rc) = &mut cur {
        if matches!(op, BinOp::Add | BinOp::Sub | BinOp::Mul | BinOp::Div) {
            if let Some(a) = Rc::get_mut(rc) {
                let done = match rhs {
                    Value::Array(r) => inplace(op, a, &Operand::Arr(Cow::Borrowed(&**r))),
                    v => v
                        .as_scalar()
                        .is_some_and(|s| inplace(op, a, &Operand::Scalar(s))),
                };
                if done {
                    return Ok(cur);
                }
            }
        }
    }
    match binary(op, &cur, rhs, cx) {
        Ok(v) => Ok(v),
        Err(e) => Err((cur, e)),
    }
}

fn type_err_named(what: &str, a: &Value, b: &Value) -> Error {
    Error::type_error(format!(
        "{what}: unsupported operand types {} and {}",
        crate::value::convert::describe(a),
        crate::value::convert::describe(b)
    ))
}

/// A binary element-wise function of values with NumPy promotion and
/// broadcasting (see `crate::array::ops::elementwise2`).
pub fn elementwise2(
    what: &str,
    a: &Value,
    b: &Value,
    ff: impl Fn(f64, f64) -> f64 + Sync,
    fi: impl Fn(i64, i64) -> i64 + Sync,
) -> Result<Value> {
    let x = operand(a, BinOp::Add, a, b).map_err(|_| type_err_named(what, a, b))?;
    let y = operand(b, BinOp::Add, a, b).map_err(|_| type_err_named(what, a, b))?;
    crate::array::ops::elementwise2(what, &x, &y, ff, fi).map(Value::from_array)
}
