//! Orderings and piecewise selection: `lexsort partition argpartition
//! piecewise`, and the linear-algebra helpers `eigvals eigvalsh cond
//! roots` over arr's LAPACK routines.

use super::rearrange::{arr, axis_error};
use super::sort::cmp_f64;
use super::stats::call;
use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::to_i64;
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};
use std::cmp::Ordering;

pub fn register(r: &mut Registry) {
    r.add("lexsort", lexsort, "lexsort(keys, axis=-1)\n\nIndices that sort by the last key, ties broken by the one before, and so on.\n\n>>> lexsort(([1, 2, 1], [0, 0, 1]))\narray([0, 1, 2])");
    r.add("partition", partition, "partition(a, kth, axis=-1)\n\nThe array with the k-th element where sorting would put it, smaller before and larger after (arr sorts the whole axis, one valid answer).\n\n>>> partition([3, 1, 2], 1)[1]\n2");
    r.add("argpartition", argpartition, "argpartition(a, kth, axis=-1)\n\nIndices that partition the array around the k-th element (arr's are the stable sort's).\n\n>>> argpartition([3, 1, 2], 0)[0]\n1");
    r.add("piecewise", piecewise, "piecewise(x, condlist, funclist)\n\nEach function (or constant) applied where its condition holds; one extra for elsewhere.\n\n>>> x = array([-1.0, 2.0]); piecewise(x, [x < 0], [lambda v: -v, lambda v: v * 10])\narray([ 1., 20.])");
    r.add("eigvals", eigvals, "eigvals(a)\n\nThe eigenvalues of a square matrix (real ones only in arr).\n\n>>> eigvals([[2.0, 0.0], [0.0, 3.0]])\narray([2., 3.])");
    r.add("eigvalsh", eigvalsh, "eigvalsh(a)\n\nThe eigenvalues of a symmetric matrix, ascending.\n\n>>> eigvalsh([[2.0, 1.0], [1.0, 2.0]])\narray([1., 3.])");
    r.add("cond", cond, "cond(x, p=None)\n\nThe condition number (2-norm: largest over smallest singular value).\n\n>>> cond([[1.0, 0.0], [0.0, 2.0]])\n2.0");
    r.add("roots", roots, "roots(p)\n\nThe roots of the polynomial with coefficients p (highest power first): the eigenvalues of its companion matrix, complex when any root is.\n\n>>> sort(roots([1.0, -3.0, 2.0]))\narray([1., 2.])");
}

fn lexsort(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [keys, axis] = args.bind("lexsort", ["keys", "axis"], 1)?;
    if !matches!(axis, Value::None) && to_i64(&axis, "lexsort(axis=)")? != -1 {
        return Err(Error::value("lexsort(): arr sorts 1-d keys (axis=-1) only"));
    }
    let ks: Vec<Vec<f64>> = match &keys {
        Value::Array(a) if a.ndim() == 2 => crate::value::convert::items_of(&keys, "lexsort")?
            .iter()
            .map(|k| arr(k, "lexsort()").map(|a| a.to_f64().iter().copied().collect()))
            .collect::<Result<_>>()?,
        Value::Array(a) if a.ndim() == 1 => vec![a.to_f64().iter().copied().collect()],
        v => crate::value::convert::items_of(v, "lexsort")?
            .iter()
            .map(|k| arr(k, "lexsort()").map(|a| a.to_f64().iter().copied().collect()))
            .collect::<Result<_>>()?,
    };
    if ks.is_empty() {
        return Err(Error::type_error(
            "lexsort(): need sequence of keys with len > 0 in lexsort",
        ));
    }
    let n = ks[0].len();
    if ks.iter().any(|k| k.len() != n) {
        return Err(Error::value(
            "lexsort(): all keys need to be the same shape",
        ));
    }
    let mut idx: Vec<usize> = (0..n).collect();
    idx.sort_by(|&i, &j| {
        for k in ks.iter().rev() {
            match cmp_f64(&k[i], &k[j]) {
                Ordering::Equal => continue,
                o => return o,
            }
        }
        Ordering::Equal
    });
    Ok(Value::from_array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), idx.into_iter().map(|i| i as i64).collect())
            .map_err(|e| Error::value(e.to_string()))?,
    )))
}

/// Checks `kth` against the axis length of `a`.
fn check_kth(a: &NdArray, kth: &Value, axis: &Value, what: &str) -> Result<()> {
    if let Value::Float(_) = kth {
        return Err(Error::type_error(format!(
            "{what}: Partition index must be integer"
        )));
    }
    let ks = match kth {
        Value::Int(k) => vec![*k],
        v => crate::value::convert::to_i64_list(v, what)?,
    };
    let ax = if let Value::None = axis {
        -1
    } else {
        to_i64(axis, what)?
    };
    if a.ndim() == 0 {
        return Err(Error::new(
            ErrorKind::Axis,
            format!("{what}: axis {ax} is out of bounds for array of dimension 0"),
        ));
    }
    let n = a.shape()[axis_error(ax, a.ndim(), what)?] as i64;
    for k in ks {
        if k >= n || k < -n {
            return Err(Error::value(format!(
                "{what}: kth(={k}) out of bounds ({n})"
            )));
        }
    }
    Ok(())
}

fn partition(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, kth, axis] = args.bind("partition", ["a", "kth", "axis"], 2)?;
    check_kth(&arr(&a, "partition()")?, &kth, &axis, "partition()")?;
    let axis = if let Value::None = axis {
        Value::Int(-1)
    } else {
        axis
    };
    let b = crate::builtins::lookup("sort").ok_or_else(|| Error::internal("no sort"))?;
    cx.call(
        &Value::Builtin(b),
        Args {
            pos: vec![a],
            kw: vec![("axis".into(), axis)],
        },
    )
}

fn argpartition(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, kth, axis] = args.bind("argpartition", ["a", "kth", "axis"], 2)?;
    check_kth(&arr(&a, "argpartition()")?, &kth, &axis, "argpartition()")?;
    let axis = if let Value::None = axis {
        Value::Int(-1)
    } else {
        axis
    };
    let b = crate::builtins::lookup("argsort").ok_or_else(|| Error::internal("no argsort"))?;
    cx.call(
        &Value::Builtin(b),
        Args {
            pos: vec![a],
            kw: vec![("axis".into(), axis)],
        },
    )
}

fn piecewise(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, condlist, funclist] = args.bind("piecewise", ["x", "condlist", "funclist"], 3)?;
    let xa = arr(&x, "piecewise()")?;
    let n = xa.len();
    let conds: Vec<Vec<bool>> = match &condlist {
        Value::Array(c) if c.dtype() == DType::Bool && c.shape() == xa.shape() => {
            vec![c.to_bool().iter().copied().collect()]
        }
        v => crate::value::convert::items_of(v, "piecewise")?
            .iter()
            .map(|c| {
                let m = arr(c, "piecewise()")?.to_bool().into_owned();
                let m = m
                    .broadcast(IxDyn(xa.shape()))
                    .map(|b| b.iter().copied().collect())
                    .ok_or_else(|| {
                        Error::value("piecewise(): a condition does not match x's shape")
                    })?;
                Ok(m)
            })
            .collect::<Result<_>>()?,
    };
    let mut funcs = crate::value::convert::items_of(&funclist, "piecewise")?;
    if funcs.len() != conds.len() && funcs.len() != conds.len() + 1 {
        return Err(Error::value(format!(
            "piecewise(): with {} condition(s), either {} or {} functions are expected",
            conds.len(),
            conds.len(),
            conds.len() + 1
        )));
    }
    let mut conds = conds;
    if funcs.len() == conds.len() + 1 {
        let other: Vec<bool> = (0..n).map(|i| !conds.iter().any(|c| c[i])).collect();
        let f = funcs.pop().unwrap_or(Value::None);
        conds.push(other);
        funcs.push(f);
    }
    let xf: Vec<f64> = xa.to_f64().iter().copied().collect();
    let mut y = vec![0.0; n];
    for (c, f) in conds.iter().zip(&funcs) {
        let pos: Vec<usize> = (0..n).filter(|&i| c[i]).collect();
        let vals: Vec<f64> = match f {
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
                vec![crate::value::convert::to_f64(f, "piecewise()")?; pos.len()]
            }
            f => {
                let sub = NdArray::F64(
                    ArrayD::from_shape_vec(
                        IxDyn(&[pos.len()]),
                        pos.iter().map(|&i| xf[i]).collect(),
                    )
                    .map_err(|e| Error::value(e.to_string()))?,
                );
                let r = cx.call(
                    f,
                    Args::new(vec![Value::from_array(sub.astype(xa.dtype()))]),
                )?;
                let r = arr(&r, "piecewise()")?;
                let rv: Vec<f64> = r.to_f64().iter().copied().collect();
                if rv.len() == 1 {
                    vec![rv[0]; pos.len()]
                } else if rv.len() == pos.len() {
                    rv
                } else {
                    return Err(Error::value(
                        "piecewise(): a function's result does not match its condition's count",
                    ));
                }
            }
        };
        for (k, &i) in pos.iter().enumerate() {
            y[i] = vals[k];
        }
    }
    let out = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(xa.shape()), y).map_err(|e| Error::value(e.to_string()))?,
    );
    Ok(Value::from_array(out.astype(xa.dtype())))
}

fn first(v: Value) -> Value {
    match &v {
        Value::Tuple(t) if !t.is_empty() => t[0].clone(),
        _ => v,
    }
}

fn eigvals(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("eigvals", ["a"], 1)?;
    call(cx, "eig", vec![a], vec![]).map(first)
}

fn eigvalsh(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, uplo] = args.bind("eigvalsh", ["a", "UPLO"], 1)?;
    if !matches!(&uplo, Value::None) && crate::value::format::value_str(&uplo) != "L" {
        return Err(Error::value(
            "eigvalsh(): arr reads the lower triangle only (UPLO='L')",
        ));
    }
    call(cx, "eigh", vec![a], vec![]).map(first)
}

fn cond(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, p] = args.bind("cond", ["x", "p"], 1)?;
    match &p {
        Value::None | Value::Int(2) => {
            let s = call(cx, "svd", vec![x], vec![])?;
            let s = match &s {
                Value::Tuple(t) if t.len() == 3 => t[1].clone(),
                other => other.clone(),
            };
            let sv: Vec<f64> = arr(&s, "cond()")?.to_f64().iter().copied().collect();
            let hi = sv.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let lo = sv.iter().copied().fold(f64::INFINITY, f64::min);
            Ok(Value::Float(hi / lo))
        }
        _ => {
            let inv = call(cx, "inv", vec![x.clone()], vec![])?;
            let b = crate::builtins::lookup("norm").ok_or_else(|| Error::internal("no norm"))?;
            let n1 = cx.call(&Value::Builtin(b), Args::new(vec![x, p.clone()]))?;
            let n2 = cx.call(&Value::Builtin(b), Args::new(vec![inv, p]))?;
            crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &n1, &n2, cx)
        }
    }
}

fn roots(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [p] = args.bind("roots", ["p"], 1)?;
    let pa = arr(&p, "roots()")?;
    if pa.ndim() != 1 {
        return Err(Error::value("roots(): Input must be a rank-1 array."));
    }
    let mut c: Vec<f64> = pa.to_f64().iter().copied().collect();
    while c.first() == Some(&0.0) {
        c.remove(0);
    }
    let mut zeros = 0;
    while c.len() > 1 && c.last() == Some(&0.0) {
        c.pop();
        zeros += 1;
    }
    let n = c.len().saturating_sub(1);
    let zeros = Value::from_array(NdArray::F64(ArrayD::zeros(IxDyn(&[zeros]))));
    if n == 0 {
        return Ok(zeros);
    }
    // The eigenvalues of the companion matrix, complex when any is.
    let comp = ArrayD::from_shape_fn(IxDyn(&[n, n]), |ix| {
        if ix[0] == 0 {
            -c[ix[1] + 1] / c[0]
        } else if ix[0] == ix[1] + 1 {
            1.0
        } else {
            0.0
        }
    });
    let ev = call(
        cx,
        "eig",
        vec![Value::from_array(NdArray::F64(comp))],
        vec![],
    )
    .map(first)?;
    call(
        cx,
        "concatenate",
        vec![Value::tuple(vec![ev, zeros])],
        vec![],
    )
}
