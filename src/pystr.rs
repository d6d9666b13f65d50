//! Python 3.11's `str` methods, behaving as CPython 3.11.7 does: the same
//! results (indexes count code points, not bytes; Unicode 14.0.0 character
//! data) and the same `TypeError`/`ValueError` messages.
//!
//! Self-contained (only `std`); the caller converts its values to [`SArg`]
//! and the answer from [`SOut`]/[`StrError`]:
//!
//! * [`call_method`] runs `s.name(*pos, **kw)`, or answers `None` when `name`
//!   is not one of [`METHODS`] (the caller reports `AttributeError`, with a
//!   did-you-mean from `METHODS`; [`PYTHON_ONLY`] lists the Python methods
//!   left to others or not offered: `format`, `encode`, ...).
//! * `join` is in `METHODS`: it takes a str (joins its chars), a tuple or a
//!   list of strs; the caller turns other iterables into [`SArg::List`].
//!   [`join`] is the same on a slice.
//! * Results are bounded: a width over [`MAX_WIDTH`] (`center`, `ljust`,
//!   `rjust`, `zfill`) and a result over `MAX_WIDTH` chars (`expandtabs`,
//!   `replace`, `join`) are `MemoryError`s instead of allocations.
//!
//! Where it differs from CPython: those `MemoryError`s (`width too large`,
//! `result too large`; CPython would try to allocate); ints are `i64`, so
//! an int past that range (CPython's `OverflowError: Python int too large
//! to convert to C ssize_t`, or slice indexes it clamps) is the caller's to
//! report or clamp; Rust strings hold no lone surrogates.
//!
//! Test alone: `rustc --edition 2021 --test src/pystr.rs -o /tmp/pystr_test
//! && /tmp/pystr_test`.

#[path = "pystr_ops.rs"]
mod ops;
#[cfg(test)]
#[path = "pystr_tests.rs"]
mod tests;
#[path = "pystr_unicode.rs"]
mod unicode;

use unicode as uc;

/// An argument, converted by the caller from its own value. Keyword
/// arguments come as `(name, SArg)` pairs in call order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SArg<'a> {
    Str(&'a str),
    /// An int (or anything Python takes through `__index__`).
    Int(i64),
    /// A bool, which Python takes wherever it takes an int.
    Bool(bool),
    None,
    /// A tuple (`startswith`/`endswith` take a tuple of strs; `join` any).
    Tuple(Vec<SArg<'a>>),
    /// A list, or any other iterable the caller unpacked (for `join`).
    List(Vec<SArg<'a>>),
    /// Any other value, by its Python type name (`"float"`, `"dict"`).
    Other(&'a str),
}

impl SArg<'_> {
    /// The Python type name, as in `must be str, not int`.
    pub fn type_name(&self) -> &str {
        match self {
            SArg::Str(_) => "str",
            SArg::Int(_) => "int",
            SArg::Bool(_) => "bool",
            SArg::None => "NoneType",
            SArg::Tuple(_) => "tuple",
            SArg::List(_) => "list",
            SArg::Other(t) => t,
        }
    }

    /// The name in Argument Clinic's messages, which say `None` for None.
    fn clinic_name(&self) -> &str {
        match self {
            SArg::None => "None",
            a => a.type_name(),
        }
    }
}

/// A method's result; `Tuple` is the 3 parts of `partition`/`rpartition`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SOut {
    Str(String),
    Int(i64),
    Bool(bool),
    List(Vec<String>),
    Tuple(Vec<String>),
}

/// A Python exception: `kind` is `"TypeError"`, `"ValueError"`,
/// `"OverflowError"` (an int past C `int`) or `"MemoryError"` (past
/// [`MAX_WIDTH`]); `message` is CPython's text after `Kind: `.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StrError {
    pub kind: &'static str,
    pub message: String,
}

/// The largest width (and result length, in chars) the methods make.
pub const MAX_WIDTH: i64 = 100_000_000;

/// Every method [`call_method`] answers, sorted.
pub const METHODS: &[&str] = &[
    "capitalize",
    "casefold",
    "center",
    "count",
    "endswith",
    "expandtabs",
    "find",
    "index",
    "isalnum",
    "isalpha",
    "isascii",
    "isdecimal",
    "isdigit",
    "isidentifier",
    "islower",
    "isnumeric",
    "isprintable",
    "isspace",
    "istitle",
    "isupper",
    "join",
    "ljust",
    "lower",
    "lstrip",
    "partition",
    "removeprefix",
    "removesuffix",
    "replace",
    "rfind",
    "rindex",
    "rjust",
    "rpartition",
    "rsplit",
    "rstrip",
    "split",
    "splitlines",
    "startswith",
    "strip",
    "swapcase",
    "title",
    "upper",
    "zfill",
];

/// The other methods of Python's `str`, which [`call_method`] leaves to the
/// caller (`format`) or which are not offered.
pub const PYTHON_ONLY: &[&str] = &["encode", "format", "format_map", "maketrans", "translate"];

fn type_error(message: String) -> StrError {
    StrError {
        kind: "TypeError",
        message,
    }
}

fn value_error(message: &str) -> StrError {
    StrError {
        kind: "ValueError",
        message: message.to_string(),
    }
}

fn memory_error(message: &str) -> StrError {
    StrError {
        kind: "MemoryError",
        message: message.to_string(),
    }
}

/// How a method takes its arguments in CPython, which decides the messages.
#[derive(Clone, Copy)]
enum Conv {
    /// `METH_NOARGS`: `upper()`.
    NoArgs,
    /// `METH_O`: `partition(sep)`.
    One,
    /// Argument Clinic, positional only: `replace(old, new, count=-1, /)`.
    Clinic(usize, usize),
    /// `PyArg_ParseTuple("O|OO")`: `find(sub[, start[, end]])`.
    Finds,
    /// Argument Clinic with keywords: `split(sep=None, maxsplit=-1)`.
    Keywords(&'static [&'static str]),
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// CPython's argument binding: the arguments by slot, or its message.
fn bind<'b, 'a>(
    name: &str,
    conv: Conv,
    pos: &'b [SArg<'a>],
    kw: &'b [(&str, SArg<'a>)],
) -> Result<Vec<Option<&'b SArg<'a>>>, StrError> {
    let n = pos.len();
    let names = match conv {
        Conv::Keywords(names) => names,
        _ if !kw.is_empty() => {
            return Err(type_error(format!(
                "str.{name}() takes no keyword arguments"
            )));
        }
        Conv::NoArgs if n > 0 => {
            return Err(type_error(format!(
                "str.{name}() takes no arguments ({n} given)"
            )));
        }
        Conv::One if n != 1 => {
            return Err(type_error(format!(
                "str.{name}() takes exactly one argument ({n} given)"
            )));
        }
        Conv::Clinic(min, _) if n < min => {
            let s = plural(min);
            return Err(type_error(format!(
                "{name} expected at least {min} argument{s}, got {n}"
            )));
        }
        Conv::Clinic(_, max) if n > max => {
            let s = plural(max);
            return Err(type_error(format!(
                "{name} expected at most {max} argument{s}, got {n}"
            )));
        }
        Conv::Finds if n < 1 => {
            return Err(type_error(format!(
                "{name}() takes at least 1 argument ({n} given)"
            )));
        }
        Conv::Finds if n > 3 => {
            return Err(type_error(format!(
                "{name}() takes at most 3 arguments ({n} given)"
            )));
        }
        _ => return Ok(pos.iter().map(Some).collect()),
    };
    bind_keywords(name, names, pos, kw)
}

/// `_PyArg_UnpackKeywords` for parameters that are all positional-or-keyword.
fn bind_keywords<'b, 'a>(
    name: &str,
    names: &[&str],
    pos: &'b [SArg<'a>],
    kw: &'b [(&str, SArg<'a>)],
) -> Result<Vec<Option<&'b SArg<'a>>>, StrError> {
    let (n, max) = (pos.len(), names.len());
    let total = n + kw.len();
    if total > max {
        let k = if n == 0 { "keyword " } else { "" };
        let s = plural(max);
        return Err(type_error(format!(
            "{name}() takes at most {max} {k}argument{s} ({total} given)"
        )));
    }
    let mut slots: Vec<Option<&SArg>> = pos.iter().map(Some).collect();
    let mut used = 0;
    for param in names.iter().skip(n) {
        let found = kw.iter().find(|(k, _)| k == param).map(|(_, v)| v);
        used += usize::from(found.is_some());
        slots.push(found);
    }
    if used == kw.len() {
        return Ok(slots);
    }
    for (i, param) in names.iter().enumerate().take(n) {
        if kw.iter().any(|(k, _)| k == param) {
            return Err(type_error(format!(
                "argument for {name}() given by name ('{param}') and position ({})",
                i + 1
            )));
        }
    }
    let bad = kw.iter().find(|(k, _)| !names.contains(k));
    Err(type_error(match bad {
        Some((k, _)) => format!("'{k}' is an invalid keyword argument for {name}()"),
        None => format!("{name}() got multiple values for a keyword argument"),
    }))
}

/// `PyNumber_AsSsize_t`-like: an int or bool.
fn index_arg(a: &SArg) -> Result<i64, StrError> {
    match a {
        SArg::Int(v) => Ok(*v),
        SArg::Bool(b) => Ok(i64::from(*b)),
        a => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            a.type_name()
        ))),
    }
}

/// `_PyLong_AsInt`: an int that fits a C `int`.
fn c_int_arg(a: &SArg) -> Result<i64, StrError> {
    let v = index_arg(a)?;
    if i32::try_from(v).is_err() {
        return Err(StrError {
            kind: "OverflowError",
            message: "Python int too large to convert to C int".to_string(),
        });
    }
    Ok(v)
}

/// An optional index argument with its default.
fn opt_index(a: Option<&SArg>, default: i64) -> Result<i64, StrError> {
    a.map_or(Ok(default), index_arg)
}

/// `_PyEval_SliceIndex`, where None (or absence) is the default.
fn slice_index(a: Option<&SArg>, default: i64) -> Result<i64, StrError> {
    match a {
        None | Some(SArg::None) => Ok(default),
        Some(SArg::Int(v)) => Ok(*v),
        Some(SArg::Bool(b)) => Ok(i64::from(*b)),
        Some(_) => Err(type_error(
            "slice indices must be integers or None or have an __index__ method".to_string(),
        )),
    }
}

/// A str argument, or `must be str, not T` (`ensure_unicode`).
fn str_arg<'a>(a: Option<&SArg<'a>>) -> Result<&'a str, StrError> {
    match a {
        Some(SArg::Str(s)) => Ok(s),
        Some(a) => Err(type_error(format!("must be str, not {}", a.type_name()))),
        None => Err(type_error("must be str, not NoneType".to_string())),
    }
}

/// A str argument with Argument Clinic's message (`replace() argument 1`).
fn clinic_str<'a>(a: Option<&SArg<'a>>, what: &str) -> Result<&'a str, StrError> {
    match a {
        Some(SArg::Str(s)) => Ok(s),
        Some(a) => Err(type_error(format!(
            "{what} must be str, not {}",
            a.clinic_name()
        ))),
        None => Err(type_error(format!("{what} must be str, not None"))),
    }
}

fn slot<'b, 'a>(args: &[Option<&'b SArg<'a>>], i: usize) -> Option<&'b SArg<'a>> {
    args.get(i).copied().flatten()
}

/// Runs `s.name(*pos, **kw)` as Python 3.11 does; `None` when `name` is
/// not in [`METHODS`].
pub fn call_method(
    s: &str,
    name: &str,
    pos: &[SArg],
    kw: &[(&str, SArg)],
) -> Option<Result<SOut, StrError>> {
    let conv = match name {
        "split" | "rsplit" => Conv::Keywords(&["sep", "maxsplit"]),
        "splitlines" => Conv::Keywords(&["keepends"]),
        "expandtabs" => Conv::Keywords(&["tabsize"]),
        "replace" => Conv::Clinic(2, 3),
        "center" | "ljust" | "rjust" => Conv::Clinic(1, 2),
        "strip" | "lstrip" | "rstrip" => Conv::Clinic(0, 1),
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => Conv::Finds,
        "partition" | "rpartition" | "removeprefix" | "removesuffix" | "join" | "zfill" => {
            Conv::One
        }
        _ if METHODS.contains(&name) => Conv::NoArgs,
        _ => return None,
    };
    Some(bind(name, conv, pos, kw).and_then(|args| dispatch(s, name, &args)))
}

fn dispatch(s: &str, name: &str, args: &[Option<&SArg>]) -> Result<SOut, StrError> {
    let a0 = slot(args, 0);
    let a1 = slot(args, 1);
    Ok(match name {
        "split" | "rsplit" => {
            let maxsplit = opt_index(a1, -1)?;
            let sep = match a0 {
                None | Some(SArg::None) => None,
                Some(SArg::Str(sep)) => Some(*sep),
                Some(a) => {
                    let t = a.type_name();
                    return Err(type_error(format!("must be str or None, not {t}")));
                }
            };
            if sep == Some("") {
                return Err(value_error("empty separator"));
            }
            SOut::List(ops::split(s, sep, maxsplit, name == "rsplit"))
        }
        "splitlines" => {
            let keepends = a0.map_or(Ok(0), c_int_arg)? != 0;
            SOut::List(ops::splitlines(s, keepends))
        }
        "expandtabs" => SOut::Str(ops::expandtabs(s, a0.map_or(Ok(8), c_int_arg)?)?),
        "replace" => {
            let old = clinic_str(a0, "replace() argument 1")?;
            let new = clinic_str(a1, "replace() argument 2")?;
            let count = opt_index(slot(args, 2), -1)?;
            SOut::Str(ops::replace(s, old, new, count)?)
        }
        "center" | "ljust" | "rjust" => {
            let width = opt_index(a0, 0)?;
            let fill = match a1 {
                None => ' ',
                Some(SArg::Str(f)) => one_char(f)?,
                Some(a) => {
                    return Err(type_error(format!(
                        "The fill character must be a unicode character, not {}",
                        a.type_name()
                    )))
                }
            };
            SOut::Str(ops::pad(s, width, fill, name)?)
        }
        "zfill" => SOut::Str(ops::zfill(s, opt_index(a0, 0)?)?),
        "strip" | "lstrip" | "rstrip" => {
            let chars = match a0 {
                None | Some(SArg::None) => None,
                Some(SArg::Str(c)) => Some(*c),
                Some(_) => return Err(type_error(format!("{name} arg must be None or str"))),
            };
            let (left, right) = (name != "rstrip", name != "lstrip");
            SOut::Str(ops::strip(s, chars, left, right).to_string())
        }
        "find" | "rfind" | "index" | "rindex" | "count" | "startswith" | "endswith" => {
            return finds(s, name, args)
        }
        "partition" | "rpartition" => {
            let sep = str_arg(a0)?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            SOut::Tuple(ops::partition(s, sep, name == "rpartition"))
        }
        "removeprefix" => {
            let p = clinic_str(a0, "removeprefix() argument")?;
            SOut::Str(s.strip_prefix(p).unwrap_or(s).to_string())
        }
        "removesuffix" => {
            let p = clinic_str(a0, "removesuffix() argument")?;
            SOut::Str(s.strip_suffix(p).unwrap_or(s).to_string())
        }
        "join" => SOut::Str(join_arg(s, a0)?),
        _ => no_args(s, name),
    })
}

fn one_char(f: &str) -> Result<char, StrError> {
    let mut it = f.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(
            "The fill character must be exactly one character long".to_string(),
        )),
    }
}

/// `find`, `index`, `count`, `startswith` and their mirrors.
fn finds(s: &str, name: &str, args: &[Option<&SArg>]) -> Result<SOut, StrError> {
    let start = slice_index(slot(args, 1), 0)?;
    let end = slice_index(slot(args, 2), i64::MAX)?;
    let sub = slot(args, 0);
    if name == "startswith" || name == "endswith" {
        let suffix = name == "endswith";
        let hit = match sub {
            Some(SArg::Str(p)) => ops::tailmatch(s, p, start, end, suffix),
            Some(SArg::Tuple(items)) => {
                let mut hit = false;
                for item in items {
                    let SArg::Str(p) = item else {
                        let t = item.type_name();
                        return Err(type_error(format!(
                            "tuple for {name} must only contain str, not {t}"
                        )));
                    };
                    if ops::tailmatch(s, p, start, end, suffix) {
                        hit = true;
                        break;
                    }
                }
                hit
            }
            a => {
                let t = a.map_or("NoneType", |a| a.type_name());
                return Err(type_error(format!(
                    "{name} first arg must be str or a tuple of str, not {t}"
                )));
            }
        };
        return Ok(SOut::Bool(hit));
    }
    let sub = str_arg(sub)?;
    if name == "count" {
        return Ok(SOut::Int(ops::count(s, sub, start, end)));
    }
    let at = ops::find(s, sub, start, end, name.starts_with('r'));
    if at < 0 && name.ends_with("index") {
        return Err(value_error("substring not found"));
    }
    Ok(SOut::Int(at))
}

/// The methods without arguments.
fn no_args(s: &str, name: &str) -> SOut {
    let b = |v: bool| SOut::Bool(v);
    match name {
        "upper" => SOut::Str(uc::map_each(s, uc::Map::Upper)),
        "lower" => SOut::Str(uc::lower(s)),
        "casefold" => SOut::Str(uc::map_each(s, uc::Map::Fold)),
        "title" => SOut::Str(uc::title(s)),
        "capitalize" => SOut::Str(uc::capitalize(s)),
        "swapcase" => SOut::Str(uc::swapcase(s)),
        "isupper" => b(uc::is_one_case(s, true)),
        "islower" => b(uc::is_one_case(s, false)),
        "istitle" => b(uc::is_title(s)),
        "isidentifier" => b(uc::is_identifier(s)),
        "isascii" => b(s.is_ascii()),
        "isprintable" => b(s.chars().all(|c| uc::has(c, uc::PRINTABLE))),
        "isspace" => b(uc::all_have(s, uc::SPACE)),
        "isalpha" => b(uc::all_have(s, uc::ALPHA)),
        "isdecimal" => b(uc::all_have(s, uc::DECIMAL)),
        "isdigit" => b(uc::all_have(s, uc::DIGIT)),
        "isnumeric" => b(uc::all_have(s, uc::NUMERIC)),
        "isalnum" => b(uc::all_have(
            s,
            uc::ALPHA | uc::DECIMAL | uc::DIGIT | uc::NUMERIC,
        )),
        _ => SOut::Str(s.to_string()),
    }
}

/// `sep.join(arg)` for the argument forms of [`SArg`].
fn join_arg(sep: &str, arg: Option<&SArg>) -> Result<String, StrError> {
    let items: &[SArg] = match arg {
        Some(SArg::Str(s)) => {
            let n = ops::char_len(s);
            let seps = ops::char_len(sep).saturating_mul(n.saturating_sub(1));
            if n.saturating_add(seps) > MAX_WIDTH as usize {
                return Err(memory_error("result too large"));
            }
            let mut out = String::with_capacity(s.len() + sep.len() * n.saturating_sub(1));
            for (i, c) in s.chars().enumerate() {
                if i > 0 {
                    out.push_str(sep);
                }
                out.push(c);
            }
            return Ok(out);
        }
        Some(SArg::Tuple(items) | SArg::List(items)) => items,
        _ => return Err(type_error("can only join an iterable".to_string())),
    };
    let mut strs = Vec::with_capacity(items.len());
    for (i, item) in items.iter().enumerate() {
        match item {
            SArg::Str(s) => strs.push(*s),
            a => {
                let t = a.type_name();
                return Err(type_error(format!(
                    "sequence item {i}: expected str instance, {t} found"
                )));
            }
        }
    }
    join(sep, &strs)
}

/// `sep.join(items)`. A caller joining a sequence with a non-str item
/// reports `TypeError: sequence item {i}: expected str instance, {type}
/// found` itself (as [`call_method`]'s `join` does for [`SArg`] items).
/// `MemoryError` when the result would pass [`MAX_WIDTH`] chars.
pub fn join(sep: &str, items: &[&str]) -> Result<String, StrError> {
    let seps = items.len().saturating_sub(1);
    let bytes = items.iter().fold(sep.len().saturating_mul(seps), |n, s| {
        n.saturating_add(s.len())
    });
    if bytes > MAX_WIDTH as usize {
        let chars = items
            .iter()
            .fold(ops::char_len(sep).saturating_mul(seps), |n, s| {
                n.saturating_add(ops::char_len(s))
            });
        if chars > MAX_WIDTH as usize {
            return Err(memory_error("result too large"));
        }
    }
    let mut out = String::with_capacity(bytes);
    for (i, s) in items.iter().enumerate() {
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s);
    }
    Ok(out)
}
