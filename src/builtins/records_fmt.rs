//! Structured arrays printed as NumPy prints them, and the builtins that
//! take them (`unique`, `sort`, `argsort`, `reshape`, ...; see `records.rs`).

use super::records::Records;
use super::records_dtype::{is_struct_spec, parse_struct};
use crate::array::format::{element_strings, layout_strings, options, shape_str};
use crate::array::NdArray;
use crate::error::{Error, Result};
use crate::value::{Args, Builtin, Context, Value};

/// The records' texts, in C order: `(0.25, 1.  )`, each field formatted
/// over all of its values as NumPy's StructuredVoidFormat does.
/// A record on its own (`print(a[0])`) shows floats as Python's `str`
/// does (`100.0`), as NumPy's void scalars do (`scalar`).
fn record_strings(r: &Records, summarize: bool, scalar: bool) -> Vec<String> {
    let n = r.len();
    let fields: Vec<(Vec<String>, &[usize])> =
        r.ty.fields
            .iter()
            .zip(&r.cols)
            .map(|(f, c)| {
                let strs = match c {
                    super::records::Column::Plain(NdArray::F32(x)) if scalar => x
                        .iter()
                        .map(|&v| crate::array::format::py_float_repr(v))
                        .collect(),
                    super::records::Column::Plain(NdArray::F64(x)) if scalar => x
                        .iter()
                        .map(|&v| crate::array::format::py_float_repr(v))
                        .collect(),
                    super::records::Column::Plain(a) => element_strings(a, summarize),
                    super::records::Column::Struct(x) => record_strings(x, summarize, scalar),
                };
                (strs, f.sub.as_slice())
            })
            .collect();
    (0..n)
        .map(|i| {
            let parts: Vec<String> = fields
                .iter()
                .map(|(strs, sub)| {
                    let k: usize = sub.iter().product();
                    strs.get(i * k..(i + 1) * k)
                        .map(|s| sub_array(s, sub))
                        .unwrap_or_default()
                })
                .collect();
            if parts.len() == 1 {
                format!("({},)", parts[0])
            } else {
                format!("({})", parts.join(", "))
            }
        })
        .collect()
}

/// A field's own array inside a record: `[0., 1.]`.
fn sub_array(strs: &[String], sub: &[usize]) -> String {
    let Some((&n, rest)) = sub.split_first() else {
        return strs.first().cloned().unwrap_or_default();
    };
    if n == 0 {
        return "[]".into();
    }
    let k = strs.len() / n;
    let items: Vec<String> = (0..n)
        .map(|j| sub_array(&strs[j * k..(j + 1) * k], rest))
        .collect();
    format!("[{}]", items.join(", "))
}

fn summarize(r: &Records) -> bool {
    r.len() > options().threshold
}

/// `str(a)` / `print(a)`.
pub fn str(r: &Records) -> String {
    let strs = record_strings(r, summarize(r), r.shape.is_empty());
    if r.shape.is_empty() {
        return strs.into_iter().next().unwrap_or_default();
    }
    layout_strings(&r.shape, &strs, " ", 0, options().linewidth)
}

/// `repr(a)`: `array([(1, 2.)], dtype=[('a', '<i8'), ('b', '<f8')])`; a
/// record is `np.void((1, 2.0), dtype=[...])`.
pub fn repr(r: &Records) -> String {
    let descr = r.ty.descr();
    if r.shape.is_empty() {
        let vals = r
            .record_tuple()
            .map(|v| crate::value::format::value_repr(&v))
            .unwrap_or_default();
        return format!("np.void({vals}, dtype={descr})");
    }
    let prefix = "array(";
    let width = options().linewidth;
    let lst = if r.is_empty() {
        if r.shape == [0] {
            "[]".to_string()
        } else {
            format!("[], shape={}", shape_str(&r.shape))
        }
    } else {
        let strs = record_strings(r, summarize(r), false);
        layout_strings(&r.shape, &strs, ", ", prefix.len(), width.saturating_sub(1))
    };
    crate::array::format::repr_tail(&lst, &r.shape, Some(descr))
}

fn is_this(v: Option<&Value>, r: &Records) -> bool {
    match v {
        Some(Value::Host(h)) => h
            .as_any()
            .downcast_ref::<Records>()
            .is_some_and(|x| std::ptr::eq(x, r)),
        _ => false,
    }
}

fn flag(v: &Value, what: &str) -> Result<bool> {
    super::opt_bool(v, what, "flag", false)
}

/// The field positions `order=` names (a name or a list of names).
fn order_of(r: &Records, v: &Value, what: &str) -> Result<Option<Vec<usize>>> {
    let names = match v {
        Value::None => return Ok(None),
        Value::Str(_) => vec![v.clone()],
        other => crate::value::convert::seq_items(other).ok_or_else(|| {
            Error::type_error(format!("{what}: order= is a field name or a list of them"))
        })?,
    };
    names
        .iter()
        .map(|n| match n {
            Value::Str(s) => r.ty.field(s),
            _ => Err(Error::type_error(format!(
                "{what}: order= holds field names"
            ))),
        })
        .collect::<Result<Vec<_>>>()
        .map(Some)
}

fn sorted_order(r: &Records, axis: &Value, order: &Value, what: &str) -> Result<Vec<usize>> {
    let flat_ok = matches!(axis, Value::None)
        || (r.shape.len() == 1 && matches!(axis, Value::Int(0) | Value::Int(-1)));
    if !flat_ok {
        return Err(Error::value(format!(
            "{what}: arr sorts a 1-d structured array (or any with axis=None); this one has shape {}",
            shape_str(&r.shape)
        )));
    }
    let order = order_of(r, order, what)?;
    Ok(r.argsort(order.as_deref()))
}

fn ints(v: &[usize]) -> Value {
    Value::array(NdArray::Int(
        ndarray::Array1::from_iter(v.iter().map(|&i| i as i64)).into_dyn(),
    ))
}

/// A builtin given a structured array: its structured version, or `None`
/// to let it run (and refuse the array with a clear message).
pub fn dispatch(
    r: &Records,
    builtin: &'static Builtin,
    args: &Args,
    cx: &mut dyn Context,
) -> Option<Result<Value>> {
    let args = args.clone();
    if !is_this(args.pos.first(), r) {
        return None;
    }
    Some(match builtin.name {
        "unique" => unique(r, args, cx),
        "sort" => (|| {
            // The default axis is the last; axis=None flattens.
            let explicit = args.pos.len() >= 2 || args.kw.iter().any(|(k, _)| &**k == "axis");
            let [_, axis, _kind, order] = args.bind("sort", ["a", "axis", "kind", "order"], 1)?;
            let axis = if matches!(axis, Value::None) && !explicit {
                Value::Int(-1)
            } else {
                axis
            };
            let idx = sorted_order(r, &axis, &order, "sort()")?;
            r.take_flat(&idx, cx).map(Records::into_value)
        })(),
        "argsort" => (|| {
            let [_, axis, _kind, order] =
                args.bind("argsort", ["a", "axis", "kind", "order"], 1)?;
            let axis = if matches!(axis, Value::None) {
                Value::Int(-1)
            } else {
                axis
            };
            Ok(ints(&sorted_order(r, &axis, &order, "argsort()")?))
        })(),
        "ravel" | "flatten" => r.reshaped(&[r.len()]).map(Records::into_value),
        "reshape" => (|| {
            let mut pos = args.pos.clone();
            pos.remove(0);
            let dims: Vec<Value> = match pos.as_slice() {
                [Value::Tuple(t)] => t.as_ref().clone(),
                [Value::List(l)] => l.borrow().clone(),
                other => other.to_vec(),
            };
            let mut shape: Vec<i64> = dims
                .iter()
                .map(|d| crate::value::convert::to_i64(d, "reshape()"))
                .collect::<Result<_>>()?;
            let known: i64 = shape.iter().filter(|&&d| d >= 0).product();
            if let Some(p) = shape.iter().position(|&d| d == -1) {
                shape[p] = if known == 0 {
                    0
                } else {
                    r.len() as i64 / known
                };
            }
            if shape.iter().any(|&d| d < 0) {
                return Err(Error::value(
                    "reshape(): negative dimensions are not allowed",
                ));
            }
            let shape: Vec<usize> = shape.iter().map(|&d| d as usize).collect();
            r.reshaped(&shape).map(Records::into_value)
        })(),
        "copy" => Ok(r.clone().into_value()),
        "array" | "asarray" | "ascontiguousarray" => (|| {
            let dtype = args
                .kw
                .iter()
                .find(|(k, _)| &**k == "dtype")
                .map(|(_, v)| v.clone())
                .or_else(|| args.pos.get(1).cloned())
                .unwrap_or(Value::None);
            if matches!(dtype, Value::None) {
                return Ok(r.clone().into_value());
            }
            if !is_struct_spec(&dtype) {
                return Err(Error::type_error(format!(
                    "{}(): cannot cast a structured array (dtype {}) to a plain dtype; take a field, a['name']",
                    builtin.name,
                    r.ty.descr()
                )));
            }
            let ty = parse_struct(&dtype, builtin.name, 0)?;
            Records::from_data(&r.clone().into_value(), ty, cx).map(Records::into_value)
        })(),
        "zeros_like" | "empty_like" | "ones_like" => {
            let fill = if builtin.name == "ones_like" {
                1.0
            } else {
                0.0
            };
            Records::filled(r.ty.clone(), &r.shape, fill).map(Records::into_value)
        }
        "shape" => Ok(Value::tuple(
            r.shape.iter().map(|&d| Value::Int(d as i64)).collect(),
        )),
        "ndim" => Ok(Value::Int(r.shape.len() as i64)),
        "size" => Ok(Value::Int(r.len() as i64)),
        _ => return None,
    })
}

fn unique(r: &Records, args: Args, cx: &mut dyn Context) -> Result<Value> {
    let [_, ri, rv, rc, axis, _eq] = args.bind(
        "unique",
        [
            "ar",
            "return_index",
            "return_inverse",
            "return_counts",
            "axis",
            "equal_nan",
        ],
        1,
    )?;
    if !matches!(axis, Value::None) {
        return Err(Error::value(
            "unique(): axis= is not supported for structured arrays (records are compared whole)",
        ));
    }
    let (ri, rv, rc) = (
        flag(&ri, "unique")?,
        flag(&rv, "unique")?,
        flag(&rc, "unique")?,
    );
    let order = r.argsort(None);
    let keys = r.comparator();
    let keys: Vec<&super::records_ops::Keys> = keys.iter().collect();
    let mut firsts: Vec<usize> = Vec::new();
    let mut counts: Vec<usize> = Vec::new();
    let mut inverse = vec![0usize; order.len()];
    for &i in &order {
        let new = match firsts.last() {
            None => true,
            Some(&prev) => super::records_ops::cmp_keys(&keys, prev, i).is_ne(),
        };
        if new {
            firsts.push(i);
            counts.push(0);
        }
        if let Some(c) = counts.last_mut() {
            *c += 1;
        }
        inverse[i] = firsts.len() - 1;
    }
    let uniq = r.take_flat(&firsts, cx)?.into_value();
    if !(ri || rv || rc) {
        return Ok(uniq);
    }
    let mut out = vec![uniq];
    if ri {
        out.push(ints(&firsts));
    }
    if rv {
        out.push(ints(&inverse));
    }
    if rc {
        out.push(ints(&counts));
    }
    Ok(Value::tuple(out))
}
