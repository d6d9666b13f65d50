//! Python's unbounded ints. A script's int is an unboxed `i64` until an
//! operation's result does not fit; then it becomes a [`BigInt`] host value
//! (whose Python type is `int`), and every result that fits again is an
//! `i64` once more. Arrays keep NumPy's int64, which wraps.

use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::{Context, HostValue, Value};
use num_bigint::{BigInt as Big, Sign};
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed, ToPrimitive, Zero};
use std::any::Any;
use std::rc::Rc;

/// The most bits an int may have (about five million decimal digits): a
/// larger result is an `OverflowError` rather than minutes of arithmetic.
pub const MAX_BITS: u64 = 1 << 24;

/// Python's limit on the decimal digits of `str(int)` and `int(str)`
/// (`sys.get_int_max_str_digits()`).
pub const MAX_STR_DIGITS: usize = 4300;

/// An int that does not fit in 64 bits.
#[derive(Debug)]
pub struct BigInt(pub Big);

impl HostValue for BigInt {
    fn type_name(&self) -> String {
        "int".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        to_decimal(&self.0)
    }

    fn fallback_repr(&self) -> String {
        to_decimal(&self.0).unwrap_or_else(|_| format!("<int of {} bits>", self.0.bits()))
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        _: &mut dyn Context,
    ) -> Option<Result<Value>> {
        if let Some(y) = to_big(other) {
            let (a, b) = if reflected {
                (&y, &self.0)
            } else {
                (&self.0, &y)
            };
            return Some(big_binary(op, a, b));
        }
        let Value::Float(f) = other else {
            return None;
        };
        if matches!(
            op,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        ) {
            let ord = compare_float(&self.0, *f);
            let ord = if reflected {
                ord.map(|o| o.reverse())
            } else {
                ord
            };
            return Some(Ok(Value::Bool(compare_result(op, ord))));
        }
        let x = match to_float(&self.0) {
            Ok(x) => Value::Float(x),
            Err(e) => return Some(Err(e)),
        };
        Some(if reflected {
            crate::value::ops::plain_scalar(op, other, &x)
        } else {
            crate::value::ops::plain_scalar(op, &x, other)
        })
    }

    fn unary(&self, op: UnOp, _: &mut dyn Context) -> Option<Result<Value>> {
        match op {
            UnOp::Neg => Some(Ok(normalize(-&self.0))),
            UnOp::Invert => Some(Ok(normalize(!&self.0))),
            UnOp::Not => None,
        }
    }

    fn truthy(&self, _: &mut dyn Context) -> Option<Result<bool>> {
        Some(Ok(!self.0.is_zero()))
    }

    fn get_attr(&self, _: &Value, name: &str, _: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "real" | "numerator" => Some(Ok(normalize(self.0.clone()))),
            "imag" => Some(Ok(Value::Int(0))),
            "denominator" => Some(Ok(Value::Int(1))),
            _ => None,
        }
    }

    fn call_method(
        &self,
        _: &Value,
        name: &str,
        args: &crate::value::Args,
        _: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let none = |name: &str| -> Result<()> {
            args.no_keywords(name)?;
            if args.pos.is_empty() {
                Ok(())
            } else {
                Err(Error::type_error(format!(
                    "int.{name}() takes no arguments ({} given)",
                    args.pos.len()
                )))
            }
        };
        let r = match name {
            "bit_length" => none(name).map(|_| Value::Int(self.0.bits() as i64)),
            "bit_count" => none(name).map(|_| Value::Int(self.0.magnitude().count_ones() as i64)),
            "conjugate" | "__index__" | "__int__" => none(name).map(|_| normalize(self.0.clone())),
            "__float__" => none(name).and_then(|_| to_float(&self.0).map(Value::Float)),
            "is_integer" => none(name).map(|_| Value::Bool(true)),
            _ => return None,
        };
        Some(r)
    }

    fn attr_names(&self) -> Vec<String> {
        [
            "bit_count",
            "bit_length",
            "conjugate",
            "denominator",
            "imag",
            "is_integer",
            "numerator",
            "real",
        ]
        .map(String::from)
        .to_vec()
    }
}

/// The value of `b`: an unboxed int where it fits.
pub fn normalize(b: Big) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Host(Rc::new(BigInt(b))),
    }
}

/// The big int held by `v`, if it is one.
pub fn as_big(v: &Value) -> Option<&Big> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<BigInt>().map(|b| &b.0),
        _ => None,
    }
}

/// Any Python int (`bool`, `i64` or big) as a big int.
pub fn to_big(v: &Value) -> Option<Big> {
    match v {
        Value::Int(i) => Some(Big::from(*i)),
        Value::Bool(b) => Some(Big::from(*b as i64)),
        _ => as_big(v).cloned(),
    }
}

/// `float(b)`, as Python: an int past the largest float is an error.
pub fn to_float(b: &Big) -> Result<f64> {
    match b.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(Error::new(
            ErrorKind::Overflow,
            "int too large to convert to float",
        )),
    }
}

/// The error for a big int where a 64-bit one is needed.
pub fn too_large(what: &str) -> Error {
    Error::new(
        ErrorKind::Overflow,
        format!("{what}: Python int too large to convert to C long"),
    )
}

/// `str(b)`, with Python's limit on the number of digits.
pub fn to_decimal(b: &Big) -> Result<String> {
    // A bound on the digits without converting: a number far past the
    // limit is never turned into text.
    if b.bits() as f64 * std::f64::consts::LOG10_2 > MAX_STR_DIGITS as f64 + 1.0 {
        return Err(str_limit());
    }
    let s = b.to_string();
    if s.trim_start_matches('-').len() > MAX_STR_DIGITS {
        return Err(str_limit());
    }
    Ok(s)
}

fn str_limit() -> Error {
    Error::value(format!(
        "Exceeds the limit ({MAX_STR_DIGITS} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit"
    ))
}

/// `int(s, base)` for a string of digits (sign, underscores and spaces
/// already checked by the caller), `None` if it is not a number in `base`.
pub fn parse(digits: &str, base: u32) -> Result<Option<Value>> {
    let body = digits.trim_start_matches(['+', '-']);
    if base == 10 && body.len() > MAX_STR_DIGITS {
        return Err(str_limit());
    }
    Ok(Big::parse_bytes(digits.as_bytes(), base).map(normalize))
}

fn check_bits(bits: u64, what: &str) -> Result<()> {
    if bits > MAX_BITS {
        return Err(Error::new(
            ErrorKind::Overflow,
            format!(
                "{what}: the result would have about {bits} bits; arr's ints stop at {MAX_BITS}"
            ),
        ));
    }
    Ok(())
}

fn zero_division(op: BinOp, x: &Big) -> Error {
    let msg = if op == BinOp::Div {
        "division by zero"
    } else {
        "integer division or modulo by zero"
    };
    let sym = op.symbol();
    let shown = if x.bits() < 200 {
        x.to_string()
    } else {
        "<int>".into()
    };
    Error::zero_division(msg).with_note(format!("{shown} {sym} 0"))
}

/// `x op y` on two ints of any size.
pub fn big_binary(op: BinOp, x: &Big, y: &Big) -> Result<Value> {
    Ok(match op {
        BinOp::Add => normalize(x + y),
        BinOp::Sub => normalize(x - y),
        BinOp::Mul => {
            check_bits(x.bits() + y.bits(), "'*'")?;
            normalize(x * y)
        }
        BinOp::FloorDiv | BinOp::Mod | BinOp::Div if y.is_zero() => {
            return Err(zero_division(op, x))
        }
        BinOp::FloorDiv => normalize(x.div_floor(y)),
        BinOp::Mod => normalize(x.mod_floor(y)),
        BinOp::Div => Value::Float(true_divide(x, y)?),
        BinOp::Pow => return pow(x, y),
        BinOp::BitAnd => normalize(x & y),
        BinOp::BitOr => normalize(x | y),
        BinOp::BitXor => normalize(x ^ y),
        BinOp::Shl | BinOp::Shr if y.is_negative() => {
            return Err(Error::value("negative shift count"))
        }
        BinOp::Shl => {
            if x.is_zero() {
                return Ok(Value::Int(0));
            }
            let n = y.to_u64().unwrap_or(u64::MAX);
            check_bits(x.bits().saturating_add(n), "'<<'")?;
            normalize(x << n.min(MAX_BITS))
        }
        BinOp::Shr => match y.to_u64() {
            Some(n) => normalize(x >> n),
            None => Value::Int(if x.is_negative() { -1 } else { 0 }),
        },
        BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => {
            Value::Bool(compare_result(op, Some(x.cmp(y))))
        }
        BinOp::MatMul => {
            return Err(Error::value(
                "matmul: input operands must have at least 1 dimension, got scalars",
            ))
        }
        BinOp::In | BinOp::NotIn | BinOp::Is | BinOp::IsNot => {
            return Err(Error::internal(format!(
                "'{}' reached the arithmetic of ints",
                op.symbol()
            )));
        }
    })
}

pub fn compare_result(op: BinOp, ord: Option<std::cmp::Ordering>) -> bool {
    use std::cmp::Ordering::*;
    match (op, ord) {
        (BinOp::Ne, None) => true,
        (_, None) => false,
        (BinOp::Eq, Some(o)) => o == Equal,
        (BinOp::Ne, Some(o)) => o != Equal,
        (BinOp::Lt, Some(o)) => o == Less,
        (BinOp::Le, Some(o)) => o != Greater,
        (BinOp::Gt, Some(o)) => o == Greater,
        _ => ord != Some(Less),
    }
}

/// Exact ordering of an int and a float (`None` for NaN).
pub fn compare_float(x: &Big, f: f64) -> Option<std::cmp::Ordering> {
    use std::cmp::Ordering;
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    // A finite float's integer part is exact as a big int; its fraction
    // breaks a tie.
    let whole = from_f64_trunc(f);
    match x.cmp(&whole) {
        Ordering::Equal => {
            let frac = f - f.trunc();
            Some(if frac > 0.0 {
                Ordering::Less
            } else if frac < 0.0 {
                Ordering::Greater
            } else {
                Ordering::Equal
            })
        }
        o => Some(o),
    }
}

fn from_f64_trunc(f: f64) -> Big {
    Big::from_f64(f.trunc()).unwrap_or_default()
}

/// `x / y` correctly rounded where both fit in a float, else by scaling.
fn true_divide(x: &Big, y: &Big) -> Result<f64> {
    if let (Some(a), Some(b)) = (exact_f64(x), exact_f64(y)) {
        return Ok(a / b);
    }
    // 64 significant bits of |x| / |y| and a sticky bit for the rest:
    // the conversion to a float then rounds as the exact quotient would.
    let (ax, ay) = (x.abs(), y.abs());
    let shift = ax.bits() as i64 - ay.bits() as i64 - 64;
    let (mut q, r) = if shift >= 0 {
        ax.div_rem(&(&ay << shift as u64))
    } else {
        (&ax << (-shift) as u64).div_rem(&ay)
    };
    if !r.is_zero() {
        q |= Big::one();
    }
    let mag = libm::ldexp(
        q.to_f64().unwrap_or(f64::NAN),
        shift.clamp(-5000, 5000) as i32,
    );
    if !mag.is_finite() {
        return Err(Error::new(
            ErrorKind::Overflow,
            "integer division result too large for a float",
        ));
    }
    Ok(if x.is_negative() != y.is_negative() {
        -mag
    } else {
        mag
    })
}

/// `b` as a float when the conversion is exact (|b| < 2**53).
fn exact_f64(b: &Big) -> Option<f64> {
    (b.bits() <= 53).then(|| b.to_f64()).flatten()
}

fn pow(x: &Big, y: &Big) -> Result<Value> {
    if y.is_negative() {
        let (a, b) = (to_float(x)?, y.to_f64().unwrap_or(f64::NEG_INFINITY));
        if a == 0.0 {
            return Err(Error::zero_division(
                "0.0 cannot be raised to a negative power",
            ));
        }
        return Ok(Value::Float(a.powf(b)));
    }
    // 0, 1 and -1 stay small for any exponent.
    if x.is_zero() || x.magnitude().is_one() {
        let odd = y.is_odd();
        return Ok(Value::Int(match x.to_i64() {
            Some(0) => i64::from(y.is_zero()),
            Some(-1) if odd => -1,
            _ => 1,
        }));
    }
    let e = y.to_u64().unwrap_or(u64::MAX);
    check_bits(
        (x.bits().saturating_sub(1))
            .saturating_mul(e)
            .saturating_add(1),
        "'**'",
    )?;
    Ok(normalize(x.pow(e.min(MAX_BITS) as u32)))
}

/// `pow(base, exp, mod)`.
pub fn pow_mod(base: &Big, exp: &Big, modulus: &Big) -> Result<Value> {
    if modulus.is_zero() {
        return Err(Error::value("pow() 3rd argument cannot be 0"));
    }
    let base = if exp.is_negative() {
        inverse_mod(base, modulus)?
    } else {
        base.clone()
    };
    let exp = exp.abs();
    let m = modulus.abs();
    let mut r = base.modpow(&exp, &m);
    // Python's result takes the modulus's sign.
    if modulus.is_negative() && !r.is_zero() {
        r -= &m;
    }
    if !modulus.is_negative() && r.sign() == Sign::Minus {
        r += &m;
    }
    Ok(normalize(r))
}

fn inverse_mod(a: &Big, m: &Big) -> Result<Big> {
    let m = m.abs();
    let g = a.extended_gcd(&m);
    if !g.gcd.is_one() {
        return Err(Error::value("base is not invertible for the given modulus"));
    }
    Ok(g.x.mod_floor(&m))
}

/// `-i` and `abs(i)` of an `i64` (which overflow only for `i64::MIN`).
pub fn neg_i64(i: i64) -> Value {
    match i.checked_neg() {
        Some(n) => Value::Int(n),
        None => normalize(-Big::from(i)),
    }
}

/// `abs(b)`.
pub fn abs(b: &Big) -> Value {
    normalize(b.abs())
}

/// The int nearest below-or-equal-in-magnitude to a finite float
/// (`int(1e30)`).
pub fn from_float(f: f64) -> Result<Value> {
    if f.is_nan() {
        return Err(Error::value("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(Error::new(
            ErrorKind::Overflow,
            "cannot convert float infinity to integer",
        ));
    }
    let t = f.trunc();
    if t.abs() < 9.2e18 {
        return Ok(Value::Int(t as i64));
    }
    Ok(normalize(from_f64_trunc(t)))
}

const HASH_MODULUS: u64 = (1 << 61) - 1;

/// `hash(b)`: Python's hash of an int (its residue modulo the Mersenne
/// prime 2**61 - 1, with the sign; -1 is -2).
pub fn hash(b: &Big) -> i64 {
    let h = (b.magnitude() % HASH_MODULUS).to_i64().unwrap_or(0);
    fix_hash(if b.is_negative() { -h } else { h })
}

/// `hash(i)` of a 64-bit int.
pub fn hash_i64(i: i64) -> i64 {
    let h = (i.unsigned_abs() % HASH_MODULUS) as i64;
    fix_hash(if i < 0 { -h } else { h })
}

fn fix_hash(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

/// `hash(f)` of a finite or infinite float (NaN hashes by identity in
/// Python; the caller decides), equal to the hash of an equal int or
/// fraction, as CPython's `_Py_HashDouble`.
pub fn hash_f64(v: f64) -> i64 {
    if v.is_infinite() {
        return if v > 0.0 { 314159 } else { -314159 };
    }
    if v.is_nan() {
        return 0;
    }
    let (mut m, mut e) = libm::frexp(v);
    let sign: i64 = if m < 0.0 {
        m = -m;
        -1
    } else {
        1
    };
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & HASH_MODULUS) | x >> (61 - 28);
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= HASH_MODULUS {
            x -= HASH_MODULUS;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    let e = e as u32;
    x = ((x << e) & HASH_MODULUS) | x.checked_shr(61 - e).unwrap_or(0);
    fix_hash(x as i64 * sign)
}
