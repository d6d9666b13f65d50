//! Tensors print as PyTorch prints them (`torch._tensor_str`): four
//! decimals, integer-valued floats as `1.`, scientific notation when the
//! magnitudes span more than 1000x, 80-column lines, `...` past 1000
//! elements with three edge items, and `dtype=`/`device=`/`requires_grad=`
//! suffixes.

use super::backend::{call_plain, protocol, Instance};
use super::convert::host_to_array;
use super::object::meta;
use crate::error::Result;
use crate::value::NdArray;
use arr_torch_abi::{Arg, Handle, Op, Ret};
use std::rc::Rc;

const PRECISION: usize = 4;
const LINEWIDTH: usize = 80;
const THRESHOLD: usize = 1000;
const EDGE: usize = 3;

#[derive(Clone, Copy, PartialEq)]
enum Cat {
    Bool,
    Int,
    Float,
}

struct Formatter {
    cat: Cat,
    int_mode: bool,
    sci: bool,
    width: usize,
}

fn py_fixed(v: f64, prec: usize) -> String {
    if v.is_nan() {
        "nan".into()
    } else if v.is_infinite() {
        if v > 0.0 { "inf" } else { "-inf" }.into()
    } else {
        format!("{v:.prec$}")
    }
}

fn py_sci(v: f64, prec: usize) -> String {
    if !v.is_finite() {
        return py_fixed(v, prec);
    }
    let s = format!("{v:.prec$e}");
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{sign}{digits:0>2}")
        }
        None => s,
    }
}

impl Formatter {
    fn new(cat: Cat, vals: &[f64]) -> Formatter {
        let mut f = Formatter {
            cat,
            int_mode: true,
            sci: false,
            width: 1,
        };
        match cat {
            Cat::Bool => {
                f.width = vals
                    .iter()
                    .map(|&v| if v != 0.0 { 4 } else { 5 })
                    .max()
                    .unwrap_or(1)
            }
            Cat::Int => {
                f.width = vals
                    .iter()
                    .map(|&v| (v as i64).to_string().len())
                    .max()
                    .unwrap_or(1)
                    .max(1)
            }
            Cat::Float => {
                let nz: Vec<f64> = vals
                    .iter()
                    .copied()
                    .filter(|v| v.is_finite() && *v != 0.0)
                    .collect();
                if nz.is_empty() {
                    return f;
                }
                let abs_min = nz.iter().map(|v| v.abs()).fold(f64::INFINITY, f64::min);
                let abs_max = nz.iter().map(|v| v.abs()).fold(0.0, f64::max);
                f.int_mode = nz.iter().all(|v| *v == v.ceil());
                f.sci =
                    abs_max / abs_min > 1000.0 || abs_max > 1e8 || (!f.int_mode && abs_min < 1e-4);
                // Widths come from the nonzero finite values only, as in PyTorch
                // (integer-valued floats get one more for their trailing '.').
                let width = |v: f64| match (f.sci, f.int_mode) {
                    (true, _) => py_sci(v, PRECISION).len(),
                    (false, true) => py_fixed(v, 0).len() + 1,
                    (false, false) => py_fixed(v, PRECISION).len(),
                };
                f.width = nz.iter().map(|&v| width(v)).max().unwrap_or(1);
            }
        }
        f
    }

    fn format(&self, v: f64) -> String {
        let s = match self.cat {
            Cat::Bool => if v != 0.0 { "True" } else { "False" }.to_string(),
            Cat::Int => (v as i64).to_string(),
            Cat::Float => {
                if self.sci {
                    py_sci(v, PRECISION)
                } else if self.int_mode {
                    let mut s = py_fixed(v, 0);
                    if v.is_finite() {
                        s.push('.');
                    }
                    s
                } else {
                    py_fixed(v, PRECISION)
                }
            }
        };
        format!("{s:>w$}", w = self.width)
    }
}

struct View<'a> {
    vals: &'a [f64],
    shape: &'a [usize],
}

impl View<'_> {
    fn sub(&self, i: usize) -> View<'_> {
        let inner: usize = self.shape[1..].iter().product();
        View {
            vals: &self.vals[i * inner..(i + 1) * inner],
            shape: &self.shape[1..],
        }
    }

    /// The values PyTorch's formatter sees when summarising.
    fn summarized(&self, out: &mut Vec<f64>) {
        if self.shape.is_empty() {
            out.extend_from_slice(self.vals);
            return;
        }
        let n = self.shape[0];
        let idx: Vec<usize> = if n > 2 * EDGE {
            (0..EDGE).chain(n - EDGE..n).collect()
        } else {
            (0..n).collect()
        };
        for i in idx {
            self.sub(i).summarized(out);
        }
    }

    fn render(&self, indent: usize, summarize: bool, f: &Formatter) -> String {
        match self.shape.len() {
            0 => f.format(self.vals[0]),
            1 => {
                let n = self.shape[0];
                let per_line = ((LINEWIDTH.saturating_sub(indent)) / (f.width + 2)).max(1);
                let mut data: Vec<String> = Vec::new();
                if summarize && n > 2 * EDGE {
                    data.extend(self.vals[..EDGE].iter().map(|&v| f.format(v)));
                    data.push(" ...".into());
                    data.extend(self.vals[n - EDGE..].iter().map(|&v| f.format(v)));
                } else {
                    data.extend(self.vals.iter().map(|&v| f.format(v)));
                }
                let lines: Vec<String> = data.chunks(per_line).map(|c| c.join(", ")).collect();
                format!(
                    "[{}]",
                    lines.join(&format!(",\n{}", " ".repeat(indent + 1)))
                )
            }
            d => {
                let n = self.shape[0];
                let mut slices: Vec<String> = Vec::new();
                if summarize && n > 2 * EDGE {
                    slices.extend((0..EDGE).map(|i| self.sub(i).render(indent + 1, summarize, f)));
                    slices.push("...".into());
                    slices.extend(
                        (n - EDGE..n).map(|i| self.sub(i).render(indent + 1, summarize, f)),
                    );
                } else {
                    slices.extend((0..n).map(|i| self.sub(i).render(indent + 1, summarize, f)));
                }
                let sep = format!(",{}{}", "\n".repeat(d - 1), " ".repeat(indent + 1));
                format!("[{}]", slices.join(&sep))
            }
        }
    }
}

fn add_suffixes(s: &str, suffixes: &[String], indent: usize) -> String {
    let mut out = s.to_string();
    // PyTorch's `len(s) - s.rfind("\n") + 1` (rfind gives -1 without a newline);
    // the text is ASCII, so bytes are characters.
    let newline = s.rfind('\n').map_or(-1, |i| i as isize);
    let mut last = (s.len() as isize - newline + 1) as usize;
    for suf in suffixes {
        if last + suf.len() + 2 > LINEWIDTH {
            out += &format!(",\n{}{suf}", " ".repeat(indent));
            last = indent + suf.len();
        } else {
            out += &format!(", {suf}");
            last += suf.len() + 2;
        }
    }
    out + ")"
}

/// PyTorch's `repr` of a tensor with these values.
pub fn render(a: &NdArray, dtype: &str, device: &str, requires_grad: bool) -> String {
    let (cat, vals): (Cat, Vec<f64>) = match a {
        NdArray::Bool(x) => (Cat::Bool, x.iter().map(|&b| b as i64 as f64).collect()),
        NdArray::Int(x) => (Cat::Int, x.iter().map(|&v| v as f64).collect()),
        NdArray::F32(x) => (Cat::Float, x.iter().map(|&v| v as f64).collect()),
        NdArray::F64(x) => (Cat::Float, x.iter().copied().collect()),
        other => (Cat::Int, other.to_f64().iter().copied().collect()),
    };
    let shape = a.shape();
    let indent = "tensor(".len();
    let mut suffixes = Vec::new();
    if device != "cpu" {
        suffixes.push(format!("device='{device}'"));
    }
    let body = if vals.is_empty() {
        if shape.len() != 1 {
            suffixes.push(format!(
                "size=({})",
                match shape {
                    [d] => format!("{d},"),
                    _ => shape
                        .iter()
                        .map(|d| d.to_string())
                        .collect::<Vec<_>>()
                        .join(", "),
                }
            ));
        }
        if dtype != "float32" {
            suffixes.push(format!("dtype=torch.{dtype}"));
        }
        "[]".to_string()
    } else {
        if !matches!(dtype, "float32" | "int64" | "bool") {
            suffixes.push(format!("dtype=torch.{dtype}"));
        }
        let view = View { vals: &vals, shape };
        let summarize = vals.len() > THRESHOLD;
        let f = if summarize {
            let mut s = Vec::new();
            view.summarized(&mut s);
            Formatter::new(cat, &s)
        } else {
            Formatter::new(cat, &vals)
        };
        view.render(indent, summarize, &f)
    };
    if requires_grad {
        suffixes.push("requires_grad=True".into());
    }
    add_suffixes(&format!("tensor({body}"), &suffixes, indent)
}

pub fn tensor_repr(b: &Rc<Instance>, h: Handle) -> Result<String> {
    let data = match call_plain(b, Op::Numpy, vec![Arg::Obj(h)])? {
        Ret::Array(a) => host_to_array(&a)?,
        other => {
            return Err(protocol(format!(
                "{}: numpy returned {}, expected an array",
                arr_torch_abi::PROTOCOL_ERROR,
                other.kind()
            )))
        }
    };
    let m = meta(b, h)?;
    Ok(render(&data, &m.dtype, &m.device, m.requires_grad))
}
