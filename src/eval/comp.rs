//! Comprehensions and generator expressions: the first iterable is
//! evaluated where the comprehension stands, the clauses run in the
//! comprehension's own frame (its loop variables never leak).

use super::{Frame, Interp};
use crate::array::index::{get_array, Idx};
use crate::error::{Error, Result};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::index::dict_set;
use crate::value::{ops, Args, Value};

/// What a comprehension is building.
enum Out {
    Items(Vec<Value>),
    Pairs(Vec<(Value, Value)>),
    /// A generator expression: each value goes to `yield`.
    Yield,
}

impl Interp {
    pub(super) fn eval_comp(&mut self, c: &Comp, span: Span, f: &mut Frame) -> Result<Value> {
        let first = self.eval(&c.first, f)?;
        let Value::Func(closure) = &self.make_closure(&c.def, f)? else {
            return Err(Error::internal("a comprehension without its function"));
        };
        let args = Args {
            pos: vec![first],
            kw: Vec::new(),
        };
        self.call_closure(closure, args, span)
    }

    /// The body of a comprehension's function.
    pub(super) fn run_comp(&mut self, body: &CompBody, span: Span, f: &mut Frame) -> Result<Value> {
        let mut out = match body.kind {
            CompKind::Dict => Out::Pairs(Vec::new()),
            CompKind::Gen => Out::Yield,
            _ => Out::Items(Vec::new()),
        };
        self.comp_clause(body, 0, span, f, &mut out)?;
        Ok(match (body.kind, out) {
            (CompKind::Set, Out::Items(items)) => crate::object::set::new_set(items, self)?,
            (_, Out::Items(items)) => Value::list(items),
            (_, Out::Pairs(pairs)) => Value::dict(pairs),
            (_, Out::Yield) => Value::None,
        })
    }

    fn comp_clause(
        &mut self,
        body: &CompBody,
        i: usize,
        span: Span,
        f: &mut Frame,
        out: &mut Out,
    ) -> Result<()> {
        let Some(clause) = body.clauses.get(i) else {
            let v = self.eval(&body.elt, f)?;
            match out {
                Out::Yield => {
                    self.yield_value(v, span)?;
                }
                Out::Items(items) => {
                    items.push(v);
                    if items.len() % 4096 == 0 {
                        crate::array::alloc::check("a comprehension", items.len(), 16)
                            .map_err(|e| e.at(span))?;
                    }
                }
                Out::Pairs(pairs) => {
                    let value = match &body.value {
                        Some(e) => self.eval(e, f)?,
                        None => Value::None,
                    };
                    // A dict's keys are scanned: the work is charged.
                    crate::value::Context::charge(self, pairs.len() as u64 / 32)
                        .map_err(|e| e.at(span))?;
                    if matches!(v, Value::Host(_)) {
                        crate::value::index::dict_set_cx(pairs, v, value, self)
                            .map_err(|e| e.at(span))?;
                    } else {
                        dict_set(pairs, v, value);
                    }
                }
            }
            return Ok(());
        };
        match clause {
            Clause::If(c) => {
                let cv = self.eval(c, f)?;
                if ops::truthy(&cv, self).map_err(|e| e.at(c.span))? {
                    self.comp_clause(body, i + 1, span, f, out)?;
                }
                Ok(())
            }
            Clause::For(t, e) => {
                let it = self.eval(e, f)?;
                self.each_item(&it, e.span, &mut |me, v| {
                    me.tick().map_err(|err| err.at(span))?;
                    me.assign(t, v, f)?;
                    me.comp_clause(body, i + 1, span, f, out)
                })
            }
        }
    }

    /// Runs `body` on each item of `it` (ranges lazily).
    pub(super) fn each_item(
        &mut self,
        it: &Value,
        span: Span,
        body: &mut dyn FnMut(&mut Interp, Value) -> Result<()>,
    ) -> Result<()> {
        match it {
            Value::Range(r) => {
                let (mut i, stop, step) = (r.start, r.stop, r.step);
                while (step > 0 && i < stop) || (step < 0 && i > stop) {
                    body(self, Value::Int(i))?;
                    match i.checked_add(step) {
                        Some(next) => i = next,
                        None => break,
                    }
                }
                Ok(())
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = crate::value::convert::seq_items(it).unwrap_or_default();
                items.into_iter().try_for_each(|v| body(self, v))
            }
            Value::Dict(items) => {
                let keys: Vec<Value> = items.borrow().iter().map(|(k, _)| k.clone()).collect();
                keys.into_iter().try_for_each(|k| body(self, k))
            }
            Value::Str(s) => s
                .chars()
                .try_for_each(|c| body(self, Value::str(c.encode_utf8(&mut [0; 4])))),
            Value::Array(a) => {
                if a.ndim() == 0 {
                    return Err(Error::type_error("iteration over a 0-d array").at(span));
                }
                for i in 0..a.shape()[0] {
                    let item = get_array(a, &[Idx::Int(i as i64)]).map_err(|e| e.at(span))?;
                    body(self, Value::from(item))?;
                }
                Ok(())
            }
            // An iterator gives one value per pass (it may be endless).
            Value::Host(h) if h.is_iterator() => loop {
                match h.next(it, self) {
                    Some(Ok(Some(v))) => body(self, v)?,
                    Some(Ok(None)) | None => return Ok(()),
                    Some(Err(e)) => return Err(e.at(span)),
                }
            },
            other => {
                let items =
                    crate::value::convert::iter_values(other, self).map_err(|e| e.at(span))?;
                items.into_iter().try_for_each(|v| body(self, v))
            }
        }
    }
}
