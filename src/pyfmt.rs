//! Python 3.11 string formatting of scalars, character for character as CPython
//! 3.11.7 prints (std only; `str.format` and f-strings live in `pyfmt_template.rs`,
//! `%` formatting in `pyfmt_percent.rs`, tests in `pyfmt_tests.rs`).
//!
//! * [`float_repr`] is `repr(float)`.
//! * [`format_value`] is `format(value, spec)`, the format-spec mini-language.
//! * [`format_template`] is `str.format`, with fields resolved by the caller.
//! * [`split_fstring`] splits an f-string body into literal and field pieces.
//! * [`percent_format`] is printf-style `fmt % args`.
//!
//! Errors carry Python's exception class and exact message ([`FmtError`]).
//! Known differences from CPython: widths, precisions and field indices accept ASCII
//! digits only (CPython accepts any Unicode decimal digit); a width or precision above
//! 10_000_000 is a ValueError (CPython tries to allocate it); `c`/`%c` of a surrogate
//! code point gives U+FFFD; the `n` type always uses the C locale (no grouping).
//!
//! Test: `rustc --edition 2021 --test src/pyfmt.rs -o /tmp/pyfmt_test && /tmp/pyfmt_test`.

use std::borrow::Cow;
use std::fmt::{self, Write as _};

/// Largest width/precision accepted; larger values are errors instead of huge allocations.
const MAX_WIDTH: i64 = 10_000_000;
/// The most digits after the point: Rust's formatter takes at most 65535.
const MAX_PRECISION: i64 = 65_535;

/// Python exception class of a [`FmtError`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FmtErrorKind {
    ValueError,
    TypeError,
    OverflowError,
    IndexError,
    KeyError,
    AttributeError,
}

/// A formatting error: Python's exception class and its exact message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FmtError {
    pub kind: FmtErrorKind,
    pub message: String,
}

impl FmtError {
    /// Builds an error of the given class.
    pub fn new(kind: FmtErrorKind, message: impl Into<String>) -> Self {
        FmtError {
            kind,
            message: message.into(),
        }
    }
}

impl fmt::Display for FmtError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?}: {}", self.kind, self.message)
    }
}

impl std::error::Error for FmtError {}

fn value_err(m: impl Into<String>) -> FmtError {
    FmtError::new(FmtErrorKind::ValueError, m)
}

fn type_err(m: impl Into<String>) -> FmtError {
    FmtError::new(FmtErrorKind::TypeError, m)
}

fn overflow_err(m: &str) -> FmtError {
    FmtError::new(FmtErrorKind::OverflowError, m)
}

/// A borrowed value to format. `Other` is any object whose `__format__` is
/// `object.__format__` (only the empty spec is allowed, giving `str_`).
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum FmtValue<'a> {
    Int(i64),
    /// An int past 64 bits.
    Big(&'a num_bigint::BigInt),
    Float(f64),
    Bool(bool),
    Str(&'a str),
    None,
    Other {
        str_: &'a str,
        type_name: &'a str,
    },
}

impl FmtValue<'_> {
    /// Python's `type(v).__name__`.
    pub fn type_name(&self) -> &str {
        match self {
            FmtValue::Int(_) | FmtValue::Big(_) => "int",
            FmtValue::Float(_) => "float",
            FmtValue::Bool(_) => "bool",
            FmtValue::Str(_) => "str",
            FmtValue::None => "NoneType",
            FmtValue::Other { type_name, .. } => type_name,
        }
    }

    /// Python's `str(v)`.
    pub fn to_py_str(&self) -> Cow<'_, str> {
        match *self {
            FmtValue::Int(i) => Cow::Owned(i.to_string()),
            FmtValue::Big(b) => Cow::Owned(b.to_string()),
            FmtValue::Float(x) => Cow::Owned(float_repr(x)),
            FmtValue::Bool(b) => Cow::Borrowed(if b { "True" } else { "False" }),
            FmtValue::Str(s) | FmtValue::Other { str_: s, .. } => Cow::Borrowed(s),
            FmtValue::None => Cow::Borrowed("None"),
        }
    }
}

/// Owned counterpart of [`FmtValue`].
#[derive(Debug, Clone, PartialEq)]
pub enum FmtValueOwned {
    Int(i64),
    Big(num_bigint::BigInt),
    Float(f64),
    Bool(bool),
    Str(String),
    None,
    Other { str_: String, type_name: String },
}

impl FmtValueOwned {
    /// Borrows as a [`FmtValue`].
    pub fn as_value(&self) -> FmtValue<'_> {
        match self {
            FmtValueOwned::Int(i) => FmtValue::Int(*i),
            FmtValueOwned::Big(b) => FmtValue::Big(b),
            FmtValueOwned::Float(x) => FmtValue::Float(*x),
            FmtValueOwned::Bool(b) => FmtValue::Bool(*b),
            FmtValueOwned::Str(s) => FmtValue::Str(s),
            FmtValueOwned::None => FmtValue::None,
            FmtValueOwned::Other { str_, type_name } => FmtValue::Other { str_, type_name },
        }
    }
}

/// A value handed over by the caller for `str.format` / `%`: the value (which gives
/// `str()` and `format()`) plus its Python `repr()` (used by `!r`, `!a`, `%r`, `%a`).
#[derive(Debug, Clone, PartialEq)]
pub struct Formattable {
    pub value: FmtValueOwned,
    pub repr: String,
}

impl Formattable {
    /// Bundles a value with its repr.
    pub fn new(value: FmtValueOwned, repr: impl Into<String>) -> Self {
        Formattable {
            value,
            repr: repr.into(),
        }
    }
}

// ---------------------------------------------------------------- floats

/// Python's `repr(x)` for a float: shortest round-trip digits, exponent form when
/// the decimal exponent is < -4 or >= 16.
pub fn float_repr(x: f64) -> String {
    double_to_string(x, 'r', 0, true, false, false)
}

/// Splits Rust's `{:e}` output into (digits without trailing zeros, decimal point position).
fn sci_digits(s: &str) -> (String, i64) {
    let (mant, exp) = s.split_once('e').unwrap_or((s, "0"));
    let digits: String = mant.chars().filter(char::is_ascii_digit).collect();
    finish_digits(&digits, exp.parse::<i64>().unwrap_or(0) + 1)
}

/// `_Py_dg_dtoa` mode 0: Rust's shortest round-trip digits, except that the correctly
/// rounded (half-even) candidate of the same length wins when it also round-trips.
fn shortest_digits(x: f64) -> (String, i64) {
    let (d, e) = sci_digits(&format!("{x:e}"));
    let (d2, e2) = sci_digits(&format!("{:.*e}", d.len() - 1, x));
    if format!("0.{d2}e{e2}").parse::<f64>() == Ok(x) {
        (d2, e2)
    } else {
        (d, e)
    }
}

/// Like `_Py_dg_dtoa`'s result: digits without trailing zeros; `("0", 1)` for zero.
fn finish_digits(all: &str, decpt: i64) -> (String, i64) {
    let lead = all.len() - all.trim_start_matches('0').len();
    let d = all[lead..].trim_end_matches('0');
    if d.is_empty() {
        ("0".to_owned(), 1)
    } else {
        (d.to_owned(), decpt - lead as i64)
    }
}

fn push_n(out: &mut String, c: char, n: i64) {
    out.extend(std::iter::repeat_n(c, n.max(0) as usize));
}

/// Port of CPython's `PyOS_double_to_string`/`format_float_short`. `code` is one of
/// `e E f F g G r`; `prec` is the precision (ignored for `r`).
fn double_to_string(x: f64, code: char, prec: i64, dot0: bool, alt: bool, no_neg0: bool) -> String {
    let upper = code.is_ascii_uppercase();
    let code = code.to_ascii_lowercase();
    let mut out = String::new();
    if !x.is_finite() {
        if x.is_infinite() && x < 0.0 {
            out.push('-');
        }
        out.push_str(match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        });
        return out;
    }
    let p = match code {
        'e' => prec + 1,
        'g' => prec.max(1),
        _ => prec,
    } as usize;
    // A double's exact decimal expansion ends within 1100 digits; past
    // that every digit is 0, which the padding below supplies (and Rust's
    // formatter takes at most 65535).
    let exact = p.min(1100);
    let (digits, mut decpt) = match code {
        'e' | 'g' => sci_digits(&format!("{:.*e}", exact.max(1) - 1, x.abs())),
        'f' => {
            let s = format!("{:.*}", exact, x.abs());
            let (int, frac) = s.split_once('.').unwrap_or((&s, ""));
            finish_digits(&format!("{int}{frac}"), int.len() as i64)
        }
        _ => shortest_digits(x.abs()),
    };
    let p = p as i64;
    let dlen = digits.len() as i64;
    let (mut vend, mut use_exp) = (dlen, false);
    match code {
        'e' => (use_exp, vend) = (true, p),
        'f' => vend = decpt + p,
        'g' => {
            use_exp = decpt <= -4 || decpt > if dot0 { p - 1 } else { p };
            if alt {
                vend = p;
            }
        }
        _ => use_exp = decpt <= -4 || decpt > 16,
    }
    let mut exp = 0;
    if use_exp {
        exp = decpt - 1;
        decpt = 1;
    }
    let vstart = if decpt <= 0 { decpt - 1 } else { 0 };
    vend = vend.max(if !use_exp && dot0 { decpt + 1 } else { decpt });
    if x.is_sign_negative() && !(no_neg0 && digits == "0") {
        out.push('-');
    }
    if decpt <= 0 {
        push_n(&mut out, '0', decpt - vstart);
        out.push('.');
        push_n(&mut out, '0', -decpt);
    } else {
        push_n(&mut out, '0', -vstart);
    }
    if 0 < decpt && decpt <= dlen {
        let (a, b) = digits.split_at(decpt as usize);
        let _ = write!(out, "{a}.{b}");
    } else {
        out.push_str(&digits);
    }
    if dlen < decpt {
        push_n(&mut out, '0', decpt - dlen);
        out.push('.');
        push_n(&mut out, '0', vend - decpt);
    } else {
        push_n(&mut out, '0', vend - dlen);
    }
    if out.ends_with('.') && !alt {
        out.pop();
    }
    if use_exp {
        let sign = if exp < 0 { '-' } else { '+' };
        let _ = write!(
            out,
            "{}{sign}{:02}",
            if upper { 'E' } else { 'e' },
            exp.abs()
        );
    }
    out
}

// ---------------------------------------------------------------- format spec

#[derive(Clone, Copy, PartialEq, Eq)]
enum Group {
    No,
    Comma,
    Under,
    Under4,
}

struct Spec<'s> {
    text: &'s str,
    fill: char,
    align: char,
    sign: char,
    no_neg0: bool,
    alt: bool,
    width: i64,
    group: Group,
    precision: i64,
    ty: char,
}

/// Reads a run of ASCII digits; returns (value, digit count).
fn get_integer(c: &[char], pos: &mut usize) -> Result<(i64, usize), FmtError> {
    let (mut acc, start) = (0i64, *pos);
    while let Some(d) = c.get(*pos).and_then(|ch| ch.to_digit(10)) {
        acc = acc
            .checked_mul(10)
            .and_then(|a| a.checked_add(i64::from(d)))
            .ok_or_else(|| value_err("Too many decimal digits in format string"))?;
        *pos += 1;
    }
    Ok((acc, *pos - start))
}

fn quoted_code(t: char) -> String {
    if (33..128).contains(&(t as u32)) {
        format!("'{t}'")
    } else {
        format!("'\\x{:x}'", t as u32)
    }
}

fn unknown_code(t: char, type_name: &str) -> FmtError {
    value_err(format!(
        "Unknown format code {} for object of type '{type_name}'",
        quoted_code(t)
    ))
}

/// Port of CPython's `parse_internal_render_format_spec`.
fn parse_spec<'s>(
    text: &'s str,
    tname: &str,
    dflt_ty: char,
    dflt_align: char,
) -> Result<Spec<'s>, FmtError> {
    let c: Vec<char> = text.chars().collect();
    let end = c.len();
    let is_align = |ch: char| matches!(ch, '<' | '>' | '=' | '^');
    let mut s = Spec {
        text,
        fill: ' ',
        align: dflt_align,
        sign: '\0',
        no_neg0: false,
        alt: false,
        width: -1,
        group: Group::No,
        precision: -1,
        ty: dflt_ty,
    };
    let (mut pos, mut fill_given, mut align_given) = (0, false, false);
    if end >= 2 && is_align(c[1]) {
        (s.align, s.fill, fill_given, align_given, pos) = (c[1], c[0], true, true, 2);
    } else if end >= 1 && is_align(c[0]) {
        (s.align, align_given, pos) = (c[0], true, 1);
    }
    let at = |pos: usize, ch: char| c.get(pos) == Some(&ch);
    if let Some(&sg @ ('+' | '-' | ' ')) = c.get(pos) {
        s.sign = sg;
        pos += 1;
    }
    if at(pos, 'z') {
        (s.no_neg0, pos) = (true, pos + 1);
    }
    if at(pos, '#') {
        (s.alt, pos) = (true, pos + 1);
    }
    if !fill_given && at(pos, '0') {
        s.fill = '0';
        if !align_given && dflt_align == '>' {
            s.align = '=';
        }
        pos += 1;
    }
    let (w, n) = get_integer(&c, &mut pos)?;
    if n > 0 {
        s.width = w;
    }
    let both = || value_err("Cannot specify both ',' and '_'.");
    if at(pos, ',') {
        (s.group, pos) = (Group::Comma, pos + 1);
    }
    if at(pos, '_') {
        if s.group != Group::No {
            return Err(both());
        }
        (s.group, pos) = (Group::Under, pos + 1);
    }
    if at(pos, ',') && s.group == Group::Under {
        return Err(both());
    }
    if at(pos, '.') {
        pos += 1;
        let (p, n) = get_integer(&c, &mut pos)?;
        if n == 0 {
            return Err(value_err("Format specifier missing precision"));
        }
        s.precision = p;
    }
    if end - pos > 1 {
        return Err(value_err(format!(
            "Invalid format specifier '{text}' for object of type '{tname}'"
        )));
    }
    if end - pos == 1 {
        s.ty = c[pos];
    }
    if s.group != Group::No {
        match s.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if s.group == Group::Under => s.group = Group::Under4,
            t => {
                let sep = if s.group == Group::Comma { ',' } else { '_' };
                return Err(value_err(format!(
                    "Cannot specify '{sep}' with {}.",
                    quoted_code(t)
                )));
            }
        }
    }
    Ok(s)
}

fn check_width(s: &Spec) -> Result<(), FmtError> {
    if s.precision > MAX_PRECISION && s.precision <= MAX_WIDTH {
        return Err(value_err(format!(
            "precision too large in format specifier '{}' (limit {MAX_PRECISION})",
            s.text
        )));
    }
    if s.width > MAX_WIDTH || s.precision > MAX_WIDTH {
        return Err(value_err(format!(
            "width or precision too large in format specifier '{}' (limit {MAX_WIDTH})",
            s.text
        )));
    }
    Ok(())
}

/// Port of `_PyUnicode_InsertThousandsGrouping`: groups `digits` from the right,
/// zero-padding to `min_width`; `group == 0` means no grouping.
fn group_digits(digits: &[u8], min_width: i64, sep: u8, group: i64) -> String {
    let mut min_width = min_width.max(0);
    let mut remaining = digits.len() as i64;
    let mut out: Vec<u8> = Vec::new();
    loop {
        let span = remaining.max(min_width).max(1);
        let len = if group == 0 { span } else { group.min(span) };
        let n_chars = remaining.min(len).max(0);
        if !out.is_empty() {
            out.push(sep);
        }
        let lo = (remaining - n_chars) as usize;
        out.extend(digits[lo..remaining as usize].iter().rev());
        push_bytes(&mut out, b'0', len - remaining);
        remaining -= n_chars;
        min_width -= len;
        if group == 0 || (remaining <= 0 && min_width <= 0) {
            break;
        }
        min_width -= 1;
    }
    out.reverse();
    String::from_utf8_lossy(&out).into_owned()
}

fn push_bytes(out: &mut Vec<u8>, b: u8, n: i64) {
    out.extend(std::iter::repeat_n(b, n.max(0) as usize));
}

/// Port of `calc_number_widths` + `fill_number`: lays out
/// `[pad][sign][prefix][pad][grouped digits][.][remainder][pad]`.
fn render_number(
    s: &Spec,
    neg: bool,
    prefix: &str,
    digits: &str,
    dot: bool,
    rem: &str,
) -> Result<String, FmtError> {
    check_width(s)?;
    let sign = match (s.sign, neg) {
        (_, true) => Some('-'),
        ('+', false) => Some('+'),
        (' ', false) => Some(' '),
        _ => None,
    };
    let fixed = i64::from(sign.is_some())
        + prefix.len() as i64
        + i64::from(dot)
        + rem.chars().count() as i64;
    let min_width = if s.fill == '0' && s.align == '=' {
        s.width - fixed
    } else {
        0
    };
    let (sep, group) = match s.group {
        Group::No => (b',', 0),
        Group::Comma => (b',', 3),
        Group::Under => (b'_', 3),
        Group::Under4 => (b'_', 4),
    };
    let grouped = if digits.is_empty() {
        String::new()
    } else {
        group_digits(digits.as_bytes(), min_width, sep, group)
    };
    let pad = (s.width - fixed - grouped.len() as i64).max(0);
    let (left, mid, right) = match s.align {
        '<' => (0, 0, pad),
        '^' => (pad / 2, 0, pad - pad / 2),
        '=' => (0, pad, 0),
        _ => (pad, 0, 0),
    };
    let mut out = String::new();
    push_n(&mut out, s.fill, left);
    out.extend(sign);
    out.push_str(prefix);
    push_n(&mut out, s.fill, mid);
    out.push_str(&grouped);
    if dot {
        out.push('.');
    }
    out.push_str(rem);
    push_n(&mut out, s.fill, right);
    Ok(out)
}

/// `format(value, spec)` exactly as Python 3.11 (`int`, `float`, `bool`, `str`,
/// `None` and `object.__format__` semantics).
pub fn format_value(v: &FmtValue, spec: &str) -> Result<String, FmtError> {
    if spec.is_empty() {
        return Ok(v.to_py_str().into_owned());
    }
    match *v {
        FmtValue::Int(i) => format_int(i, "int", spec),
        FmtValue::Big(b) => format_big(b, spec),
        FmtValue::Bool(b) => format_int(i64::from(b), "bool", spec),
        FmtValue::Float(x) => {
            let s = parse_spec(spec, "float", '\0', '>')?;
            match s.ty {
                '\0' | 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%' => format_float(x, &s),
                t => Err(unknown_code(t, "float")),
            }
        }
        FmtValue::Str(st) => format_str(st, spec),
        FmtValue::None | FmtValue::Other { .. } => Err(type_err(format!(
            "unsupported format string passed to {}.__format__",
            v.type_name()
        ))),
    }
}

fn format_int(i: i64, tname: &str, spec: &str) -> Result<String, FmtError> {
    let s = parse_spec(spec, tname, 'd', '>')?;
    match s.ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => return format_float(i as f64, &s),
        t => return Err(unknown_code(t, tname)),
    }
    if s.precision != -1 {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    if s.no_neg0 {
        return Err(value_err(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if s.ty == 'c' {
        if s.sign != '\0' {
            return Err(value_err(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if s.alt {
            return Err(value_err(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let ch = code_point(i)?;
        return render_number(&s, false, "", "", false, &ch.to_string());
    }
    let u = i.unsigned_abs();
    let (prefix, digits) = match s.ty {
        'b' => ("0b", format!("{u:b}")),
        'o' => ("0o", format!("{u:o}")),
        'x' => ("0x", format!("{u:x}")),
        'X' => ("0X", format!("{u:X}")),
        _ => ("", u.to_string()),
    };
    render_number(
        &s,
        i < 0,
        if s.alt { prefix } else { "" },
        &digits,
        false,
        "",
    )
}

/// `format(b, spec)` for an int past 64 bits.
fn format_big(b: &num_bigint::BigInt, spec: &str) -> Result<String, FmtError> {
    let s = parse_spec(spec, "int", 'd', '>')?;
    let radix = match s.ty {
        'b' => 2,
        'o' => 8,
        'x' | 'X' => 16,
        'd' | 'n' => 10,
        'c' => return Err(overflow_err("%c arg not in range(0x110000)")),
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let x = num_traits::ToPrimitive::to_f64(b).unwrap_or(f64::INFINITY);
            if !x.is_finite() {
                return Err(overflow_err("int too large to convert to float"));
            }
            return format_float(x, &s);
        }
        t => return Err(unknown_code(t, "int")),
    };
    if s.precision != -1 {
        return Err(value_err(
            "Precision not allowed in integer format specifier",
        ));
    }
    let mut digits = b.magnitude().to_str_radix(radix);
    if s.ty == 'X' {
        digits.make_ascii_uppercase();
    }
    let prefix = match s.ty {
        'b' => "0b",
        'o' => "0o",
        'x' => "0x",
        'X' => "0X",
        _ => "",
    };
    render_number(
        &s,
        b.sign() == num_bigint::Sign::Minus,
        if s.alt { prefix } else { "" },
        &digits,
        false,
        "",
    )
}

fn code_point(i: i64) -> Result<char, FmtError> {
    if !(0..=0x10ffff).contains(&i) {
        return Err(overflow_err("%c arg not in range(0x110000)"));
    }
    Ok(char::from_u32(i as u32).unwrap_or('\u{fffd}'))
}

/// Port of `format_float_internal`.
fn format_float(x: f64, s: &Spec) -> Result<String, FmtError> {
    if s.precision > i64::from(i32::MAX) {
        return Err(value_err("precision too big"));
    }
    check_width(s)?;
    let (mut ty, mut prec, mut dflt_prec, mut dot0) = (s.ty, s.precision, 6, false);
    if ty == '\0' {
        (ty, dflt_prec, dot0) = ('r', 0, true);
    }
    if ty == 'n' {
        ty = 'g';
    }
    let (val, pct) = if ty == '%' {
        (x * 100.0, true)
    } else {
        (x, false)
    };
    if ty == '%' {
        ty = 'f';
    }
    if prec < 0 {
        prec = dflt_prec;
    } else if ty == 'r' {
        ty = 'g';
    }
    let mut buf = double_to_string(val, ty, prec, dot0, s.alt, s.no_neg0);
    if pct {
        buf.push('%');
    }
    let (neg, body) = match buf.strip_prefix('-') {
        Some(b) => (true, b),
        None => (false, buf.as_str()),
    };
    let (digits, rest) = body.split_at(body.bytes().take_while(u8::is_ascii_digit).count());
    let (dot, rem) = match rest.strip_prefix('.') {
        Some(r) => (true, r),
        None => (false, rest),
    };
    render_number(s, neg, "", digits, dot, rem)
}

/// Port of `format_string_internal`.
fn format_str(st: &str, spec: &str) -> Result<String, FmtError> {
    let s = parse_spec(spec, "str", 's', '<')?;
    if s.ty != 's' {
        return Err(unknown_code(s.ty, "str"));
    }
    let msg = match s.sign {
        ' ' => "Space not allowed in string format specifier",
        '+' | '-' => "Sign not allowed in string format specifier",
        _ if s.no_neg0 => "Negative zero coercion (z) not allowed in string format specifier",
        _ if s.alt => "Alternate form (#) not allowed in string format specifier",
        _ if s.align == '=' => "'=' alignment not allowed in string format specifier",
        _ => "",
    };
    if !msg.is_empty() {
        return Err(value_err(msg));
    }
    if s.width > MAX_WIDTH {
        return Err(value_err(format!(
            "width or precision too large in format specifier '{spec}' (limit {MAX_WIDTH})"
        )));
    }
    let mut len = st.chars().count() as i64;
    let mut text = st;
    if s.precision >= 0 && len >= s.precision {
        len = s.precision;
        text = st
            .char_indices()
            .nth(len as usize)
            .map_or(st, |(b, _)| &st[..b]);
    }
    let total = s.width.max(len);
    let left = match s.align {
        '>' => total - len,
        '^' => (total - len) / 2,
        _ => 0,
    };
    let mut out = String::new();
    push_n(&mut out, s.fill, left);
    out.push_str(text);
    push_n(&mut out, s.fill, total - len - left);
    Ok(out)
}

/// Python's `ascii()` applied to a repr: escapes every non-ASCII character.
fn ascii_escape(s: &str) -> String {
    let mut out = String::new();
    for c in s.chars() {
        let _ = match c as u32 {
            0..=0x7f => write!(out, "{c}"),
            u @ 0x80..=0xff => write!(out, "\\x{u:02x}"),
            u @ 0x100..=0xffff => write!(out, "\\u{u:04x}"),
            u => write!(out, "\\U{u:08x}"),
        };
    }
    out
}

#[path = "pyfmt_template.rs"]
mod template;
pub use template::{
    format_template, split_fstring, split_fstring_opts, FPiece, FieldFirst, FieldLookup, FieldRef,
    FieldStep,
};
#[path = "pyfmt_percent.rs"]
mod percent;
pub use percent::{percent_format, KeyLookup, PercentArgs};

#[cfg(test)]
#[path = "pyfmt_tests.rs"]
mod tests;
