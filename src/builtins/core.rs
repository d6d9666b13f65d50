//! Core functions: printing, lengths, ranges, conversions, help.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::value::convert::{to_array, to_i64};
use crate::value::format::value_repr;
use crate::value::{DType, RangeVal, Value};
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("print", print, "print(*values, sep=' ', end='\\n')\n\nWrites the values, separated by `sep`, as NumPy and Python print them.\n\n>>> print([[1, 2], [3, 4]], 5.0)\n[[1 2]\n [3 4]] 5.0");
    r.add("perf_counter", perf_counter, "perf_counter()\n\nSeconds from a monotonic clock, for timing code (differences matter, not values).\n\n>>> t = perf_counter(); perf_counter() >= t\nTrue");
    r.add("len", len, "len(x)\n\nLength of an array's first axis, or of a list, tuple, dict, string or range.\n\n>>> len(zeros((4, 2)))\n4");
    r.add("range", range, "range(stop) / range(start, stop, step=1)\n\nIntegers from start up to (not including) stop, produced lazily.\n\n>>> array(range(2, 10, 3))\narray([2, 5, 8])");
    r.add(
        "str",
        str_,
        "str(x)\n\nThe text `print` would write for x.\n\n>>> str(1.5) + \"!\"\n'1.5!'",
    );
    r.add(
        "repr",
        repr,
        "repr(x)\n\nThe text the REPL echoes for x.\n\n>>> repr(ones(2))\n'array([1., 1.])'",
    );
    r.add("int", int_, "int(x)\n\nConverts a number or string to an integer (truncating floats), or an array to int64.\n\n>>> int(3.9)\n3");
    r.add("float", float_, "float(x)\n\nConverts a number or string to a float, or an array to float64.\n\n>>> float(\"2.5\")\n2.5");
    r.add(
        "bool",
        bool_,
        "bool(x)\n\nTruth value of x, or an array converted to bool.\n\n>>> bool(0)\nFalse",
    );
    r.add("astype", astype, "astype(a, dtype)\n\nA copy of the array converted to dtype ('bool', 'int64', 'float32', 'float64').\n\n>>> astype([1.7, -2.2], int)\narray([ 1, -2])");
    r.add(
        "type",
        type_,
        "type(x)\n\nThe class of x (`type(x).__name__` is its name).\n\n>>> type([1, 2]).__name__\n'ndarray'",
    );
    r.add("help", help, "help(f)\n\nPrints the documentation of a builtin function (`help()` lists them all).\n\n>>> help(pi)\nfloat: no documentation");
    r.add("list", list, "list(x)\n\nThe items of x (an array's rows, a range's integers...) as a list.\n\n>>> list(range(3))\n[0, 1, 2]");
    r.add(
        "tuple",
        tuple,
        "tuple(x)\n\nThe items of x as a tuple.\n\n>>> tuple([1, 2])\n(1, 2)",
    );
}

fn print(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let mut sep = " ".to_string();
    let mut end = "\n".to_string();
    let mut file: Option<Value> = None;
    for (k, v) in &args.kw {
        match (&**k, v) {
            ("sep", Value::Str(s)) => sep = s.to_string(),
            ("end", Value::Str(s)) => end = s.to_string(),
            ("flush", _) => {}
            ("file", Value::None) => {}
            ("file", f @ Value::Host(_)) => file = Some(f.clone()),
            ("sep" | "end", other) => {
                return Err(Error::type_error(format!(
                    "print({k}=) must be a string, not {}",
                    other.type_name()
                )))
            }
            _ => {
                return Err(Error::type_error(format!(
                    "print() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let mut parts = Vec::with_capacity(args.pos.len());
    for (i, v) in args.pos.iter().enumerate() {
        // Millions of arguments (`print(*range(10**7))`): Ctrl-C and the
        // operation budget apply.
        if i % 4096 == 4095 {
            cx.check_interrupt()?;
            cx.charge(4096)?;
        }
        parts.push(crate::value::format::str_in(v, cx)?);
    }
    let text = format!("{}{}", parts.join(&sep), end);
    match file {
        // `print(..., file=f)`: anything with a write() method.
        Some(f) => {
            cx.call_method(
                &f,
                "write",
                Args {
                    pos: vec![Value::str(&text)],
                    kw: Vec::new(),
                },
            )?;
        }
        None => cx.write(&text),
    }
    Ok(Value::None)
}

pub fn length(v: &Value) -> Result<usize> {
    Ok(match v {
        Value::Array(a) => {
            if a.ndim() == 0 {
                return Err(Error::type_error("len() of a 0-d array"));
            }
            a.shape()[0]
        }
        Value::List(l) => l.borrow().len(),
        Value::Tuple(l) => l.len(),
        Value::Dict(d) => d.borrow().len(),
        Value::Str(s) => s.chars().count(),
        Value::Range(r) => r.len(),
        other => {
            return Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                other.py_type_name()
            )))
        }
    })
}

fn len(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("len", ["x"], 1)?;
    if let Value::Host(h) = &x {
        if let Some(r) = h.len(cx) {
            return r.map(|n| Value::Int(n as i64));
        }
        return Err(Error::type_error(format!(
            "object of type '{}' has no len()",
            crate::object::types::type_name_of(&x)
        )));
    }
    let n = length(&x)?;
    i64::try_from(n)
        .map(Value::Int)
        .map_err(|_| Error::value(format!("len(): the length {n} does not fit in int64")))
}

fn range(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("range")?;
    let p: Vec<i64> = args
        .pos
        .iter()
        .map(|v| to_i64(v, "range()"))
        .collect::<Result<_>>()?;
    let (start, stop, step) = match p.as_slice() {
        [stop] => (0, *stop, 1),
        [start, stop] => (*start, *stop, 1),
        [start, stop, step] => (*start, *stop, *step),
        _ => {
            return Err(Error::type_error(format!(
                "range() takes 1 to 3 arguments but {} were given",
                p.len()
            )))
        }
    };
    if step == 0 {
        return Err(Error::value("range() step must not be zero"));
    }
    Ok(Value::Range(Rc::new(RangeVal { start, stop, step })))
}

fn str_(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::str(""));
    }
    let [x] = args.bind("str", ["x"], 1)?;
    Ok(Value::str(&crate::value::format::str_in(&x, cx)?))
}

fn repr(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("repr", ["x"], 1)?;
    Ok(Value::str(&crate::value::format::repr_in(&x, cx)?))
}

fn convert_array(x: &Value, dtype: DType, fname: &str) -> Result<Value> {
    let a = to_array(x, &format!("{fname}()"))?;
    Ok(Value::from_array(a.astype(dtype)))
}

fn int_(_: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::Int(0));
    }
    let [x, base] = args.bind("int", ["x", "base"], 1)?;
    if !matches!(base, Value::None) {
        return int_with_base(&x, &base);
    }
    match &x {
        Value::Int(_) => Ok(x),
        Value::Bool(b) => Ok(Value::Int(*b as i64)),
        Value::Float(f) => {
            if !f.is_finite() {
                return Err(Error::value(format!(
                    "cannot convert float {} to integer",
                    value_repr(&x)
                )));
            }
            crate::value::bigint::from_float(*f)
        }
        Value::Str(_) => int_with_base(&x, &Value::Int(10)),
        Value::Host(_) if crate::value::bigint::as_big(&x).is_some() => Ok(x),
        Value::Array(a) if a.ndim() == 0 => {
            let f = a.to_f64().iter().next().copied().unwrap_or(0.0);
            Ok(Value::Int(f.trunc() as i64))
        }
        _ => convert_array(&x, DType::Int64, "int"),
    }
}

/// `int("ff", 16)`: Python's digits, sign, underscores and base prefixes
/// (base 0 reads the prefix).
fn int_with_base(x: &Value, base: &Value) -> Result<Value> {
    let Value::Str(s) = x else {
        return Err(Error::type_error(
            "int() can't convert non-string with explicit base",
        ));
    };
    let base = crate::value::convert::to_i64(base, "int() base")?;
    if base != 0 && !(2..=36).contains(&base) {
        return Err(Error::value("int() base must be >= 2 and <= 36, or 0"));
    }
    let bad = || {
        Error::value(format!(
            "invalid literal for int() with base {base}: {}",
            value_repr(x)
        ))
    };
    let t = s.trim();
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (radix, digits) = match (base, lower.get(..2)) {
        (0 | 16, Some("0x")) => (16, &t[2..]),
        (0 | 8, Some("0o")) => (8, &t[2..]),
        (0 | 2, Some("0b")) => (2, &t[2..]),
        (0, _) => (10, t),
        (b, _) => (b as u32, t),
    };
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if clean.is_empty() || digits.starts_with('_') || digits.ends_with('_') || digits.contains("__")
    {
        return Err(bad());
    }
    if let Ok(v) = i64::from_str_radix(&clean, radix) {
        return Ok(Value::Int(if neg { -v } else { v }));
    }
    let signed = if neg { format!("-{clean}") } else { clean };
    if !signed
        .trim_start_matches('-')
        .chars()
        .all(|c| c.is_digit(radix))
    {
        return Err(bad());
    }
    crate::value::bigint::parse(&signed, radix)?.ok_or_else(bad)
}

fn float_(_: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::Float(0.0));
    }
    let [x] = args.bind("float", ["x"], 1)?;
    match &x {
        Value::Float(_) => Ok(x),
        Value::Int(i) => Ok(Value::Float(*i as f64)),
        Value::Bool(b) => Ok(Value::Float(*b as u8 as f64)),
        Value::Host(_) if crate::value::bigint::as_big(&x).is_some() => {
            let b = crate::value::bigint::as_big(&x)
                .cloned()
                .unwrap_or_default();
            crate::value::bigint::to_float(&b).map(Value::Float)
        }
        Value::Str(s) => {
            let t = s.trim();
            let parsed = match t.to_ascii_lowercase().as_str() {
                "nan" => Some(f64::NAN),
                "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
                "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
                _ => t.parse::<f64>().ok(),
            };
            parsed.map(Value::Float).ok_or_else(|| {
                Error::value(format!(
                    "could not convert string to float: {}",
                    value_repr(&x)
                ))
            })
        }
        Value::Array(a) if a.ndim() == 0 => Ok(Value::Float(
            a.to_f64().iter().next().copied().unwrap_or(0.0),
        )),
        _ => convert_array(&x, DType::Float64, "float"),
    }
}

fn bool_(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.is_empty() && args.kw.is_empty() {
        return Ok(Value::Bool(false));
    }
    let [x] = args.bind("bool", ["x"], 1)?;
    match &x {
        Value::Array(a) if a.ndim() > 0 => convert_array(&x, DType::Bool, "bool"),
        other => Ok(Value::Bool(crate::value::ops::truthy(other, cx)?)),
    }
}

fn astype(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, dtype] = args.bind("astype", ["a", "dtype"], 2)?;
    let dt = crate::value::convert::to_dtype(&dtype, "astype()")?;
    let arr = to_array(&a, "astype()")?;
    Ok(Value::from_array(arr.astype(dt)))
}

fn type_(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("type", ["x"], 1)?;
    Ok(crate::object::types::type_of(&x))
}

fn help(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [f] = args.bind("help", ["f"], 0)?;
    let text = match &f {
        Value::Builtin(b) => b.doc.to_string(),
        Value::Str(s) => match cx.builtin(s) {
            Some(b) => b.doc.to_string(),
            None => return Err(Error::name(format!("no builtin named '{s}'"))),
        },
        Value::Func(c) => {
            let params: Vec<String> = c
                .def
                .params
                .iter()
                .map(|p| p.var.name.to_string())
                .collect();
            format!("fn {}({})", c.name, params.join(", "))
        }
        Value::None => {
            let mut names: Vec<&str> = super::all().iter().map(|b| b.name).collect();
            names.sort_unstable();
            format!("Builtins (help(name) for one):\n{}", names.join(" "))
        }
        other => format!("{}: no documentation", other.type_name()),
    };
    cx.write(&format!("{text}\n"));
    Ok(Value::None)
}

pub use crate::value::convert::items_of;

fn list(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("list", ["x"], 0)?;
    if let Value::None = x {
        return Ok(Value::list(Vec::new()));
    }
    Ok(Value::list(crate::value::convert::iter_values(&x, cx)?))
}

fn tuple(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("tuple", ["x"], 0)?;
    if let Value::None = x {
        return Ok(Value::tuple(Vec::new()));
    }
    Ok(Value::tuple(crate::value::convert::iter_values(&x, cx)?))
}

static CLOCK_START: std::sync::OnceLock<std::time::Instant> = std::sync::OnceLock::new();

/// `perf_counter()`, also `time.perf_counter()` and `time.monotonic()`.
pub fn perf_counter_value(cx: &mut dyn Context, args: Args) -> Result<Value> {
    perf_counter(cx, args)
}

fn perf_counter(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [] = args.bind("perf_counter", [], 0)?;
    let start = CLOCK_START.get_or_init(std::time::Instant::now);
    Ok(Value::Float(start.elapsed().as_secs_f64()))
}
