//! Printing, to the character what NumPy prints: `str` for `print`, `repr` for
//! the REPL echo. The element formatters follow NumPy's `arrayprint` rules
//! (maxprec float mode, precision 8, line width 75, summarising past 1000
//! elements with 3 edge items); scalars print as Python prints them.

use super::nd::{NdArray, Picked, Scalar};
use ndarray::{ArrayViewD, Axis};
use std::fmt;

/// NumPy's print options (`set_printoptions`), per thread: the
/// interpreter's.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PrintOptions {
    pub precision: usize,
    pub threshold: usize,
    pub edgeitems: usize,
    pub linewidth: usize,
    pub suppress: bool,
}

impl Default for PrintOptions {
    fn default() -> PrintOptions {
        PrintOptions {
            precision: 8,
            threshold: 1000,
            edgeitems: 3,
            linewidth: 75,
            suppress: false,
        }
    }
}

thread_local! {
    static OPTIONS: std::cell::Cell<PrintOptions> = std::cell::Cell::new(PrintOptions::default());
}

/// The print options in force.
pub fn options() -> PrintOptions {
    OPTIONS.with(|o| o.get())
}

/// Sets the print options; returns the previous ones.
pub fn set_options(new: PrintOptions) -> PrintOptions {
    OPTIONS.with(|o| o.replace(new))
}

/// `(2, 3)`, `(5,)`, `()`.
pub fn shape_str(shape: &[usize]) -> String {
    match shape {
        [n] => format!("({n},)"),
        _ => {
            let parts: Vec<String> = shape.iter().map(|d| d.to_string()).collect();
            format!("({})", parts.join(", "))
        }
    }
}

/// Floats that the printer knows how to write with shortest round-trip digits.
pub trait PrintFloat: Copy + PartialOrd + std::fmt::Display + std::fmt::LowerExp {
    fn as_f64(self) -> f64;
}
impl PrintFloat for f64 {
    fn as_f64(self) -> f64 {
        self
    }
}
impl PrintFloat for f32 {
    fn as_f64(self) -> f64 {
        self as f64
    }
}

/// Splits Rust's shortest `{:e}` output into (negative, digits, exponent),
/// the value being 0.d1d2d3... * 10^(exponent+1) read as d1.d2d3... e exponent.
fn sci_parts<F: PrintFloat>(x: F) -> (bool, String, i32) {
    let s = format!("{x:e}");
    let (mant, exp) = s.split_once('e').unwrap_or((&s, "0"));
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    (neg, digits, exp.parse().unwrap_or(0))
}

/// Python's `repr(float)`: shortest digits, positional for 1e-4 <= |x| < 1e16.
pub fn py_float_repr<F: PrintFloat>(x: F) -> String {
    let v = x.as_f64();
    if v.is_nan() {
        return "nan".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let (neg, digits, exp) = sci_parts(x);
    let sign = if neg { "-" } else { "" };
    if (-4..16).contains(&exp) {
        let s = if exp >= 0 {
            let e = exp as usize;
            if digits.len() > e + 1 {
                format!("{}.{}", &digits[..e + 1], &digits[e + 1..])
            } else {
                format!("{}{}.0", digits, "0".repeat(e + 1 - digits.len()))
            }
        } else {
            format!("0.{}{}", "0".repeat((-exp - 1) as usize), digits)
        };
        format!("{sign}{s}")
    } else {
        let mant = if digits.len() > 1 {
            format!("{}.{}", &digits[..1], &digits[1..])
        } else {
            digits
        };
        let esign = if exp < 0 { '-' } else { '+' };
        format!("{sign}{mant}e{esign}{:02}", exp.abs())
    }
}

/// Positional digits of |x| ("123.45"), shortest unless that needs more than
/// `precision` fractional digits, in which case rounded to `precision`.
/// The trailing zeros are trimmed; an integral value keeps its point ("1.").
fn positional<F: PrintFloat>(x: F, precision: usize) -> (bool, String, String) {
    let neg = x.as_f64().is_sign_negative();
    let mut s = format!("{x}");
    if let Some((_, frac)) = s.split_once('.') {
        if frac.len() > precision {
            s = format!("{x:.precision$}");
        }
    }
    let s = s.trim_start_matches('-');
    let (int, frac) = s.split_once('.').unwrap_or((s, ""));
    let frac = frac.trim_end_matches('0');
    (neg, int.to_string(), frac.to_string())
}

/// Scientific digits of |x|: (negative, int digit, fraction digits, exponent).
fn scientific<F: PrintFloat>(x: F, precision: usize) -> (bool, String, String, i32) {
    let neg = x.as_f64().is_sign_negative();
    let mut s = format!("{x:e}");
    if let Some((m, _)) = s.split_once('e') {
        if let Some((_, frac)) = m.split_once('.') {
            if frac.len() > precision {
                s = format!("{x:.precision$e}");
            }
        }
    }
    let s = s.trim_start_matches('-');
    let (m, e) = s.split_once('e').unwrap_or((s, "0"));
    let (int, frac) = m.split_once('.').unwrap_or((m, ""));
    let frac = frac.trim_end_matches('0');
    (
        neg,
        int.to_string(),
        frac.to_string(),
        e.parse().unwrap_or(0),
    )
}

/// NumPy's `FloatingFormat` in the default maxprec mode.
struct FloatFormat {
    /// Every value signed (`+1.`), as the imaginary parts of complex
    /// numbers print.
    plus: bool,
    exp_format: bool,
    precision: usize,
    pad_left: usize,
    pad_right: usize,
    exp_size: usize,
}

impl FloatFormat {
    fn new<F: PrintFloat>(data: &[F]) -> FloatFormat {
        FloatFormat::signed(data, false)
    }

    fn signed<F: PrintFloat>(data: &[F], plus: bool) -> FloatFormat {
        let finite: Vec<F> = data
            .iter()
            .copied()
            .filter(|v| v.as_f64().is_finite())
            .collect();
        let mut exp_format = false;
        let nonzero: Vec<f64> = finite
            .iter()
            .map(|v| v.as_f64().abs())
            .filter(|&v| v != 0.0)
            .collect();
        if !nonzero.is_empty() {
            let max = nonzero.iter().cloned().fold(f64::MIN, f64::max);
            let min = nonzero.iter().cloned().fold(f64::MAX, f64::min);
            let suppress = options().suppress;
            if max >= 1e8 || (!suppress && (min < 0.0001 || max / min > 1000.0)) {
                exp_format = true;
            }
        }
        let mut f = FloatFormat {
            plus,
            exp_format,
            precision: options().precision,
            pad_left: 0,
            pad_right: 0,
            exp_size: 0,
        };
        if finite.is_empty() {
            f.exp_format = false;
        } else if exp_format {
            let mut precision = 0;
            let mut pad_left = 0;
            let mut exp_size = 0;
            for &v in &finite {
                let (neg, int, frac, e) = scientific(v, f.precision);
                precision = precision.max(frac.len());
                pad_left = pad_left.max(int.len() + (neg || plus) as usize);
                exp_size = exp_size.max(format!("{}", e.abs()).len().max(2));
            }
            f.precision = precision;
            f.pad_left = pad_left;
            f.exp_size = exp_size;
            f.pad_right = exp_size + 2 + precision;
        } else {
            for &v in &finite {
                let (neg, int, frac) = positional(v, f.precision);
                f.pad_left = f.pad_left.max(int.len() + (neg || plus) as usize);
                f.pad_right = f.pad_right.max(frac.len());
            }
        }
        if finite.len() != data.len() {
            let neginf = plus
                || data
                    .iter()
                    .any(|v| v.as_f64().is_infinite() && v.as_f64() < 0.0);
            let offset = f.pad_right + 1;
            let need = (3 + neginf as usize).saturating_sub(offset);
            f.pad_left = f.pad_left.max(need);
        }
        f
    }

    fn sign(&self, neg: bool) -> &'static str {
        match (neg, self.plus) {
            (true, _) => "-",
            (false, true) => "+",
            (false, false) => "",
        }
    }

    fn format<F: PrintFloat>(&self, x: F) -> String {
        let v = x.as_f64();
        if !v.is_finite() {
            let ret = match (v.is_nan(), v > 0.0, self.plus) {
                (true, _, false) => "nan",
                (true, _, true) => "+nan",
                (false, true, false) => "inf",
                (false, true, true) => "+inf",
                (false, false, _) => "-inf",
            };
            return format!("{ret:>w$}", w = self.pad_left + self.pad_right + 1);
        }
        if self.exp_format {
            let (neg, int, frac, e) = scientific(x, self.precision);
            let int = format!("{}{}", self.sign(neg), int);
            let frac = format!("{frac:0<w$}", w = self.precision);
            let esign = if e < 0 { '-' } else { '+' };
            format!(
                "{int:>pl$}.{frac}e{esign}{:0>ew$}",
                e.abs(),
                pl = self.pad_left,
                ew = self.exp_size
            )
        } else {
            let (neg, int, frac) = positional(x, self.precision);
            let int = format!("{}{}", self.sign(neg), int);
            format!(
                "{int:>pl$}.{frac:<pr$}",
                pl = self.pad_left,
                pr = self.pad_right
            )
        }
    }
}

/// The elements NumPy looks at to choose a format: all of them, or only the
/// edge items of each axis when the array is summarised.
fn leading_trailing<'a, T: Copy>(a: &ArrayViewD<'a, T>, summarize: bool, out: &mut Vec<T>) {
    if a.ndim() == 0 {
        if let Some(&v) = a.iter().next() {
            out.push(v);
        }
        return;
    }
    let n = a.shape()[0];
    let edge = options().edgeitems;
    if summarize && n > 2 * edge {
        for i in (0..edge).chain(n - edge..n) {
            leading_trailing(&a.index_axis(Axis(0), i), summarize, out);
        }
    } else if a.ndim() == 1 {
        out.extend(a.iter().copied());
    } else {
        for sub in a.axis_iter(Axis(0)) {
            leading_trailing(&sub, summarize, out);
        }
    }
}

fn extend_line(s: &mut String, line: &mut String, word: &str, width: usize, prefix: &str) {
    let mut needs_wrap = line.len() + word.len() > width;
    if line.len() <= prefix.len() {
        needs_wrap = false;
    }
    if needs_wrap {
        s.push_str(line.trim_end());
        s.push('\n');
        line.clear();
        line.push_str(prefix);
    }
    line.push_str(word);
}

struct Layout<'f, T> {
    fmt: &'f dyn Fn(T) -> String,
    separator: &'f str,
    summarize: bool,
}

impl<T: Copy> Layout<'_, T> {
    fn recurse(&self, a: &ArrayViewD<'_, T>, hanging: &str, width: usize) -> String {
        if a.ndim() == 0 {
            return a.iter().next().map(|&v| (self.fmt)(v)).unwrap_or_default();
        }
        let next_hanging = format!("{hanging} ");
        let next_width = width.saturating_sub(1);
        let n = a.shape()[0];
        let edge = options().edgeitems;
        let show_summary = self.summarize && 2 * edge < n;
        let (leading, trailing) = if show_summary { (edge, edge) } else { (0, n) };
        let sub = |i: usize| self.recurse(&a.index_axis(Axis(0), i), &next_hanging, next_width);
        let mut s = String::new();
        if a.ndim() == 1 {
            let elem_width = width.saturating_sub(self.separator.trim_end().len().max(1));
            let mut line = hanging.to_string();
            for i in 0..leading {
                extend_line(&mut s, &mut line, &sub(i), elem_width, hanging);
                line.push_str(self.separator);
            }
            if show_summary {
                extend_line(&mut s, &mut line, "...", elem_width, hanging);
                line.push_str(self.separator);
            }
            for i in (2..=trailing).rev() {
                extend_line(&mut s, &mut line, &sub(n - i), elem_width, hanging);
                line.push_str(self.separator);
            }
            extend_line(&mut s, &mut line, &sub(n - 1), elem_width, hanging);
            s.push_str(&line);
        } else {
            let line_sep = format!("{}{}", self.separator.trim_end(), "\n".repeat(a.ndim() - 1));
            for i in 0..leading {
                s.push_str(hanging);
                s.push_str(&sub(i));
                s.push_str(&line_sep);
            }
            if show_summary {
                s.push_str(hanging);
                s.push_str("...");
                s.push_str(&line_sep);
            }
            for i in (2..=trailing).rev() {
                s.push_str(hanging);
                s.push_str(&sub(n - i));
                s.push_str(&line_sep);
            }
            s.push_str(hanging);
            s.push_str(&sub(n - 1));
        }
        format!("[{}]", &s[hanging.len().min(s.len())..])
    }
}

fn layout<T: Copy>(
    a: &ArrayViewD<'_, T>,
    fmt: &dyn Fn(T) -> String,
    separator: &str,
    prefix_len: usize,
    width: usize,
) -> String {
    let summarize = a.len() > options().threshold;
    let hanging = " ".repeat(1 + prefix_len);
    Layout {
        fmt,
        separator,
        summarize,
    }
    .recurse(a, &hanging, width)
}

/// NumPy's `array2string` for any dtype: elements joined by `separator`,
/// lines wrapped at `width` and continued under a prefix `prefix_len` long.
pub fn array2string(a: &NdArray, separator: &str, prefix_len: usize, width: usize) -> String {
    if a.is_empty() {
        return "[]".into();
    }
    let summarize = a.len() > options().threshold;
    let zero_d = a.ndim() == 0;
    match a {
        NdArray::Bool(x) => {
            let f = move |v: bool| {
                match (v, zero_d) {
                    (true, true) => "True",
                    (true, false) => " True",
                    (false, _) => "False",
                }
                .to_string()
            };
            layout(&x.view(), &f, separator, prefix_len, width)
        }
        NdArray::Int(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::I8(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::I16(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::I32(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::U8(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::U16(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::U32(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::U64(x) => int_layout(x, summarize, separator, prefix_len, width),
        NdArray::F32(x) => {
            let mut data = Vec::new();
            leading_trailing(&x.view(), summarize, &mut data);
            let ff = FloatFormat::new(&data);
            let f = move |v: f32| ff.format(v);
            layout(&x.view(), &f, separator, prefix_len, width)
        }
        NdArray::F64(x) => {
            let mut data = Vec::new();
            leading_trailing(&x.view(), summarize, &mut data);
            let ff = FloatFormat::new(&data);
            let f = move |v: f64| ff.format(v);
            layout(&x.view(), &f, separator, prefix_len, width)
        }
    }
}

/// Each element of `a` formatted as NumPy formats it inside an array (one
/// format chosen over the elements shown, `summarize` as for printing), in
/// C order: the fields of structured arrays print this way.
pub fn element_strings(a: &NdArray, summarize: bool) -> Vec<String> {
    let zero_d = a.ndim() == 0;
    fn ints<T: Copy + fmt::Display>(x: &ndarray::ArrayD<T>, summarize: bool) -> Vec<String> {
        let mut data = Vec::new();
        leading_trailing(&x.view(), summarize, &mut data);
        let w = data.iter().map(|v| v.to_string().len()).max().unwrap_or(0);
        x.iter().map(|v| format!("{v:>w$}")).collect()
    }
    match a {
        NdArray::Bool(x) => x
            .iter()
            .map(|&v| {
                match (v, zero_d) {
                    (true, true) => "True",
                    (true, false) => " True",
                    (false, _) => "False",
                }
                .to_string()
            })
            .collect(),
        NdArray::Int(x) => ints(x, summarize),
        NdArray::I8(x) => ints(x, summarize),
        NdArray::I16(x) => ints(x, summarize),
        NdArray::I32(x) => ints(x, summarize),
        NdArray::U8(x) => ints(x, summarize),
        NdArray::U16(x) => ints(x, summarize),
        NdArray::U32(x) => ints(x, summarize),
        NdArray::U64(x) => ints(x, summarize),
        NdArray::F32(x) => {
            let mut data = Vec::new();
            leading_trailing(&x.view(), summarize, &mut data);
            let ff = FloatFormat::new(&data);
            x.iter().map(|&v| ff.format(v)).collect()
        }
        NdArray::F64(x) => {
            let mut data = Vec::new();
            leading_trailing(&x.view(), summarize, &mut data);
            let ff = FloatFormat::new(&data);
            x.iter().map(|&v| ff.format(v)).collect()
        }
    }
}

/// The elements of a float array formatted as NumPy formats them inside an
/// array, every value signed when `plus` (the imaginary parts of complex
/// numbers).
pub fn float_strings(a: &NdArray, summarize: bool, plus: bool) -> Vec<String> {
    fn go<F: PrintFloat>(x: &ndarray::ArrayD<F>, summarize: bool, plus: bool) -> Vec<String> {
        let mut data = Vec::new();
        leading_trailing(&x.view(), summarize, &mut data);
        let ff = FloatFormat::signed(&data, plus);
        x.iter().map(|&v| ff.format(v)).collect()
    }
    match a {
        NdArray::F32(x) => go(x, summarize, plus),
        NdArray::F64(x) => go(x, summarize, plus),
        other => go(&other.to_f64(), summarize, plus),
    }
}

/// Strings laid out as the elements of an array of `shape` (C order), with
/// NumPy's brackets, separators, wrapping and summarising.
pub fn layout_strings(
    shape: &[usize],
    strs: &[String],
    separator: &str,
    prefix_len: usize,
    width: usize,
) -> String {
    let n: usize = shape.iter().product();
    if n == 0 || strs.len() != n {
        return "[]".into();
    }
    let Ok(idx) =
        ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(shape), (0..n).collect::<Vec<usize>>())
    else {
        return "[]".into();
    };
    let f = |i: usize| strs[i].clone();
    layout(&idx.view(), &f, separator, prefix_len, width)
}

/// The layout of an integer array of any width: right-aligned to the
/// widest element shown.
fn int_layout<T: Copy + fmt::Display>(
    x: &ndarray::ArrayD<T>,
    summarize: bool,
    separator: &str,
    prefix_len: usize,
    width: usize,
) -> String {
    let mut data = Vec::new();
    leading_trailing(&x.view(), summarize, &mut data);
    let w = data.iter().map(|v| v.to_string().len()).max().unwrap_or(0);
    let f = move |v: T| format!("{v:>w$}");
    layout(&x.view(), &f, separator, prefix_len, width)
}

/// NumPy's `str(a)`.
pub fn array_str(a: &NdArray) -> String {
    if a.ndim() == 0 {
        return match a.get_flat(0) {
            Some(Picked::Array(NdArray::F32(x))) => x
                .iter()
                .next()
                .map(|&v| py_float_repr(v))
                .unwrap_or_default(),
            Some(Picked::Array(x)) => array2string(&x, " ", 0, options().linewidth),
            None => String::new(),
            Some(Picked::Scalar(s)) => scalar_repr(s),
        };
    }
    array2string(a, " ", 0, options().linewidth)
}

/// NumPy's `repr(a)`.
pub fn array_repr(a: &NdArray) -> String {
    let prefix = "array(";
    let lst = if a.is_empty() && a.shape() != [0] {
        format!("[], shape={}", shape_str(a.shape()))
    } else {
        array2string(a, ", ", prefix.len(), options().linewidth.saturating_sub(1))
    };
    let implied = matches!(
        a.dtype(),
        super::nd::DType::Float64 | super::nd::DType::Int64 | super::nd::DType::Bool
    );
    let dtype = (!implied || a.is_empty()).then(|| a.dtype().to_string());
    repr_tail(&lst, a.shape(), dtype)
}

/// `array(LST)` with NumPy's `shape=` (summarised arrays) and `dtype=`
/// (when not implied) after it, on a new line when they do not fit: the
/// end of every array-like repr (plain, complex, structured).
pub fn repr_tail(lst: &str, shape: &[usize], dtype: Option<String>) -> String {
    let prefix = "array(";
    let mut extras = Vec::new();
    if shape.iter().product::<usize>() > options().threshold {
        extras.push(format!("shape={}", shape_str(shape)));
    }
    if let Some(d) = dtype {
        extras.push(format!("dtype={d}"));
    }
    if extras.is_empty() {
        return format!("{prefix}{lst})");
    }
    let arr_str = format!("{prefix}{lst},");
    let extra = format!("{})", extras.join(", "));
    let last_line_len = arr_str.len() - arr_str.rfind('\n').map(|i| i + 1).unwrap_or(0);
    let spacer = if last_line_len + extra.len() + 1 > options().linewidth {
        format!("\n{}", " ".repeat(prefix.len()))
    } else {
        " ".to_string()
    };
    format!("{arr_str}{spacer}{extra}")
}

/// Python's `repr` of an unboxed scalar (`True`, `3`, `0.1`).
pub fn scalar_repr(s: Scalar) -> String {
    match s {
        Scalar::Bool(true) => "True".into(),
        Scalar::Bool(false) => "False".into(),
        Scalar::Int(i) => i.to_string(),
        Scalar::Float(f) => py_float_repr(f),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn python_float_repr() {
        assert_eq!(py_float_repr(1.0), "1.0");
        assert_eq!(py_float_repr(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(py_float_repr(1e-5), "1e-05");
        assert_eq!(py_float_repr(1.5e16), "1.5e+16");
        assert_eq!(py_float_repr(123456.0), "123456.0");
        assert_eq!(py_float_repr(0.0001), "0.0001");
        assert_eq!(py_float_repr(-2.5), "-2.5");
        assert_eq!(py_float_repr(1e22), "1e+22");
    }
}
