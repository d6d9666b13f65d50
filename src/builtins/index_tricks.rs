//! NumPy's index tricks: the objects `mgrid ogrid r_ c_`, indexed with
//! slices (`mgrid[0:3, 0:4]`, `r_[1:4, 0, [7, 8]]`), and the function
//! `ix_`.

use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{items_of, to_array};
use crate::value::host::Index;
use crate::value::{HostValue, Value};
use ndarray::{ArrayD, IxDyn};
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("ix_", ix_, "ix_(*args)\n\nAn open mesh from 1-D sequences: each comes back shaped to broadcast along its own axis, for indexing the cross product (a[ix_(rows, cols)]).\n\n>>> ix_([0, 1], [2, 4])\n(array([[0],\n       [1]]), array([[2, 4]]))");
}

/// The index-trick objects, bound as constants.
pub fn constants() -> Vec<(&'static str, Value)> {
    [
        ("mgrid", Trick::MGrid),
        ("ogrid", Trick::OGrid),
        ("r_", Trick::R),
        ("c_", Trick::C),
    ]
    .into_iter()
    .map(|(n, t)| (n, Value::Host(Rc::new(t))))
    .collect()
}

#[derive(Debug, Clone, Copy)]
enum Trick {
    MGrid,
    OGrid,
    R,
    C,
}

impl Trick {
    fn name(self) -> &'static str {
        match self {
            Trick::MGrid => "mgrid",
            Trick::OGrid => "ogrid",
            Trick::R => "r_",
            Trick::C => "c_",
        }
    }
}

fn ints(v: Vec<i64>, shape: &[usize]) -> Result<NdArray> {
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(shape), v).map_err(|e| Error::value(e.to_string()))?,
    ))
}

/// The values of `start:stop:step` (start 0 and step 1 by default).
fn range_of(s: Option<i64>, e: Option<i64>, st: Option<i64>, what: &str) -> Result<Vec<i64>> {
    let (s, st) = (s.unwrap_or(0), st.unwrap_or(1));
    let Some(e) = e else {
        return Err(Error::value(format!("{what}: a slice needs a stop")));
    };
    if st == 0 {
        return Err(Error::value(format!("{what}: slice step cannot be zero")));
    }
    let n = if (st > 0 && e > s) || (st < 0 && e < s) {
        ((e as i128 - s as i128)
            .unsigned_abs()
            .div_ceil(st.unsigned_abs() as u128)) as usize
    } else {
        0
    };
    crate::array::alloc::check(what, n, 8)?;
    Ok((0..n as i64).map(|i| s + i * st).collect())
}

fn grid(index: &[Index], open: bool, what: &str) -> Result<Value> {
    let mut axes = Vec::new();
    for it in index {
        match it {
            Index::Slice(s, e, st) => axes.push(range_of(*s, *e, *st, what)?),
            _ => {
                return Err(Error::type_error(format!(
                    "{what}: index with slices (start:stop:step), one per axis"
                )))
            }
        }
    }
    if axes.len() == 1 {
        let v = axes.remove(0);
        let n = v.len();
        return Ok(Value::array(ints(v, &[n])?));
    }
    let shape: Vec<usize> = axes.iter().map(Vec::len).collect();
    let total = crate::array::alloc::check_shape(what, &shape, 8)?;
    let nd = shape.len();
    if open {
        let mut out = Vec::new();
        for (d, v) in axes.into_iter().enumerate() {
            let mut s = vec![1usize; nd];
            s[d] = v.len();
            out.push(Value::array(ints(v, &s)?));
        }
        return Ok(Value::tuple(out));
    }
    crate::array::alloc::check(what, total.saturating_mul(nd), 8)?;
    let mut full = vec![nd];
    full.extend(&shape);
    let data = ArrayD::from_shape_fn(IxDyn(&full), |ix| axes[ix[0]][ix[1 + ix[0]]]);
    Ok(Value::array(NdArray::Int(data)))
}

/// `r_[...]`/`c_[...]`: each item as a 1-D piece (slices as ranges,
/// scalars as one element, arrays as they are), then joined.
fn join(index: &[Index], cols: bool, what: &str) -> Result<Value> {
    let mut parts: Vec<NdArray> = Vec::new();
    for it in index {
        let a = match it {
            Index::Slice(s, e, st) => {
                let v = range_of(*s, *e, *st, what)?;
                let n = v.len();
                ints(v, &[n])?
            }
            Index::Value(Value::Str(_)) => {
                return Err(Error::type_error(format!(
                    "{what}: the string directives of r_ ('r', 'c', '0,2') are not supported"
                )))
            }
            Index::Value(v) => {
                let a = to_array(v, what)?.into_owned();
                if a.ndim() == 0 {
                    super::shape::reshape_to(&a, &[1])?
                } else {
                    a
                }
            }
            Index::Ellipsis => {
                return Err(Error::type_error(format!("{what}: '...' is not an item")))
            }
        };
        parts.push(a);
    }
    if parts.is_empty() {
        return Ok(Value::array(NdArray::F64(ArrayD::zeros(IxDyn(&[0])))));
    }
    if !cols {
        return super::shape::concat(&parts, 0, what).map(Value::array);
    }
    // c_: 1-D pieces become columns; the join is along the last axis.
    let nd = parts.iter().map(NdArray::ndim).max().unwrap_or(1).max(2);
    let mut shaped = Vec::new();
    for p in parts {
        shaped.push(if p.ndim() == 1 {
            super::shape::reshape_to(&p, &[-1, 1])?
        } else {
            p
        });
    }
    super::shape::concat(&shaped, nd as i64 - 1, what).map(Value::array)
}

impl HostValue for Trick {
    fn type_name(&self) -> String {
        match self {
            Trick::MGrid => "MGridClass".into(),
            Trick::OGrid => "OGridClass".into(),
            Trick::R => "RClass".into(),
            Trick::C => "CClass".into(),
        }
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        Ok(format!("<numpy index trick {}>", self.name()))
    }

    fn getitem(&self, index: &[Index], _: &mut dyn Context) -> Option<Result<Value>> {
        let what = format!("{}[]", self.name());
        Some(match self {
            Trick::MGrid => grid(index, false, &what),
            Trick::OGrid => grid(index, true, &what),
            Trick::R => join(index, false, &what),
            Trick::C => join(index, true, &what),
        })
    }
}

fn ix_(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("ix_")?;
    let n = args.pos.len();
    let mut out = Vec::with_capacity(n);
    for (d, v) in args.pos.iter().enumerate() {
        let a = match v {
            Value::List(_) | Value::Tuple(_) | Value::Range(_)
                if items_of(v, "ix_")?.is_empty() =>
            {
                NdArray::Int(ArrayD::zeros(IxDyn(&[0])))
            }
            v => to_array(v, "ix_()")?.into_owned(),
        };
        if a.ndim() != 1 {
            return Err(Error::value("ix_(): Cross index must be 1 dimensional"));
        }
        // A boolean mask gives the positions of its true elements.
        let a = if a.dtype() == DType::Bool {
            let pos: Vec<i64> = a
                .to_bool()
                .iter()
                .enumerate()
                .filter(|(_, &b)| b)
                .map(|(i, _)| i as i64)
                .collect();
            let k = pos.len();
            ints(pos, &[k])?
        } else {
            a
        };
        let mut s = vec![1i64; n];
        s[d] = a.len() as i64;
        out.push(Value::array(super::shape::reshape_to(&a, &s)?));
    }
    Ok(Value::tuple(out))
}
