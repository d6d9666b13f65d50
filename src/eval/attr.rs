//! Attributes and methods: `x.name`, `x.name(args)`. A method is the
//! value's own (list and dict methods, a host object's) or else the builtin
//! of that name with the value as first argument (`a.sum()` is `sum(a)`).

use super::{Frame, Interp};
use crate::array::transpose::transpose_all;
use crate::error::{suggest, Error, Result};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::{ops, Args, NdArray, Value};
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
        // Mutating list methods work on the variable itself.
        if matches!(&**name, "append" | "extend" | "pop") {
            if let ExprKind::Var(_) | ExprKind::Index(..) = obj.kind {
                let cur = self.eval(obj, f)?;
                if let Value::List(_) = cur {
                    drop(cur);
                    let mut args = self.eval_args(args, f)?;
                    let mut result = Value::None;
                    let name = name.clone();
                    self.modify_place(obj, f, &mut |_, v| {
                        if let Value::List(l) = v {
                            result = list_method(Rc::make_mut(l), &name, &mut args)?;
                        }
                        Ok(())
                    })
                    .map_err(|err| err.at(e.span))?;
                    return Ok(result);
                }
            }
        }
        let v = self.eval(obj, f)?;
        let mut args = self.eval_args(args, f)?;
        if let Value::Host(h) = &v {
            if let Some(r) = h.clone().call_method(&v, name, &args, self) {
                return r.map_err(|err| err.at(e.span));
            }
        }
        if let Some(r) = own_method(&v, name, &args) {
            return r.map_err(|err| err.at(e.span));
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

fn list_method(l: &mut Vec<Value>, name: &str, args: &mut Args) -> Result<Value> {
    match (name, args.pos.len()) {
        ("append", 1) => {
            l.push(args.pos.remove(0));
            Ok(Value::None)
        }
        ("extend", 1) => {
            match &args.pos.remove(0) {
                Value::List(x) | Value::Tuple(x) => l.extend(x.iter().cloned()),
                other => {
                    return Err(Error::type_error(format!(
                        "extend() takes a list, not {}",
                        other.type_name()
                    )))
                }
            }
            Ok(Value::None)
        }
        ("pop", 0) => l
            .pop()
            .ok_or_else(|| Error::index("pop from an empty list")),
        _ => Err(Error::type_error(format!(
            "list.{name}() got the wrong number of arguments"
        ))),
    }
}

/// Methods a value answers itself, before the builtin fallback.
fn own_method(v: &Value, name: &str, args: &Args) -> Option<Result<Value>> {
    if let Value::Dict(d) = v {
        let r = match name {
            "keys" => Ok(Value::list(d.iter().map(|(k, _)| k.clone()).collect())),
            "values" => Ok(Value::list(d.iter().map(|(_, v)| v.clone()).collect())),
            "items" => Ok(Value::list(
                d.iter()
                    .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            )),
            "get" => {
                let key = args.pos.first().cloned().unwrap_or(Value::None);
                let default = args.pos.get(1).cloned().unwrap_or(Value::None);
                Ok(d.iter()
                    .find(|(k, _)| ops::values_equal(k, &key))
                    .map(|(_, v)| v.clone())
                    .unwrap_or(default))
            }
            _ => return None,
        };
        return Some(r);
    }
    None
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
