//! Python's `set`: a shared, mutable collection of distinct values, kept
//! in insertion order (small non-negative ints iterate in ascending order,
//! as CPython's hash table happens to give them).

use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::BinOp;
use crate::value::ops::values_equal;
use crate::value::{Args, Context, HostValue, Value};
use std::any::Any;
use std::cell::RefCell;
// foldhash: the hasher hashbrown uses by default, several times faster than
// SipHash on the ints and strings sets hold (`set(range(10**6))`: 0.4-0.9 s
// -> 0.23 s).
use foldhash::HashSet;
use std::rc::Rc;

#[derive(Debug, Default)]
pub struct Set {
    /// The items in insertion order. Change them only through the methods
    /// here, which keep `keys` in step.
    pub items: RefCell<Vec<Value>>,
    /// The hash keys of the items that have one (numbers, strings, None,
    /// tuples of those): membership in constant time. Items without a key
    /// (objects, NaN) are found by a scan.
    keys: RefCell<HashSet<Key>>,
}

/// A value's identity for hashing: equal values (`1 == 1.0 == True`) have
/// equal keys.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
enum Key {
    None,
    Int(i64),
    Float(u64),
    Str(Rc<str>),
    Tuple(Vec<Key>),
}

/// The key of a value, if it has one; nesting is bounded so that a deeply
/// nested tuple is simply scanned.
fn key_of(v: &Value) -> Option<Key> {
    fn go(v: &Value, depth: usize) -> Option<Key> {
        Some(match v {
            Value::None => Key::None,
            Value::Bool(b) => Key::Int(*b as i64),
            Value::Int(i) => Key::Int(*i),
            Value::Float(f) if f.is_nan() => return None,
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => Key::Int(*f as i64),
            Value::Float(f) => Key::Float(f.to_bits()),
            Value::Str(s) => Key::Str(s.clone()),
            Value::Tuple(items) if depth < 32 => Key::Tuple(
                items
                    .iter()
                    .map(|x| go(x, depth + 1))
                    .collect::<Option<Vec<_>>>()?,
            ),
            _ => return None,
        })
    }
    go(v, 0)
}

/// A new set of the distinct `items`.
pub fn new_set(items: Vec<Value>, cx: &mut dyn Context) -> Result<Value> {
    let s = Set::default();
    for v in items {
        s.insert(v, cx)?;
    }
    Ok(Value::Host(Rc::new(s)))
}

pub fn as_set(v: &Value) -> Option<&Set> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Set>(),
        _ => None,
    }
}

fn check_hashable(v: &Value) -> Result<()> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Array(_) => Err(Error::type_error(format!(
            "unhashable type: '{}'",
            match v {
                Value::List(_) => "list",
                Value::Dict(_) => "dict",
                _ => "numpy.ndarray",
            }
        ))),
        Value::Host(_) if as_set(v).is_some() => Err(Error::type_error("unhashable type: 'set'")),
        // A class that defines `__eq__` without `__hash__` is unhashable.
        Value::Host(_) => match super::as_instance(v) {
            Some(i)
                if i.class.lookup("__eq__").is_some() && i.class.lookup("__hash__").is_none() =>
            {
                Err(Error::type_error(format!(
                    "unhashable type: '{}'",
                    i.class.name
                )))
            }
            _ => Ok(()),
        },
        _ => Ok(()),
    }
}

impl Set {
    /// A set of items already distinct.
    fn from_distinct(items: Vec<Value>) -> Set {
        let keys = items.iter().filter_map(key_of).collect();
        Set {
            items: RefCell::new(items),
            keys: RefCell::new(keys),
        }
    }

    pub fn contains(&self, v: &Value) -> bool {
        if let Some(k) = key_of(v) {
            return self.keys.borrow().contains(&k);
        }
        self.items
            .borrow()
            .iter()
            .any(|x| values_equal(x, v) || crate::value::ops::same_nan(x, v))
    }

    fn push_new(&self, v: Value) {
        if let Some(k) = key_of(&v) {
            self.keys.borrow_mut().insert(k);
        }
        self.items.borrow_mut().push(v);
    }

    /// Removes `v`; whether it was there.
    fn remove_value(&self, v: &Value) -> bool {
        if let Some(k) = key_of(v) {
            if !self.keys.borrow_mut().remove(&k) {
                return false;
            }
        }
        let mut items = self.items.borrow_mut();
        match items.iter().position(|x| values_equal(x, v)) {
            Some(i) => {
                items.remove(i);
                true
            }
            None => false,
        }
    }

    fn replace_all(&self, items: Vec<Value>) {
        *self.keys.borrow_mut() = items.iter().filter_map(key_of).collect();
        *self.items.borrow_mut() = items;
    }

    /// Membership as Python decides it: an object compares by its
    /// `__eq__` (the items are copied out while it runs).
    pub fn contains_cx(&self, v: &Value, cx: &mut dyn Context) -> Result<bool> {
        if !matches!(v, Value::Host(_)) {
            return Ok(self.contains(v));
        }
        let items = self.items.borrow().clone();
        for x in &items {
            if crate::value::index::keys_equal(x, v, cx)? {
                return Ok(true);
            }
        }
        Ok(false)
    }

    pub fn insert(&self, v: Value, cx: &mut dyn Context) -> Result<()> {
        check_hashable(&v)?;
        if !self.contains_cx(&v, cx)? {
            let n = self.items.borrow().len();
            if n % 4096 == 4095 {
                cx.check_alloc("a set", n + 1, 16)?;
            }
            self.push_new(v);
        }
        Ok(())
    }

    /// The items in iteration order.
    pub fn ordered(&self) -> Vec<Value> {
        let mut items = self.items.borrow().clone();
        if items.iter().all(|v| matches!(v, Value::Int(i) if *i >= 0)) {
            items.sort_by_key(|v| match v {
                Value::Int(i) => *i,
                _ => 0,
            });
        }
        items
    }

    fn combine(&self, other: &Set, op: BinOp) -> Vec<Value> {
        let mine = self.items.borrow().clone();
        let theirs = other.items.borrow().clone();
        match op {
            BinOp::BitOr => {
                let mut out = mine;
                out.extend(theirs.into_iter().filter(|v| !self.contains(v)));
                out
            }
            BinOp::BitAnd => mine.into_iter().filter(|v| other.contains(v)).collect(),
            BinOp::Sub => mine.into_iter().filter(|v| !other.contains(v)).collect(),
            _ => {
                let mut out: Vec<Value> = mine.into_iter().filter(|v| !other.contains(v)).collect();
                out.extend(theirs.into_iter().filter(|v| !self.contains(v)));
                out
            }
        }
    }

    fn subset(&self, other: &Set) -> bool {
        self.items.borrow().iter().all(|v| other.contains(v))
    }
}

fn other_set(v: &Value, cx: &mut dyn Context) -> Result<Rc<Set>> {
    if let Some(s) = as_set(v) {
        return Ok(Rc::new(Set::from_distinct(s.items.borrow().clone())));
    }
    let items = crate::value::convert::iter_values(v, cx)?;
    let s = Set::default();
    for x in items {
        s.insert(x, cx)?;
    }
    Ok(Rc::new(s))
}

impl HostValue for Set {
    fn type_name(&self) -> String {
        "set".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn repr(&self, cx: &mut dyn Context) -> Result<String> {
        let items = self.ordered();
        if items.is_empty() {
            return Ok("set()".into());
        }
        let parts = items
            .iter()
            .map(|v| crate::value::format::repr_in(v, cx))
            .collect::<Result<Vec<_>>>()?;
        Ok(format!("{{{}}}", parts.join(", ")))
    }

    fn fallback_repr(&self) -> String {
        let items = self.ordered();
        if items.is_empty() {
            return "set()".into();
        }
        let parts: Vec<String> = items.iter().map(crate::value::format::value_repr).collect();
        format!("{{{}}}", parts.join(", "))
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        Some(Ok(self.items.borrow().len()))
    }

    fn truthy(&self, _cx: &mut dyn Context) -> Option<Result<bool>> {
        Some(Ok(!self.items.borrow().is_empty()))
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        Some(Ok(self.ordered()))
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let o = as_set(other)?;
        let (a, b) = if reflected { (o, self) } else { (self, o) };
        Some(match op {
            BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor => {
                new_set(a.combine(b, op), cx)
            }
            BinOp::Eq => Ok(Value::Bool(a.subset(b) && b.subset(a))),
            BinOp::Ne => Ok(Value::Bool(!(a.subset(b) && b.subset(a)))),
            BinOp::Le => Ok(Value::Bool(a.subset(b))),
            BinOp::Lt => Ok(Value::Bool(a.subset(b) && !b.subset(a))),
            BinOp::Ge => Ok(Value::Bool(b.subset(a))),
            BinOp::Gt => Ok(Value::Bool(b.subset(a) && !a.subset(b))),
            _ => return None,
        })
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        Some(self.method(name, args, cx))
    }

    fn attr_names(&self) -> Vec<String> {
        METHODS.iter().map(|s| s.to_string()).collect()
    }
}

const METHODS: &[&str] = &[
    "add",
    "clear",
    "copy",
    "difference",
    "difference_update",
    "discard",
    "intersection",
    "intersection_update",
    "isdisjoint",
    "issubset",
    "issuperset",
    "pop",
    "remove",
    "symmetric_difference",
    "symmetric_difference_update",
    "union",
    "update",
];

impl Set {
    fn method(&self, name: &str, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        if !args.kw.is_empty() {
            return Err(Error::type_error(format!(
                "set.{name}() takes no keyword arguments"
            )));
        }
        let one = |what: &str| -> Result<&Value> {
            match args.pos.as_slice() {
                [v] => Ok(v),
                _ => Err(Error::type_error(format!(
                    "set.{what}() takes exactly one argument ({} given)",
                    args.pos.len()
                ))),
            }
        };
        match name {
            "add" => self.insert(one(name)?.clone(), cx).map(|_| Value::None),
            "remove" | "discard" => {
                let v = one(name)?;
                if self.remove_value(v) || name == "discard" {
                    Ok(Value::None)
                } else {
                    Err(crate::value::index::key_error(v))
                }
            }
            "pop" => {
                let first = self.ordered().into_iter().next();
                match first {
                    Some(v) => {
                        self.remove_value(&v);
                        Ok(v)
                    }
                    None => Err(Error::new(ErrorKind::Key, "'pop from an empty set'")),
                }
            }
            "clear" => {
                self.replace_all(Vec::new());
                Ok(Value::None)
            }
            "copy" => new_set(self.items.borrow().clone(), cx),
            "union" | "intersection" | "difference" | "symmetric_difference" => {
                let op = match name {
                    "union" => BinOp::BitOr,
                    "intersection" => BinOp::BitAnd,
                    "difference" => BinOp::Sub,
                    _ => BinOp::BitXor,
                };
                let mut acc = Rc::new(Set::from_distinct(self.items.borrow().clone()));
                for a in &args.pos {
                    let o = other_set(a, cx)?;
                    acc = Rc::new(Set::from_distinct(acc.combine(&o, op)));
                }
                Ok(Value::Host(acc))
            }
            "update"
            | "intersection_update"
            | "difference_update"
            | "symmetric_difference_update" => {
                let op = match name {
                    "update" => BinOp::BitOr,
                    "intersection_update" => BinOp::BitAnd,
                    "difference_update" => BinOp::Sub,
                    _ => BinOp::BitXor,
                };
                for a in &args.pos {
                    let o = other_set(a, cx)?;
                    let new = self.combine(&o, op);
                    self.replace_all(new);
                }
                Ok(Value::None)
            }
            "issubset" => Ok(Value::Bool(self.subset(&*other_set(one(name)?, cx)?))),
            "issuperset" => Ok(Value::Bool(other_set(one(name)?, cx)?.subset(self))),
            "isdisjoint" => Ok(Value::Bool(
                self.combine(&*other_set(one(name)?, cx)?, BinOp::BitAnd)
                    .is_empty(),
            )),
            _ => {
                let mut e = Error::new(
                    ErrorKind::Attribute,
                    format!("'set' object has no attribute '{name}'"),
                );
                if let Some(s) = crate::error::suggest(name, METHODS.iter().copied()) {
                    e = e.with_note(format!("did you mean '{s}'?"));
                }
                Err(e)
            }
        }
    }
}
