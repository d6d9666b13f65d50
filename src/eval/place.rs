//! Places: variables (locals, closure cells, captures, globals) and the
//! targets of assignment (`x = v`, `a[i] = v`, `p, q = v`, `w -= g`).

use super::{Frame, Interp};
use crate::array::index::{get_array, set_scalar, Idx};
use crate::error::{suggest, Error, ErrorKind, Result};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::index::{get_item, set_item};
use crate::value::{ops, Context, Value};
use std::rc::Rc;

impl Interp {
    // ----------------------------------------------------------- assignment

    pub(super) fn store(&mut self, v: &Var, val: Value, f: &mut Frame) -> Result<()> {
        match v.slot {
            Slot::Local(i) => f.locals[i as usize] = val,
            Slot::Cell(i) => *f.cells[i as usize].borrow_mut() = val,
            Slot::Capture(i) => *f.captures[i as usize].borrow_mut() = val,
            Slot::Global(i) => self.globals[i as usize] = val,
            Slot::Unresolved => {
                return Err(Error::name(format!("name '{}' was not resolved", v.name)).at(v.span))
            }
        }
        Ok(())
    }

    pub(super) fn load(&self, v: &Var, f: &Frame) -> Result<Value> {
        let val = match v.slot {
            Slot::Local(i) => f.locals[i as usize].clone(),
            Slot::Cell(i) => f.cells[i as usize].borrow().clone(),
            Slot::Capture(i) => f.captures[i as usize].borrow().clone(),
            Slot::Global(i) => self.globals[i as usize].clone(),
            Slot::Unresolved => Value::Undefined,
        };
        if let Value::Undefined = val {
            return Err(self.undefined(v));
        }
        Ok(val)
    }

    pub(super) fn undefined(&self, v: &Var) -> Error {
        if matches!(v.slot, Slot::Local(_) | Slot::Cell(_)) {
            return Error::new(
                ErrorKind::UnboundLocal,
                format!(
                    "cannot access local variable '{}' where it is not associated with a value",
                    v.name
                ),
            )
            .at(v.span);
        }
        // The "did you mean" note is added when the error goes uncaught
        // (`Interp::name_hint`): a program that catches NameError in a
        // loop does not pay for comparing every global name.
        Error::name(format!("name '{}' is not defined", v.name)).at(v.span)
    }

    /// Adds "did you mean 'x'?" to an uncaught `name 'y' is not defined`.
    pub fn name_hint(&self, mut e: Error) -> Error {
        if e.kind != ErrorKind::Name || !e.notes.is_empty() {
            return e;
        }
        let name = e
            .message
            .strip_prefix("name '")
            .and_then(|r| r.strip_suffix("' is not defined"))
            .map(str::to_string);
        if let Some(name) = name {
            if let Some(s) = suggest(&name, self.defined_names()) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
        }
        e
    }

    /// Takes a variable's value out of its slot (leaving it undefined), so
    /// that an array it holds is uniquely owned and can be mutated in place.
    pub(super) fn take(&mut self, v: &Var, f: &mut Frame) -> Result<Value> {
        let val = match v.slot {
            Slot::Local(i) => std::mem::take(&mut f.locals[i as usize]),
            Slot::Cell(i) => std::mem::take(&mut *f.cells[i as usize].borrow_mut()),
            Slot::Capture(i) => std::mem::take(&mut *f.captures[i as usize].borrow_mut()),
            Slot::Global(i) => std::mem::take(&mut self.globals[i as usize]),
            Slot::Unresolved => Value::Undefined,
        };
        if let Value::Undefined = val {
            return Err(self.undefined(v));
        }
        Ok(val)
    }

    /// Direct access to a plain local or global slot.
    #[inline]
    pub(super) fn slot_mut<'s>(&'s mut self, v: &Var, f: &'s mut Frame) -> Option<&'s mut Value> {
        match v.slot {
            Slot::Local(i) => f.locals.get_mut(i as usize),
            Slot::Global(i) => self.globals.get_mut(i as usize),
            _ => None,
        }
    }

    pub(super) fn assign(&mut self, t: &Target, v: Value, f: &mut Frame) -> Result<()> {
        match t {
            Target::Var(var) => self.store(var, v, f),
            Target::Tuple(targets, span) => {
                if let Some(star) = targets
                    .iter()
                    .position(|t| matches!(t, Target::Starred(..)))
                {
                    let mut items =
                        crate::value::convert::iter_values(&v, self).map_err(|e| e.at(*span))?;
                    let after = targets.len() - star - 1;
                    if items.len() < star + after {
                        return Err(Error::value(format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            star + after,
                            items.len()
                        ))
                        .at(*span));
                    }
                    let tail = items.split_off(items.len() - after);
                    let middle = items.split_off(star);
                    for (t, item) in targets[..star].iter().zip(items) {
                        self.assign(t, item, f)?;
                    }
                    if let Target::Starred(inner, _) = &targets[star] {
                        self.assign(inner, Value::list(middle), f)?;
                    }
                    for (t, item) in targets[star + 1..].iter().zip(tail) {
                        self.assign(t, item, f)?;
                    }
                    return Ok(());
                }
                let items = unpack(&v, targets.len(), self).map_err(|e| e.at(*span))?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(t, item, f)?;
                }
                Ok(())
            }
            Target::Chain(targets, _) => {
                for t in targets {
                    self.assign(t, v.clone(), f)?;
                }
                Ok(())
            }
            Target::Starred(_, span) => Err(Error::new(
                ErrorKind::Syntax,
                "starred assignment target must be in a list or tuple",
            )
            .at(*span)),
            Target::Index(obj, items, span) => {
                // Hot case: `name[i] = scalar` on an array.
                if let (ExprKind::Var(var), true) = (&obj.kind, v.is_scalar()) {
                    if let Some(ix) = self.int_indices(items, f)? {
                        if let (Some(Value::Array(rc)), Some(s)) =
                            (self.slot_mut(var, f), v.as_scalar())
                        {
                            let arr = Rc::make_mut(rc);
                            let done =
                                set_scalar(arr, &ix[..items.len()], s).map_err(|e| e.at(*span))?;
                            if done {
                                return Ok(());
                            }
                        }
                    }
                }
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(obj, f, &mut |it, container| {
                    set_item(container, &raw, v.clone(), it)
                })
                .map_err(|e| e.at(*span))
            }
            Target::Attr(obj, name, span) => {
                let o = self.eval(obj, f)?;
                self.set_attribute(&o, name, v).map_err(|e| e.at(*span))
            }
        }
    }

    /// Applies `change` to the value stored at a place (`x`, `x[i]`, `x[i][j]`),
    /// in place when the value is uniquely owned.
    pub(super) fn modify_place(
        &mut self,
        place: &Expr,
        f: &mut Frame,
        change: &mut dyn FnMut(&mut Interp, &mut Value) -> Result<()>,
    ) -> Result<()> {
        match &place.kind {
            ExprKind::Var(var) => {
                let mut val = self.take(var, f)?;
                let r = change(self, &mut val);
                self.store(var, val, f)?;
                r
            }
            ExprKind::Index(base, items) => {
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(base, f, &mut |it, container| {
                    let mut elem = get_item(container, &raw, it)?;
                    change(it, &mut elem)?;
                    set_item(container, &raw, elem, it)
                })
            }
            ExprKind::Attr(base, name) if &**name == "flat" => {
                // `a.flat[i] = v`: the flattened array, changed, goes back
                // into `a` in its shape.
                self.modify_place(base, f, &mut |it, container| {
                    let Value::Array(a) = &*container else {
                        let mut cur = it.attribute(container, "flat")?;
                        change(it, &mut cur)?;
                        return it.set_attribute(container, "flat", cur);
                    };
                    let shape: Vec<i64> = a.shape().iter().map(|&d| d as i64).collect();
                    let mut flat = Value::from_array(crate::builtins::shape::reshape_to(a, &[-1])?);
                    change(it, &mut flat)?;
                    let new = crate::value::convert::to_array(&flat, "a.flat")?;
                    *container =
                        Value::from_array(crate::builtins::shape::reshape_to(&new, &shape)?);
                    Ok(())
                })
            }
            ExprKind::Attr(base, name) => {
                let o = self.eval(base, f)?;
                let mut cur = self.attribute(&o, name)?;
                change(self, &mut cur)?;
                self.set_attribute(&o, name, cur)
            }
            _ => Err(
                Error::type_error("cannot assign to an element of a temporary value")
                    .at(place.span),
            ),
        }
    }

    pub(super) fn aug_assign(
        &mut self,
        t: &Target,
        op: BinOp,
        rhs: Value,
        f: &mut Frame,
        span: Span,
    ) -> Result<()> {
        if let Target::Attr(obj, name, s) = t {
            // `obj.x += v`: the object once, the attribute once; a list,
            // dict, set or tensor it holds changes in place.
            let o = self.eval(obj, f)?;
            let cur = self.attribute(&o, name).map_err(|e| e.at(*s))?;
            if let Some(r) = self.inplace_dunder(op, &cur, &rhs) {
                let new = r.map_err(|e| e.at(span))?;
                return self.set_attribute(&o, name, new).map_err(|e| e.at(*s));
            }
            if let Some(r) = self.inplace(op, &cur, &rhs) {
                return r.map_err(|e| e.at(span));
            }
            let new = match ops::fast_scalar(op, &cur, &rhs) {
                Some(v) => v,
                None => ops::binary(op, &cur, &rhs, self).map_err(|e| e.at(span))?,
            };
            drop(cur);
            return self.set_attribute(&o, name, new).map_err(|e| e.at(*s));
        }
        // Lists, dicts and sets change in place (`xs += [1]` is seen
        // through every name of the list, as in Python).
        let shared = match t {
            Target::Var(var) => match self.slot_mut(var, f) {
                Some(v @ (Value::List(_) | Value::Dict(_) | Value::Host(_))) => Some(v.clone()),
                Some(_) => None,
                None => self.load(var, f).ok(),
            },
            _ => None,
        };
        if let (Some(cur), Target::Var(var)) = (&shared, t) {
            if let Some(r) = self.inplace_dunder(op, cur, &rhs) {
                let new = r.map_err(|e| e.at(span))?;
                return self.store(var, new, f);
            }
        }
        if let Some(cur) = shared {
            if let Some(r) = self.inplace(op, &cur, &rhs) {
                return r.map_err(|e| e.at(span));
            }
        }
        match t {
            Target::Var(var) => {
                if let Some(slot) = self.slot_mut(var, f) {
                    if let Some(v) = ops::fast_scalar(op, slot, &rhs) {
                        *slot = v;
                        return Ok(());
                    }
                }
                let cur = self.take(var, f)?;
                let r = ops::binary_inplace(op, cur, &rhs, self);
                match r {
                    Ok(v) => self.store(var, v, f),
                    Err((old, e)) => {
                        self.store(var, old, f)?;
                        Err(e.at(span))
                    }
                }
            }
            Target::Index(obj, items, ispan) => {
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(obj, f, &mut |it, container| {
                    let cur = get_item(container, &raw, it)?;
                    let new = match it.inplace_dunder(op, &cur, &rhs) {
                        Some(r) => r?,
                        None => ops::binary(op, &cur, &rhs, it)?,
                    };
                    set_item(container, &raw, new, it)
                })
                .map_err(|e| e.at(*ispan))
            }
            Target::Attr(obj, name, s) => {
                let o = self.eval(obj, f)?;
                let cur = self.attribute(&o, name).map_err(|e| e.at(*s))?;
                let new = ops::binary(op, &cur, &rhs, self).map_err(|e| e.at(span))?;
                self.set_attribute(&o, name, new).map_err(|e| e.at(*s))
            }
            Target::Tuple(_, s) | Target::Starred(_, s) | Target::Chain(_, s) => Err(Error::new(
                ErrorKind::Syntax,
                "augmented assignment needs a single name, index or attribute target",
            )
            .at(*s)),
        }
    }
}

/// Splits a value into `n` items for tuple unpacking.
fn unpack(v: &Value, n: usize, cx: &mut dyn Context) -> Result<Vec<Value>> {
    let items: Vec<Value> = match v {
        Value::Tuple(items) => (**items).clone(),
        Value::List(items) => items.borrow().clone(),
        Value::Array(a) if a.ndim() > 0 => (0..a.shape()[0])
            .map(|i| get_array(a, &[Idx::Int(i as i64)]).map(Value::from))
            .collect::<Result<_>>()?,
        other => crate::value::convert::iter_values(other, cx).map_err(|e| {
            if e.kind == ErrorKind::Type {
                Error::type_error(format!(
                    "cannot unpack non-iterable {} object",
                    other.type_name()
                ))
            } else {
                e
            }
        })?,
    };
    if items.len() > n {
        return Err(
            Error::value(format!("too many values to unpack (expected {n})"))
                .with_note(format!("the value has {} items", items.len())),
        );
    }
    if items.len() < n {
        return Err(Error::value(format!(
            "not enough values to unpack (expected {n}, got {})",
            items.len()
        )));
    }
    Ok(items)
}
