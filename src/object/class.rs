//! Classes written in scripts, their instances, bound methods and the
//! `staticmethod`/`classmethod`/`property` wrappers.

use crate::error::{Error, ErrorKind, Result};
use crate::value::Value;
use std::cell::RefCell;
use std::rc::Rc;

/// How deep a chain of base classes may be.
pub const MAX_CLASS_DEPTH: usize = 100;

#[derive(Debug)]
pub struct Class {
    pub name: Rc<str>,
    /// Base classes (each a `Value::Host` holding a `Class`).
    pub bases: Vec<Value>,
    pub attrs: RefCell<Vec<(Rc<str>, Value)>>,
    /// Derives from `BaseException`.
    pub exception: bool,
    pub depth: usize,
    me: RefCell<std::rc::Weak<Class>>,
    /// Whether an attribute of this class itself is a property or
    /// `__setattr__` (set when one is defined or assigned), so that
    /// instances of classes without any read and write fields directly.
    own_property: std::cell::Cell<bool>,
}

impl Class {
    pub fn new(
        name: Rc<str>,
        bases: Vec<Value>,
        attrs: Vec<(Rc<str>, Value)>,
    ) -> Result<Rc<Class>> {
        let mut depth = 0;
        let mut exception = false;
        for b in &bases {
            let Some(c) = class_of_value(b) else {
                return Err(Error::type_error(format!(
                    "class {name}: a base must be a class, not {}",
                    b.type_name()
                )));
            };
            depth = depth.max(c.depth + 1);
            exception |= c.exception;
        }
        if depth > MAX_CLASS_DEPTH {
            return Err(Error::new(
                ErrorKind::Recursion,
                format!("class {name}: more than {MAX_CLASS_DEPTH} levels of base classes"),
            ));
        }
        // A standard-library class written in arr (`_py_abc_ABC`) shows
        // the name its body gives (`__name__ = "ABC"`).
        let name = match attrs.iter().find(|(k, _)| &**k == "__name__") {
            Some((_, Value::Str(short))) if name.starts_with("_py_") => short.clone(),
            _ => name,
        };
        Ok(Class::make(name, bases, attrs, exception, depth))
    }

    /// The fields an instance may have when the class and every base
    /// declare `__slots__` (`None`: any field).
    pub fn slots(&self) -> Option<Vec<Rc<str>>> {
        let own = self
            .attrs
            .borrow()
            .iter()
            .find(|(k, _)| &**k == "__slots__")
            .map(|(_, v)| v.clone())?;
        let mut names: Vec<Rc<str>> = match &own {
            Value::Str(s) => vec![s.clone()],
            _ => crate::value::convert::seq_items(&own)
                .unwrap_or_default()
                .iter()
                .filter_map(|v| match v {
                    Value::Str(s) => Some(s.clone()),
                    _ => None,
                })
                .collect(),
        };
        if names.iter().any(|n| &**n == "__dict__") {
            return None;
        }
        for b in &self.bases {
            let c = class_of_value(b)?;
            if c.exception {
                return None;
            }
            names.extend(c.slots()?);
        }
        Some(names)
    }

    pub fn make(
        name: Rc<str>,
        bases: Vec<Value>,
        attrs: Vec<(Rc<str>, Value)>,
        exception: bool,
        depth: usize,
    ) -> Rc<Class> {
        let own_property = attrs
            .iter()
            .any(|(k, v)| is_property(v) || matches!(&**k, "__setattr__" | "__slots__"));
        let c = Rc::new(Class {
            name,
            bases,
            attrs: RefCell::new(attrs),
            exception,
            depth,
            me: RefCell::new(std::rc::Weak::new()),
            own_property: std::cell::Cell::new(own_property),
        });
        *c.me.borrow_mut() = Rc::downgrade(&c);
        c
    }

    /// Whether this class or a base defines a property.
    pub fn has_property(&self) -> bool {
        self.own_property.get()
            || self
                .bases
                .iter()
                .any(|b| class_of_value(b).is_some_and(|c| c.has_property()))
    }

    /// Notes that an attribute was assigned to the class.
    pub fn attr_assigned(&self, name: &str, v: &Value) {
        if is_property(v) || matches!(name, "__setattr__" | "__slots__") {
            self.own_property.set(true);
        }
    }

    /// The class as a shared handle.
    pub fn rc(&self) -> Option<Rc<Class>> {
        self.me.borrow().upgrade()
    }

    /// The class as a value (the same object each time).
    pub fn value(&self) -> Value {
        match self.rc() {
            Some(c) => Value::Host(c),
            None => Value::None,
        }
    }

    /// The attribute of this class or the first base (depth first, left to
    /// right) that has it, with the class that defined it.
    pub fn lookup(&self, name: &str) -> Option<Value> {
        if let Some((_, v)) = self.attrs.borrow().iter().find(|(k, _)| &**k == name) {
            return Some(v.clone());
        }
        self.bases
            .iter()
            .find_map(|b| class_of_value(b)?.lookup(name))
    }

    /// Like `lookup`, with the class that defines the attribute.
    pub fn lookup_owner(&self, name: &str) -> Option<(Value, Rc<Class>)> {
        if let Some((_, v)) = self.attrs.borrow().iter().find(|(k, _)| &**k == name) {
            return Some((v.clone(), self.rc()?));
        }
        self.bases
            .iter()
            .find_map(|b| class_of_value(b)?.lookup_owner(name))
    }

    /// The attribute as found after `after` in this class's order (what
    /// `super()` sees from a method of `after`).
    pub fn lookup_after(&self, after: &Class, name: &str) -> Option<(Value, Rc<Class>)> {
        let mut order = Vec::new();
        self.linearize(&mut order);
        let pos = order
            .iter()
            .position(|c| std::ptr::eq(Rc::as_ptr(c), after))?;
        order[pos + 1..].iter().find_map(|c| {
            let attrs = c.attrs.borrow();
            let v = attrs.iter().find(|(k, _)| &**k == name)?;
            Some((v.1.clone(), c.clone()))
        })
    }

    /// The method resolution order: this class, then its bases (a shared
    /// base after every class that derives from it), `object` last.
    pub fn mro(&self) -> Vec<Value> {
        let mut order = Vec::new();
        self.linearize(&mut order);
        let mut out: Vec<Value> = order.iter().map(|c| Value::Host(c.clone())).collect();
        if !order.iter().any(|c| &*c.name == "object") {
            if let Some(o) = super::exc::class("object") {
                out.push(Value::Host(o));
            }
        }
        out
    }

    /// The classes in method-resolution order (depth first, left to right,
    /// each once, a class after all that derive from it as in C3 for the
    /// usual shapes).
    fn linearize(&self, out: &mut Vec<Rc<Class>>) {
        let Some(me) = self.rc() else { return };
        let mut all = Vec::new();
        fn walk(c: &Rc<Class>, all: &mut Vec<Rc<Class>>) {
            all.push(c.clone());
            for b in &c.bases {
                if let Some(bc) = class_of_value(b).and_then(Class::rc) {
                    walk(&bc, all);
                }
            }
        }
        walk(&me, &mut all);
        // Keep the last occurrence of each class: a shared base comes after
        // every class that derives from it.
        for (i, c) in all.iter().enumerate() {
            if !all[i + 1..].iter().any(|d| Rc::ptr_eq(c, d)) {
                out.push(c.clone());
            }
        }
    }

    /// Whether this class is `other` or derives from it.
    pub fn is_subclass(&self, other: &Class) -> bool {
        std::ptr::eq(self, other)
            || self
                .bases
                .iter()
                .any(|b| class_of_value(b).is_some_and(|c| c.is_subclass(other)))
    }

    /// Attribute names of the class and its bases (completion, did-you-mean).
    pub fn names(&self, out: &mut Vec<String>) {
        out.extend(self.attrs.borrow().iter().map(|(k, _)| k.to_string()));
        for b in &self.bases {
            if let Some(c) = class_of_value(b) {
                c.names(out);
            }
        }
    }
}

pub fn class_of_value(v: &Value) -> Option<&Class> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Class>(),
        _ => None,
    }
}

/// An instance: its class and its own fields, shared by every name that
/// holds it.
#[derive(Debug)]
pub struct Instance {
    pub class: Rc<Class>,
    pub fields: RefCell<Vec<(Rc<str>, Value)>>,
    me: RefCell<std::rc::Weak<Instance>>,
}

impl Instance {
    pub fn new(class: Rc<Class>) -> Rc<Instance> {
        let i = Rc::new(Instance {
            class,
            fields: RefCell::new(Vec::new()),
            me: RefCell::new(std::rc::Weak::new()),
        });
        *i.me.borrow_mut() = Rc::downgrade(&i);
        i
    }

    pub fn rc(&self) -> Option<Rc<Instance>> {
        self.me.borrow().upgrade()
    }

    /// A field read as `obj.name` reads it: `None` when the class has
    /// properties (which may own the name) or there is no such field.
    #[inline]
    pub fn plain_field(&self, name: &str) -> Option<Value> {
        if self.class.has_property() {
            return None;
        }
        let fields = self.fields.borrow();
        fields
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }

    pub fn field(&self, name: &str) -> Option<Value> {
        self.fields
            .borrow()
            .iter()
            .find(|(k, _)| &**k == name)
            .map(|(_, v)| v.clone())
    }

    pub fn set_field(&self, name: &str, v: Value) {
        let mut f = self.fields.borrow_mut();
        match f.iter_mut().find(|(k, _)| &**k == name) {
            Some(slot) => slot.1 = v,
            None => f.push((name.into(), v)),
        }
    }
}

fn is_property(v: &Value) -> bool {
    matches!(v, Value::Host(h) if h.as_any().is::<super::wrappers::Property>())
}

// A chain of objects (a linked list of 100,000 nodes) is freed without
// deep recursion: the fields go to the value trashcan.
impl Drop for Instance {
    fn drop(&mut self) {
        let fields = std::mem::take(self.fields.get_mut());
        crate::value::drop_owned(fields.into_iter().map(|(_, v)| v).collect());
    }
}
