//! Complex numbers printed as Python and NumPy print them (see
//! `complex.rs`): `(1+2j)`, `np.complex128(1+2j)`, `[1.+2.j 0.-1.j]`.

use super::complex::{Complex, C};
use crate::array::format::{float_strings, layout_strings, options, py_float_repr, shape_str};

/// A part of Python's complex repr: the float's repr without `.0`.
fn part<F: crate::array::format::PrintFloat>(x: F) -> String {
    let s = py_float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

/// Python's `repr(complex)`: `1j`, `(1+2j)`, `(-0-1.5j)`.
pub fn py_repr(c: C, single: bool) -> String {
    let (re, im) = if single {
        (part(c.re as f32), part(c.im as f32))
    } else {
        (part(c.re), part(c.im))
    };
    if c.re == 0.0 && c.re.is_sign_positive() {
        return format!("{im}j");
    }
    let im = if im.starts_with('-') {
        im
    } else {
        format!("+{im}")
    };
    format!("({re}{im}j)")
}

/// Each element as NumPy prints it inside an array (`1.+2.j`): the real
/// and imaginary parts each formatted over all of theirs.
pub fn element_strings(c: &Complex, summarize: bool) -> Vec<String> {
    let rs = float_strings(&c.re(), summarize, false);
    let is = float_strings(&c.im(), summarize, true);
    rs.iter()
        .zip(is)
        .map(|(r, i)| {
            let sp = i.trim_end().len();
            format!("{r}{}j{}", &i[..sp], &i[sp..])
        })
        .collect()
}

/// `str(z)` / `print(z)`.
pub fn str(c: &Complex) -> String {
    if c.a.ndim() == 0 {
        return c.one().map(|v| py_repr(v, c.single)).unwrap_or_default();
    }
    if c.a.is_empty() {
        return "[]".into();
    }
    let strs = element_strings(c, c.a.len() > options().threshold);
    layout_strings(c.a.shape(), &strs, " ", 0, options().linewidth)
}

/// `repr(z)`: `(1+2j)` for Python's complex, `np.complex128(1+2j)` for
/// NumPy's scalar, `array([1.+2.j])` for an array.
pub fn repr(c: &Complex) -> String {
    if c.a.ndim() == 0 {
        let s = c.one().map(|v| py_repr(v, c.single)).unwrap_or_default();
        return if c.py {
            s
        } else {
            let inner = s
                .strip_prefix('(')
                .and_then(|t| t.strip_suffix(')'))
                .unwrap_or(&s);
            format!("np.{}({inner})", c.dtype_name())
        };
    }
    let prefix = "array(";
    let width = options().linewidth;
    let size = c.a.len();
    let lst = if size == 0 {
        if c.a.shape() == [0] {
            "[]".to_string()
        } else {
            format!("[], shape={}", shape_str(c.a.shape()))
        }
    } else {
        let strs = element_strings(c, size > options().threshold);
        layout_strings(
            c.a.shape(),
            &strs,
            ", ",
            prefix.len(),
            width.saturating_sub(1),
        )
    };
    let dtype = (c.single || size == 0).then(|| c.dtype_name().to_string());
    crate::array::format::repr_tail(&lst, c.a.shape(), dtype)
}
