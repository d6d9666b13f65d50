//! Runtime values. Scalars are unboxed. Arrays and tuples are
//! reference-counted with copy-on-write, which gives arrays value semantics
//! (`b = a; b[0] = 9` never changes `a`) while a uniquely owned array is
//! mutated in place. Lists and dicts are shared and mutable, as in Python
//! (`b = a; b.append(9)` is seen through `a`).

pub mod bigint;
pub mod context;
pub mod convert;
pub mod format;
pub mod function;
pub mod host;
pub mod index;
pub mod ops;
pub mod slice;
pub mod tolist;

pub use crate::array::{DType, NdArray, Scalar};
pub use context::{Context, Extensions};
pub use function::{Args, Builtin, BuiltinFn, Closure, NativeFn};
pub use host::{HostValue, Index};

use crate::array::Picked;
use std::cell::RefCell;
use std::rc::Rc;

/// A list's items, shared by every name that holds the list.
pub type ListRef = Rc<RefCell<Vec<Value>>>;
/// A dict's (key, value) pairs in insertion order, shared.
pub type DictRef = Rc<RefCell<Vec<(Value, Value)>>>;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct RangeVal {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl RangeVal {
    pub fn len(&self) -> usize {
        let (start, stop, step) = (self.start as i128, self.stop as i128, self.step as i128);
        let n = if step > 0 {
            (stop - start + step - 1).div_euclid(step)
        } else {
            (start - stop - step - 1).div_euclid(-step)
        };
        n.clamp(0, usize::MAX as i128) as usize
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `i`-th value (`i < len()`, so it fits even where `i * step`
    /// alone would not).
    pub fn nth(&self, i: i64) -> i64 {
        (self.start as i128 + i as i128 * self.step as i128) as i64
    }
}

#[derive(Debug, Default)]
// A word-sized tag keeps the payload word-aligned, so that moving a
// value copies whole words (a byte tag made every move of a value an
// unaligned copy that stalled on the stores just made by clone).
#[repr(u64)]
pub enum Value {
    /// The value of an unassigned slot; never visible to scripts.
    #[default]
    Undefined,
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Array(Rc<NdArray>),
    List(ListRef),
    Tuple(Rc<Vec<Value>>),
    /// Insertion-ordered; small dicts (histories, options) make a linear scan the fastest.
    Dict(DictRef),
    Range(Rc<RangeVal>),
    Func(Rc<Closure>),
    Builtin(&'static Builtin),
    Native(Rc<NativeFn>),
    DType(DType),
    /// An object of the host or a backend, which answers through the object
    /// protocol ([`HostValue`]).
    Host(Rc<dyn HostValue>),
}

impl Value {
    pub fn type_name(&self) -> String {
        match self {
            Value::Undefined => "undefined".into(),
            Value::None => "none".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::Array(a) => format!(
                "array of {} with shape {}",
                a.dtype(),
                format::shape_str(a.shape())
            ),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Range(_) => "range".into(),
            Value::Func(_) | Value::Builtin(_) | Value::Native(_) => "function".into(),
            Value::DType(_) => "dtype".into(),
            Value::Host(h) => h.type_name(),
        }
    }

    /// The name Python gives the value's type (`type(x).__name__`): `int`,
    /// `NoneType`, `ndarray`, a 0-d array's dtype (`float32`), an object's class.
    pub fn py_type_name(&self) -> String {
        match self {
            Value::None | Value::Undefined => "NoneType".into(),
            Value::Bool(_) => "bool".into(),
            Value::Int(_) => "int".into(),
            Value::Float(_) => "float".into(),
            Value::Str(_) => "str".into(),
            Value::List(_) => "list".into(),
            Value::Tuple(_) => "tuple".into(),
            Value::Dict(_) => "dict".into(),
            Value::Range(_) => "range".into(),
            Value::Array(a) if a.ndim() == 0 => a.dtype().name().into(),
            Value::Array(_) => "ndarray".into(),
            Value::DType(_) => "dtype".into(),
            Value::Func(_) => "function".into(),
            Value::Builtin(_) | Value::Native(_) => "builtin_function_or_method".into(),
            Value::Host(h) => h.type_name(),
        }
    }

    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }

    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }

    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }

    pub fn dict(pairs: Vec<(Value, Value)>) -> Value {
        Value::Dict(Rc::new(RefCell::new(pairs)))
    }

    pub fn array(a: NdArray) -> Value {
        Value::Array(Rc::new(a))
    }

    /// Wraps an array result, unboxing 0-d bool/int64/float64 arrays into scalars.
    pub fn from_array(a: NdArray) -> Value {
        if a.ndim() == 0 {
            if let Some(s) = a.scalar() {
                return Value::from(s);
            }
        }
        Value::Array(Rc::new(a))
    }

    pub fn is_scalar(&self) -> bool {
        matches!(self, Value::Bool(_) | Value::Int(_) | Value::Float(_))
    }

    /// The value as an unboxed scalar, if it is one.
    pub fn as_scalar(&self) -> Option<Scalar> {
        match self {
            Value::Bool(b) => Some(Scalar::Bool(*b)),
            Value::Int(i) => Some(Scalar::Int(*i)),
            Value::Float(f) => Some(Scalar::Float(*f)),
            _ => None,
        }
    }

    pub fn is_callable(&self) -> bool {
        match self {
            Value::Func(_) | Value::Builtin(_) | Value::Native(_) => true,
            Value::Host(h) => h.is_callable(),
            _ => false,
        }
    }
}

impl From<f64> for Value {
    fn from(v: f64) -> Value {
        Value::Float(v)
    }
}
impl From<i64> for Value {
    fn from(v: i64) -> Value {
        Value::Int(v)
    }
}
impl From<bool> for Value {
    fn from(v: bool) -> Value {
        Value::Bool(v)
    }
}
impl From<&str> for Value {
    fn from(v: &str) -> Value {
        Value::str(v)
    }
}
impl From<NdArray> for Value {
    fn from(a: NdArray) -> Value {
        Value::from_array(a)
    }
}

impl From<Scalar> for Value {
    fn from(s: Scalar) -> Value {
        match s {
            Scalar::Bool(b) => Value::Bool(b),
            Scalar::Int(i) => Value::Int(i),
            Scalar::Float(f) => Value::Float(f),
        }
    }
}

impl From<Picked> for Value {
    fn from(p: Picked) -> Value {
        match p {
            Picked::Scalar(s) => Value::from(s),
            Picked::Array(a) => Value::array(a),
        }
    }
}

/// Dropping deeply nested values without deep recursion (a list nested
/// 300,000 levels deep frees like a flat one). A container freed while
/// other containers are being freed beneath [`DROP_NESTING`] levels is not
/// freed at once but queued; the outermost drop frees the queue in a loop.
/// This is CPython's "trashcan".
mod trashcan {
    use super::Value;
    use std::cell::{Cell, RefCell};
    use std::rc::Rc;

    /// How deep drops may recurse before containers are queued.
    pub const DROP_NESTING: u32 = 64;

    /// Items held only to be dropped later.
    #[allow(dead_code)]
    pub enum Deferred {
        Items(Rc<Vec<Value>>),
        Owned(Vec<Value>),
        Pairs(Vec<(Value, Value)>),
    }

    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        static QUEUE: RefCell<Vec<Deferred>> = const { RefCell::new(Vec::new()) };
        static EMPTY_ITEMS: Rc<Vec<Value>> = Rc::new(Vec::new());
    }

    /// Takes the last reference to a container's items out of `v`.
    fn take(v: &mut Value) -> Option<Deferred> {
        match v {
            Value::Tuple(rc) if Rc::strong_count(rc) == 1 && !rc.is_empty() => {
                let empty = EMPTY_ITEMS.try_with(Rc::clone).ok()?;
                Some(Deferred::Items(std::mem::replace(rc, empty)))
            }
            Value::List(rc) if Rc::strong_count(rc) == 1 => {
                let items = std::mem::take(&mut *rc.try_borrow_mut().ok()?);
                (!items.is_empty()).then_some(Deferred::Owned(items))
            }
            Value::Dict(rc) if Rc::strong_count(rc) == 1 => {
                let pairs = std::mem::take(&mut *rc.try_borrow_mut().ok()?);
                (!pairs.is_empty()).then_some(Deferred::Pairs(pairs))
            }
            _ => None,
        }
    }

    pub fn drop_value(v: &mut Value) {
        let Some(items) = take(v) else {
            return;
        };
        drop_deferred(items);
    }

    /// Drops values an object held (an instance's fields, a closure's
    /// captured cells) under the same depth rule.
    pub fn drop_owned(items: Vec<Value>) {
        if !items.is_empty() {
            drop_deferred(Deferred::Owned(items));
        }
    }

    fn drop_deferred(items: Deferred) {
        let Ok(depth) = DEPTH.try_with(Cell::get) else {
            // Thread teardown: drop as usual.
            drop(items);
            return;
        };
        if depth >= DROP_NESTING {
            let _ = QUEUE.try_with(|q| q.borrow_mut().push(items));
            return;
        }
        DEPTH.with(|d| d.set(depth + 1));
        drop(items);
        if depth == 0 {
            // The outermost drop frees what was queued, one at a time.
            while let Some(next) = QUEUE.with(|q| q.borrow_mut().pop()) {
                drop(next);
            }
        }
        DEPTH.with(|d| d.set(depth));
    }
}

// By hand and inlined: the derived clone was an out-of-line call whose
// piecewise stores the caller then reloaded whole (a store-forwarding stall
// on every variable read).
impl Clone for Value {
    #[inline(always)]
    fn clone(&self) -> Value {
        match self {
            Value::Undefined => Value::Undefined,
            Value::None => Value::None,
            Value::Bool(b) => Value::Bool(*b),
            Value::Int(i) => Value::Int(*i),
            Value::Float(x) => Value::Float(*x),
            Value::Str(s) => Value::Str(s.clone()),
            Value::Array(a) => Value::Array(a.clone()),
            Value::List(l) => Value::List(l.clone()),
            Value::Tuple(t) => Value::Tuple(t.clone()),
            Value::Dict(d) => Value::Dict(d.clone()),
            Value::Range(r) => Value::Range(r.clone()),
            Value::Func(f) => Value::Func(f.clone()),
            Value::Builtin(b) => Value::Builtin(b),
            Value::Native(n) => Value::Native(n.clone()),
            Value::DType(d) => Value::DType(*d),
            Value::Host(h) => Value::Host(h.clone()),
        }
    }
}

/// Drops values an object owned (an instance's fields, a closure's
/// captures) without deep recursion, as nested lists are dropped: a linked
/// list of 100,000 objects frees like a flat one.
pub fn drop_owned(items: Vec<Value>) {
    trashcan::drop_owned(items);
}

impl Drop for Value {
    fn drop(&mut self) {
        if matches!(self, Value::List(_) | Value::Tuple(_) | Value::Dict(_)) {
            trashcan::drop_value(self);
        }
    }
}
