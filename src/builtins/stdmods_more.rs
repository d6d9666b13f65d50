//! More of `math`, `os`, `os.path`, `sys` and `time`: the functions
//! tutorials reach for beyond the first set in `stdmods.rs` (same
//! registry, same module-qualified names).

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::to_f64;
use crate::value::Value;

fn int_of(v: &Value, name: &str) -> Result<i64> {
    match v {
        Value::Int(i) => Ok(*i),
        Value::Bool(b) => Ok(*b as i64),
        other => Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer (in {name})",
            other.py_type_name()
        ))),
    }
}

fn float_of(v: &Value, name: &str) -> Result<f64> {
    if let Some(b) = crate::value::bigint::as_big(v) {
        return crate::value::bigint::to_float(b);
    }
    match v {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => to_f64(v, name),
        other => Err(Error::type_error(format!(
            "must be real number, not {} (in {name})",
            other.py_type_name()
        ))),
    }
}

fn big_of(v: &Value, name: &str) -> Result<num_bigint::BigInt> {
    crate::value::bigint::to_big(v).ok_or_else(|| {
        Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer (in {name})",
            v.py_type_name()
        ))
    })
}

fn math_lcm(_: &mut dyn Context, args: Args) -> Result<Value> {
    use num_integer::Integer;
    args.no_keywords("lcm")?;
    let mut l = num_bigint::BigInt::from(1);
    for v in &args.pos {
        l = l.lcm(&big_of(v, "lcm")?);
    }
    Ok(crate::value::bigint::normalize(l))
}

fn math_isqrt(_: &mut dyn Context, args: Args) -> Result<Value> {
    use num_traits::Signed;
    let [n] = args.bind("isqrt", ["n"], 1)?;
    let n = big_of(&n, "isqrt")?;
    if n.is_negative() {
        return Err(Error::value("isqrt() argument must be nonnegative"));
    }
    Ok(crate::value::bigint::normalize(n.sqrt()))
}

fn math_fmod(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, y] = args.bind("fmod", ["x", "y"], 2)?;
    let (x, y) = (float_of(&x, "fmod")?, float_of(&y, "fmod")?);
    if y == 0.0 || x.is_infinite() {
        return Err(Error::value("math domain error"));
    }
    Ok(Value::Float(x % y))
}

fn math_modf(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("modf", ["x"], 1)?;
    let x = float_of(&x, "modf")?;
    let whole = x.trunc();
    let frac = if x.is_infinite() {
        0.0f64.copysign(x)
    } else {
        x - whole
    };
    Ok(Value::tuple(vec![Value::Float(frac), Value::Float(whole)]))
}

fn math_frexp(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("frexp", ["x"], 1)?;
    let x = float_of(&x, "frexp")?;
    if x == 0.0 || !x.is_finite() {
        return Ok(Value::tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i64 + 1;
    let mut m = x / 2f64.powi(e as i32);
    // Correct the rounding of log2 at the edges.
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(Value::tuple(vec![Value::Float(m), Value::Int(e)]))
}

fn math_ldexp(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, i] = args.bind("ldexp", ["x", "i"], 2)?;
    let (x, i) = (float_of(&x, "ldexp")?, int_of(&i, "ldexp")?);
    let r = x * 2f64.powi(i.clamp(-2000, 2000) as i32);
    if r.is_infinite() && x.is_finite() {
        return Err(Error::new(ErrorKind::Overflow, "math range error"));
    }
    Ok(Value::Float(r))
}

fn math_remainder(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, y] = args.bind("remainder", ["x", "y"], 2)?;
    let (x, y) = (float_of(&x, "remainder")?, float_of(&y, "remainder")?);
    if y == 0.0 || x.is_infinite() {
        return Err(Error::value("math domain error"));
    }
    // IEEE remainder: x - n*y with n the nearest integer to x/y (ties even).
    let n = (x / y).round_ties_even();
    Ok(Value::Float(x - n * y))
}

fn math_cbrt(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("cbrt", ["x"], 1)?;
    Ok(Value::Float(float_of(&x, "cbrt")?.cbrt()))
}

fn math_dist(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [p, q] = args.bind("dist", ["p", "q"], 2)?;
    let p = crate::value::convert::iter_values(&p, cx)?;
    let q = crate::value::convert::iter_values(&q, cx)?;
    if p.len() != q.len() {
        return Err(Error::value(
            "both points must have the same number of dimensions",
        ));
    }
    let mut s = 0.0;
    for (a, b) in p.iter().zip(&q) {
        let d = float_of(a, "dist")? - float_of(b, "dist")?;
        s += d * d;
    }
    Ok(Value::Float(s.sqrt()))
}

fn path_arg(args: Args, name: &str) -> Result<String> {
    let [p] = args.bind(name, ["path"], 1)?;
    match &p {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{name}: path should be string, not {}",
            other.py_type_name()
        ))),
    }
}

/// `os.path.normpath`: `.` and `a/..` removed, slashes collapsed.
fn normpath(p: &str) -> String {
    if p.is_empty() {
        return ".".into();
    }
    let absolute = p.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in p.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|l| *l != "..") => {
                parts.pop();
            }
            ".." if absolute => {}
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    match (absolute, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".into(),
        (false, false) => joined,
    }
}

pub fn register(r: &mut Registry) {
    r.add(
        "math_lcm",
        math_lcm,
        "math.lcm(*integers)\n\nThe least common multiple.\n\n>>> import math; math.lcm(4, 6)\n12",
    );
    r.add(
        "math_isqrt",
        math_isqrt,
        "math.isqrt(n)\n\nThe integer square root (floor).\n\n>>> import math; math.isqrt(99)\n9",
    );
    r.add("math_fmod", math_fmod, "math.fmod(x, y)\n\nThe remainder with the sign of x (C's fmod).\n\n>>> import math; math.fmod(-7, 3)\n-1.0");
    r.add("math_modf", math_modf, "math.modf(x)\n\n(fraction, whole part), both floats with x's sign.\n\n>>> import math; math.modf(3.75)\n(0.75, 3.0)");
    r.add("math_frexp", math_frexp, "math.frexp(x)\n\n(m, e) with x == m * 2**e and 0.5 <= abs(m) < 1.\n\n>>> import math; math.frexp(8.0)\n(0.5, 4)");
    r.add(
        "math_ldexp",
        math_ldexp,
        "math.ldexp(x, i)\n\nx * 2**i.\n\n>>> import math; math.ldexp(0.5, 4)\n8.0",
    );
    r.add("math_remainder", math_remainder, "math.remainder(x, y)\n\nIEEE 754 remainder: x - n*y, n the integer nearest x/y.\n\n>>> import math; math.remainder(7, 4)\n-1.0");
    r.add("math_cbrt", math_cbrt, "math.cbrt(x)\n\nThe cube root (its last bit may differ from CPython's).\n\n>>> import math; math.cbrt(8)\n2.0");
    r.add("math_dist", math_dist, "math.dist(p, q)\n\nThe Euclidean distance between two points.\n\n>>> import math; math.dist((0, 0), (3, 4))\n5.0");
    r.add(
        "os_path_isabs",
        |_, a| Ok(Value::Bool(path_arg(a, "isabs")?.starts_with('/'))),
        "os.path.isabs(p)\n\nWhether the path is absolute.\n\n>>> import os; os.path.isabs('/etc')\nTrue",
    );
    r.add(
        "os_path_normpath",
        |_, a| Ok(Value::str(&normpath(&path_arg(a, "normpath")?))),
        "os.path.normpath(p)\n\nThe path with `.`, `x/..` and repeated slashes removed.\n\n>>> import os; os.path.normpath('a/./b/../c')\n'a/c'",
    );
    r.add(
        "os_path_expanduser",
        |_, a| {
            let p = path_arg(a, "expanduser")?;
            let home = std::env::var("HOME").unwrap_or_default();
            Ok(Value::str(&match p.strip_prefix('~') {
                Some(rest) if rest.is_empty() || rest.starts_with('/') => format!("{home}{rest}"),
                _ => p,
            }))
        },
        "os.path.expanduser(p)\n\n`~` at the start replaced by the home folder.\n\n>>> import os; os.path.expanduser('x/y')\n'x/y'",
    );
    r.add(
        "os_getenv",
        |_, a| {
            let [k, default] = a.bind("getenv", ["key", "default"], 1)?;
            let Value::Str(k) = &k else {
                return Err(Error::type_error("str expected, not ".to_string() + &k.py_type_name()));
            };
            Ok(std::env::var(&**k).map(|v| Value::str(&v)).unwrap_or(default))
        },
        "os.getenv(key, default=None)\n\nAn environment variable, or the default.\n\n>>> import os; os.getenv('ARR_NO_SUCH_VARIABLE', 'none')\n'none'",
    );
    r.add(
        "sys_getrecursionlimit",
        |cx, a| {
            a.no_keywords("getrecursionlimit")?;
            Ok(Value::Int(cx.recursion_limit() as i64))
        },
        "sys.getrecursionlimit()\n\nThe deepest call nesting allowed.\n\n>>> import sys; sys.getrecursionlimit() > 100\nTrue",
    );
    r.add(
        "sys_setrecursionlimit",
        |cx, a| {
            let [n] = a.bind("setrecursionlimit", ["limit"], 1)?;
            let n = int_of(&n, "setrecursionlimit")?;
            if n < 1 {
                return Err(Error::value("recursion limit must be greater or equal than 1"));
            }
            cx.set_recursion_limit(n as usize)?;
            Ok(Value::None)
        },
        "sys.setrecursionlimit(n)\n\nSets the deepest call nesting allowed (arr's own limit still bounds it).\n\n>>> import sys; sys.setrecursionlimit(5000)\n",
    );
    r.add(
        "time_perf_counter_ns",
        |_, a| {
            a.no_keywords("perf_counter_ns")?;
            Ok(Value::Int(clock_ns()))
        },
        "time.perf_counter_ns()\n\nA monotonic clock in nanoseconds.\n\n>>> import time; time.perf_counter_ns() > 0\nTrue",
    );
    r.add(
        "time_time_ns",
        |_, a| {
            a.no_keywords("time_ns")?;
            let d = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_err(|e| Error::io(format!("time_ns(): {e}")))?;
            Ok(Value::Int(i64::try_from(d.as_nanos()).unwrap_or(i64::MAX)))
        },
        "time.time_ns()\n\nSeconds since 1970 in nanoseconds.\n\n>>> import time; time.time_ns() > 0\nTrue",
    );
    r.add(
        "time_process_time",
        |_, a| {
            a.no_keywords("process_time")?;
            Ok(Value::Float(clock_ns() as f64 / 1e9))
        },
        "time.process_time()\n\nA clock in seconds for measuring durations.\n\n>>> import time; time.process_time() >= 0\nTrue",
    );
}

/// Nanoseconds on a monotonic clock, from the first call.
fn clock_ns() -> i64 {
    static START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();
    let start = START.get_or_init(std::time::Instant::now);
    i64::try_from(start.elapsed().as_nanos())
        .unwrap_or(i64::MAX)
        .max(1)
}
