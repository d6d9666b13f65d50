//! Attributes and methods: `x.name`, `x.name(args)`. A method is the
//! value's own (list and dict methods, a host object's) or else the builtin
//! of that name with the value as first argument (`a.sum()` is `sum(a)`).

use super::{Frame, Interp};
use crate::array::transpose::transpose_all;
use crate::error::{suggest, Error, Result};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::tolist::{array_tolist, py_scalar};
use crate::value::{Args, DType, NdArray, Value};
use std::rc::Rc;

impl Interp {
    /// `v.name`: a host object answers for itself.
    pub(super) fn attribute(&mut self, v: &Value, name: &str) -> Result<Value> {
        match v {
            Value::Host(h) => {
                if let Some(i) = h.as_any().downcast_ref::<crate::object::Instance>() {
                    if let Some(v) = i.plain_field(name) {
                        return Ok(v);
                    }
                }
                if let Some(r) = h.clone().get_attr(v, name, self) {
                    return r;
                }
            }
            Value::Func(c) => {
                if let Some((_, v)) = c.attrs.borrow().iter().find(|(k, _)| &**k == name) {
                    return Ok(v.clone());
                }
                match name {
                    "__name__" | "__qualname__" => return Ok(Value::Str(c.name.clone())),
                    "__doc__" => return Ok(c.def.docstring().map_or(Value::None, Value::Str)),
                    "__module__" => return Ok(Value::str("__main__")),
                    _ => {}
                }
            }
            Value::Builtin(b) if b.name == "dict" && name == "fromkeys" => {
                if let Some(f) = crate::builtins::lookup("dict_fromkeys") {
                    return Ok(Value::Builtin(f));
                }
            }
            Value::Builtin(b)
                if matches!(b.name, "str" | "list" | "dict") && name != "__name__" =>
            {
                let sample = match b.name {
                    "str" => Value::str(""),
                    "list" => Value::list(Vec::new()),
                    _ => Value::dict(Vec::new()),
                };
                if super::methods::has_method(&sample, name) {
                    return Ok(Value::Host(Rc::new(
                        crate::object::wrappers::UnboundMethod {
                            type_name: b.name,
                            name: name.into(),
                        },
                    )));
                }
            }
            Value::Builtin(b) if name == "__name__" => {
                let n = crate::object::modtable::python_name(b.name).unwrap_or(b.name);
                return Ok(Value::str(n));
            }
            // A method read without a call (`key=d.get`): bound to the value.
            Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Tuple(_)
                if super::methods::has_method(v, name) =>
            {
                return Ok(Value::Host(Rc::new(crate::object::wrappers::MethodRef {
                    this: v.clone(),
                    name: name.into(),
                })));
            }
            _ => {}
        }
        attribute(v, name)
    }

    /// `obj.name = value`.
    pub(super) fn set_attribute(&mut self, obj: &Value, name: &str, value: Value) -> Result<()> {
        // A function's own attributes (`wrapper.calls = 0`).
        if let Value::Func(c) = obj {
            let mut attrs = c.attrs.borrow_mut();
            match attrs.iter_mut().find(|(k, _)| &**k == name) {
                Some(slot) => slot.1 = value,
                None => attrs.push((name.into(), value)),
            }
            return Ok(());
        }
        if let Value::Host(h) = obj {
            if let Some(r) = h.clone().set_attr(name, value, self) {
                return r;
            }
        }
        Err(Error::new(
            crate::error::ErrorKind::Attribute,
            format!(
                "'{}' object has no attribute '{name}' that can be set",
                obj.type_name()
            ),
        ))
    }

    #[allow(clippy::too_many_arguments)]
    pub(super) fn eval_method(
        &mut self,
        e: &Expr,
        obj: &Expr,
        name: &Rc<str>,
        name_span: Span,
        args: &[Arg],
        builtin: Option<u32>,
        f: &mut Frame,
    ) -> Result<Value> {
        let v = self.eval(obj, f)?;
        if let Some((func, owner)) = crate::object::proto::instance_method(&v, name) {
            // A method of a script class: called directly, `self` first.
            let cap = (func.def.n_locals as usize).max(args.len() + 1);
            let mut first = self.frame_vec(cap);
            first.push(v.clone());
            let a = self.eval_args_after(args, f, first)?;
            let uses_super = func.def.uses_super;
            if uses_super {
                crate::object::proto::enter_method(owner, v);
            }
            let outer = std::mem::replace(&mut self.call_site, e.span);
            let r = self.call_closure(&func, a, e.span);
            self.call_site = outer;
            if uses_super {
                crate::object::proto::leave_method();
            }
            return r.map_err(|err| err.at(e.span));
        }
        if let Value::Host(h) = &v {
            // `np.random.shuffle(a)`: a module's in-place function updates
            // the variable it names, as the flat call does.
            if let Some(m) = h.as_any().downcast_ref::<crate::object::module::Module>() {
                if let Ok(Value::Builtin(b)) = m.attr(name, self) {
                    if crate::builtins::mutates_first_argument(b) {
                        return self.call_in_place(b, args, f, e.span);
                    }
                }
            }
            // `np.add.at(a, idx, 1)` updates `a`.
            if &**name == "at" && h.as_any().is::<crate::builtins::ufunc::Ufunc>() {
                let place = args.first().map(|a| &a.value);
                let evaluated = self.eval_args(args, f)?;
                let r = self.method_call(v.clone(), name, evaluated, builtin, name_span, e.span)?;
                return match place {
                    Some(p)
                        if matches!(
                            p.kind,
                            ExprKind::Var(_) | ExprKind::Index(..) | ExprKind::Attr(..)
                        ) =>
                    {
                        self.store_into(p, f, r, e.span)?;
                        Ok(Value::None)
                    }
                    // A temporary: updated and dropped, as in NumPy.
                    _ => Ok(Value::None),
                };
            }
        }
        let place = match &v {
            Value::Host(h) if args.iter().any(|a| a.name.is_some()) => {
                match h.as_any().downcast_ref::<crate::object::module::Module>() {
                    Some(m) => match m.attr(name, self) {
                        Ok(fv) if Self::takes_out(&fv) => Self::out_place(args),
                        _ => None,
                    },
                    None => None,
                }
            }
            _ => None,
        };
        let args = self.eval_args(args, f)?;
        if let Some(p) = place {
            let r = self.method_call(v, name, args, builtin, name_span, e.span)?;
            self.store_into(p, f, r.clone(), e.span)?;
            return Ok(r);
        }
        if let (Value::Array(_), "sort" | "fill" | "put") = (&v, &**name) {
            return self.array_in_place(obj, v, name, args, f, e.span);
        }
        if let (Value::Array(a), true) = (&v, LIST_ONLY.contains(&&**name)) {
            return self.array_as_list(obj, a.clone(), name, args, f, e.span);
        }
        self.method_call(v, name, args, builtin, name_span, e.span)
    }

    /// A list method that arrays lack on an array (`fib = [0, 1];
    /// fib.append(1)`): the bracket literal of numbers was an array, and
    /// the program treats it as Python's list. The array becomes that list
    /// where it is stored (a variable or attribute), then the method runs.
    fn array_as_list(
        &mut self,
        obj: &Expr,
        a: Rc<crate::value::NdArray>,
        name: &str,
        args: Args,
        f: &mut Frame,
        span: Span,
    ) -> Result<Value> {
        if a.ndim() == 0 {
            return Err(Error::new(
                crate::error::ErrorKind::Attribute,
                format!("'numpy.ndarray' object has no attribute '{name}'"),
            )
            .with_note("the value is a 0-d array")
            .at(span));
        }
        let list = array_tolist(&a).map_err(|e| e.at(span))?;
        let Value::List(l) = &list else {
            return Err(Error::internal("tolist of an array gave no list"));
        };
        // The method runs first; its list is then stored where the array
        // was (an element of an array takes it only if the shape still fits).
        let mut items = std::mem::take(&mut *l.borrow_mut());
        let r = self.list_method(&mut items, name, args);
        *l.borrow_mut() = items;
        let r = r.map_err(|e| e.at(span))?;
        if matches!(name, "index" | "count") {
            return Ok(r);
        }
        match &obj.kind {
            ExprKind::Var(var) => self.store(var, list, f)?,
            ExprKind::Attr(o, attr) => {
                let o = self.eval(o, f)?;
                self.set_attribute(&o, attr, list).map_err(|e| e.at(span))?;
            }
            ExprKind::Index(..) => {
                let mut new = Some(list);
                self.modify_place(obj, f, &mut |_, v| {
                    if let Some(n) = new.take() {
                        *v = n;
                    }
                    Ok(())
                })
                .map_err(|e| {
                    e.with_note(format!(
                        "{name}() changed a row of an array, and the array cannot hold it; make the rows lists (list(...)) first"
                    ))
                    .at(span)
                })?;
            }
            _ => {
                return Err(Error::new(
                    crate::error::ErrorKind::Attribute,
                    format!("'numpy.ndarray' object has no attribute '{name}'"),
                )
                .with_note("a bracket literal of numbers is an array; name it first to use it as a list, or write list(...)")
                .at(span))
            }
        }
        Ok(r)
    }

    /// `a.sort()`, `a.fill(x)`: NumPy's in-place methods. The new array is
    /// stored back where `a` came from (a variable or an attribute) and
    /// the call's value is `None`, as in NumPy.
    fn array_in_place(
        &mut self,
        obj: &Expr,
        v: Value,
        name: &str,
        mut args: Args,
        f: &mut Frame,
        span: Span,
    ) -> Result<Value> {
        let new = match name {
            "sort" | "put" => {
                let b = crate::builtins::lookup(name)
                    .ok_or_else(|| Error::internal(format!("no builtin {name}")))?;
                args.pos.insert(0, v);
                self.call(&Value::Builtin(b), args, span)?
            }
            _ => {
                let [x] = args.bind("fill", ["value"], 1)?;
                let Value::Array(a) = &v else {
                    return Err(Error::internal("fill of a non-array"));
                };
                let full = crate::builtins::lookup("full")
                    .ok_or_else(|| Error::internal("no builtin full"))?;
                let shape = Value::tuple(a.shape().iter().map(|&d| Value::Int(d as i64)).collect());
                let dtype = Value::DType(a.dtype());
                self.call(
                    &Value::Builtin(full),
                    Args {
                        pos: vec![shape, x, dtype],
                        kw: Vec::new(),
                    },
                    span,
                )?
            }
        };
        match &obj.kind {
            ExprKind::Var(_) | ExprKind::Attr(..) | ExprKind::Index(..) => {
                self.store_into(obj, f, new, span)?
            }
            _ => {
                return Err(Error::type_error(format!(
                    "a.{name}() changes the array in place, and this one is not a variable, element or attribute (arr has value semantics for arrays: name it first, or use np.{name}'s result)"
                ))
                .at(span))
            }
        }
        Ok(Value::None)
    }

    /// `v.name(args)` on an evaluated object.
    pub(super) fn method_call(
        &mut self,
        v: Value,
        name: &str,
        mut args: Args,
        builtin: Option<u32>,
        name_span: Span,
        span: Span,
    ) -> Result<Value> {
        if let Value::Host(h) = &v {
            let outer = std::mem::replace(&mut self.call_site, span);
            let r = h.clone().call_method(&v, name, &args, self);
            self.call_site = outer;
            if let Some(r) = r {
                return r.map_err(|err| err.at(span));
            }
            // An attribute that is callable (a class's static or class
            // method, a module's function, super()'s methods).
            if crate::object::class::class_of_value(&v).is_some()
                || h.as_any().is::<crate::object::wrappers::Super>()
            {
                let f = self.attribute(&v, name).map_err(|err| err.at(name_span))?;
                return self.call(&f, args, span);
            }
        }
        if let Value::Array(a) = &v {
            if let Some(r) = array_item_method(a, &v, name, &args) {
                return r.map_err(|e| e.at(span));
            }
        }
        // A reduction's result is a Python number in arr: NumPy scalar
        // methods that give the number back.
        if matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_))
            && matches!(name, "item" | "tolist")
            && args.pos.is_empty()
            && args.kw.is_empty()
        {
            return Ok(v);
        }
        if let (Value::Float(x), "is_integer") = (&v, name) {
            args.no_keywords("is_integer").map_err(|e| e.at(span))?;
            return Ok(Value::Bool(x.is_finite() && x.fract() == 0.0));
        }
        if let (Value::Int(i), "bit_length") = (&v, name) {
            return Ok(Value::Int(64 - i.unsigned_abs().leading_zeros() as i64));
        }
        if let (Value::Int(_) | Value::Float(_), "as_integer_ratio") = (&v, name) {
            args.no_keywords(name).map_err(|e| e.at(span))?;
            return integer_ratio(&v).map_err(|e| e.at(span));
        }
        // A function's own attribute, called (`f.__wrapped__(x)`).
        if let Value::Func(c) = &v {
            let found = c
                .attrs
                .borrow()
                .iter()
                .find(|(k, _)| &**k == name)
                .map(|(_, f)| f.clone());
            if let Some(f) = found {
                return self.call(&f, args, span);
            }
        }
        // `str.join(sep, items)`: a type's method with the object first.
        if let Value::Builtin(b) = &v {
            if matches!(b.name, "str" | "list" | "dict") && !args.pos.is_empty() {
                let f = self.attribute(&v, name).map_err(|err| err.at(name_span))?;
                return self.call(&f, args, span);
            }
        }
        match &v {
            Value::Str(s) => {
                return self
                    .str_method(s, name, &args)
                    .map_err(|err| err.at(name_span))
            }
            // The items are taken out while the method runs (a sort key or
            // an __eq__ may run script code) and put back after.
            Value::List(l) => {
                let mut items = std::mem::take(&mut *l.borrow_mut());
                let r = self.list_method(&mut items, name, args);
                *l.borrow_mut() = items;
                return r.map_err(|err| err.at(name_span));
            }
            Value::Dict(d) => {
                let mut pairs = std::mem::take(&mut *d.borrow_mut());
                let r = self.dict_method(&mut pairs, name, args);
                *d.borrow_mut() = pairs;
                return r.map_err(|err| err.at(name_span));
            }
            Value::Tuple(t) if matches!(name, "index" | "count") => {
                let mut items = (**t).clone();
                return self.list_method(&mut items, name, args).map_err(|err| {
                    let mut err = err.at(name_span);
                    err.message = err
                        .message
                        .replace("list.", "tuple.")
                        .replace("in list", "in tuple");
                    err
                });
            }
            _ => {}
        }
        match builtin
            .or_else(|| crate::builtins::index_of(name))
            .and_then(crate::builtins::at)
        {
            Some(b)
                if !matches!(
                    v,
                    Value::None | Value::Tuple(_) | Value::Func(_) | Value::Builtin(_)
                ) =>
            {
                args.pos.insert(0, v);
                self.call(&Value::Builtin(b), args, span)
            }
            _ => {
                let mut err = Error::new(
                    crate::error::ErrorKind::Attribute,
                    format!("'{}' object has no attribute '{name}'", v.py_type_name()),
                )
                .at(name_span);
                if let Value::Array(_) = v {
                    err = err.with_note(format!("the value is an {}", v.type_name()));
                }
                if let Some(s) = suggest(name, crate::builtins::all().iter().map(|b| b.name)) {
                    err = err.with_note(format!("did you mean '{s}'?"));
                }
                Err(err)
            }
        }
    }
}

/// `v.name` for values of arr's own kinds (arrays and numbers).
pub fn attribute(v: &Value, name: &str) -> Result<Value> {
    let arr: std::borrow::Cow<NdArray> = match v {
        Value::Array(a) => std::borrow::Cow::Borrowed(&**a),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => {
            std::borrow::Cow::Owned(crate::value::convert::scalar_array(v))
        }
        Value::DType(d) => return dtype_attribute(*d, name),
        other => {
            return Err(Error::new(
                crate::error::ErrorKind::Attribute,
                format!(
                    "'{}' object has no attribute '{name}'",
                    other.py_type_name()
                ),
            ));
        }
    };
    match name {
        "shape" => Ok(Value::tuple(
            arr.shape().iter().map(|&d| Value::Int(d as i64)).collect(),
        )),
        "ndim" => Ok(Value::Int(arr.ndim() as i64)),
        "size" => Ok(Value::Int(arr.len() as i64)),
        "dtype" => Ok(Value::DType(arr.dtype())),
        "T" => Ok(Value::from_array(transpose_all(&arr))),
        "itemsize" => Ok(Value::Int(arr.dtype().itemsize() as i64)),
        "nbytes" => Ok(Value::Int((arr.len() * arr.dtype().itemsize()) as i64)),
        // arr's arrays are C-ordered: the strides are the shape's.
        "strides" => {
            let mut s = vec![arr.dtype().itemsize() as i64; arr.ndim()];
            for d in (0..arr.ndim().saturating_sub(1)).rev() {
                s[d] = s[d + 1] * arr.shape()[d + 1] as i64;
            }
            Ok(Value::tuple(s.into_iter().map(Value::Int).collect()))
        }
        // A flattened copy: reading works; `a.flat[i] = v` cannot reach `a`.
        "flat" => crate::builtins::shape::reshape_to(&arr, &[-1]).map(Value::from_array),
        _ => {
            let mut e = match v {
                Value::Array(_) => Error::new(
                    crate::error::ErrorKind::Attribute,
                    format!("'numpy.ndarray' object has no attribute '{name}'"),
                )
                .with_note(format!("the value is an {}", v.type_name())),
                _ => Error::new(
                    crate::error::ErrorKind::Attribute,
                    format!("'{}' object has no attribute '{name}'", v.py_type_name()),
                ),
            };
            if let Some(s) = suggest(
                name,
                [
                    "shape", "ndim", "size", "dtype", "T", "itemsize", "nbytes", "strides", "flat",
                ]
                .into_iter(),
            ) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            Err(e)
        }
    }
}

/// `a.tolist()` and `a.item()`: Python numbers out of an array.
fn array_item_method(a: &NdArray, v: &Value, name: &str, args: &Args) -> Option<Result<Value>> {
    match name {
        "tolist" => Some(args.no_keywords("tolist").and_then(|_| array_tolist(a))),
        "item" if args.pos.is_empty() && args.kw.is_empty() => {
            if a.len() != 1 {
                return Some(Err(Error::value(
                    "can only convert an array of size 1 to a Python scalar",
                )
                .with_note(format!("the value is an {}", v.type_name()))));
            }
            let zeros = vec![crate::array::index::Idx::Int(0); a.ndim()];
            Some(crate::array::index::get_array(a, &zeros).map(|one| {
                let one = Value::from(one);
                match &one {
                    Value::Array(x) if x.ndim() == 0 => py_scalar(x),
                    _ => one,
                }
            }))
        }
        _ => None,
    }
}

/// `np.dtype(...).name` and the other facts of a dtype.
fn dtype_attribute(d: DType, name: &str) -> Result<Value> {
    Ok(match name {
        "name" | "__name__" => Value::str(d.name()),
        "itemsize" | "alignment" => Value::Int(d.itemsize() as i64),
        "char" => Value::str(&d.char_code().to_string()),
        "kind" => Value::str(match d {
            DType::Bool => "b",
            d if d.is_signed() => "i",
            d if d.is_unsigned() => "u",
            _ => "f",
        }),
        "str" => Value::str(&d.type_str()),
        "byteorder" => Value::str(if d.itemsize() == 1 { "|" } else { "=" }),
        "type" => Value::DType(d),
        "names" | "fields" | "subdtype" => Value::None,
        "shape" => Value::tuple(Vec::new()),
        "ndim" => Value::Int(0),
        "isbuiltin" => Value::Int(1),
        "descr" => Value::list(vec![Value::tuple(vec![
            Value::str(""),
            Value::str(&d.type_str()),
        ])]),
        _ => {
            let mut e = Error::new(
                crate::error::ErrorKind::Attribute,
                format!("'numpy.dtype' object has no attribute '{name}'"),
            );
            let known = [
                "name",
                "itemsize",
                "alignment",
                "char",
                "kind",
                "str",
                "byteorder",
                "type",
                "names",
                "fields",
                "subdtype",
                "shape",
                "ndim",
                "isbuiltin",
                "descr",
            ];
            if let Some(s) = suggest(name, known.into_iter()) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            return Err(e);
        }
    })
}

/// List methods that NumPy's arrays do not have.
const LIST_ONLY: &[&str] = &[
    "append", "clear", "count", "extend", "index", "insert", "pop", "remove", "reverse",
];

/// `x.as_integer_ratio()`: the exact fraction of an int or a float, in
/// lowest terms with a positive denominator.
fn integer_ratio(v: &Value) -> Result<Value> {
    use num_bigint::BigInt;
    let x = match v {
        Value::Float(x) => *x,
        _ => return Ok(Value::tuple(vec![v.clone(), Value::Int(1)])),
    };
    if !x.is_finite() {
        return Err(Error::new(
            if x.is_nan() {
                crate::error::ErrorKind::Value
            } else {
                crate::error::ErrorKind::Overflow
            },
            format!(
                "cannot convert {} to integer ratio",
                if x.is_nan() { "NaN" } else { "Infinity" }
            ),
        ));
    }
    let (m, e) = libm::frexp(x);
    // 53 bits of mantissa as an int, then the power of two.
    let mant = libm::ldexp(m, 53) as i64;
    let exp = e - 53;
    let (mut num, mut den) = (BigInt::from(mant), BigInt::from(1));
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    let g = num_integer::Integer::gcd(&num, &den);
    if g > BigInt::from(1) {
        num /= &g;
        den /= &g;
    }
    Ok(Value::tuple(vec![
        crate::value::bigint::normalize(num),
        crate::value::bigint::normalize(den),
    ]))
}
