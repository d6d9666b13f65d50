//! Python's expression forms: conditional expressions, set displays,
//! starred items, f-strings, and the `in`/`is` comparisons.

use super::{Frame, Interp};
use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::*;
use crate::value::{ops, Args, Context, Value};
use std::rc::Rc;

impl Interp {
    /// `a + b` or `a * b` where one side is a bracket literal: Python's
    /// list forms where the literal meets a list or an int (`acc + [x]`,
    /// `[0] * n`, `[[0] * m] * n`), else the array arithmetic a literal of
    /// numbers has (`[1, 2] * 3` is `[3 6]`).
    pub(super) fn eval_list_literal_op(
        &mut self,
        e: &Expr,
        op: BinOp,
        a: &Expr,
        b: &Expr,
        f: &mut Frame,
    ) -> Result<Value> {
        let operand =
            |me: &mut Interp, x: &Expr, f: &mut Frame| -> Result<(Value, Option<Vec<Value>>)> {
                match &x.kind {
                    ExprKind::List(items)
                        if !items.is_empty()
                            && !items.iter().any(|i| matches!(i.kind, ExprKind::Starred(_))) =>
                    {
                        Context::charge(me, items.len() as u64).map_err(|err| err.at(x.span))?;
                        let vals = items
                            .iter()
                            .map(|i| me.eval(i, f))
                            .collect::<Result<Vec<_>>>()?;
                        let v = super::expr::bracket_value(vals.clone())
                            .map_err(|err| err.at(x.span))?;
                        Ok((v, Some(vals)))
                    }
                    _ => Ok((me.eval(x, f)?, None)),
                }
            };
        let (x, xs) = operand(self, a, f)?;
        let (y, ys) = operand(self, b, f)?;
        let python = match (op, &x, &y, &xs, &ys) {
            // `[v] * n`, `n * [v]`: n references to v.
            (BinOp::Mul, _, Value::Int(_) | Value::Bool(_), Some(items), _)
            | (BinOp::Mul, Value::Int(_) | Value::Bool(_), _, _, Some(items))
                if items.len() == 1
                    && matches!((&x, &y), (Value::Array(_), _) | (_, Value::Array(_))) =>
            {
                let n = match (&x, &y) {
                    (Value::Int(n), _) | (_, Value::Int(n)) => *n,
                    (Value::Bool(n), _) | (_, Value::Bool(n)) => *n as i64,
                    _ => 0,
                };
                let n = n.max(0) as usize;
                crate::value::convert::check_list("'*'", n).map_err(|err| err.at(e.span))?;
                Context::charge(self, n as u64).map_err(|err| err.at(e.span))?;
                Some(Value::list(vec![items[0].clone(); n]))
            }
            // `acc + [x]`, `[x] + acc` with a list.
            (BinOp::Add, Value::List(l), Value::Array(_), _, Some(items)) => {
                let mut v = l.borrow().clone();
                v.extend(items.iter().cloned());
                Some(Value::list(v))
            }
            (BinOp::Add, Value::Array(_), Value::List(l), Some(items), _) => {
                let mut v = items.clone();
                v.extend(l.borrow().iter().cloned());
                Some(Value::list(v))
            }
            _ => None,
        };
        match python {
            Some(v) => Ok(v),
            None => ops::binary(op, &x, &y, self).map_err(|err| err.at(e.span)),
        }
    }

    pub(super) fn eval_python(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::IfElse(c, a, b) => {
                let cv = self.eval(c, f)?;
                if ops::truthy(&cv, self).map_err(|err| err.at(c.span))? {
                    self.eval(a, f)
                } else {
                    self.eval(b, f)
                }
            }
            ExprKind::Set(items) => {
                let vals = self.eval_items(items, f)?;
                crate::object::set::new_set(vals, self).map_err(|err| err.at(e.span))
            }
            ExprKind::Starred(_) => Err(Error::new(
                ErrorKind::Syntax,
                "a starred expression (*x) can only be used in a list, tuple, set or call",
            )
            .at(e.span)),
            ExprKind::Comp(c) => self.eval_comp(c, e.span, f),
            ExprKind::Walrus(var, value) => {
                let v = self.eval(value, f)?;
                self.store(var, v.clone(), f)?;
                Ok(v)
            }
            ExprKind::FStr(parts) => {
                let mut out = String::new();
                self.fstring(parts, &mut out, f)?;
                Ok(Value::str(&out))
            }
            _ => Err(Error::internal("eval_python on another expression").at(e.span)),
        }
    }

    fn fstring(&mut self, parts: &[FPart], out: &mut String, f: &mut Frame) -> Result<()> {
        for p in parts {
            match p {
                FPart::Lit(s) => out.push_str(s),
                FPart::Field {
                    expr,
                    self_doc,
                    conversion,
                    spec,
                } => {
                    let v = self.eval(expr, f)?;
                    let mut spec_text = String::new();
                    self.fstring(spec, &mut spec_text, f)?;
                    if let Some(d) = self_doc {
                        out.push_str(d);
                    }
                    let text =
                        crate::builtins::text::format_field(self, &v, *conversion, &spec_text)
                            .map_err(|err| err.at(expr.span))?;
                    crate::array::alloc::check_bytes(
                        "an f-string",
                        out.len().saturating_add(text.len()),
                    )
                    .map_err(|err| err.at(expr.span))?;
                    out.push_str(&text);
                }
            }
        }
        Ok(())
    }

    /// Items of a list, tuple or set display, `*xs` spread.
    pub(super) fn eval_items(&mut self, items: &[Expr], f: &mut Frame) -> Result<Vec<Value>> {
        let mut out = Vec::with_capacity(items.len());
        for x in items {
            match &x.kind {
                ExprKind::Starred(inner) => {
                    let v = self.eval(inner, f)?;
                    let spread = crate::value::convert::iter_values(&v, self)
                        .map_err(|err| err.at(x.span))?;
                    out.extend(spread);
                }
                _ => out.push(self.eval(x, f)?),
            }
        }
        Ok(out)
    }

    /// `a in b`, `a not in b`, `a is b`, `a is not b`.
    pub(super) fn compare_python(&mut self, op: BinOp, a: &Value, b: &Value) -> Result<Value> {
        Ok(Value::Bool(match op {
            BinOp::In => self.contains(b, a)?,
            BinOp::NotIn => !self.contains(b, a)?,
            BinOp::Is => identical(a, b),
            BinOp::IsNot => !identical(a, b),
            _ => return ops::binary(op, a, b, self),
        }))
    }

    /// `x op= y` for a list, dict or set `x`: changes it in place; `None`
    /// when `x` is anything else.
    pub(super) fn inplace(&mut self, op: BinOp, cur: &Value, rhs: &Value) -> Option<Result<()>> {
        match (cur, op) {
            (Value::List(l), BinOp::Add) => Some((|| {
                let items = crate::value::convert::iter_values(rhs, self)?;
                l.borrow_mut().extend(items);
                Ok(())
            })()),
            (Value::List(l), BinOp::Mul) => Some((|| {
                let n = crate::value::convert::to_i64(rhs, "list *=")?.max(0) as usize;
                let items = l.borrow().clone();
                let n = if items.is_empty() { 0 } else { n };
                crate::value::convert::check_list("'*='", items.len().saturating_mul(n))?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                *l.borrow_mut() = out;
                Ok(())
            })()),
            (Value::Dict(d), BinOp::BitOr) => Some((|| {
                let Value::Dict(other) = rhs else {
                    return Err(Error::type_error(format!(
                        "unsupported operand type(s) for |=: 'dict' and '{}'",
                        crate::object::types::type_name_of(rhs)
                    )));
                };
                let pairs = other.borrow().clone();
                let mut d = d.borrow_mut();
                for (k, v) in pairs {
                    crate::value::index::dict_set(&mut d, k, v);
                }
                Ok(())
            })()),
            // A tensor changes in place, as PyTorch's `t -= x` (`w -= lr *
            // w.grad` under `no_grad()` updates the parameter itself).
            (Value::Host(h), _) if h.type_name() == "tensor" && !matches!(op, BinOp::MatMul) => {
                Some((|| {
                    let new = crate::value::ops::binary(op, cur, rhs, self)?;
                    let args = Args {
                        pos: vec![new],
                        kw: Vec::new(),
                    };
                    match h.clone().call_method(cur, "copy_", &args, self) {
                        Some(r) => r.map(|_| ()),
                        None => Err(Error::internal("a tensor without copy_")),
                    }
                })())
            }
            (Value::Host(h), BinOp::BitOr | BinOp::BitAnd | BinOp::Sub | BinOp::BitXor)
                if crate::object::set::as_set(cur).is_some() =>
            {
                let name = match op {
                    BinOp::BitOr => "update",
                    BinOp::BitAnd => "intersection_update",
                    BinOp::Sub => "difference_update",
                    _ => "symmetric_difference_update",
                };
                if crate::object::set::as_set(rhs).is_none() {
                    return Some(Err(Error::type_error(format!(
                        "unsupported operand type(s) for {}=: 'set' and '{}'",
                        op.symbol(),
                        crate::object::types::type_name_of(rhs)
                    ))));
                }
                let args = Args {
                    pos: vec![rhs.clone()],
                    kw: Vec::new(),
                };
                h.clone()
                    .call_method(cur, name, &args, self)
                    .map(|r| r.map(|_| ()))
            }
            _ => None,
        }
    }

    /// `x op= y` on an instance whose class defines the in-place method
    /// (`__iadd__`, `__ior__`...): its result, which the caller stores in
    /// the target, as Python does; `None` when there is no such method or
    /// it returns NotImplemented (then `x = x op y`).
    pub(super) fn inplace_dunder(
        &mut self,
        op: BinOp,
        cur: &Value,
        rhs: &Value,
    ) -> Option<Result<Value>> {
        if !matches!(cur, Value::Host(_)) {
            return None;
        }
        let name = match op {
            BinOp::Add => "__iadd__",
            BinOp::Sub => "__isub__",
            BinOp::Mul => "__imul__",
            BinOp::Div => "__itruediv__",
            BinOp::FloorDiv => "__ifloordiv__",
            BinOp::Mod => "__imod__",
            BinOp::Pow => "__ipow__",
            BinOp::MatMul => "__imatmul__",
            BinOp::BitAnd => "__iand__",
            BinOp::BitOr => "__ior__",
            BinOp::BitXor => "__ixor__",
            BinOp::Shl => "__ilshift__",
            BinOp::Shr => "__irshift__",
            _ => return None,
        };
        match crate::object::proto::dunder(cur, name, vec![rhs.clone()], self)? {
            Ok(v) if crate::object::wrappers::is_not_implemented(&v) => None,
            r => Some(r),
        }
    }

    /// `item in container`.
    /// `a == b` as Python decides it for `in`, `count` and `index`: the
    /// identity, then an object's `__eq__`.
    pub fn py_equal(&mut self, a: &Value, b: &Value) -> Result<bool> {
        if matches!(a, Value::Host(_)) || matches!(b, Value::Host(_)) {
            if let (Value::Host(x), Value::Host(y)) = (a, b) {
                if std::ptr::eq(Rc::as_ptr(x) as *const u8, Rc::as_ptr(y) as *const u8) {
                    return Ok(true);
                }
            }
            let eq = ops::binary(BinOp::Eq, a, b, self)?;
            return ops::truthy(&eq, self);
        }
        Ok(ops::values_equal(a, b))
    }

    pub fn contains(&mut self, container: &Value, item: &Value) -> Result<bool> {
        match container {
            Value::Str(s) => match item {
                Value::Str(sub) => Ok(s.contains(&**sub)),
                other => Err(Error::type_error(format!(
                    "'in <string>' requires string as left operand, not {}",
                    other.type_name()
                ))),
            },
            Value::List(_) | Value::Tuple(_) => {
                let items = crate::value::convert::seq_items(container).unwrap_or_default();
                for v in items.iter() {
                    if ops::same_nan(v, item) || self.py_equal(v, item)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Value::Dict(pairs) if !matches!(item, Value::Host(_)) => Ok(pairs
                .borrow()
                .iter()
                .any(|(k, _)| ops::values_equal(k, item))),
            Value::Dict(pairs) => {
                // Copied out while the key's `__eq__` runs.
                let pairs = pairs.borrow().clone();
                Ok(crate::value::index::dict_find(&pairs, item, self)?.is_some())
            }
            Value::Range(r) => {
                let i = match item {
                    Value::Int(i) => *i as i128,
                    Value::Bool(b) => *b as i128,
                    Value::Float(x) if x.fract() == 0.0 && x.abs() < 9.2e18 => *x as i128,
                    _ => return Ok(false),
                };
                let (start, stop, step) = (r.start as i128, r.stop as i128, r.step as i128);
                let inside = if step > 0 {
                    start <= i && i < stop
                } else {
                    stop < i && i <= start
                };
                Ok(inside && (i - start) % step == 0)
            }
            Value::Array(_) => {
                let eq = ops::binary(BinOp::Eq, container, item, self)?;
                let any = crate::builtins::lookup("any")
                    .ok_or_else(|| Error::internal("no builtin any"))?;
                let r = (any.func)(
                    self,
                    Args {
                        pos: vec![eq],
                        kw: Vec::new(),
                    },
                )?;
                ops::truthy(&r, self)
            }
            Value::Host(_) if crate::object::set::as_set(container).is_some() => {
                match crate::object::set::as_set(container) {
                    Some(s) => s.contains_cx(item, self),
                    None => Ok(false),
                }
            }
            Value::Host(h) => {
                let this = container.clone();
                if let Some(r) =
                    crate::object::proto::dunder(&this, "__contains__", vec![item.clone()], self)
                {
                    let v = r?;
                    return ops::truthy(&v, self);
                }
                let instance = crate::object::as_instance(container).is_some();
                let own = if instance {
                    None
                } else {
                    h.call_method(
                        &this,
                        "__contains__",
                        &Args {
                            pos: vec![item.clone()],
                            kw: Vec::new(),
                        },
                        self,
                    )
                };
                if let Some(r) = own {
                    let v = r?;
                    return ops::truthy(&v, self);
                }
                let items = crate::value::convert::iter_values(container, self)?;
                for v in items {
                    let eq = ops::binary(BinOp::Eq, &v, item, self)?;
                    if ops::truthy(&eq, self)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            other => Err(Error::type_error(format!(
                "argument of type '{}' is not iterable",
                other.type_name()
            ))),
        }
    }

    /// The items of a mapping: a dict, or an object with `keys()` and
    /// `__getitem__` (Counter, defaultdict, OrderedDict, a user's class);
    /// `None` for anything else.
    pub(super) fn mapping_pairs(&mut self, v: &Value) -> Result<Option<Vec<(Value, Value)>>> {
        match v {
            Value::Dict(d) => Ok(Some(d.borrow().clone())),
            Value::Host(_)
                if crate::object::as_instance(v).is_some()
                    && self.attribute(v, "keys").is_ok()
                    && self.attribute(v, "__getitem__").is_ok() =>
            {
                let keys = self.call_method_value(v, "keys", Vec::new())?;
                let mut out = Vec::new();
                for k in crate::value::convert::iter_values(&keys, self)? {
                    let x = self.call_method_value(v, "__getitem__", vec![k.clone()])?;
                    out.push((k, x));
                }
                Ok(Some(out))
            }
            _ => Ok(None),
        }
    }

    /// Evaluates call arguments, spreading `*xs` and `**kw`.
    pub(super) fn spread_arg(&mut self, a: &Arg, v: Value, out: &mut Args) -> Result<()> {
        match a.unpack {
            Unpack::No => Ok(()),
            Unpack::Star => {
                let items =
                    crate::value::convert::iter_values(&v, self).map_err(|e| e.at(a.value.span))?;
                out.pos.extend(items);
                Ok(())
            }
            Unpack::StarStar => {
                let Some(pairs) = self.mapping_pairs(&v).map_err(|e| e.at(a.value.span))? else {
                    return Err(Error::type_error(format!(
                        "argument after ** must be a mapping, not {}",
                        crate::object::types::type_name_of(&v)
                    ))
                    .at(a.value.span));
                };
                for (k, val) in pairs.iter() {
                    let Value::Str(k) = k else {
                        return Err(Error::type_error("keywords must be strings").at(a.value.span));
                    };
                    if out.kw.iter().any(|(n, _)| n == k) {
                        return Err(Error::type_error(format!(
                            "got multiple values for keyword argument '{k}'"
                        ))
                        .at(a.value.span));
                    }
                    out.kw.push((k.clone(), val.clone()));
                }
                Ok(())
            }
        }
    }
}

/// `a is b`: the same object (scalars, strings and None by value, as
/// CPython's small-object caching makes them look).
pub fn identical(a: &Value, b: &Value) -> bool {
    match (a, b) {
        (Value::None, Value::None) => true,
        (Value::Bool(x), Value::Bool(y)) => x == y,
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Str(x), Value::Str(y)) => x == y,
        (Value::List(x), Value::List(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Tuple(x), Value::Tuple(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Dict(x), Value::Dict(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Array(x), Value::Array(y)) => std::rc::Rc::ptr_eq(x, y),
        (Value::Float(x), Value::Float(y)) => x.to_bits() == y.to_bits(),
        (Value::Host(_), Value::Host(_))
        | (Value::Host(_), Value::Builtin(_))
        | (Value::Builtin(_), Value::Host(_))
        | (Value::Func(_), Value::Func(_))
        | (Value::Builtin(_), Value::Builtin(_))
        | (Value::DType(_), Value::DType(_)) => ops::values_equal(a, b),
        _ => false,
    }
}
