//! Python's builtins over iterables: `zip enumerate sorted reversed map
//! filter`, and the Python meaning of `sum min max any all` for lists,
//! tuples, sets, ranges, strings and generators (arrays keep NumPy's).

use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::object::iter::Lazy;
use crate::syntax::ast::BinOp;
use crate::value::convert::iter_values;
use crate::value::{ops, Value};
use std::cmp::Ordering;

pub fn register(r: &mut Registry) {
    r.add("zip", zip, "zip(*iterables, strict=False)\n\nTuples of the items at the same position, as long as the shortest.\n\n>>> list(zip((1, 2, 3), 'ab'))\n[(1, 'a'), (2, 'b')]");
    r.add("enumerate", enumerate, "enumerate(iterable, start=0)\n\nPairs (index, item).\n\n>>> list(enumerate('ab', start=1))\n[(1, 'a'), (2, 'b')]");
    r.add("sorted", sorted, "sorted(iterable, key=None, reverse=False)\n\nA new sorted list (stable).\n\n>>> sorted(('b', 'c', 'a'), reverse=True)\n['c', 'b', 'a']");
    r.add("reversed", reversed, "reversed(seq)\n\nThe items in reverse order, as a list.\n\n>>> reversed((1, 2, 3))\n[3, 2, 1]");
    r.add("map", map, "map(f, *iterables)\n\n`f` applied to each item (to items at the same position of several iterables), as a list.\n\n>>> map(str, (1, 2))\n['1', '2']");
    r.add("filter", filter, "filter(f, iterable)\n\nThe items for which `f` is true (`None`: the true items), as a list.\n\n>>> filter(None, (0, 1, 2))\n[1, 2]");
}

/// Whether `x` is a Python iterable that `sum min max any all` treat the
/// Python way (an array or a number keeps NumPy's meaning).
pub fn is_python_iterable(x: &Value) -> bool {
    match x {
        Value::Tuple(_) | Value::Range(_) | Value::Str(_) | Value::Dict(_) => true,
        Value::List(items) => {
            let items = items.borrow();
            items.iter().any(|v| !v.is_scalar()) || items.is_empty()
        }
        Value::Host(_) => {
            crate::object::set::as_set(x).is_some()
                || crate::object::as_instance(x).is_some()
                || crate::object::iter::is_iterator(x)
        }
        _ => false,
    }
}

fn zip(cx: &mut dyn Context, args: Args) -> Result<Value> {
    for (k, _) in &args.kw {
        if &**k != "strict" {
            return Err(Error::type_error(format!(
                "zip() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let strict = match args.kw.first() {
        Some((_, v)) => ops::truthy(v, cx)?,
        None => false,
    };
    // Over an iterator, zip is lazy (as Python's always is).
    if crate::object::iter::any_iterator(&args.pos) {
        return crate::object::iter::lazy(Lazy::Zip { strict }, args.pos, cx);
    }
    let lists = args
        .pos
        .iter()
        .map(|a| iter_values(a, cx))
        .collect::<Result<Vec<_>>>()?;
    let n = lists.iter().map(Vec::len).min().unwrap_or(0);
    if strict && lists.iter().any(|l| l.len() != n) {
        // Python's words: which argument ran out first, or went on.
        let plural = |k: usize| {
            if k == 1 {
                " 1".to_string()
            } else {
                format!("s 1-{k}")
            }
        };
        let first_short = lists.iter().position(|l| l.len() == n).unwrap_or(0);
        let msg = if first_short == 0 {
            let j = lists.iter().position(|l| l.len() > n).unwrap_or(1);
            format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            )
        } else {
            format!(
                "zip() argument {} is shorter than argument{}",
                first_short + 1,
                plural(first_short)
            )
        };
        return Err(Error::value(msg));
    }
    let out = (0..n)
        .map(|i| Value::tuple(lists.iter().map(|l| l[i].clone()).collect()))
        .collect();
    Ok(Value::list(out))
}

fn enumerate(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it, start] = args.bind("enumerate", ["iterable", "start"], 1)?;
    let start = match start {
        Value::None => 0,
        v => crate::value::convert::to_i64(&v, "enumerate() start")?,
    };
    if crate::object::iter::any_iterator(std::slice::from_ref(&it)) {
        let kind = Lazy::Enumerate(std::cell::Cell::new(start));
        return crate::object::iter::lazy(kind, vec![it], cx);
    }
    let items = iter_values(&it, cx)?;
    Ok(Value::list(
        items
            .into_iter()
            .enumerate()
            .map(|(i, v)| Value::tuple(vec![Value::Int(start.wrapping_add(i as i64)), v]))
            .collect(),
    ))
}

fn reversed(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it] = args.bind("reversed", ["seq"], 1)?;
    if let Some(r) = crate::object::proto::dunder(&it, "__reversed__", Vec::new(), cx) {
        return r;
    }
    let mut items = iter_values(&it, cx)?;
    items.reverse();
    Ok(Value::list(items))
}

fn map(cx: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("map")?;
    let mut pos = args.pos.into_iter();
    let Some(f) = pos.next() else {
        return Err(Error::type_error("map() must have at least two arguments."));
    };
    let sources: Vec<Value> = pos.collect();
    if crate::object::iter::any_iterator(&sources) {
        return crate::object::iter::lazy(Lazy::Map(f), sources, cx);
    }
    let lists = sources
        .iter()
        .map(|a| iter_values(a, cx))
        .collect::<Result<Vec<_>>>()?;
    if lists.is_empty() {
        return Err(Error::type_error("map() must have at least two arguments."));
    }
    let n = lists.iter().map(Vec::len).min().unwrap_or(0);
    let mut out = Vec::with_capacity(n);
    for i in 0..n {
        let call_args = Args {
            pos: lists.iter().map(|l| l[i].clone()).collect(),
            kw: Vec::new(),
        };
        out.push(cx.call(&f, call_args)?);
    }
    Ok(Value::list(out))
}

fn filter(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [f, it] = args.bind("filter", ["function", "iterable"], 2)?;
    if crate::object::iter::any_iterator(std::slice::from_ref(&it)) {
        return crate::object::iter::lazy(Lazy::Filter(f), vec![it], cx);
    }
    let mut out = Vec::new();
    for v in iter_values(&it, cx)? {
        let keep = match &f {
            Value::None => ops::truthy(&v, cx)?,
            f => {
                let r = cx.call(
                    f,
                    Args {
                        pos: vec![v.clone()],
                        kw: Vec::new(),
                    },
                )?;
                ops::truthy(&r, cx)?
            }
        };
        if keep {
            out.push(v);
        }
    }
    Ok(Value::list(out))
}

/// Python's `<` between two values.
pub fn py_less(a: &Value, b: &Value, cx: &mut dyn Context) -> Result<bool> {
    less_at(a, b, cx, 0)
}

fn less_at(a: &Value, b: &Value, cx: &mut dyn Context, depth: usize) -> Result<bool> {
    if depth > 1000 {
        return Err(Error::new(
            crate::error::ErrorKind::Recursion,
            "maximum recursion depth exceeded in comparison",
        ));
    }
    match (a, b) {
        (Value::Tuple(_), Value::Tuple(_)) | (Value::List(_), Value::List(_)) => {
            let x = crate::value::convert::seq_items(a).unwrap_or_default();
            let y = crate::value::convert::seq_items(b).unwrap_or_default();
            for (p, q) in x.iter().zip(y.iter()) {
                if !ops::values_equal(p, q) {
                    return less_at(p, q, cx, depth + 1);
                }
            }
            Ok(x.len() < y.len())
        }
        _ => {
            if let Some(v) = ops::fast_scalar(BinOp::Lt, a, b) {
                return ops::truthy(&v, cx);
            }
            let r = ops::binary(BinOp::Lt, a, b, cx).map_err(|_| {
                Error::type_error(format!(
                    "'<' not supported between instances of '{}' and '{}'",
                    crate::object::types::type_name_of(a),
                    crate::object::types::type_name_of(b)
                ))
            })?;
            ops::truthy(&r, cx)
        }
    }
}

/// A stable merge sort with a comparison that may fail (user `__lt__`,
/// `key` functions) and need not be a total order.
pub fn sort_values(
    items: &mut Vec<(Value, Value)>,
    reverse: bool,
    cx: &mut dyn Context,
) -> Result<()> {
    let n = items.len();
    if n < 2 {
        return Ok(());
    }
    let mut src: Vec<(Value, Value)> = std::mem::take(items);
    let mut width = 1;
    while width < n {
        let mut dst = Vec::with_capacity(n);
        let mut rest = src.into_iter().peekable();
        while rest.peek().is_some() {
            let left: Vec<_> = rest.by_ref().take(width).collect();
            let right: Vec<_> = rest.by_ref().take(width).collect();
            let (mut l, mut r) = (left.into_iter().peekable(), right.into_iter().peekable());
            while let (Some(a), Some(b)) = (l.peek(), r.peek()) {
                // Right goes first only when strictly before left: stable.
                let right_first = if reverse {
                    py_less(&a.0, &b.0, cx)?
                } else {
                    py_less(&b.0, &a.0, cx)?
                };
                let next = if right_first { r.next() } else { l.next() };
                dst.extend(next);
            }
            dst.extend(l);
            dst.extend(r);
        }
        cx.charge(n as u64)?;
        src = dst;
        width = width.saturating_mul(2);
    }
    *items = src;
    Ok(())
}

/// Items with their sort keys.
fn keyed(items: Vec<Value>, key: &Value, cx: &mut dyn Context) -> Result<Vec<(Value, Value)>> {
    items
        .into_iter()
        .map(|v| match key {
            Value::None => Ok((v.clone(), v)),
            k => Ok((
                cx.call(
                    k,
                    Args {
                        pos: vec![v.clone()],
                        kw: Vec::new(),
                    },
                )?,
                v,
            )),
        })
        .collect()
}

fn sorted(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.len() > 1 {
        return Err(Error::type_error(format!(
            "sorted expected 1 argument, got {}",
            args.pos.len()
        )));
    }
    let [it, key, reverse] = args.bind("sorted", ["iterable", "key", "reverse"], 1)?;
    let reverse = ops::truthy(&reverse, cx)?;
    let items = iter_values(&it, cx)?;
    let mut pairs = keyed(items, &key, cx)?;
    sort_values(&mut pairs, reverse, cx)?;
    Ok(Value::list(pairs.into_iter().map(|(_, v)| v).collect()))
}

/// Python's `min`/`max`: over one iterable or several arguments, with
/// `key=` and `default=`.
pub fn py_extreme(name: &str, cx: &mut dyn Context, args: Args) -> Result<Value> {
    let mut key = Value::None;
    let mut default = None;
    for (k, v) in args.kw {
        match &*k {
            "key" => key = v,
            "default" => default = Some(v),
            _ => {
                return Err(Error::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    let items = match args.pos.len() {
        0 => {
            return Err(Error::type_error(format!(
                "{name} expected at least 1 argument, got 0"
            )))
        }
        1 => iter_values(&args.pos[0], cx)?,
        _ => args.pos,
    };
    let pairs = keyed(items, &key, cx)?;
    let mut best: Option<(Value, Value)> = None;
    for (k, v) in pairs {
        let better = match &best {
            None => true,
            Some((bk, _)) if name == "min" => py_less(&k, bk, cx)?,
            Some((bk, _)) => py_less(bk, &k, cx)?,
        };
        if better {
            best = Some((k, v));
        }
    }
    match (best, default) {
        (Some((_, v)), _) => Ok(v),
        (None, Some(d)) => Ok(d),
        (None, None) => Err(Error::value(format!("{name}() iterable argument is empty"))),
    }
}

/// Python's `sum(iterable, start=0)`: left to right.
pub fn py_sum(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it, start] = args.bind("sum", ["iterable", "start"], 1)?;
    let mut acc = match start {
        Value::None => Value::Int(0),
        Value::Str(_) => {
            return Err(Error::type_error(
                "sum() can't sum strings [use ''.join(seq) instead]",
            ))
        }
        v => v,
    };
    for v in iter_values(&it, cx)? {
        acc = match ops::fast_scalar(BinOp::Add, &acc, &v) {
            Some(r) => r,
            None => ops::binary(BinOp::Add, &acc, &v, cx)?,
        };
    }
    Ok(acc)
}

/// Python's `any`/`all` over an iterable.
pub fn py_any_all(name: &str, cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it] = args.bind(name, ["iterable"], 1)?;
    let want = name == "any";
    // An iterator is read only up to the deciding item, as in Python.
    if crate::object::iter::is_iterator(&it) {
        while let Some(v) = crate::object::iter::next_of(&it, cx).transpose()?.flatten() {
            if ops::truthy(&v, cx)? == want {
                return Ok(Value::Bool(want));
            }
        }
        return Ok(Value::Bool(!want));
    }
    for v in iter_values(&it, cx)? {
        if ops::truthy(&v, cx)? == want {
            return Ok(Value::Bool(want));
        }
    }
    Ok(Value::Bool(!want))
}

pub fn order(a: &Value, b: &Value, cx: &mut dyn Context) -> Result<Ordering> {
    if py_less(a, b, cx)? {
        Ok(Ordering::Less)
    } else if py_less(b, a, cx)? {
        Ok(Ordering::Greater)
    } else {
        Ok(Ordering::Equal)
    }
}
