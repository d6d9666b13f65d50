//! Attributes and methods: `x.name`, `x.name(args)`. A method is the
//! value's own (list and dict methods, a host object's) or else the builtin
//! of that name with the value as first argument (`a.sum()` is `sum(a)`).

use super::{Frame, Interp};
use crate::array::transpose::transpose_all;
use crate::error::{suggest, Error, Result};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::{NdArray, Value};
use std::rc::Rc;

impl Interp {
    /// `v.name`: a host object answers for itself.
    pub(super) fn attribute(&mut self, v: &Value, name: &str) -> Result<Value> {
        if let Value::Host(h) = v {
            if let Some(r) = h.clone().get_attr(v, name, self) {
                return r;
            }
        }
        attribute(v, name)
    }

    /// `obj.name = value`.
    pub(super) fn set_attribute(&mut self, obj: &Value, name: &str, value: Value) -> Result<()> {
        if let Value::Host(h) = obj {
            if let Some(r) = h.clone().set_attr(name, value, self) {
                return r;
            }
        }
        Err(Error::new(
            crate::error::ErrorKind::Attribute,
            format!("'{}' object has no attribute '{name}' that can be set", obj.type_name()),
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
        // Mutating list and dict methods work on the place itself.
        let mutator = super::methods::LIST_MUTATORS.contains(&&**name)
            || super::methods::DICT_MUTATORS.contains(&&**name);
        if mutator && matches!(obj.kind, ExprKind::Var(_) | ExprKind::Index(..) | ExprKind::Attr(..)) {
            let cur = self.eval(obj, f)?;
            let fits = match &cur {
                Value::List(_) => super::methods::LIST_MUTATORS.contains(&&**name),
                Value::Dict(_) => super::methods::DICT_MUTATORS.contains(&&**name),
                _ => false,
            };
            if fits {
                drop(cur);
                let mut args = Some(self.eval_args(args, f)?);
                let mut result = Value::None;
                self.modify_place(obj, f, &mut |it, v| {
                    let a = args.take().unwrap_or_default();
                    result = match v {
                        Value::List(l) => it.list_method(Rc::make_mut(l), name, a)?,
                        Value::Dict(d) => it.dict_method(Rc::make_mut(d), name, a)?,
                        _ => Value::None,
                    };
                    Ok(())
                })
                .map_err(|err| err.at(e.span))?;
                return Ok(result);
            }
        }
        let v = self.eval(obj, f)?;
        let mut args = self.eval_args(args, f)?;
        if let Value::Host(h) = &v {
            if let Some(r) = h.clone().call_method(&v, name, &args, self) {
                return r.map_err(|err| err.at(e.span));
            }
            // An attribute that is callable (a class's static or class
            // method, a module's function, super()'s methods).
            if crate::object::class::class_of_value(&v).is_some()
                || h.as_any().is::<crate::object::wrappers::Super>()
            {
                let f = self.attribute(&v, name).map_err(|err| err.at(name_span))?;
                return self.call(&f, args, e.span);
            }
        }
        match &v {
            Value::Str(s) => return self.str_method(s, name, &args).map_err(|err| err.at(name_span)),
            Value::List(l) => {
                let mut copy = (**l).clone();
                return self.list_method(&mut copy, name, args).map_err(|err| err.at(name_span));
            }
            Value::Dict(d) => {
                let mut copy = (**d).clone();
                return self.dict_method(&mut copy, name, args).map_err(|err| err.at(name_span));
            }
            _ => {}
        }
        match builtin.and_then(crate::builtins::at) {
            Some(b) => {
                args.pos.insert(0, v);
                self.call(&Value::Builtin(b), args, e.span)
            }
            None => {
                let mut err =
                    Error::type_error(format!("{} has no method '{}'", v.type_name(), name))
                        .at(name_span);
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
        other => {
            return Err(Error::type_error(format!(
                "{} has no attribute '{name}'",
                other.type_name()
            )));
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
        _ => {
            let mut e = Error::type_error(format!("{} has no attribute '{name}'", v.type_name()));
            if let Some(s) = suggest(name, ["shape", "ndim", "size", "dtype", "T"].into_iter()) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            Err(e)
        }
    }
}
