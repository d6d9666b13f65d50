//! NumPy's element-wise functions beyond `math.rs`: the arithmetic
//! operators under their ufunc names (`add`, `floor_divide`, ...), the
//! two-argument float functions (`arctan2`, `hypot`, `copysign`, ...), the
//! logical family and the small unary ones (`trunc`, `log1p`, ...). Each is
//! also a ufunc object (`ufunc.rs`) with `reduce`, `accumulate`, `outer`,
//! `at` and `out=`.

use super::math::{float_map, float_test, rounding};
use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::convert::to_array;
use crate::value::ops::elementwise2;
use crate::value::{NdArray, Value};

/// A list or tuple argument is an array here (`add([1, 2], [3, 4])` adds,
/// it does not concatenate).
pub fn arrayish(v: Value, what: &str) -> Result<Value> {
    match v {
        Value::List(_) | Value::Tuple(_) => Ok(Value::from_array(to_array(&v, what)?.into_owned())),
        v => Ok(v),
    }
}

macro_rules! operator {
    ($r:ident, $name:literal, $op:expr, $doc:literal) => {{
        fn run(cx: &mut dyn Context, args: Args) -> Result<Value> {
            let [a, b] = args.bind($name, ["x1", "x2"], 2)?;
            let a = arrayish(a, concat!($name, "()"))?;
            let b = arrayish(b, concat!($name, "()"))?;
            crate::value::ops::binary($op, &a, &b, cx)
        }
        $r.add($name, run, $doc);
    }};
}

macro_rules! binary_float {
    ($r:ident, $name:literal, $f:expr, $doc:literal) => {{
        fn run(_: &mut dyn Context, args: Args) -> Result<Value> {
            let [a, b] = args.bind($name, ["x1", "x2"], 2)?;
            let a = arrayish(a, concat!($name, "()"))?;
            let b = arrayish(b, concat!($name, "()"))?;
            float2(&a, &b, concat!($name, "()"), $f)
        }
        $r.add($name, run, $doc);
    }};
}

macro_rules! unary_float {
    ($r:ident, $name:literal, $f:expr, $doc:literal) => {{
        fn run(_: &mut dyn Context, args: Args) -> Result<Value> {
            let [x] = args.bind($name, ["x"], 1)?;
            float_map(&arrayish(x, $name)?, $name, $f, |v| $f(v as f64) as f32)
        }
        $r.add($name, run, $doc);
    }};
}

macro_rules! logical {
    ($r:ident, $name:literal, $f:expr, $doc:literal) => {{
        fn run(_: &mut dyn Context, args: Args) -> Result<Value> {
            let [a, b] = args.bind($name, ["x1", "x2"], 2)?;
            let a = truth(arrayish(a, $name)?, $name)?;
            let b = truth(arrayish(b, $name)?, $name)?;
            let r = elementwise2(
                concat!($name, "()"),
                &a,
                &b,
                |p, q| if $f(p != 0.0, q != 0.0) { 1.0 } else { 0.0 },
                |p, q| $f(p != 0, q != 0) as i64,
            )?;
            to_bool(r)
        }
        $r.add($name, run, $doc);
    }};
}

pub fn register(r: &mut Registry) {
    operator!(r, "add", BinOp::Add, "add(x1, x2, out=None, where=True, dtype=None)\n\nx1 + x2 element-wise (a ufunc: add.reduce, add.accumulate, add.outer, add.at).\n\n>>> add([1, 2], [10, 20])\narray([11, 22])");
    operator!(r, "subtract", BinOp::Sub, "subtract(x1, x2, out=None, where=True, dtype=None)\n\nx1 - x2 element-wise (a ufunc).\n\n>>> subtract.outer([1, 2], [1, 2, 3])\narray([[ 0, -1, -2],\n       [ 1,  0, -1]])");
    operator!(r, "multiply", BinOp::Mul, "multiply(x1, x2, out=None, where=True, dtype=None)\n\nx1 * x2 element-wise (a ufunc).\n\n>>> multiply.reduce([1, 2, 3, 4])\n24");
    operator!(r, "divide", BinOp::Div, "divide(x1, x2, out=None, where=True, dtype=None)\n\nx1 / x2 element-wise, true division (a ufunc).\n\n>>> divide([1, 2], 4)\narray([0.25, 0.5 ])");
    operator!(r, "true_divide", BinOp::Div, "true_divide(x1, x2, out=None, where=True, dtype=None)\n\nx1 / x2 element-wise (divide's other name).\n\n>>> true_divide(3, 2)\n1.5");
    operator!(r, "floor_divide", BinOp::FloorDiv, "floor_divide(x1, x2, out=None, where=True, dtype=None)\n\nx1 // x2 element-wise (a ufunc).\n\n>>> floor_divide([7, -7], 2)\narray([ 3, -4])");
    operator!(r, "power", BinOp::Pow, "power(x1, x2, out=None, where=True, dtype=None)\n\nx1 ** x2 element-wise (a ufunc).\n\n>>> power([2, 3], 3)\narray([ 8, 27])");
    operator!(r, "mod", BinOp::Mod, "mod(x1, x2, out=None, where=True, dtype=None)\n\nx1 % x2 element-wise, the sign of x2 (remainder's other name).\n\n>>> mod([7, -7], 3)\narray([1, 2])");
    operator!(r, "remainder", BinOp::Mod, "remainder(x1, x2, out=None, where=True, dtype=None)\n\nx1 % x2 element-wise, with the sign of x2 (a ufunc).\n\n>>> remainder([7, -7], 3)\narray([1, 2])");
    operator!(r, "bitwise_and", BinOp::BitAnd, "bitwise_and(x1, x2, out=None, where=True, dtype=None)\n\nx1 & x2 element-wise (a ufunc).\n\n>>> bitwise_and([12, 10], 6)\narray([4, 2])");
    operator!(r, "bitwise_or", BinOp::BitOr, "bitwise_or(x1, x2, out=None, where=True, dtype=None)\n\nx1 | x2 element-wise (a ufunc).\n\n>>> bitwise_or([12, 10], 1)\narray([13, 11])");
    operator!(r, "bitwise_xor", BinOp::BitXor, "bitwise_xor(x1, x2, out=None, where=True, dtype=None)\n\nx1 ^ x2 element-wise (a ufunc).\n\n>>> bitwise_xor([12, 10], 6)\narray([10, 12])");
    operator!(r, "left_shift", BinOp::Shl, "left_shift(x1, x2, out=None, where=True, dtype=None)\n\nx1 << x2 element-wise (a ufunc).\n\n>>> left_shift(1, [1, 2, 3])\narray([2, 4, 8])");
    operator!(r, "right_shift", BinOp::Shr, "right_shift(x1, x2, out=None, where=True, dtype=None)\n\nx1 >> x2 element-wise (a ufunc).\n\n>>> right_shift([8, 9], 1)\narray([4, 4])");
    operator!(r, "equal", BinOp::Eq, "equal(x1, x2, out=None, where=True, dtype=None)\n\nx1 == x2 element-wise (a ufunc).\n\n>>> equal([1, 2], [1, 3])\narray([ True, False])");
    operator!(r, "not_equal", BinOp::Ne, "not_equal(x1, x2, out=None, where=True, dtype=None)\n\nx1 != x2 element-wise (a ufunc).\n\n>>> not_equal([1, 2], [1, 3])\narray([False,  True])");
    operator!(r, "less", BinOp::Lt, "less(x1, x2, out=None, where=True, dtype=None)\n\nx1 < x2 element-wise (a ufunc).\n\n>>> less([1, 2], 2)\narray([ True, False])");
    operator!(r, "less_equal", BinOp::Le, "less_equal(x1, x2, out=None, where=True, dtype=None)\n\nx1 <= x2 element-wise (a ufunc).\n\n>>> less_equal([1, 2], 2)\narray([ True,  True])");
    operator!(r, "greater", BinOp::Gt, "greater(x1, x2, out=None, where=True, dtype=None)\n\nx1 > x2 element-wise (a ufunc).\n\n>>> greater([1, 3], 2)\narray([False,  True])");
    operator!(r, "greater_equal", BinOp::Ge, "greater_equal(x1, x2, out=None, where=True, dtype=None)\n\nx1 >= x2 element-wise (a ufunc).\n\n>>> greater_equal([1, 3], 3)\narray([False,  True])");
    binary_float!(r, "arctan2", f64::atan2, "arctan2(x1, x2)\n\nThe angle of the point (x2, x1), in radians, element-wise.\n\n>>> arctan2([1, -1], [1, 1])\narray([ 0.78539816, -0.78539816])");
    binary_float!(r, "hypot", f64::hypot, "hypot(x1, x2)\n\nsqrt(x1**2 + x2**2) element-wise, without overflow.\n\n>>> hypot(3, [4, 4.0])\narray([5., 5.])");
    binary_float!(r, "copysign", f64::copysign, "copysign(x1, x2)\n\nx1's magnitude with x2's sign, element-wise.\n\n>>> copysign([1, 2], [-1, 1])\narray([-1.,  2.])");
    binary_float!(r, "logaddexp", logaddexp, "logaddexp(x1, x2)\n\nlog(exp(x1) + exp(x2)) element-wise, without overflow.\n\n>>> logaddexp(1000, 1000)\n1000.6931471805599");
    binary_float!(
        r,
        "logaddexp2",
        logaddexp2,
        "logaddexp2(x1, x2)\n\nlog2(2**x1 + 2**x2) element-wise.\n\n>>> logaddexp2(3, 3)\n4.0"
    );
    binary_float!(r, "float_power", f64::powf, "float_power(x1, x2)\n\nx1 ** x2 element-wise in float64.\n\n>>> float_power(2, [-1, 3])\narray([0.5, 8. ])");
    binary_float!(r, "heaviside", heaviside, "heaviside(x1, x2)\n\n0 where x1 < 0, x2 where x1 == 0, 1 where x1 > 0.\n\n>>> heaviside([-1.5, 0, 2], 0.5)\narray([0. , 0.5, 1. ])");
    r.add("numpy_divmod", numpy_divmod, "numpy_divmod(x1, x2)\n\nNumPy's divmod (`np.divmod`): (x1 // x2, x1 % x2) element-wise, as arrays (a float division by zero gives inf and nan with a RuntimeWarning, not an error).\n\n>>> numpy_divmod([7, -7, 5], 3)\n(array([ 2, -3,  1]), array([1, 2, 2]))");
    r.add("fmod", fmod, "fmod(x1, x2)\n\nThe C remainder of x1 / x2 element-wise: the sign of x1 (remainder has x2's).\n\n>>> fmod([-7, 7], 3)\narray([-1,  1])");
    r.add("fmax", fmax, "fmax(x1, x2)\n\nElement-wise larger value; a NaN loses to a number.\n\n>>> fmax([1, nan], [nan, 2])\narray([1., 2.])");
    r.add("fmin", fmin, "fmin(x1, x2)\n\nElement-wise smaller value; a NaN loses to a number.\n\n>>> fmin([1, nan], [nan, 2])\narray([1., 2.])");
    r.add("gcd", gcd, "gcd(x1, x2)\n\nGreatest common divisor of integers, element-wise.\n\n>>> gcd([12, 20], 8)\narray([4, 4])");
    r.add("lcm", lcm, "lcm(x1, x2)\n\nLeast common multiple of integers, element-wise.\n\n>>> lcm([4, 6], 10)\narray([20, 30])");
    logical!(r, "logical_and", |p: bool, q: bool| p && q, "logical_and(x1, x2)\n\nx1 and x2 element-wise, as bools (a ufunc: logical_and.reduce is all).\n\n>>> logical_and([True, True], [True, False])\narray([ True, False])");
    logical!(r, "logical_or", |p: bool, q: bool| p || q, "logical_or(x1, x2)\n\nx1 or x2 element-wise, as bools.\n\n>>> logical_or([True, False], [False, False])\narray([ True, False])");
    logical!(r, "logical_xor", |p: bool, q: bool| p != q, "logical_xor(x1, x2)\n\nExactly one of x1, x2 true, element-wise.\n\n>>> logical_xor([True, True], [True, False])\narray([False,  True])");
    r.add("logical_not", logical_not, "logical_not(x)\n\nnot x element-wise, as bools.\n\n>>> logical_not([0, 1, 2])\narray([ True, False, False])");
    r.add(
        "negative",
        negative,
        "negative(x)\n\n-x element-wise.\n\n>>> negative([1, -2])\narray([-1,  2])",
    );
    r.add(
        "positive",
        positive,
        "positive(x)\n\n+x element-wise (a copy).\n\n>>> positive([1, -2])\narray([ 1, -2])",
    );
    r.add("invert", invert, "invert(x)\n\n~x element-wise: bitwise not of integers, not of bools.\n\n>>> invert([0, 5])\narray([-1, -6])");
    r.add("square", square, "square(x)\n\nx * x element-wise (integers stay integers).\n\n>>> square([2, -3])\narray([4, 9])");
    r.add("reciprocal", reciprocal, "reciprocal(x)\n\n1 / x element-wise (for integers, NumPy's integer 1 / x).\n\n>>> reciprocal([2.0, 4.0])\narray([0.5 , 0.25])");
    r.add("trunc", trunc, "trunc(x)\n\nThe integer part, rounding toward zero, element-wise.\n\n>>> trunc([-1.7, 1.7])\narray([-1.,  1.])");
    r.add("rint", rint, "rint(x)\n\nRound to the nearest integer, halves to even, element-wise.\n\n>>> rint([0.5, 1.5, -2.5])\narray([ 0.,  2., -2.])");
    r.add("fix", trunc, "fix(x)\n\nRound toward zero element-wise (trunc).\n\n>>> fix([-1.7, 1.7])\narray([-1.,  1.])");
    unary_float!(
        r,
        "cbrt",
        f64::cbrt,
        "cbrt(x)\n\nCube root element-wise.\n\n>>> cbrt([8, -27])\narray([ 2., -3.])"
    );
    unary_float!(
        r,
        "exp2",
        f64::exp2,
        "exp2(x)\n\n2**x element-wise.\n\n>>> exp2([0, 3])\narray([1., 8.])"
    );
    unary_float!(
        r,
        "expm1",
        f64::exp_m1,
        "expm1(x)\n\nexp(x) - 1 element-wise, exact near 0.\n\n>>> expm1(1e-10)\n1.00000000005e-10"
    );
    unary_float!(
        r,
        "log1p",
        f64::ln_1p,
        "log1p(x)\n\nlog(1 + x) element-wise, exact near 0.\n\n>>> log1p(0.5)\n0.4054651081081644"
    );
    unary_float!(
        r,
        "deg2rad",
        f64::to_radians,
        "deg2rad(x)\n\nDegrees to radians element-wise.\n\n>>> deg2rad(180)\n3.141592653589793"
    );
    unary_float!(r, "radians", f64::to_radians, "radians(x)\n\nDegrees to radians element-wise.\n\n>>> radians([0, 90])\narray([0.        , 1.57079633])");
    unary_float!(
        r,
        "rad2deg",
        f64::to_degrees,
        "rad2deg(x)\n\nRadians to degrees element-wise.\n\n>>> rad2deg(pi)\n180.0"
    );
    unary_float!(r, "degrees", f64::to_degrees, "degrees(x)\n\nRadians to degrees element-wise.\n\n>>> degrees([0, pi / 2])\narray([ 0., 90.])");
    unary_float!(
        r,
        "fabs",
        f64::abs,
        "fabs(x)\n\nAbsolute value element-wise, as floats.\n\n>>> fabs([-2, 3])\narray([2., 3.])"
    );
    r.add("isfinite", isfinite, "isfinite(x)\n\nWhere x is neither infinite nor NaN.\n\n>>> isfinite([1.0, inf, nan])\narray([ True, False, False])");
    r.add("signbit", signbit, "signbit(x)\n\nWhere the sign bit is set (negative numbers and -0.0).\n\n>>> signbit([-1.0, 0.0, -0.0])\narray([ True, False,  True])");
}

/// A float-valued function of two arguments, broadcasting; integers and
/// bools compute as float64, float32 stays float32.
fn float2(a: &Value, b: &Value, what: &str, f: fn(f64, f64) -> f64) -> Result<Value> {
    let a = as_float(a, what)?;
    let b = as_float(b, what)?;
    elementwise2(what, &a, &b, f, |p, _| p)
}

fn as_float(v: &Value, what: &str) -> Result<Value> {
    Ok(match v {
        Value::Int(i) => Value::Float(*i as f64),
        Value::Bool(b) => Value::Float(*b as i64 as f64),
        Value::Array(a) if !a.dtype().is_float() => {
            Value::from_array(NdArray::F64(a.to_f64().into_owned()))
        }
        Value::Float(_) | Value::Array(_) => v.clone(),
        _ => Value::from_array(NdArray::F64(to_array(v, what)?.to_f64().into_owned())),
    })
}

fn logaddexp(x: f64, y: f64) -> f64 {
    if x == y {
        return x + std::f64::consts::LN_2;
    }
    let d = x - y;
    if d > 0.0 {
        x + (-d).exp().ln_1p()
    } else if d <= 0.0 {
        y + d.exp().ln_1p()
    } else {
        d
    }
}

fn logaddexp2(x: f64, y: f64) -> f64 {
    if x == y {
        return x + 1.0;
    }
    let d = x - y;
    if d > 0.0 {
        x + std::f64::consts::LOG2_E * (-d).exp2().ln_1p()
    } else if d <= 0.0 {
        y + std::f64::consts::LOG2_E * d.exp2().ln_1p()
    } else {
        d
    }
}

fn heaviside(x: f64, h0: f64) -> f64 {
    if x.is_nan() {
        x
    } else if x == 0.0 {
        h0
    } else if x < 0.0 {
        0.0
    } else {
        1.0
    }
}

fn two(args: Args, name: &str) -> Result<(Value, Value)> {
    let [a, b] = args.bind(name, ["x1", "x2"], 2)?;
    Ok((arrayish(a, name)?, arrayish(b, name)?))
}

fn numpy_divmod(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let (mut a, mut b) = two(args, "divmod")?;
    // Two Python numbers divide as NumPy scalars do, not as Python's.
    if a.is_scalar() && b.is_scalar() {
        a = Value::array(to_array(&a, "divmod()")?.into_owned());
        b = Value::array(to_array(&b, "divmod()")?.into_owned());
    }
    let unbox = |v: Value| match &v {
        Value::Array(x) if x.ndim() == 0 => Value::from_array((**x).clone()),
        _ => v,
    };
    let q = crate::value::ops::binary(BinOp::FloorDiv, &a, &b, cx)?;
    let r = crate::value::ops::binary(BinOp::Mod, &a, &b, cx)?;
    Ok(Value::tuple(vec![unbox(q), unbox(r)]))
}

fn fmod(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (a, b) = two(args, "fmod")?;
    elementwise2(
        "fmod()",
        &a,
        &b,
        |p, q| p % q,
        |p, q| if q == 0 { 0 } else { p.wrapping_rem(q) },
    )
}

fn fmax(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (a, b) = two(args, "fmax")?;
    elementwise2(
        "fmax()",
        &a,
        &b,
        |p, q| {
            if p.is_nan() {
                q
            } else if q.is_nan() {
                p
            } else {
                p.max(q)
            }
        },
        i64::max,
    )
}

fn fmin(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (a, b) = two(args, "fmin")?;
    elementwise2(
        "fmin()",
        &a,
        &b,
        |p, q| {
            if p.is_nan() {
                q
            } else if q.is_nan() {
                p
            } else {
                p.min(q)
            }
        },
        i64::min,
    )
}

fn int_only(v: &Value, what: &str) -> Result<()> {
    let float = match v {
        Value::Float(_) => true,
        Value::Array(a) => a.dtype().is_float(),
        _ => false,
    };
    if float {
        return Err(Error::type_error(format!(
            "{what}: ufunc '{what}' not supported for float input (integers only)"
        )));
    }
    Ok(())
}

fn gcd_i(a: i64, b: i64) -> i64 {
    let (mut x, mut y) = (a.unsigned_abs(), b.unsigned_abs());
    while y != 0 {
        (x, y) = (y, x % y);
    }
    x as i64
}

fn gcd(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (a, b) = two(args, "gcd")?;
    int_only(&a, "gcd")?;
    int_only(&b, "gcd")?;
    elementwise2("gcd()", &a, &b, |p, _| p, gcd_i)
}

fn lcm(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (a, b) = two(args, "lcm")?;
    int_only(&a, "lcm")?;
    int_only(&b, "lcm")?;
    elementwise2(
        "lcm()",
        &a,
        &b,
        |p, _| p,
        |p, q| {
            let g = gcd_i(p, q);
            if g == 0 {
                0
            } else {
                (p / g).wrapping_mul(q).wrapping_abs()
            }
        },
    )
}

/// A value as NumPy's truth per element (a bool array, or a bool).
fn truth(v: Value, what: &str) -> Result<Value> {
    Ok(match &v {
        Value::Bool(_) => v,
        Value::Int(i) => Value::Bool(*i != 0),
        Value::Float(x) => Value::Bool(*x != 0.0),
        _ => Value::from_array(NdArray::Bool(to_array(&v, what)?.to_bool().into_owned())),
    })
}

fn to_bool(v: Value) -> Result<Value> {
    Ok(match &v {
        Value::Int(i) => Value::Bool(*i != 0),
        Value::Float(x) => Value::Bool(*x != 0.0),
        Value::Array(a) if !matches!(&**a, NdArray::Bool(_)) => {
            Value::from_array(NdArray::Bool(a.to_bool().into_owned()))
        }
        _ => v,
    })
}

fn one(args: Args, name: &str) -> Result<Value> {
    let [x] = args.bind(name, ["x"], 1)?;
    arrayish(x, name)
}

fn logical_not(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = truth(one(args, "logical_not")?, "logical_not()")?;
    Ok(match &x {
        Value::Bool(b) => Value::Bool(!b),
        Value::Array(a) => Value::from_array(NdArray::Bool(a.to_bool().mapv(|b| !b))),
        _ => x,
    })
}

fn negative(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "negative")?;
    if let Value::Bool(_) = x {
        return Err(bool_negative());
    }
    if let Value::Array(a) = &x {
        if let NdArray::Bool(_) = &**a {
            return Err(bool_negative());
        }
    }
    crate::value::ops::unary(UnOp::Neg, &x, cx)
}

fn bool_negative() -> Error {
    Error::type_error("negative(): The numpy boolean negative, the `-` operator, is not supported, use the `~` operator or the logical_not function instead.")
}

fn positive(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "positive")?;
    Ok(match &x {
        Value::Bool(b) => Value::Int(*b as i64),
        Value::Array(a) => Value::from_array((**a).clone()),
        _ => x,
    })
}

fn invert(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "invert")?;
    if let Value::Bool(b) = x {
        return Ok(Value::Bool(!b));
    }
    crate::value::ops::unary(UnOp::Invert, &x, cx)
}

fn square(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "square")?;
    crate::value::ops::binary(BinOp::Mul, &x, &x, cx)
}

fn reciprocal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "reciprocal")?;
    let int = |v: i64| match v {
        1 => 1,
        -1 => -1,
        0 => i64::MIN,
        _ => 0,
    };
    if let Value::Int(v) = &x {
        return Ok(Value::Int(int(*v)));
    }
    if let Value::Array(a) = &x {
        if let NdArray::Int(v) = &**a {
            return Ok(Value::from_array(NdArray::Int(v.mapv(int))));
        }
    }
    float_map(&x, "reciprocal", |v| 1.0 / v, |v| 1.0 / v)
}

fn trunc(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "trunc")?;
    match x {
        Value::Float(v) => Ok(Value::Float(v.trunc())),
        Value::Int(_) | Value::Bool(_) => Ok(x),
        x => rounding(&x, "trunc", f64::trunc),
    }
}

fn rint(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "rint")?;
    match x {
        Value::Float(v) => Ok(Value::Float(v.round_ties_even())),
        Value::Int(v) => Ok(Value::Float(v as f64)),
        x => {
            let a = to_array(&x, "rint()")?;
            Ok(Value::from_array(match &*a {
                NdArray::F32(v) => NdArray::F32(v.mapv(f32::round_ties_even)),
                other => NdArray::F64(other.to_f64().mapv(f64::round_ties_even)),
            }))
        }
    }
}

fn isfinite(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "isfinite")?;
    if let Value::Int(_) | Value::Bool(_) = x {
        return Ok(Value::Bool(true));
    }
    float_test(&x, "isfinite", f64::is_finite)
}

fn signbit(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = one(args, "signbit")?;
    if let Value::Int(v) = x {
        return Ok(Value::Bool(v < 0));
    }
    float_test(&x, "signbit", f64::is_sign_negative)
}
