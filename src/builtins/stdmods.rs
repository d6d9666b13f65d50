//! The parts of Python's standard library that scripts reach for: `math`,
//! `time`, `sys`, `os`/`os.path` and `random`. They are reached through
//! their modules (`import math; math.sqrt(2)`), not as globals: module
//! attributes name them here (`math_sqrt`), see `object::modtable`.

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::to_f64;
use crate::value::{ops, Value};
use std::sync::LazyLock;

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    let mut r = Registry::default();
    register_math(&mut r);
    register_system(&mut r);
    super::stdjson::register(&mut r);
    super::pyre::register(&mut r);
    super::stdmods_more::register(&mut r);
    r
});

/// A standard-library function by its module-qualified name (`math_sqrt`).
pub fn lookup(name: &str) -> Option<Value> {
    REGISTRY.lookup(name).map(Value::Builtin)
}

/// The functions, for `help()` tests.
pub fn all() -> &'static [crate::value::Builtin] {
    REGISTRY.all()
}

/// A module constant (`math.pi`, `sys.argv`).
pub fn constant(name: &str, cx: &mut dyn Context) -> Option<Value> {
    Some(match name {
        "math_pi" => Value::Float(std::f64::consts::PI),
        "math_e" => Value::Float(std::f64::consts::E),
        "math_tau" => Value::Float(std::f64::consts::TAU),
        "math_inf" => Value::Float(f64::INFINITY),
        "math_nan" => Value::Float(f64::NAN),
        "sys_maxsize" => Value::Int(i64::MAX),
        "os_sep" | "os_path_sep" => Value::str("/"),
        "os_linesep" => Value::str("\n"),
        "os_name" => Value::str("posix"),
        // The Python version whose spelling arr follows.
        "sys_version_info" => Value::tuple(vec![
            Value::Int(3),
            Value::Int(11),
            Value::Int(0),
            Value::str("final"),
            Value::Int(0),
        ]),
        "sys_stdout" => Value::Host(std::rc::Rc::new(super::pyfile::Stream { stderr: false })),
        "sys_stderr" => Value::Host(std::rc::Rc::new(super::pyfile::Stream { stderr: true })),
        "sys_platform" => Value::str(std::env::consts::OS),
        "sys_version" => Value::str(concat!("arr ", env!("CARGO_PKG_VERSION"))),
        "sys_argv" => Value::list(cx.argv().iter().map(|a| Value::str(a)).collect()),
        "os_environ" => Value::dict(
            std::env::vars()
                .map(|(k, v)| (Value::str(&k), Value::str(&v)))
                .collect(),
        ),
        _ => return None,
    })
}

fn domain() -> Error {
    Error::value("math domain error")
}

fn float_arg(v: &Value, what: &str) -> Result<f64> {
    if let Some(b) = crate::value::bigint::as_big(v) {
        return crate::value::bigint::to_float(b);
    }
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => to_f64(v, what),
        other => Err(Error::type_error(format!(
            "must be real number, not {}",
            crate::object::types::type_name_of(other)
        ))),
    }
}

macro_rules! unary {
    ($r:ident, $($name:literal => $f:expr, $doc:literal;)*) => {
        $(
            $r.add($name, |_cx, args| {
                let [x] = args.bind(&$name[5..], ["x"], 1)?;
                let x = float_arg(&x, &$name[5..])?;
                let f: fn(f64) -> Result<f64> = $f;
                f(x).map(Value::Float)
            }, $doc);
        )*
    };
}

fn checked(v: f64) -> Result<f64> {
    if v.is_nan() {
        Err(domain())
    } else if v.is_infinite() {
        Err(Error::new(ErrorKind::Overflow, "math range error"))
    } else {
        Ok(v)
    }
}

fn register_math(r: &mut Registry) {
    unary!(r,
        "math_sqrt" => |x| if x < 0.0 { Err(domain()) } else { Ok(x.sqrt()) }, "math.sqrt(x)\n\nThe square root of x.\n\n>>> import math; math.sqrt(2.0)\n1.4142135623730951";
        "math_exp" => |x| if x.is_finite() { checked(x.exp()) } else { Ok(x.exp()) }, "math.exp(x)\n\ne to the power x.\n\n>>> import math; math.exp(1.0)\n2.718281828459045";
        "math_log2" => |x| if x <= 0.0 { Err(domain()) } else { Ok(x.log2()) }, "math.log2(x)\n\nBase-2 logarithm.\n\n>>> import math; math.log2(8)\n3.0";
        "math_log10" => |x| if x <= 0.0 { Err(domain()) } else { Ok(x.log10()) }, "math.log10(x)\n\nBase-10 logarithm.\n\n>>> import math; math.log10(1000)\n3.0";
        "math_log1p" => |x| if x <= -1.0 { Err(domain()) } else { Ok(x.ln_1p()) }, "math.log1p(x)\n\nlog(1 + x), accurate near 0.\n\n>>> import math; math.log1p(1e-10)\n9.999999999500001e-11";
        "math_expm1" => |x| Ok(x.exp_m1()), "math.expm1(x)\n\nexp(x) - 1, accurate near 0.\n\n>>> import math; math.expm1(1e-10)\n1.00000000005e-10";
        "math_sin" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.sin()) }, "math.sin(x)\n\nSine (radians).\n\n>>> import math; math.sin(math.pi / 2)\n1.0";
        "math_cos" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.cos()) }, "math.cos(x)\n\nCosine (radians).\n\n>>> import math; math.cos(0)\n1.0";
        "math_tan" => |x| if x.is_infinite() { Err(domain()) } else { Ok(x.tan()) }, "math.tan(x)\n\nTangent (radians).\n\n>>> import math; math.tan(0.5)\n0.5463024898437905";
        "math_asin" => |x| if x.abs() > 1.0 { Err(domain()) } else { Ok(x.asin()) }, "math.asin(x)\n\nArc sine.\n\n>>> import math; math.asin(1)\n1.5707963267948966";
        "math_acos" => |x| if x.abs() > 1.0 { Err(domain()) } else { Ok(x.acos()) }, "math.acos(x)\n\nArc cosine.\n\n>>> import math; math.acos(1)\n0.0";
        "math_atan" => |x| Ok(x.atan()), "math.atan(x)\n\nArc tangent.\n\n>>> import math; math.atan(1)\n0.7853981633974483";
        "math_sinh" => |x| Ok(x.sinh()), "math.sinh(x)\n\nHyperbolic sine.\n\n>>> import math; math.sinh(1)\n1.1752011936438014";
        "math_cosh" => |x| Ok(x.cosh()), "math.cosh(x)\n\nHyperbolic cosine.\n\n>>> import math; math.cosh(1)\n1.5430806348152437";
        "math_tanh" => |x| Ok(x.tanh()), "math.tanh(x)\n\nHyperbolic tangent.\n\n>>> import math; math.tanh(1)\n0.7615941559557649";
        "math_fabs" => |x| Ok(x.abs()), "math.fabs(x)\n\nAbsolute value, as a float.\n\n>>> import math; math.fabs(-3)\n3.0";
        "math_degrees" => |x| Ok(x.to_degrees()), "math.degrees(x)\n\nRadians to degrees.\n\n>>> import math; math.degrees(math.pi)\n180.0";
        "math_radians" => |x| Ok(x.to_radians()), "math.radians(x)\n\nDegrees to radians.\n\n>>> import math; math.radians(180)\n3.141592653589793";
    );
    r.add("math_log", math_log, "math.log(x, base=e)\n\nLogarithm of x in the base.\n\n>>> import math; math.log(8, 2)\n3.0");
    r.add(
        "math_floor",
        |cx, a| to_int("floor", cx, a, f64::floor),
        "math.floor(x)\n\nThe largest int <= x.\n\n>>> import math; math.floor(-2.5)\n-3",
    );
    r.add(
        "math_ceil",
        |cx, a| to_int("ceil", cx, a, f64::ceil),
        "math.ceil(x)\n\nThe smallest int >= x.\n\n>>> import math; math.ceil(2.1)\n3",
    );
    r.add("math_trunc", |cx, a| to_int("trunc", cx, a, f64::trunc), "math.trunc(x)\n\nx without its fraction, as an int.\n\n>>> import math; math.trunc(-2.7)\n-2");
    r.add(
        "math_isnan",
        |_, a| pred("isnan", a, f64::is_nan),
        "math.isnan(x)\n\nWhether x is NaN.\n\n>>> import math; math.isnan(math.nan)\nTrue",
    );
    r.add(
        "math_isinf",
        |_, a| pred("isinf", a, f64::is_infinite),
        "math.isinf(x)\n\nWhether x is infinite.\n\n>>> import math; math.isinf(-math.inf)\nTrue",
    );
    r.add(
        "math_isfinite",
        |_, a| pred("isfinite", a, f64::is_finite),
        "math.isfinite(x)\n\nWhether x is finite.\n\n>>> import math; math.isfinite(1e308)\nTrue",
    );
    r.add("math_pow", math_pow, "math.pow(x, y)\n\nx to the power y, as a float.\n\n>>> import math; math.pow(2, 10)\n1024.0");
    r.add("math_atan2", |_, a| two("atan2", a, |y, x| Ok(y.atan2(x))), "math.atan2(y, x)\n\nThe angle of the point (x, y).\n\n>>> import math; math.atan2(1, 1)\n0.7853981633974483");
    r.add("math_copysign", |_, a| two("copysign", a, |x, y| Ok(x.copysign(y))), "math.copysign(x, y)\n\nx with the sign of y.\n\n>>> import math; math.copysign(3, -0.0)\n-3.0");
    r.add(
        "math_hypot",
        math_hypot,
        "math.hypot(*coordinates)\n\nThe Euclidean norm.\n\n>>> import math; math.hypot(3, 4)\n5.0",
    );
    r.add("math_isclose", math_isclose, "math.isclose(a, b, rel_tol=1e-09, abs_tol=0.0)\n\nWhether a and b are close.\n\n>>> import math; math.isclose(0.1 + 0.2, 0.3)\nTrue");
    r.add(
        "math_factorial",
        math_factorial,
        "math.factorial(n)\n\nn!\n\n>>> import math; math.factorial(10)\n3628800",
    );
    r.add("math_gcd", math_gcd, "math.gcd(*integers)\n\nThe greatest common divisor.\n\n>>> import math; math.gcd(12, 18)\n6");
    r.add(
        "math_comb",
        |cx, a| comb_perm("comb", a, cx),
        "math.comb(n, k)\n\nWays to choose k of n.\n\n>>> import math; math.comb(5, 2)\n10",
    );
    r.add(
        "math_perm",
        |cx, a| comb_perm("perm", a, cx),
        "math.perm(n, k)\n\nOrdered ways to choose k of n.\n\n>>> import math; math.perm(5, 2)\n20",
    );
    r.add("math_fsum", math_fsum, "math.fsum(iterable)\n\nAn exactly rounded float sum.\n\n>>> import math; math.fsum((0.1,) * 10)\n1.0");
    r.add("math_prod", math_prod, "math.prod(iterable, start=1)\n\nThe product of the items.\n\n>>> import math; math.prod((1, 2, 3, 4))\n24");
}

fn math_log(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, base] = args.bind("log", ["x", "base"], 1)?;
    // An int past the floats: ln of its top 64 bits plus the rest's power of two.
    let ln = match crate::value::bigint::as_big(&x) {
        Some(b) if b.sign() == num_bigint::Sign::Plus && b.bits() > 1000 => {
            let shift = b.bits() - 64;
            let top = num_traits::ToPrimitive::to_f64(&(b >> shift)).unwrap_or(f64::NAN);
            top.ln() + shift as f64 * std::f64::consts::LN_2
        }
        _ => {
            let x = float_arg(&x, "log")?;
            if x <= 0.0 {
                return Err(domain());
            }
            x.ln()
        }
    };
    match base {
        Value::None => Ok(Value::Float(ln)),
        b => {
            let b = float_arg(&b, "log")?;
            if b <= 0.0 || b == 1.0 {
                return Err(if b == 1.0 {
                    Error::zero_division("float division by zero")
                } else {
                    domain()
                });
            }
            Ok(Value::Float(ln / b.ln()))
        }
    }
}

fn to_int(name: &str, _: &mut dyn Context, args: Args, f: fn(f64) -> f64) -> Result<Value> {
    let [x] = args.bind(name, ["x"], 1)?;
    if let Value::Int(i) = x {
        return Ok(Value::Int(i));
    }
    let v = f(float_arg(&x, name)?);
    if v.is_nan() {
        return Err(Error::value("cannot convert float NaN to integer"));
    }
    if !(-9.2e18..9.2e18).contains(&v) {
        return Err(Error::new(
            ErrorKind::Overflow,
            "cannot convert float infinity to integer",
        ));
    }
    Ok(Value::Int(v as i64))
}

fn pred(name: &str, args: Args, f: fn(f64) -> bool) -> Result<Value> {
    let [x] = args.bind(name, ["x"], 1)?;
    Ok(Value::Bool(f(float_arg(&x, name)?)))
}

fn two(name: &str, args: Args, f: fn(f64, f64) -> Result<f64>) -> Result<Value> {
    let [x, y] = args.bind(name, ["x", "y"], 2)?;
    f(float_arg(&x, name)?, float_arg(&y, name)?).map(Value::Float)
}

fn math_pow(_: &mut dyn Context, args: Args) -> Result<Value> {
    two("pow", args, |x, y| {
        let v = x.powf(y);
        if v.is_nan() && !x.is_nan() && !y.is_nan() {
            return Err(domain());
        }
        if v.is_infinite() && x.is_finite() && y.is_finite() {
            if x == 0.0 {
                return Err(domain());
            }
            return Err(Error::new(ErrorKind::Overflow, "math range error"));
        }
        Ok(v)
    })
}

fn math_hypot(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("hypot")?;
    let mut s = 0.0f64;
    for v in &args.pos {
        let x = float_arg(v, "hypot")?;
        s = s.hypot(x);
    }
    Ok(Value::Float(s))
}

fn math_isclose(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, rel, abs] = args.bind("isclose", ["a", "b", "rel_tol", "abs_tol"], 2)?;
    let (a, b) = (float_arg(&a, "isclose")?, float_arg(&b, "isclose")?);
    let rel = if let Value::None = rel {
        1e-9
    } else {
        float_arg(&rel, "isclose")?
    };
    let abs = if let Value::None = abs {
        0.0
    } else {
        float_arg(&abs, "isclose")?
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(Error::value("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

fn int_arg(v: &Value, name: &str) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer (in {name})",
            crate::object::types::type_name_of(other)
        ))),
    }
}

fn big_arg(v: &Value, name: &str) -> Result<num_bigint::BigInt> {
    crate::value::bigint::to_big(v).ok_or_else(|| {
        Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer (in {name})",
            crate::object::types::type_name_of(v)
        ))
    })
}

/// The product `from * (from + 1) * ... * to` by halves (balanced
/// multiplication keeps big factorials fast), checking the size limit.
fn range_product(from: u64, to: u64, cx: &mut dyn Context) -> Result<num_bigint::BigInt> {
    if to < from {
        return Ok(1.into());
    }
    if to - from < 16 {
        let mut acc = num_bigint::BigInt::from(1);
        for k in from..=to {
            acc *= k;
        }
        return Ok(acc);
    }
    cx.charge(to - from)?;
    let mid = from + (to - from) / 2;
    let (a, b) = (
        range_product(from, mid, cx)?,
        range_product(mid + 1, to, cx)?,
    );
    match crate::value::bigint::big_binary(crate::syntax::ast::BinOp::Mul, &a, &b)? {
        Value::Int(i) => Ok(i.into()),
        v => Ok(crate::value::bigint::as_big(&v)
            .cloned()
            .unwrap_or_default()),
    }
}

fn math_factorial(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [n] = args.bind("factorial", ["n"], 1)?;
    let n = int_arg(&n, "factorial")?;
    if n < 0 {
        return Err(Error::value("factorial() not defined for negative values"));
    }
    Ok(crate::value::bigint::normalize(range_product(
        2, n as u64, cx,
    )?))
}

fn math_gcd(_: &mut dyn Context, args: Args) -> Result<Value> {
    use num_integer::Integer;
    args.no_keywords("gcd")?;
    let mut g = num_bigint::BigInt::from(0);
    for v in &args.pos {
        g = g.gcd(&big_arg(v, "gcd")?);
    }
    Ok(crate::value::bigint::normalize(g))
}

fn comb_perm(name: &str, args: Args, cx: &mut dyn Context) -> Result<Value> {
    let [n, k] = args.bind(name, ["n", "k"], 1)?;
    let n = int_arg(&n, name)?;
    let k = if let Value::None = k {
        n
    } else {
        int_arg(&k, name)?
    };
    if n < 0 || k < 0 {
        return Err(Error::value(format!(
            "{} must be a non-negative integer",
            if n < 0 { "n" } else { "k" }
        )));
    }
    if k > n {
        return Ok(Value::Int(0));
    }
    let (n, k) = (n as u64, k as u64);
    // perm(n, k) = n! / (n-k)!; comb(n, k) = perm(n, k) / k!.
    let k = if name == "comb" { k.min(n - k) } else { k };
    let perm = range_product(n - k + 1, n, cx)?;
    Ok(crate::value::bigint::normalize(if name == "comb" {
        perm / range_product(2, k, cx)?
    } else {
        perm
    }))
}

fn math_fsum(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it] = args.bind("fsum", ["iterable"], 1)?;
    // Neumaier's compensated sum: exact for the sums scripts make.
    let (mut sum, mut comp) = (0.0f64, 0.0f64);
    for v in crate::value::convert::iter_values(&it, cx)? {
        let x = float_arg(&v, "fsum")?;
        let t = sum + x;
        comp += if sum.abs() >= x.abs() {
            (sum - t) + x
        } else {
            (x - t) + sum
        };
        sum = t;
    }
    Ok(Value::Float(sum + comp))
}

fn math_prod(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it, start] = args.bind("prod", ["iterable", "start"], 1)?;
    let mut acc = if let Value::None = start {
        Value::Int(1)
    } else {
        start
    };
    for v in crate::value::convert::iter_values(&it, cx)? {
        acc = ops::binary(crate::syntax::ast::BinOp::Mul, &acc, &v, cx)?;
    }
    Ok(acc)
}

fn register_system(r: &mut Registry) {
    r.add(
        "time_time",
        |_, a| {
            a.no_keywords("time")?;
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_secs_f64())
                .unwrap_or(0.0);
            Ok(Value::Float(now))
        },
        "time.time()\n\nSeconds since the epoch.\n\n>>> import time; time.time() > 1e9\nTrue",
    );
    r.add("time_perf_counter", |cx, a| super::core::perf_counter_value(cx, a), "time.perf_counter()\n\nA monotonic clock in seconds.\n\n>>> import time; t = time.perf_counter(); time.perf_counter() >= t\nTrue");
    r.add("time_monotonic", |cx, a| super::core::perf_counter_value(cx, a), "time.monotonic()\n\nA monotonic clock in seconds.\n\n>>> import time; t = time.monotonic(); time.monotonic() >= t\nTrue");
    r.add(
        "time_sleep",
        time_sleep,
        "time.sleep(seconds)\n\nWaits (Ctrl-C stops it).\n\n>>> import time; time.sleep(0.001)\n",
    );
    r.add("sys_exit", sys_exit, "sys.exit(status=None)\n\nEnds the program with the status (a message is printed and gives 1).\n\n>>> import sys; callable(sys.exit)\nTrue");
    r.add(
        "os_getcwd",
        |cx, a| {
            a.no_keywords("getcwd")?;
            cx.check_file_access("os.getcwd()")?;
            let d = std::env::current_dir().map_err(|e| Error::io(format!("os.getcwd(): {e}")))?;
            Ok(Value::str(&d.display().to_string()))
        },
        "os.getcwd()\n\nThe current folder.\n\n>>> import os; len(os.getcwd()) > 0\nTrue",
    );
    r.add("os_path_join", os_path_join, "os.path.join(*parts)\n\nPath parts joined with '/'.\n\n>>> import os; os.path.join('data', 'x.csv')\n'data/x.csv'");
    r.add("os_path_basename", |_, a| path_part("basename", a), "os.path.basename(p)\n\nThe last part of a path.\n\n>>> import os; os.path.basename('/tmp/data/x.csv')\n'x.csv'");
    r.add("os_path_dirname", |_, a| path_part("dirname", a), "os.path.dirname(p)\n\nThe path without its last part.\n\n>>> import os; os.path.dirname('/tmp/data/x.csv')\n'/tmp/data'");
    r.add("os_path_splitext", |_, a| path_part("splitext", a), "os.path.splitext(p)\n\n(root, extension).\n\n>>> import os; os.path.splitext('model.tar.gz')\n('model.tar', '.gz')");
    r.add(
        "os_path_exists",
        |cx, a| path_test("exists", cx, a),
        "os.path.exists(p)\n\nWhether the path exists.\n\n>>> import os; os.path.exists('/')\nTrue",
    );
    r.add("os_path_isfile", |cx, a| path_test("isfile", cx, a), "os.path.isfile(p)\n\nWhether the path is a file.\n\n>>> import os; os.path.isfile('/')\nFalse");
    r.add("os_path_split", |_, a| path_part("split", a), "os.path.split(p)\n\n(dirname, basename).\n\n>>> import os; os.path.split('/tmp/data/x.csv')\n('/tmp/data', 'x.csv')");
    r.add("os_path_getsize", |cx, a| path_test("getsize", cx, a), "os.path.getsize(p)\n\nThe size of a file in bytes.\n\n>>> import os; os.path.getsize('/') >= 0\nTrue");
    r.add("os_path_isdir", |cx, a| path_test("isdir", cx, a), "os.path.isdir(p)\n\nWhether the path is a folder.\n\n>>> import os; os.path.isdir('/')\nTrue");
    r.add("os_path_abspath", |cx, a| path_test("abspath", cx, a), "os.path.abspath(p)\n\nThe absolute path.\n\n>>> import os; os.path.abspath('/tmp')\n'/tmp'");
}

fn time_sleep(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [s] = args.bind("sleep", ["seconds"], 1)?;
    let s = float_arg(&s, "sleep")?;
    if s < 0.0 || s.is_nan() {
        return Err(Error::value("sleep length must be non-negative"));
    }
    let end = std::time::Instant::now() + std::time::Duration::from_secs_f64(s.min(1e9));
    while std::time::Instant::now() < end {
        cx.check_interrupt()?;
        let left = end.saturating_duration_since(std::time::Instant::now());
        std::thread::sleep(left.min(std::time::Duration::from_millis(50)));
    }
    Ok(Value::None)
}

fn sys_exit(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [status] = args.bind("exit", ["status"], 0)?;
    let class =
        crate::object::exc::class("SystemExit").ok_or_else(|| Error::internal("no SystemExit"))?;
    let pos = if let Value::None = status {
        Vec::new()
    } else {
        vec![status]
    };
    let v = class.instantiate(
        Args {
            pos,
            kw: Vec::new(),
        },
        cx,
    )?;
    Err(crate::object::exc::raise(v, cx)?)
}

fn str_arg(v: &Value, name: &str) -> Result<String> {
    match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{name}: expected str, not {}",
            crate::object::types::type_name_of(other)
        ))),
    }
}

fn os_path_join(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("join")?;
    let mut out = String::new();
    for (i, p) in args.pos.iter().enumerate() {
        let p = str_arg(p, "os.path.join()")?;
        if p.starts_with('/') || i == 0 {
            out = p;
        } else if out.is_empty() || out.ends_with('/') {
            out.push_str(&p);
        } else {
            out.push('/');
            out.push_str(&p);
        }
    }
    Ok(Value::str(&out))
}

fn path_part(name: &str, args: Args) -> Result<Value> {
    let [p] = args.bind(name, ["p"], 1)?;
    let p = str_arg(&p, name)?;
    let cut = p.rfind('/').map_or(0, |i| i + 1);
    let (head, tail) = p.split_at(cut);
    Ok(match name {
        "basename" => Value::str(tail),
        "split" => {
            let trimmed = head.trim_end_matches('/');
            let dir = if trimmed.is_empty() { head } else { trimmed };
            Value::tuple(vec![Value::str(dir), Value::str(tail)])
        }
        "dirname" => {
            let trimmed = head.trim_end_matches('/');
            Value::str(if trimmed.is_empty() { head } else { trimmed })
        }
        _ => {
            let dot = tail
                .rfind('.')
                .filter(|&i| tail[..i].chars().any(|c| c != '.'));
            match dot {
                Some(i) => Value::tuple(vec![Value::str(&p[..cut + i]), Value::str(&tail[i..])]),
                None => Value::tuple(vec![Value::str(&p), Value::str("")]),
            }
        }
    })
}

fn path_test(name: &str, cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [p] = args.bind(name, ["p"], 1)?;
    let p = str_arg(&p, name)?;
    cx.check_file_access(&format!("os.path.{name}()"))?;
    let path = std::path::Path::new(&p);
    Ok(match name {
        "exists" => Value::Bool(path.exists()),
        "isfile" => Value::Bool(path.is_file()),
        "isdir" => Value::Bool(path.is_dir()),
        "getsize" => {
            let meta = std::fs::metadata(path).map_err(|e| {
                let kind = if e.kind() == std::io::ErrorKind::NotFound {
                    ErrorKind::FileNotFound
                } else {
                    ErrorKind::Io
                };
                Error::new(kind, format!("[Errno 2] No such file or directory: '{p}'"))
            })?;
            Value::Int(i64::try_from(meta.len()).unwrap_or(i64::MAX))
        }
        _ => {
            let base = std::env::current_dir()
                .map_err(|e| Error::io(format!("os.path.abspath(): {e}")))?;
            Value::str(&base.join(path).display().to_string())
        }
    })
}
