//! Python's builtins about objects and types: `isinstance`, `super`,
//! `staticmethod`/`classmethod`/`property`, `getattr`/`setattr`/`hasattr`,
//! `callable`, `set`, `dict`, `iter`/`next`, `chr`/`ord`, `hex`/`bin`/`oct`,
//! `divmod`, `id`, `hash`, `format`.

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::object::class::class_of_value;
use crate::object::wrappers::{ClassMethod, Property, StaticMethod};
use crate::object::{set, types};
use crate::value::convert::{iter_values, to_i64};
use crate::value::{ops, Value};
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("isinstance", isinstance, "isinstance(x, classinfo)\n\nWhether x is an instance of the class (or of one of a tuple of classes).\n\n>>> isinstance(True, int)\nTrue");
    r.add("issubclass", issubclass, "issubclass(cls, classinfo)\n\nWhether a class derives from another.\n\n>>> issubclass(KeyError, LookupError)\nTrue");
    r.add("super", super_, "super()\n\nInside a method: the object's methods as the next base class defines them.\n\n>>> callable(super)\nTrue");
    r.add("staticmethod", staticmethod, "staticmethod(f)\n\nMarks a function in a class body as a method without `self`.\n\n>>> callable(staticmethod)\nTrue");
    r.add("classmethod", classmethod, "classmethod(f)\n\nMarks a function in a class body as a method of the class (`cls`).\n\n>>> callable(classmethod)\nTrue");
    r.add("property", property, "property(fget)\n\nMarks a method as an attribute computed on access (`@x.setter` adds a setter).\n\n>>> callable(property)\nTrue");
    r.add(
        "callable",
        callable,
        "callable(x)\n\nWhether x can be called.\n\n>>> callable(len), callable(3)\n(True, False)",
    );
    r.add("getattr", getattr, "getattr(obj, name, default)\n\nThe attribute `name` of obj, or default when it has none.\n\n>>> getattr(zeros(3), 'shape')\n(3,)");
    r.add("setattr", setattr, "setattr(obj, name, value)\n\nSets the attribute `name` of obj.\n\n>>> callable(setattr)\nTrue");
    r.add("hasattr", hasattr, "hasattr(obj, name)\n\nWhether obj has the attribute `name`.\n\n>>> hasattr(zeros(3), 'ndim')\nTrue");
    r.add(
        "set",
        set_,
        "set(iterable=())\n\nA set of the distinct items.\n\n>>> set((3, 1, 3))\n{1, 3}",
    );
    r.add("dict", dict, "dict(pairs=(), **kw)\n\nA dict from (key, value) pairs, another dict, or keywords.\n\n>>> dict(a=1, b=2)\n{'a': 1, 'b': 2}");
    r.add("iter", iter, "iter(x)\n\nAn iterator over the items of x, to step through with `next`.\n\n>>> it = iter('ab'); next(it)\n'a'");
    r.add("next", next, "next(iterator, default)\n\nThe iterator's next item; at the end, default if given, else StopIteration.\n\n>>> it = iter((1,)); next(it), next(it, 'done')\n(1, 'done')");
    r.add(
        "chr",
        chr,
        "chr(i)\n\nThe character of a Unicode code point.\n\n>>> chr(97)\n'a'",
    );
    r.add(
        "ord",
        ord,
        "ord(c)\n\nThe Unicode code point of a one-character string.\n\n>>> ord('a')\n97",
    );
    r.add(
        "hex",
        hex,
        "hex(i)\n\nAn int in hexadecimal, with 0x.\n\n>>> hex(255)\n'0xff'",
    );
    r.add(
        "bin",
        bin,
        "bin(i)\n\nAn int in binary, with 0b.\n\n>>> bin(5)\n'0b101'",
    );
    r.add(
        "oct",
        oct,
        "oct(i)\n\nAn int in octal, with 0o.\n\n>>> oct(8)\n'0o10'",
    );
    r.add(
        "divmod",
        divmod,
        "divmod(a, b)\n\n`(a // b, a % b)`.\n\n>>> divmod(7, 2)\n(3, 1)",
    );
    r.add(
        "_py_wraps",
        py_wraps,
        "_py_wraps(wrapper, wrapped)\n\n`wrapper` named as `wrapped` (what `functools.wraps` does).\n\n>>> def f(x) = x\n>>> _py_wraps(lambda x: x, f).__name__\n'f'",
    );
    super::pycopy::register(r);
    r.add(
        "dict_fromkeys",
        dict_fromkeys,
        "dict.fromkeys(keys, value=None)\n\nA dict of the keys, each with the value.\n\n>>> dict.fromkeys('ab', 0)\n{'a': 0, 'b': 0}",
    );
    r.add(
        "slice",
        slice,
        "slice(stop) or slice(start, stop, step=None)\n\nA slice object: `a[slice(1, 5, 2)]` is `a[1:5:2]`; a tuple of them indexes an array's axes.\n\n>>> slice(1, 5)\nslice(1, 5, None)\n>>> list(range(10))[slice(1, 8, 3)]\n[1, 4, 7]",
    );
    r.add(
        "vars",
        vars,
        "vars(obj)\n\nAn object's attributes as a dict (its `__dict__`).\n\n>>> class P { def __init__(self) { self.x = 1 } }\n>>> vars(P())\n{'x': 1}",
    );
    r.add(
        "dir",
        dir,
        "dir(obj)\n\nThe sorted names of an object's or module's attributes.\n\n>>> import math\n>>> 'sqrt' in dir(math)\nTrue",
    );
    r.add(
        "pow",
        pow,
        "pow(base, exp, mod=None)\n\n`base ** exp`, or with `mod` `base ** exp % mod` for ints, computed without the huge power.\n\n>>> pow(2, 10)\n1024\n>>> pow(3, 200, 7)\n2",
    );
    r.add("id", id, "id(x)\n\nA number that identifies the object while it lives.\n\n>>> id(None) == id(None)\nTrue");
    r.add("hash", hash, "hash(x)\n\nThe hash of a number, string or tuple of those.\n\n>>> hash(1) == hash(1.0)\nTrue");
    r.add("format", format, "format(value, spec='')\n\nThe value formatted by the format-spec mini-language.\n\n>>> format(3.14159, '.2f')\n'3.14'");
}

/// Whether `v` is an instance of `info` (a class, a built-in type or
/// conversion function, or a tuple of those).
pub fn is_instance(v: &Value, info: &Value) -> Result<bool> {
    match info {
        Value::Tuple(ts) => {
            for t in ts.iter() {
                if is_instance(v, t)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        Value::Builtin(b)
            if matches!(
                b.name,
                "int" | "float" | "str" | "bool" | "list" | "tuple" | "dict" | "set" | "range"
            ) =>
        {
            Ok(types::is_instance_of_builtin(v, b.name))
        }
        // A host object's constructor (`argparse.Namespace`, arr's `tensor`).
        Value::Builtin(b) => Ok(match v {
            Value::Host(h) => {
                let t = h.type_name();
                b.name == t || b.name.ends_with(&format!("_{t}"))
            }
            _ => false,
        }),
        _ => match class_of_value(info) {
            Some(c) if types::is_type_class(c) => Ok(types::is_instance_of_builtin(v, &c.name)),
            Some(c) if &*c.name == "object" && crate::object::exc::is_builtin(c) => Ok(true),
            Some(c) => Ok(match crate::object::as_instance(v) {
                Some(i) => i.class.is_subclass(c),
                None => false,
            }),
            None => Err(Error::type_error(
                "isinstance() arg 2 must be a type, a tuple of types, or a union",
            )),
        },
    }
}

fn isinstance(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, info] = args.bind("isinstance", ["obj", "classinfo"], 2)?;
    is_instance(&x, &info).map(Value::Bool)
}

fn issubclass(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [c, info] = args.bind("issubclass", ["cls", "classinfo"], 2)?;
    // A built-in type (`int`, `str`, ...) by name: bool is an int, and
    // everything is an object.
    let builtin = |v: &Value| match v {
        Value::Builtin(b) => Some(b.name),
        _ => None,
    };
    let user = class_of_value(&c);
    if user.is_none() && builtin(&c).is_none() {
        return Err(Error::type_error("issubclass() arg 1 must be a class"));
    }
    let infos = match &info {
        Value::Tuple(ts) => ts.to_vec(),
        other => vec![other.clone()],
    };
    for i in infos {
        match (&user, class_of_value(&i), builtin(&i)) {
            (Some(c), Some(base), _) if c.is_subclass(base) => return Ok(Value::Bool(true)),
            (_, Some(base), _) if &*base.name == "object" => return Ok(Value::Bool(true)),
            (_, Some(_), _) => {}
            (_, None, Some("object")) => return Ok(Value::Bool(true)),
            (None, None, Some(b)) => {
                let a = builtin(&c).unwrap_or("");
                if a == b || (a == "bool" && b == "int") {
                    return Ok(Value::Bool(true));
                }
            }
            (Some(_), None, Some(_)) => {}
            (_, None, None) => {
                return Err(Error::type_error(
                    "issubclass() arg 2 must be a class or tuple of classes",
                ))
            }
        }
    }
    Ok(Value::Bool(false))
}

fn super_(_: &mut dyn Context, args: Args) -> Result<Value> {
    if !args.pos.is_empty() || !args.kw.is_empty() {
        // super(Class, self) names what super() finds by itself.
        let _ = args.pos;
    }
    crate::object::proto::super_proxy()
}

fn one(name: &str, args: Args) -> Result<Value> {
    let [f] = args.bind(name, ["f"], 1)?;
    Ok(f)
}

fn staticmethod(_: &mut dyn Context, args: Args) -> Result<Value> {
    Ok(Value::Host(Rc::new(StaticMethod(one(
        "staticmethod",
        args,
    )?))))
}

fn classmethod(_: &mut dyn Context, args: Args) -> Result<Value> {
    Ok(Value::Host(Rc::new(ClassMethod(one("classmethod", args)?))))
}

fn property(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [fget, fset] = args.bind("property", ["fget", "fset"], 1)?;
    let fset = (!matches!(fset, Value::None)).then_some(fset);
    Ok(Value::Host(Rc::new(Property { fget, fset })))
}

fn callable(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("callable", ["x"], 1)?;
    Ok(Value::Bool(x.is_callable()))
}

fn attr_name(v: &Value, what: &str) -> Result<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        other => Err(Error::type_error(format!(
            "{what}(): attribute name must be string, not '{}'",
            types::type_name_of(other)
        ))),
    }
}

/// `obj.name` as the evaluator reads it.
fn get_attribute(obj: &Value, name: &str, cx: &mut dyn Context) -> Result<Value> {
    cx.get_attribute(obj, name)
}

/// An `AttributeError`: arr's own, or one a script raised (`__getattr__`).
fn is_attribute_error(e: &Error) -> bool {
    matches!(e.kind, ErrorKind::Attribute | ErrorKind::Type)
        || crate::object::exc::is_instance_of(e, "AttributeError")
}

fn getattr(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let has_default = args.pos.len() > 2;
    let [obj, name, default] = args.bind("getattr", ["obj", "name", "default"], 2)?;
    let name = attr_name(&name, "getattr")?;
    match get_attribute(&obj, &name, cx) {
        Ok(v) => Ok(v),
        Err(e) if has_default && is_attribute_error(&e) => Ok(default),
        Err(e) => Err(e),
    }
}

fn hasattr(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [obj, name] = args.bind("hasattr", ["obj", "name"], 2)?;
    let name = attr_name(&name, "hasattr")?;
    match get_attribute(&obj, &name, cx) {
        Ok(_) => Ok(Value::Bool(true)),
        Err(e) if is_attribute_error(&e) => Ok(Value::Bool(false)),
        Err(e) => Err(e),
    }
}

fn setattr(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [obj, name, value] = args.bind("setattr", ["obj", "name", "value"], 3)?;
    let name = attr_name(&name, "setattr")?;
    if let Value::Host(h) = &obj {
        if let Some(r) = h.clone().set_attr(&name, value, cx) {
            return r.map(|_| Value::None);
        }
    }
    Err(Error::new(
        ErrorKind::Attribute,
        format!(
            "'{}' object has no attribute '{name}' that can be set",
            types::type_name_of(&obj)
        ),
    ))
}

fn set_(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it] = args.bind("set", ["iterable"], 0)?;
    let items = match it {
        Value::None => Vec::new(),
        v => iter_values(&v, cx)?,
    };
    set::new_set(items, cx)
}

fn dict(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if args.pos.len() > 1 {
        return Err(Error::type_error(format!(
            "dict expected at most 1 argument, got {}",
            args.pos.len()
        )));
    }
    let mut out: Vec<(Value, Value)> = Vec::new();
    if let Some(src) = args.pos.first() {
        if let Value::Dict(d) = src {
            out = d.borrow().clone();
        } else if let (Value::Host(_), Ok(keys)) = (src, cx.get_attribute(src, "keys")) {
            // A mapping (an object with keys() and [key]), as Python reads it.
            let keys = cx.call(&keys, Args::new(Vec::new()))?;
            for k in iter_values(&keys, cx)? {
                let v = cx.call_method(src, "__getitem__", Args::new(vec![k.clone()]))?;
                crate::value::index::dict_set(&mut out, k, v);
            }
        } else {
            for (i, item) in iter_values(src, cx)?.into_iter().enumerate() {
                let pair = iter_values(&item, cx).map_err(|_| {
                    Error::type_error(format!(
                        "cannot convert dictionary update sequence element #{i} to a sequence"
                    ))
                })?;
                let [k, v] = <[Value; 2]>::try_from(pair).map_err(|p| {
                    Error::value(format!(
                        "dictionary update sequence element #{i} has length {}; 2 is required",
                        p.len()
                    ))
                })?;
                crate::value::index::dict_set(&mut out, k, v);
            }
        }
    }
    for (k, v) in args.kw {
        crate::value::index::dict_set(&mut out, Value::Str(k), v);
    }
    Ok(Value::dict(out))
}

fn iter(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("iter", ["x"], 1)?;
    if crate::object::iter::is_iterator(&x) {
        return Ok(x);
    }
    if let Some(r) = crate::object::proto::dunder(&x, "__iter__", Vec::new(), cx) {
        return r;
    }
    Ok(crate::object::iter::new_iter(iter_values(&x, cx)?, false))
}

fn next(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let has_default = args.pos.len() > 1;
    let [it, default] = args.bind("next", ["iterator", "default"], 1)?;
    let r = match crate::object::iter::next_of_iterator(&it, cx) {
        Some(Ok(Some(v))) => Ok(v),
        Some(Ok(None)) => Err(crate::object::iter::stop_iteration(cx)),
        Some(Err(e)) => Err(e),
        None => match crate::object::proto::dunder(&it, "__next__", Vec::new(), cx) {
            Some(r) => r,
            None => {
                return Err(Error::type_error(format!(
                    "'{}' object is not an iterator",
                    it.py_type_name()
                )))
            }
        },
    };
    match r {
        Err(e) if has_default && crate::object::exc::is_stop_iteration(&e) => Ok(default),
        r => r,
    }
}

fn chr(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [i] = args.bind("chr", ["i"], 1)?;
    let i = to_i64(&i, "chr()")?;
    let c = u32::try_from(i).ok().and_then(char::from_u32);
    match c {
        Some(c) => Ok(Value::str(c.encode_utf8(&mut [0; 4]))),
        None => Err(Error::value("chr() arg not in range(0x110000)")),
    }
}

fn ord(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [c] = args.bind("ord", ["c"], 1)?;
    let Value::Str(s) = &c else {
        return Err(Error::type_error(format!(
            "ord() expected string of length 1, but {} found",
            types::type_name_of(&c)
        )));
    };
    let mut chars = s.chars();
    match (chars.next(), chars.next()) {
        (Some(ch), None) => Ok(Value::Int(ch as i64)),
        _ => Err(Error::type_error(format!(
            "ord() expected a character, but string of length {} found",
            s.chars().count()
        ))),
    }
}

fn int_text(name: &str, args: Args, radix: u32, prefix: &str) -> Result<Value> {
    let [i] = args.bind(name, ["i"], 1)?;
    let Some(i) = crate::value::bigint::to_big(&i) else {
        return Err(Error::type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            types::type_name_of(&i)
        )));
    };
    let digits = i.magnitude().to_str_radix(radix);
    Ok(Value::str(&format!(
        "{}{prefix}{digits}",
        if i.sign() == num_bigint::Sign::Minus {
            "-"
        } else {
            ""
        }
    )))
}

fn hex(_: &mut dyn Context, args: Args) -> Result<Value> {
    int_text("hex", args, 16, "0x")
}

fn bin(_: &mut dyn Context, args: Args) -> Result<Value> {
    int_text("bin", args, 2, "0b")
}

fn oct(_: &mut dyn Context, args: Args) -> Result<Value> {
    int_text("oct", args, 8, "0o")
}

fn divmod(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("divmod", ["a", "b"], 2)?;
    let zero = matches!(&b, Value::Float(f) if *f == 0.0)
        || matches!(&b, Value::Int(0) | Value::Bool(false));
    if zero && matches!((&a, &b), (Value::Float(_), _) | (_, Value::Float(_))) {
        return Err(Error::zero_division("float divmod()"));
    }
    let q = ops::binary(crate::syntax::ast::BinOp::FloorDiv, &a, &b, cx)?;
    let r = ops::binary(crate::syntax::ast::BinOp::Mod, &a, &b, cx)?;
    Ok(Value::tuple(vec![q, r]))
}

/// `functools.wraps`' work: `wrapper` under the name of `wrapped`.
fn py_wraps(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [wrapper, wrapped] = args.bind("_py_wraps", ["wrapper", "wrapped"], 2)?;
    let name: Rc<str> = match &wrapped {
        Value::Func(c) => c.name.clone(),
        Value::Builtin(b) => b.name.into(),
        _ => return Ok(wrapper),
    };
    Ok(match &wrapper {
        Value::Func(c) => {
            let attrs = std::cell::RefCell::new(c.attrs.borrow().clone());
            attrs
                .borrow_mut()
                .push(("__wrapped__".into(), wrapped.clone()));
            if let Value::Func(w) = &wrapped {
                let doc = w.def.docstring().map_or(Value::None, Value::Str);
                attrs.borrow_mut().push(("__doc__".into(), doc));
            }
            Value::Func(Rc::new(crate::value::function::Closure {
                def: c.def.clone(),
                captures: c.captures.clone(),
                defaults: c.defaults.clone(),
                name,
                attrs,
            }))
        }
        _ => wrapper,
    })
}

fn dict_fromkeys(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [keys, value] = args.bind("fromkeys", ["keys", "value"], 1)?;
    let mut out = Vec::new();
    for k in iter_values(&keys, cx)? {
        // The keys are scanned: the work is charged.
        cx.charge(out.len() as u64 / 32)?;
        crate::value::index::dict_set(&mut out, k, value.clone());
    }
    Ok(Value::dict(out))
}

fn slice(_: &mut dyn Context, args: Args) -> Result<Value> {
    let only_stop = args.pos.len() == 1 && args.kw.is_empty();
    let [a, b, c] = args.bind("slice", ["start", "stop", "step"], 1)?;
    let bound = |v: &Value| -> Result<Option<i64>> {
        match v {
            Value::None | Value::Undefined => Ok(None),
            Value::Int(i) => Ok(Some(*i)),
            Value::Bool(b) => Ok(Some(*b as i64)),
            other => Err(Error::type_error(format!(
                "slice indices must be integers or None, not {}",
                other.py_type_name()
            ))),
        }
    };
    Ok(if only_stop {
        crate::object::slice_value(None, bound(&a)?, None)
    } else {
        crate::object::slice_value(bound(&a)?, bound(&b)?, bound(&c)?)
    })
}

fn vars(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("vars", ["object"], 1)?;
    cx.get_attribute(&x, "__dict__").map_err(|_| {
        Error::type_error(format!(
            "vars() argument must have __dict__ attribute (got {})",
            x.py_type_name()
        ))
    })
}

fn dir(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("dir", ["object"], 1)?;
    let mut names = match &x {
        Value::Host(h) => h.attr_names(),
        other => {
            return Err(Error::type_error(format!(
                "dir() of a {} is not supported in arr (objects, classes and modules are)",
                other.py_type_name()
            )))
        }
    };
    names.sort();
    names.dedup();
    Ok(Value::list(
        names.into_iter().map(|n| Value::str(&n)).collect(),
    ))
}

fn pow(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [base, exp, m] = args.bind("pow", ["base", "exp", "mod"], 2)?;
    if let Value::None = m {
        return ops::binary(crate::syntax::ast::BinOp::Pow, &base, &exp, cx);
    }
    let big = crate::value::bigint::to_big;
    let (Some(b), Some(e), Some(m)) = (big(&base), big(&exp), big(&m)) else {
        return Err(Error::type_error(format!(
            "pow() 3rd argument not allowed unless all arguments are integers (got {}, {}, {})",
            base.type_name(),
            exp.type_name(),
            m.type_name()
        )));
    };
    crate::value::bigint::pow_mod(&b, &e, &m)
}

fn id(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("id", ["x"], 1)?;
    let p = match &x {
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Tuple(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Array(a) => Rc::as_ptr(a) as *const u8 as usize,
        Value::Str(s) => Rc::as_ptr(s) as *const u8 as usize,
        Value::Host(h) => Rc::as_ptr(h) as *const u8 as usize,
        Value::Func(f) => Rc::as_ptr(f) as *const u8 as usize,
        Value::Int(i) => *i as usize,
        Value::None => 1,
        Value::Bool(b) => 2 + *b as usize,
        _ => 0,
    };
    Ok(Value::Int(p as i64))
}

fn hash(cx: &mut dyn Context, args: Args) -> Result<Value> {
    use std::hash::{Hash, Hasher};
    let [x] = args.bind("hash", ["x"], 1)?;
    // An object: its class's `__hash__`; unhashable when it defines
    // `__eq__` alone; by identity otherwise.
    if let Some(inst) = crate::object::as_instance(&x) {
        if inst.class.lookup("__hash__").is_some() {
            return match cx.call_method(&x, "__hash__", Args::default())? {
                r @ Value::Int(_) => Ok(r),
                Value::Bool(b) => Ok(Value::Int(b as i64)),
                _ => Err(Error::type_error(
                    "__hash__ method should return an integer",
                )),
            };
        }
        if inst.class.lookup("__eq__").is_some() {
            return Err(Error::type_error(format!(
                "unhashable type: '{}'",
                inst.class.name
            )));
        }
        if let Some(c) = super::complex::as_complex(&x).and_then(|c| c.one()) {
            // A complex number hashes by value; one with no imaginary part
            // as its real part does (hash(2+0j) == hash(2)).
            if c.im == 0.0 {
                return hash(cx, Args::new(vec![Value::Float(c.re)]));
            }
            let mut h = std::collections::hash_map::DefaultHasher::new();
            c.re.to_bits().hash(&mut h);
            c.im.to_bits().hash(&mut h);
            return Ok(Value::Int(h.finish() as i64 >> 2));
        }
        if let Value::Host(h) = &x {
            return Ok(Value::Int(
                (Rc::as_ptr(h) as *const u8 as usize >> 4) as i64,
            ));
        }
    }
    fn feed(
        v: &Value,
        h: &mut std::collections::hash_map::DefaultHasher,
        depth: usize,
    ) -> Result<()> {
        if depth > 1000 {
            return Err(Error::new(
                ErrorKind::Recursion,
                "maximum recursion depth exceeded while hashing a nested tuple",
            ));
        }
        match v {
            Value::Int(i) => i.hash(h),
            Value::Bool(b) => (*b as i64).hash(h),
            Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.2e18 => (*f as i64).hash(h),
            Value::Float(f) => f.to_bits().hash(h),
            Value::Str(s) => s.hash(h),
            Value::None => 0u8.hash(h),
            Value::Tuple(items) => {
                for i in items.iter() {
                    feed(i, h, depth + 1)?;
                }
            }
            other => {
                return Err(Error::type_error(format!(
                    "unhashable type: '{}'",
                    types::type_name_of(other)
                )))
            }
        }
        Ok(())
    }
    // Equal numbers hash equal, as in Python (`hash(1) == hash(1.0)`).
    if let Some(b) = crate::value::bigint::as_big(&x) {
        return Ok(Value::Int(crate::value::bigint::hash(b)));
    }
    match &x {
        Value::Int(i) => return Ok(Value::Int(crate::value::bigint::hash_i64(*i))),
        Value::Bool(b) => return Ok(Value::Int(*b as i64)),
        Value::Float(f) if !f.is_nan() => {
            return Ok(Value::Int(crate::value::bigint::hash_f64(*f)))
        }
        _ => {}
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    feed(&x, &mut h, 0)?;
    Ok(Value::Int(h.finish() as i64))
}

fn format(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [v, spec] = args.bind("format", ["value", "format_spec"], 1)?;
    let spec = match &spec {
        Value::None => String::new(),
        Value::Str(s) => s.to_string(),
        other => {
            return Err(Error::type_error(format!(
                "format() argument 2 must be str, not {}",
                types::type_name_of(other)
            )))
        }
    };
    super::text::format_value(cx, &v, &spec).map(|s| Value::str(&s))
}
