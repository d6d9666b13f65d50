//! The object protocol for classes and instances: attribute lookup with
//! bound methods and descriptors, operator methods (`__add__`, `__eq__`,
//! `__getitem__`, `__len__`, `__call__`, `__repr__`...), and `super()`.

use super::class::{Class, Instance};
use super::exc;
use super::wrappers::{BoundMethod, ClassMethod, Property, StaticMethod, Super};
use crate::error::{suggest, Error, ErrorKind, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::{Args, Context, HostValue, Index, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

thread_local! {
    /// The method running now, innermost last: the class that defines it
    /// and its `self` (what `super()` needs).
    static METHODS: RefCell<Vec<(Rc<Class>, Value)>> = const { RefCell::new(Vec::new()) };
}

/// Calls a method found in `owner` with `this` as its first argument.
pub fn call_method_of(
    cx: &mut dyn Context,
    owner: Rc<Class>,
    func: &Value,
    this: &Value,
    mut args: Args,
) -> Result<Value> {
    args.pos.insert(0, this.clone());
    METHODS.with(|m| m.borrow_mut().push((owner, this.clone())));
    let r = cx.call(func, args);
    METHODS.with(|m| m.borrow_mut().pop());
    r
}

/// A plain method of an instance's class (`obj.m` where `m` is not a
/// field), for the interpreter's direct call path: the function and the
/// class that defines it.
pub fn instance_method(
    v: &Value,
    name: &str,
) -> Option<(Rc<crate::value::function::Closure>, Rc<Class>)> {
    let Value::Host(h) = v else {
        return None;
    };
    let inst = h.as_any().downcast_ref::<Instance>()?;
    if inst.fields.borrow().iter().any(|(k, _)| &**k == name) {
        return None;
    }
    match inst.class.lookup_owner(name)? {
        (Value::Func(ref c), owner) => Some((c.clone(), owner)),
        _ => None,
    }
}

/// Marks a method of `owner` as running on `this` (for `super()`), until
/// [`leave_method`].
pub fn enter_method(owner: Rc<Class>, this: Value) {
    METHODS.with(|m| m.borrow_mut().push((owner, this)));
}

pub fn leave_method() {
    METHODS.with(|m| m.borrow_mut().pop());
}

/// `super()`: the running method's class and self.
pub fn super_proxy() -> Result<Value> {
    let top = METHODS.with(|m| m.borrow().last().cloned());
    match top {
        Some((owner, this)) => Ok(Value::Host(Rc::new(Super { owner, this }))),
        None => Err(Error::new(
            ErrorKind::Runtime,
            "super(): no arguments, and not inside a method",
        )),
    }
}

fn class_rc(this: &Value) -> Option<Rc<Class>> {
    match this {
        Value::Host(h) => h
            .as_any()
            .downcast_ref::<Instance>()
            .map(|i| i.class.clone()),
        _ => None,
    }
}

/// What a class attribute becomes when read through an instance.
fn bind(attr: Value, owner: Rc<Class>, this: &Value, cx: &mut dyn Context) -> Result<Value> {
    if let Value::Host(h) = &attr {
        let any = h.as_any();
        if let Some(s) = any.downcast_ref::<StaticMethod>() {
            return Ok(s.0.clone());
        }
        if let Some(c) = any.downcast_ref::<ClassMethod>() {
            let cls = class_rc(this)
                .map(|c| c.value())
                .unwrap_or_else(|| owner.value());
            return Ok(Value::Host(Rc::new(BoundMethod {
                this: cls,
                func: c.0.clone(),
                owner,
            })));
        }
        if let Some(p) = any.downcast_ref::<Property>() {
            return call_method_of(cx, owner, &p.fget, this, Args::default());
        }
    }
    if matches!(attr, Value::Func(_)) {
        return Ok(Value::Host(Rc::new(BoundMethod {
            this: this.clone(),
            func: attr,
            owner,
        })));
    }
    Ok(attr)
}

/// Calls the operator method `name` of an instance, if its class has one.
pub fn dunder(
    this: &Value,
    name: &str,
    args: Vec<Value>,
    cx: &mut dyn Context,
) -> Option<Result<Value>> {
    let class = class_rc(this)?;
    let (func, owner) = class.lookup_owner(name)?;
    Some(call_method_of(
        cx,
        owner,
        &func,
        this,
        Args {
            pos: args,
            kw: Vec::new(),
        },
    ))
}

fn missing_attr(class: &Class, name: &str, inst: Option<&Instance>) -> Error {
    let mut e = Error::new(
        ErrorKind::Attribute,
        format!("'{}' object has no attribute '{name}'", class.name),
    );
    let mut names = Vec::new();
    class.names(&mut names);
    if let Some(i) = inst {
        names.extend(i.fields.borrow().iter().map(|(k, _)| k.to_string()));
    }
    if let Some(s) = suggest(name, names.iter().map(String::as_str)) {
        e = e.with_note(format!("did you mean '{s}'?"));
    }
    e
}

impl HostValue for Instance {
    fn type_name(&self) -> String {
        self.class.name.to_string()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<__main__.{} object at {:#x}>",
            self.class.name, self as *const _ as usize
        )
    }

    fn repr(&self, cx: &mut dyn Context) -> Result<String> {
        let this = self_value(self);
        if let Some(r) = this
            .as_ref()
            .and_then(|t| dunder(t, "__repr__", Vec::new(), cx))
        {
            return text_of(r?, "__repr__");
        }
        if self.class.exception {
            return Ok(exc::exception_repr(self, cx));
        }
        Ok(self.fallback_repr())
    }

    fn str(&self, cx: &mut dyn Context) -> Result<String> {
        let this = self_value(self);
        if let Some(r) = this
            .as_ref()
            .and_then(|t| dunder(t, "__str__", Vec::new(), cx))
        {
            return text_of(r?, "__str__");
        }
        if self.class.exception {
            return Ok(exc::exception_str(self, cx));
        }
        self.repr(cx)
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let this = self_value(self)?;
        let name = match (op, reflected) {
            (BinOp::Add, false) => "__add__",
            (BinOp::Add, true) => "__radd__",
            (BinOp::Sub, false) => "__sub__",
            (BinOp::Sub, true) => "__rsub__",
            (BinOp::Mul, false) => "__mul__",
            (BinOp::Mul, true) => "__rmul__",
            (BinOp::Div, false) => "__truediv__",
            (BinOp::Div, true) => "__rtruediv__",
            (BinOp::FloorDiv, false) => "__floordiv__",
            (BinOp::FloorDiv, true) => "__rfloordiv__",
            (BinOp::Mod, false) => "__mod__",
            (BinOp::Mod, true) => "__rmod__",
            (BinOp::Pow, false) => "__pow__",
            (BinOp::Pow, true) => "__rpow__",
            (BinOp::MatMul, false) => "__matmul__",
            (BinOp::MatMul, true) => "__rmatmul__",
            (BinOp::BitAnd, false) => "__and__",
            (BinOp::BitAnd, true) => "__rand__",
            (BinOp::BitOr, false) => "__or__",
            (BinOp::BitOr, true) => "__ror__",
            (BinOp::BitXor, false) => "__xor__",
            (BinOp::BitXor, true) => "__rxor__",
            (BinOp::Shl, false) => "__lshift__",
            (BinOp::Shr, false) => "__rshift__",
            (BinOp::Eq, _) => "__eq__",
            (BinOp::Ne, _) => "__ne__",
            (BinOp::Lt, false) | (BinOp::Gt, true) => "__lt__",
            (BinOp::Le, false) | (BinOp::Ge, true) => "__le__",
            (BinOp::Gt, false) | (BinOp::Lt, true) => "__gt__",
            (BinOp::Ge, false) | (BinOp::Le, true) => "__ge__",
            _ => return None,
        };
        match dunder(&this, name, vec![other.clone()], cx) {
            // The method declines: the other operand or the default answers.
            Some(Ok(v)) if super::wrappers::is_not_implemented(&v) => None,
            Some(r) => Some(r),
            // `!=` is the negation of `__eq__` when only that is defined.
            None if op == BinOp::Ne => match dunder(&this, "__eq__", vec![other.clone()], cx) {
                Some(Ok(v)) if super::wrappers::is_not_implemented(&v) => None,
                Some(r) => {
                    Some(r.and_then(|v| Ok(Value::Bool(!crate::value::ops::truthy(&v, cx)?))))
                }
                None => None,
            },
            None => None,
        }
    }

    fn unary(&self, op: UnOp, cx: &mut dyn Context) -> Option<Result<Value>> {
        let this = self_value(self)?;
        match op {
            UnOp::Neg => dunder(&this, "__neg__", Vec::new(), cx),
            UnOp::Invert => dunder(&this, "__invert__", Vec::new(), cx),
            UnOp::Not => None,
        }
    }

    fn truthy(&self, cx: &mut dyn Context) -> Option<Result<bool>> {
        let this = self_value(self)?;
        if let Some(r) = dunder(&this, "__bool__", Vec::new(), cx) {
            return Some(r.and_then(|v| crate::value::ops::truthy(&v, cx)));
        }
        let r = dunder(&this, "__len__", Vec::new(), cx)?;
        Some(r.and_then(|v| crate::value::ops::truthy(&v, cx)))
    }

    fn len(&self, cx: &mut dyn Context) -> Option<Result<usize>> {
        let this = self_value(self)?;
        let r = dunder(&this, "__len__", Vec::new(), cx)?;
        Some(r.and_then(|v| match v {
            Value::Int(n) if n >= 0 => Ok(n as usize),
            Value::Int(_) => Err(Error::value("__len__() should return >= 0")),
            other => Err(Error::type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                other.type_name()
            ))),
        }))
    }

    fn iter(&self, cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        let this = self_value(self)?;
        Some(iterate_instance(&this, cx))
    }

    fn getitem(&self, index: &[Index], cx: &mut dyn Context) -> Option<Result<Value>> {
        let this = self_value(self)?;
        let key = index_value(index);
        dunder(&this, "__getitem__", vec![key], cx)
    }

    fn setitem(
        &self,
        index: &[Index],
        value: &Value,
        cx: &mut dyn Context,
    ) -> Option<Result<Option<Value>>> {
        let this = self_value(self)?;
        let key = index_value(index);
        dunder(&this, "__setitem__", vec![key, value.clone()], cx).map(|r| r.map(|_| None))
    }

    fn get_attr(&self, this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(self.attr(this, name, cx))
    }

    /// `abs(obj)`, `round(obj, n)`, `float(obj)`, `int(obj)`: the class's
    /// `__abs__`, `__round__`, `__float__`, `__int__` when it has one.
    fn dispatch_builtin(
        &self,
        builtin: &'static crate::value::Builtin,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let dunder_name = match builtin.name {
            "abs" => "__abs__",
            "round" => "__round__",
            "float" => "__float__",
            "int" => "__int__",
            _ => return None,
        };
        let this = args.pos.first()?;
        let me = self_value(self)?;
        if !matches!((this, &me), (Value::Host(a), Value::Host(b)) if std::ptr::eq(Rc::as_ptr(a) as *const u8, Rc::as_ptr(b) as *const u8))
        {
            return None;
        }
        let (func, owner) = self.class.lookup_owner(dunder_name)?;
        let rest = Args {
            pos: args.pos[1..].to_vec(),
            kw: args.kw.clone(),
        };
        Some(call_method_of(cx, owner, &func, &me, rest))
    }

    fn set_attr(&self, name: &str, value: Value, cx: &mut dyn Context) -> Option<Result<()>> {
        if !self.class.has_property() {
            self.set_field(name, value);
            return Some(Ok(()));
        }
        // The class's own `__setattr__` decides (it sets fields through
        // `super().__setattr__` or `object.__setattr__`).
        if let Some((func @ Value::Func(_), owner)) = self.class.lookup_owner("__setattr__") {
            let this = self_value(self)?;
            let args = Args {
                pos: vec![Value::str(name), value],
                kw: Vec::new(),
            };
            return Some(call_method_of(cx, owner, &func, &this, args).map(|_| ()));
        }
        if let Some(Value::Host(h)) = &self.class.lookup(name) {
            if let Some(p) = h.as_any().downcast_ref::<Property>() {
                let Some(setter) = p.fset.clone() else {
                    return Some(Err(Error::new(
                        ErrorKind::Attribute,
                        format!(
                            "property '{name}' of '{}' object has no setter",
                            self.class.name
                        ),
                    )));
                };
                let this = self_value(self)?;
                let owner = self.class.clone();
                let args = Args {
                    pos: vec![value],
                    kw: Vec::new(),
                };
                return Some(call_method_of(cx, owner, &setter, &this, args).map(|_| ()));
            }
        }
        if let Some(slots) = self.class.slots() {
            if !slots.iter().any(|s| &**s == name) {
                return Some(Err(Error::new(
                    ErrorKind::Attribute,
                    format!("'{}' object has no attribute '{name}'", self.class.name),
                )
                .with_note(format!(
                    "the class's __slots__ allow only: {}",
                    slots
                        .iter()
                        .map(|s| s.to_string())
                        .collect::<Vec<_>>()
                        .join(", ")
                ))));
            }
        }
        self.set_field(name, value);
        Some(Ok(()))
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        if self.field(name).is_none() {
            if let Some((func, owner)) = self.class.lookup_owner(name) {
                if matches!(func, Value::Func(_)) {
                    return Some(call_method_of(cx, owner, &func, this, args.clone()));
                }
            }
        }
        let f = match self.attr(this, name, cx) {
            Ok(f) => f,
            Err(e) => return Some(Err(e)),
        };
        Some(cx.call(&f, args.clone()))
    }

    fn is_callable(&self) -> bool {
        self.class.lookup("__call__").is_some()
    }

    fn call(&self, this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        let (func, owner) = self.class.lookup_owner("__call__")?;
        Some(call_method_of(cx, owner, &func, this, args))
    }

    fn attr_names(&self) -> Vec<String> {
        let mut names: Vec<String> = self
            .fields
            .borrow()
            .iter()
            .map(|(k, _)| k.to_string())
            .collect();
        self.class.names(&mut names);
        names.sort();
        names.dedup();
        names
    }
}

impl Instance {
    fn attr(&self, this: &Value, name: &str, cx: &mut dyn Context) -> Result<Value> {
        // A field is read directly, unless the class defines a property of
        // that name (which then owns it).
        if let Some(v) = self.field(name) {
            if !self.class.has_property()
                || !matches!(self.class.lookup(name), Some(Value::Host(ref h)) if h.as_any().is::<Property>())
            {
                return Ok(v);
            }
        }
        let found = self.class.lookup_owner(name);
        // A property wins over a field of the same name.
        if let Some((Value::Host(h), owner)) = &found {
            if h.as_any().is::<Property>() {
                return bind(Value::Host(h.clone()), owner.clone(), this, cx);
            }
        }
        if let Some(v) = self.field(name) {
            return Ok(v);
        }
        if name == "code" && &*self.class.name == "SystemExit" {
            return Ok(match &self.field("args") {
                Some(Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                _ => Value::None,
            });
        }
        if let Some((v, owner)) = found {
            return bind(v, owner, this, cx);
        }
        match name {
            "__class__" => return Ok(self.class.value()),
            "__dict__" => {
                let items = self
                    .fields
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect();
                return Ok(Value::dict(items));
            }
            "args" if self.class.exception => return Ok(Value::tuple(Vec::new())),
            "__cause__" | "__context__" if self.class.exception => return Ok(Value::None),
            "__suppress_context__" if self.class.exception => return Ok(Value::Bool(false)),
            "code" if &*self.class.name == "SystemExit" => {
                return Ok(match &self.field("args") {
                    Some(Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
                    _ => Value::None,
                })
            }
            _ => {}
        }
        // `__getattr__` answers for what is missing.
        if let Some((func @ Value::Func(_), owner)) = self.class.lookup_owner("__getattr__") {
            let args = Args {
                pos: vec![Value::str(name)],
                kw: Vec::new(),
            };
            return call_method_of(cx, owner, &func, this, args);
        }
        Err(missing_attr(&self.class, name, Some(self)))
    }
}

/// The value holding this instance (the protocol hands out `&self` only).
fn self_value(inst: &Instance) -> Option<Value> {
    inst.rc().map(|i| Value::Host(i))
}

fn text_of(v: Value, what: &str) -> Result<String> {
    match &v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "{what} returned non-string (type {})",
            other.type_name()
        ))),
    }
}

/// The key `__getitem__` receives: one value, a slice object, or a tuple.
pub(super) fn index_value(index: &[Index]) -> Value {
    let one = |i: &Index| match i {
        Index::Value(v) => v.clone(),
        Index::Slice(a, b, c) => super::slice_value(*a, *b, *c),
        Index::Ellipsis => super::types::ellipsis(),
    };
    match index {
        [i] => one(i),
        many => Value::tuple(many.iter().map(one).collect()),
    }
}

/// `for x in obj`: `__iter__` and `__next__` until `StopIteration`, or
/// `__getitem__` from 0 until `IndexError`.
fn iterate_instance(this: &Value, cx: &mut dyn Context) -> Result<Vec<Value>> {
    let mut out = Vec::new();
    if let Some(it) = dunder(this, "__iter__", Vec::new(), cx) {
        let it = it?;
        if let Value::Host(_) = &it {
            if crate::object::as_instance(&it).is_none() {
                return crate::value::convert::iter_values(&it, cx);
            }
        } else {
            return crate::value::convert::iter_values(&it, cx);
        }
        loop {
            cx.charge(1)?;
            match dunder(&it, "__next__", Vec::new(), cx) {
                None => {
                    return Err(Error::type_error(
                        "iter() returned an object without __next__",
                    ))
                }
                Some(Ok(v)) => out.push(v),
                Some(Err(e)) if exc::is_stop_iteration(&e) => return Ok(out),
                Some(Err(e)) => return Err(e),
            }
        }
    }
    for i in 0.. {
        cx.charge(1)?;
        match dunder(this, "__getitem__", vec![Value::Int(i)], cx) {
            None => {
                let name = class_rc(this)
                    .map(|c| c.name.to_string())
                    .unwrap_or_default();
                return Err(Error::type_error(format!(
                    "'{name}' object is not iterable"
                )));
            }
            Some(Ok(v)) => out.push(v),
            Some(Err(e)) if e.kind == ErrorKind::Index => return Ok(out),
            Some(Err(e)) => return Err(e),
        }
    }
    Ok(out)
}
