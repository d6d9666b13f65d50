//! Classes as values (calling one makes an instance), bound methods,
//! `super()` proxies and the `staticmethod`/`classmethod`/`property`
//! wrappers.

use super::class::{Class, Instance};
use super::proto::call_method_of;
use crate::error::{Error, ErrorKind, Result};
use crate::value::{Args, Context, HostValue, Value};
use std::any::Any;
use std::rc::Rc;

impl HostValue for Class {
    fn type_name(&self) -> String {
        "type".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        if super::types::is_type_class(self) && super::types::NUMPY_TYPES.contains(&&*self.name) {
            // NumPy's types print with their module.
            format!("<class 'numpy.{}'>", self.name)
        } else if super::exc::is_builtin(self) || super::types::is_type_class(self) {
            format!("<class '{}'>", self.name)
        } else {
            format!("<class '__main__.{}'>", self.name)
        }
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        if let Some(m) = super::enum_class::members(self) {
            return Some(super::enum_class::by_value(self, &m, &args, cx));
        }
        Some(self.instantiate(args, cx))
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        let m = super::enum_class::members(self)?;
        Some(Ok(m.into_iter().map(|(_, v)| v).collect()))
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        Some(Ok(super::enum_class::members(self)?.len()))
    }

    fn getitem(
        &self,
        index: &[crate::value::Index],
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let key = super::proto::index_value(index);
        // `Stack[int]`: the class's `__class_getitem__` (a class method).
        if let Some((f, owner)) = self.lookup_owner("__class_getitem__") {
            let func = match &f {
                Value::Host(h) => match h.as_any().downcast_ref::<ClassMethod>() {
                    Some(c) => c.0.clone(),
                    None => f.clone(),
                },
                _ => f.clone(),
            };
            let this = self.value();
            return Some(super::proto::call_method_of(
                cx,
                owner,
                &func,
                &this,
                Args::new(vec![key]),
            ));
        }
        let m = super::enum_class::members(self)?;
        Some(super::enum_class::by_name(self, &m, &key))
    }

    fn get_attr(&self, _this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "__name__" | "__qualname__" => return Some(Ok(Value::Str(self.name.clone()))),
            "__bases__" => {
                let bases = if self.bases.is_empty() && &*self.name != "object" {
                    super::exc::class("object")
                        .map(|o| vec![Value::Host(o)])
                        .unwrap_or_default()
                } else {
                    self.bases.clone()
                };
                return Some(Ok(Value::tuple(bases)));
            }
            "__mro__" => return Some(Ok(Value::tuple(self.mro()))),
            // The class's own attributes, in definition order.
            "__dict__" => {
                let items = self
                    .attrs
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Value::Str(k.clone()), v.clone()))
                    .collect();
                return Some(Ok(Value::dict(items)));
            }
            _ => {}
        }
        let (v, owner) = match self.lookup_owner(name) {
            Some(found) => found,
            None if name == "__setattr__" && &*self.name == "object" => {
                return Some(Ok(Value::Host(Rc::new(BaseSetattr { this: None }))))
            }
            None => {
                return Some(Err(Error::new(
                    ErrorKind::Attribute,
                    format!("type object '{}' has no attribute '{name}'", self.name),
                )))
            }
        };
        let _ = cx;
        if let Value::Host(h) = &v {
            if let Some(s) = h.as_any().downcast_ref::<StaticMethod>() {
                return Some(Ok(s.0.clone()));
            }
            if let Some(c) = h.as_any().downcast_ref::<ClassMethod>() {
                return Some(Ok(Value::Host(Rc::new(BoundMethod {
                    this: self.value(),
                    func: c.0.clone(),
                    owner,
                }))));
            }
        }
        Some(Ok(v))
    }

    fn set_attr(&self, name: &str, value: Value, _cx: &mut dyn Context) -> Option<Result<()>> {
        self.attr_assigned(name, &value);
        let mut attrs = self.attrs.borrow_mut();
        match attrs.iter_mut().find(|(k, _)| &**k == name) {
            Some(slot) => slot.1 = value,
            None => attrs.push((name.into(), value)),
        }
        Some(Ok(()))
    }

    fn attr_names(&self) -> Vec<String> {
        let mut names = Vec::new();
        self.names(&mut names);
        names
    }
}

impl Class {
    /// `Name(args)`: a new instance, initialised by `__init__` (or, for an
    /// exception class without one, holding its arguments as `args`).
    pub fn instantiate(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        // An `abc.ABC` subclass with abstract methods left.
        if let Some(Value::Tuple(names)) = &self.lookup("__abstractmethods__") {
            if !names.is_empty() {
                let listed: Vec<String> =
                    names.iter().map(crate::value::format::value_str).collect();
                return Err(Error::type_error(format!(
                    "Can't instantiate abstract class {} with abstract method{} {}",
                    self.name,
                    if names.len() == 1 { "" } else { "s" },
                    listed.join(", ")
                )));
            }
        }
        let class = self
            .rc()
            .ok_or_else(|| Error::internal("a class without a handle"))?;
        let inst = Instance::new(class);
        let this = Value::Host(inst.clone());
        if self.exception {
            inst.set_field("args", Value::tuple(args.pos.clone()));
        }
        match self.lookup_owner("__init__") {
            Some((init, owner)) => {
                let r = call_method_of(cx, owner, &init, &this, args)?;
                if !matches!(r, Value::None) {
                    return Err(Error::type_error(format!(
                        "__init__() should return None, not '{}'",
                        r.type_name()
                    )));
                }
            }
            None if self.exception => {
                if let Some((k, _)) = args.kw.first() {
                    return Err(Error::type_error(format!(
                        "{}() takes no keyword arguments (got '{k}')",
                        self.name
                    )));
                }
            }
            None => {
                if !args.pos.is_empty() || !args.kw.is_empty() {
                    return Err(Error::type_error(format!(
                        "{}() takes no arguments",
                        self.name
                    )));
                }
            }
        }
        Ok(this)
    }
}

/// A function bound to its object: `obj.method`.
#[derive(Debug)]
pub struct BoundMethod {
    pub this: Value,
    pub func: Value,
    pub owner: Rc<Class>,
}

impl HostValue for BoundMethod {
    fn type_name(&self) -> String {
        "method".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        let name = match &self.func {
            Value::Func(c) => c.name.to_string(),
            _ => "?".into(),
        };
        format!("<bound method {}.{name}>", self.owner.name)
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(call_method_of(
            cx,
            self.owner.clone(),
            &self.func,
            &self.this,
            args,
        ))
    }
}

/// A method of a string, list, dict or tuple read as a value (`d.get`).
#[derive(Debug)]
pub struct MethodRef {
    pub this: Value,
    pub name: Rc<str>,
}

impl HostValue for MethodRef {
    fn type_name(&self) -> String {
        "builtin_function_or_method".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<built-in method {} of {} object>",
            self.name,
            self.this.py_type_name()
        )
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(cx.call_method(&self.this, &self.name, args))
    }
}

/// `str.lower`, `list.append`, `dict.get`: a built-in type's method read
/// from the type, called with the object first (`key=str.lower`).
#[derive(Debug)]
pub struct UnboundMethod {
    pub type_name: &'static str,
    pub name: Rc<str>,
}

impl HostValue for UnboundMethod {
    fn type_name(&self) -> String {
        "method_descriptor".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("<method '{}' of '{}' objects>", self.name, self.type_name)
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, mut args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        if args.pos.is_empty() {
            return Some(Err(Error::type_error(format!(
                "unbound method {}.{}() needs an argument",
                self.type_name, self.name
            ))));
        }
        let this = args.pos.remove(0);
        // `str.maketrans({"a": "x"})`: the one-argument form, from a dict
        // whose keys are characters or code points.
        if &*self.name == "maketrans" && args.pos.is_empty() {
            if let Value::Dict(d) = &this {
                let mut table = Vec::new();
                for (k, v) in d.borrow().iter() {
                    let key = match k {
                        Value::Int(i) => Value::Int(*i),
                        Value::Str(s) if s.chars().count() == 1 => {
                            Value::Int(s.chars().next().map_or(0, |c| c as i64))
                        }
                        _ => {
                            return Some(Err(Error::value(
                                "string keys in translate table must be of length 1",
                            )))
                        }
                    };
                    crate::value::index::dict_set(&mut table, key, v.clone());
                }
                return Some(Ok(Value::dict(table)));
            }
        }
        if this.py_type_name() != self.type_name {
            return Some(Err(Error::type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.type_name,
                this.py_type_name()
            ))));
        }
        Some(cx.call_method(&this, &self.name, args))
    }
}

/// `super()` inside a method of `owner`.
#[derive(Debug)]
pub struct Super {
    pub owner: Rc<Class>,
    pub this: Value,
}

impl HostValue for Super {
    fn type_name(&self) -> String {
        "super".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, _this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        let start = match &self.this {
            Value::Host(h) => match h.as_any().downcast_ref::<Instance>() {
                Some(i) => i.class.clone(),
                None => self.owner.clone(),
            },
            _ => self.owner.clone(),
        };
        let _ = cx;
        match &start.lookup_after(&self.owner, name) {
            Some((func @ Value::Func(_), owner)) => Some(Ok(Value::Host(Rc::new(BoundMethod {
                this: self.this.clone(),
                func: func.clone(),
                owner: owner.clone(),
            })))),
            // `super().make()` in a class method: bound to the class.
            Some((Value::Host(h), owner)) if h.as_any().is::<ClassMethod>() => {
                let func = h.as_any().downcast_ref::<ClassMethod>()?.0.clone();
                let this = match super::as_instance(&self.this) {
                    Some(i) => i.class.value(),
                    None => self.this.clone(),
                };
                let owner = owner.clone();
                Some(Ok(Value::Host(Rc::new(BoundMethod { this, func, owner }))))
            }
            Some((Value::Host(h), _)) if h.as_any().is::<StaticMethod>() => {
                Some(Ok(h.as_any().downcast_ref::<StaticMethod>()?.0.clone()))
            }
            Some((v, _)) => Some(Ok(v.clone())),
            None if name == "__init__" => Some(Ok(Value::Host(Rc::new(BaseInit {
                this: self.this.clone(),
            })))),
            None if name == "__init_subclass__" => {
                Some(Ok(Value::Host(Rc::new(BaseInit { this: Value::None }))))
            }
            None if name == "__setattr__" => Some(Ok(Value::Host(Rc::new(BaseSetattr {
                this: Some(self.this.clone()),
            })))),
            None if BaseDunder::NAMES.contains(&name) => {
                Some(Ok(Value::Host(Rc::new(BaseDunder {
                    this: self.this.clone(),
                    name: BaseDunder::NAMES.iter().find(|n| **n == name)?,
                }))))
            }
            None => Some(Err(Error::new(
                ErrorKind::Attribute,
                format!("'super' object has no attribute '{name}'"),
            ))),
        }
    }
}

/// `super().__str__()` and the like reaching `object` or a built-in
/// exception: their behaviour for the instance.
#[derive(Debug)]
pub struct BaseDunder {
    this: Value,
    name: &'static str,
}

impl BaseDunder {
    const NAMES: &'static [&'static str] = &[
        "__str__",
        "__repr__",
        "__eq__",
        "__ne__",
        "__hash__",
        "__format__",
    ];
}

impl HostValue for BaseDunder {
    fn type_name(&self) -> String {
        "method-wrapper".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        let inst = super::as_instance(&self.this);
        let want = |n: usize| -> Result<()> {
            if args.pos.len() != n || !args.kw.is_empty() {
                return Err(Error::type_error(format!(
                    "{}() takes exactly {n} argument{} ({} given)",
                    self.name,
                    if n == 1 { "" } else { "s" },
                    args.pos.len()
                )));
            }
            Ok(())
        };
        let r = (|| -> Result<Value> {
            match self.name {
                "__str__" | "__format__" => {
                    if self.name == "__format__" {
                        want(1)?;
                        if !matches!(&args.pos[0], Value::Str(s) if s.is_empty()) {
                            return Err(Error::type_error(format!(
                                "unsupported format string passed to {}.__format__",
                                self.this.py_type_name()
                            )));
                        }
                    } else {
                        want(0)?;
                    }
                    // object.__str__ is repr(self), which may be the class's own.
                    Ok(Value::str(&match inst {
                        Some(i) if i.class.exception => super::exc::exception_str(i, cx),
                        _ => crate::value::format::repr_in(&self.this, cx)?,
                    }))
                }
                "__repr__" => {
                    want(0)?;
                    Ok(Value::str(&match inst {
                        Some(i) if i.class.exception => super::exc::exception_repr(i, cx),
                        Some(i) => i.fallback_repr(),
                        None => crate::value::format::repr_in(&self.this, cx)?,
                    }))
                }
                "__hash__" => {
                    want(0)?;
                    Ok(Value::Int(match &self.this {
                        Value::Host(h) => (Rc::as_ptr(h) as *const u8 as usize >> 4) as i64,
                        _ => 0,
                    }))
                }
                _ => {
                    want(1)?;
                    let same = match (&self.this, &args.pos[0]) {
                        (Value::Host(a), Value::Host(b)) => Rc::ptr_eq(a, b),
                        _ => false,
                    };
                    Ok(match (self.name, same) {
                        ("__eq__", true) => Value::Bool(true),
                        ("__ne__", true) => Value::Bool(false),
                        _ => not_implemented(),
                    })
                }
            }
        })();
        Some(r)
    }
}

/// `super().__init__(...)` reaching `object` or a built-in exception: keeps
/// an exception's arguments, and takes none otherwise.
#[derive(Debug)]
pub struct BaseInit {
    this: Value,
}

impl HostValue for BaseInit {
    fn type_name(&self) -> String {
        "method-wrapper".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, _cx: &mut dyn Context) -> Option<Result<Value>> {
        // `super().__init_subclass__()` reaching `object`: nothing to do.
        let Some(inst) = super::as_instance(&self.this) else {
            return Some(Ok(Value::None));
        };
        if inst.class.exception {
            inst.set_field("args", Value::tuple(args.pos));
            return Some(Ok(Value::None));
        }
        if !args.pos.is_empty() || !args.kw.is_empty() {
            return Some(Err(Error::type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            )));
        }
        Some(Ok(Value::None))
    }
}

/// `object.__setattr__(obj, name, value)` and `super().__setattr__(name,
/// value)`: sets the field itself, past the class's own `__setattr__`.
#[derive(Debug)]
pub struct BaseSetattr {
    pub this: Option<Value>,
}

impl HostValue for BaseSetattr {
    fn type_name(&self) -> String {
        "method-wrapper".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let mut pos = args.pos;
        if let Some(t) = &self.this {
            pos.insert(0, t.clone());
        }
        let [obj, name, value] = match <[Value; 3]>::try_from(pos) {
            Ok(a) if args.kw.is_empty() => a,
            Ok(_) | Err(_) => {
                return Some(Err(Error::type_error(
                    "__setattr__ expected 2 arguments (name, value)",
                )))
            }
        };
        let Value::Str(name) = &name else {
            return Some(Err(Error::type_error(format!(
                "attribute name must be string, not '{}'",
                name.py_type_name()
            ))));
        };
        match super::as_instance(&obj) {
            Some(inst) => {
                inst.set_field(name, value);
                Some(Ok(Value::None))
            }
            None => Some(Err(Error::type_error(format!(
                "can't apply object.__setattr__ to '{}' object",
                obj.py_type_name()
            )))),
        }
    }
}

/// `@staticmethod`
#[derive(Debug)]
pub struct StaticMethod(pub Value);

/// `@classmethod`
#[derive(Debug)]
pub struct ClassMethod(pub Value);

/// `@property` (and `@name.setter`).
#[derive(Debug)]
pub struct Property {
    pub fget: Value,
    pub fset: Option<Value>,
}

macro_rules! wrapper {
    ($t:ty, $name:literal) => {
        impl HostValue for $t {
            fn type_name(&self) -> String {
                $name.into()
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
        }
    };
}
wrapper!(StaticMethod, "staticmethod");
wrapper!(ClassMethod, "classmethod");

impl HostValue for Property {
    fn type_name(&self) -> String {
        "property".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "setter" => Some(Ok(Value::Host(Rc::new(PropertySetter {
                fget: self.fget.clone(),
            })))),
            _ => None,
        }
    }
}

/// `prop.setter`, waiting for the setter function.
#[derive(Debug)]
struct PropertySetter {
    fget: Value,
}

impl HostValue for PropertySetter {
    fn type_name(&self) -> String {
        "property.setter".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let [f] = <[Value; 1]>::try_from(args.pos).ok()?;
        Some(Ok(Value::Host(Rc::new(Property {
            fget: self.fget.clone(),
            fset: Some(f),
        }))))
    }
}

/// `NotImplemented`: what an operator method returns to let the other
/// operand (or the default) answer.
#[derive(Debug)]
pub struct NotImplementedType;

impl HostValue for NotImplementedType {
    fn type_name(&self) -> String {
        "NotImplementedType".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        "NotImplemented".into()
    }
}

thread_local! {
    static NOT_IMPLEMENTED: Value = Value::Host(Rc::new(NotImplementedType));
}

/// The `NotImplemented` singleton.
pub fn not_implemented() -> Value {
    NOT_IMPLEMENTED.with(Value::clone)
}

pub fn is_not_implemented(v: &Value) -> bool {
    matches!(v, Value::Host(h) if h.as_any().is::<NotImplementedType>())
}
