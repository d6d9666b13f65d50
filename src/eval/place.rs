//! Places: variables (locals, closure cells, captures, globals) and the
//! targets of assignment (`x = v`, `a[i] = v`, `p, q = v`, `w -= g`).

use super::{Frame, Interp};
use crate::array::index::{get_array, set_scalar, Idx};
use crate::error::{suggest, Error, Result};
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
        let mut e = Error::name(format!("name '{}' is not defined", v.name)).at(v.span);
        if let Some(s) = suggest(&v.name, self.defined_names()) {
            e = e.with_note(format!("did you mean '{s}'?"));
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
                let items = unpack(&v, targets.len(), self).map_err(|e| e.at(*span))?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(t, item, f)?;
                }
                Ok(())
            }
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
            Target::Attr(_, name, span) => {
                Err(Error::type_error(format!("cannot assign to attribute '{name}'")).at(*span))
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
                    let new = ops::binary(op, &cur, &rhs, it)?;
                    set_item(container, &raw, new, it)
                })
                .map_err(|e| e.at(*ispan))
            }
            Target::Tuple(_, s) | Target::Attr(_, _, s) => Err(Error::type_error(
                "augmented assignment needs a single name or index target",
            )
            .at(*s)),
        }
    }
}

/// Splits a value into `n` items for tuple unpacking.
fn unpack(v: &Value, n: usize, cx: &mut dyn Context) -> Result<Vec<Value>> {
    let items: Vec<Value> = match v {
        Value::Tuple(items) | Value::List(items) => (**items).clone(),
        Value::Array(a) if a.ndim() > 0 => (0..a.shape()[0])
            .map(|i| get_array(a, &[Idx::Int(i as i64)]).map(Value::from))
            .collect::<Result<_>>()?,
        Value::Host(h) => match h.iter(cx) {
            Some(r) => r?,
            None => {
                return Err(Error::type_error(format!(
                    "cannot unpack {} into {n} names",
                    v.type_name()
                )))
            }
        },
        other => {
            return Err(Error::type_error(format!(
                "cannot unpack {} into {n} names",
                other.type_name()
            )))
        }
    };
    if items.len() != n {
        return Err(Error::value(format!(
            "cannot unpack {} values into {n} names",
            items.len()
        )));
    }
    Ok(items)
}
