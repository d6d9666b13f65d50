//! Iterators: what `iter(x)` returns and what a generator function (one
//! that yields) returns once it has run. `next(it)` takes the next value;
//! iterating takes the rest.

use crate::error::{Error, Result};
use crate::value::{Args, Context, HostValue, Value};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

#[derive(Debug)]
pub struct ListIter {
    items: RefCell<VecDeque<Value>>,
    /// `generator` or `list_iterator` (what `type()` reports).
    kind: &'static str,
}

/// An iterator over `items`.
pub fn new_iter(items: Vec<Value>, generator: bool) -> Value {
    Value::Host(Rc::new(ListIter {
        items: RefCell::new(items.into()),
        kind: if generator {
            "generator"
        } else {
            "list_iterator"
        },
    }))
}

pub fn as_iter(v: &Value) -> Option<&ListIter> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<ListIter>(),
        _ => None,
    }
}

/// The error `next()` raises at the end: a `StopIteration`.
pub fn stop_iteration(cx: &mut dyn Context) -> Error {
    let made = super::exc::class("StopIteration")
        .ok_or_else(|| Error::internal("no StopIteration"))
        .and_then(|c| c.instantiate(Args::default(), cx))
        .and_then(|v| super::exc::raise(v, cx));
    match made {
        Ok(e) | Err(e) => e,
    }
}

impl ListIter {
    pub fn next_value(&self) -> Option<Value> {
        self.items.borrow_mut().pop_front()
    }
}

/// Whether `v` is a built-in iterator (a generator, what `iter()` made).
pub fn is_iterator(v: &Value) -> bool {
    matches!(v, Value::Host(h) if h.is_iterator())
}

/// `next(v)` for a built-in iterator (`None`: not one; `Some(Ok(None))`:
/// exhausted).
pub fn next_of_iterator(v: &Value, cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
    match v {
        Value::Host(h) if h.is_iterator() => h.next(v, cx),
        _ => None,
    }
}

/// `next(v)` for any iterator, an object with `__next__` included.
pub fn next_of(v: &Value, cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
    if let Some(r) = next_of_iterator(v, cx) {
        return Some(r);
    }
    match super::proto::dunder(v, "__next__", Vec::new(), cx)? {
        Ok(x) => Some(Ok(Some(x))),
        Err(e) if super::exc::is_stop_iteration(&e) => Some(Ok(None)),
        Err(e) => Some(Err(e)),
    }
}

impl HostValue for ListIter {
    fn type_name(&self) -> String {
        self.kind.into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("<{} object at {:#x}>", self.kind, self as *const _ as usize)
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _this: &Value, _cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
        Some(Ok(self.next_value()))
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        Some(Ok(self.items.borrow_mut().drain(..).collect()))
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        None
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        _args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match name {
            "__next__" => Some(self.next_value().ok_or_else(|| stop_iteration(cx))),
            "__iter__" => Some(Ok(this.clone())),
            _ => None,
        }
    }
}

/// What a lazy `zip`/`enumerate`/`map`/`filter` does with its sources.
#[derive(Debug)]
pub enum Lazy {
    Zip { strict: bool },
    Enumerate(Cell<i64>),
    Map(Value),
    Filter(Value),
}

/// `zip`, `enumerate`, `map` or `filter` over an iterator: one item per
/// `next()`, pulled from the sources only then, as Python's are (so
/// `zip(it, it)` pairs up the items of one iterator, and an endless
/// generator is fine).
#[derive(Debug)]
pub struct LazyIter {
    kind: Lazy,
    sources: Vec<Value>,
    done: Cell<bool>,
}

/// Whether any of `values` is an iterator, so that `zip` and the like must
/// be lazy.
pub fn any_iterator(values: &[Value]) -> bool {
    values.iter().any(|v| {
        is_iterator(v)
            || super::as_instance(v).is_some_and(|i| i.class.lookup("__next__").is_some())
    })
}

/// A lazy `zip`/`enumerate`/`map`/`filter` over `sources` (each made an
/// iterator here).
pub fn lazy(kind: Lazy, sources: Vec<Value>, cx: &mut dyn Context) -> Result<Value> {
    let sources = sources
        .into_iter()
        .map(|s| {
            if is_iterator(&s) {
                return Ok(s);
            }
            if let Some(r) = super::proto::dunder(&s, "__iter__", Vec::new(), cx) {
                return r;
            }
            Ok(new_iter(crate::value::convert::iter_values(&s, cx)?, false))
        })
        .collect::<Result<Vec<_>>>()?;
    Ok(Value::Host(Rc::new(LazyIter {
        kind,
        sources,
        done: Cell::new(false),
    })))
}

impl LazyIter {
    fn name(&self) -> &'static str {
        match self.kind {
            Lazy::Zip { .. } => "zip",
            Lazy::Enumerate(_) => "enumerate",
            Lazy::Map(_) => "map",
            Lazy::Filter(_) => "filter",
        }
    }

    fn pull(&self, i: usize, cx: &mut dyn Context) -> Result<Option<Value>> {
        match next_of(&self.sources[i], cx) {
            Some(r) => r,
            None => Err(Error::type_error(format!(
                "'{}' object is not an iterator",
                self.sources[i].py_type_name()
            ))),
        }
    }

    fn step(&self, cx: &mut dyn Context) -> Result<Option<Value>> {
        if self.done.get() {
            return Ok(None);
        }
        let r = self.step_inner(cx);
        if !matches!(r, Ok(Some(_))) {
            self.done.set(true);
        }
        r
    }

    fn step_inner(&self, cx: &mut dyn Context) -> Result<Option<Value>> {
        match &self.kind {
            Lazy::Zip { strict } => {
                let mut row = Vec::with_capacity(self.sources.len());
                for i in 0..self.sources.len() {
                    match self.pull(i, cx)? {
                        Some(v) => row.push(v),
                        None => {
                            if *strict {
                                strict_check(self, i, cx)?;
                            }
                            return Ok(None);
                        }
                    }
                }
                if row.is_empty() {
                    return Ok(None);
                }
                Ok(Some(Value::tuple(row)))
            }
            Lazy::Enumerate(n) => Ok(self.pull(0, cx)?.map(|v| {
                let i = n.get();
                n.set(i.wrapping_add(1));
                Value::tuple(vec![Value::Int(i), v])
            })),
            Lazy::Map(f) => {
                let mut args = Vec::with_capacity(self.sources.len());
                for i in 0..self.sources.len() {
                    match self.pull(i, cx)? {
                        Some(v) => args.push(v),
                        None => return Ok(None),
                    }
                }
                cx.call(
                    f,
                    Args {
                        pos: args,
                        kw: Vec::new(),
                    },
                )
                .map(Some)
            }
            Lazy::Filter(f) => loop {
                cx.check_interrupt()?;
                let Some(v) = self.pull(0, cx)? else {
                    return Ok(None);
                };
                let keep = match f {
                    Value::None => crate::value::ops::truthy(&v, cx)?,
                    f => {
                        let r = cx.call(
                            f,
                            Args {
                                pos: vec![v.clone()],
                                kw: Vec::new(),
                            },
                        )?;
                        crate::value::ops::truthy(&r, cx)?
                    }
                };
                if keep {
                    return Ok(Some(v));
                }
            },
        }
    }
}

/// `zip(strict=True)` when source `i` ran out: every other must have too.
fn strict_check(z: &LazyIter, i: usize, cx: &mut dyn Context) -> Result<()> {
    let plural = |k: usize| {
        if k == 1 {
            " 1".to_string()
        } else {
            format!("s 1-{k}")
        }
    };
    if i > 0 {
        return Err(Error::value(format!(
            "zip() argument {} is shorter than argument{}",
            i + 1,
            plural(i)
        )));
    }
    for j in 1..z.sources.len() {
        if z.pull(j, cx)?.is_some() {
            return Err(Error::value(format!(
                "zip() argument {} is longer than argument{}",
                j + 1,
                plural(j)
            )));
        }
    }
    Ok(())
}

impl HostValue for LazyIter {
    fn type_name(&self) -> String {
        self.name().into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<{} object at {:#x}>",
            self.name(),
            self as *const _ as usize
        )
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _this: &Value, cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
        Some(self.step(cx))
    }

    fn iter(&self, cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        let mut out = Vec::new();
        loop {
            match self.step(cx) {
                Ok(Some(v)) => {
                    out.push(v);
                    if out.len() % 4096 == 0 {
                        if let Err(e) = cx
                            .check_alloc("an iterator's values", out.len(), 16)
                            .and_then(|_| cx.check_interrupt())
                        {
                            return Some(Err(e));
                        }
                    }
                }
                Ok(None) => return Some(Ok(out)),
                Err(e) => return Some(Err(e)),
            }
        }
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        _args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match name {
            "__next__" => Some(match self.step(cx) {
                Ok(Some(v)) => Ok(v),
                Ok(None) => Err(stop_iteration(cx)),
                Err(e) => Err(e),
            }),
            "__iter__" => Some(Ok(this.clone())),
            _ => None,
        }
    }
}
