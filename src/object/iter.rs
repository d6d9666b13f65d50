//! Iterators: what `iter(x)` returns and what a generator function (one
//! that yields) returns once it has run. `next(it)` takes the next value;
//! iterating takes the rest.

use crate::error::{Error, Result};
use crate::value::{Args, Context, HostValue, Value};
use std::any::Any;
use std::cell::RefCell;
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
