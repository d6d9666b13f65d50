//! Python's `match` statement: the subject is evaluated once, then each
//! `case` pattern is tried in order; the first that matches (and whose
//! guard holds) runs its block. Names a pattern binds are assigned as it
//! matches, as in CPython.

use super::{Flow, Frame, Interp};
use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::*;
use crate::value::{ops, Value};

impl Interp {
    pub(super) fn exec_match(
        &mut self,
        subject: &Expr,
        cases: &[MatchCase],
        f: &mut Frame,
    ) -> Result<Flow> {
        let v = self.eval(subject, f)?;
        for c in cases {
            if !self
                .match_pattern(&c.pattern, &v, f)
                .map_err(|e| e.at(c.span))?
            {
                continue;
            }
            if let Some(g) = &c.guard {
                let gv = self.eval(g, f)?;
                if !ops::truthy(&gv, self).map_err(|e| e.at(g.span))? {
                    continue;
                }
            }
            return self.exec_block(&c.body, f);
        }
        Ok(Flow::Normal(Value::None))
    }

    fn match_pattern(&mut self, p: &Pattern, v: &Value, f: &mut Frame) -> Result<bool> {
        match p {
            Pattern::Wildcard => Ok(true),
            Pattern::Capture(t) => {
                self.assign(t, v.clone(), f)?;
                Ok(true)
            }
            Pattern::Value(e) => {
                // `case None`/`True`/`False` compare by identity.
                match &e.kind {
                    ExprKind::None => return Ok(matches!(v, Value::None)),
                    ExprKind::Bool(b) => return Ok(matches!(v, Value::Bool(x) if x == b)),
                    _ => {}
                }
                let want = self.eval(e, f)?;
                let eq = ops::binary(BinOp::Eq, v, &want, self)?;
                match eq {
                    Value::Array(_) => Ok(false),
                    other => ops::truthy(&other, self),
                }
            }
            Pattern::Or(alts) => {
                for a in alts {
                    if self.match_pattern(a, v, f)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
            Pattern::As(inner, t) => {
                if !self.match_pattern(inner, v, f)? {
                    return Ok(false);
                }
                self.assign(t, v.clone(), f)?;
                Ok(true)
            }
            Pattern::Seq(ps) => self.match_sequence(ps, v, f),
            Pattern::Star(_) => Err(Error::new(
                ErrorKind::Syntax,
                "a starred name can only be used in a sequence pattern",
            )),
            Pattern::Map(items, rest) => self.match_mapping(items, rest.as_ref(), v, f),
            Pattern::Class(c, pos, kw) => self.match_class(c, pos, kw, v, f),
        }
    }

    fn match_sequence(&mut self, ps: &[Pattern], v: &Value, f: &mut Frame) -> Result<bool> {
        // Sequences but not strings (a 1-d array counts: arr's bracket
        // literal of numbers is one).
        let items: Vec<Value> = match v {
            Value::List(l) => l.borrow().clone(),
            Value::Tuple(t) => t.to_vec(),
            Value::Range(_) => crate::value::convert::seq_items(v).unwrap_or_default(),
            Value::Array(a) if a.ndim() >= 1 => crate::value::convert::iter_values(v, self)?,
            Value::Host(h) if h.type_name() == "deque" => {
                crate::value::convert::iter_values(v, self)?
            }
            _ => return Ok(false),
        };
        let star = ps.iter().position(|p| matches!(p, Pattern::Star(_)));
        match star {
            None => {
                if items.len() != ps.len() {
                    return Ok(false);
                }
                for (p, x) in ps.iter().zip(&items) {
                    if !self.match_pattern(p, x, f)? {
                        return Ok(false);
                    }
                }
                Ok(true)
            }
            Some(k) => {
                let after = ps.len() - k - 1;
                if items.len() < ps.len() - 1 {
                    return Ok(false);
                }
                for (p, x) in ps[..k].iter().zip(&items[..k]) {
                    if !self.match_pattern(p, x, f)? {
                        return Ok(false);
                    }
                }
                let tail = items.len() - after;
                for (p, x) in ps[k + 1..].iter().zip(&items[tail..]) {
                    if !self.match_pattern(p, x, f)? {
                        return Ok(false);
                    }
                }
                if let Pattern::Star(Some(t)) = &ps[k] {
                    self.assign(t, Value::list(items[k..tail].to_vec()), f)?;
                }
                Ok(true)
            }
        }
    }

    fn match_mapping(
        &mut self,
        items: &[(Expr, Pattern)],
        rest: Option<&Target>,
        v: &Value,
        f: &mut Frame,
    ) -> Result<bool> {
        let Some(pairs) = self.mapping_pairs(v)? else {
            return Ok(false);
        };
        let mut used = Vec::with_capacity(items.len());
        for (k, p) in items {
            let key = self.eval(k, f)?;
            let Some(i) = pairs.iter().position(|(pk, _)| ops::values_equal(pk, &key)) else {
                return Ok(false);
            };
            used.push(i);
            if !self.match_pattern(p, &pairs[i].1, f)? {
                return Ok(false);
            }
        }
        if let Some(t) = rest {
            let left: Vec<(Value, Value)> = pairs
                .iter()
                .enumerate()
                .filter(|(i, _)| !used.contains(i))
                .map(|(_, kv)| kv.clone())
                .collect();
            self.assign(t, Value::dict(left), f)?;
        }
        Ok(true)
    }

    fn match_class(
        &mut self,
        c: &Expr,
        pos: &[Pattern],
        kw: &[(std::rc::Rc<str>, Pattern)],
        v: &Value,
        f: &mut Frame,
    ) -> Result<bool> {
        let cls = self.eval(c, f)?;
        if !crate::builtins::pyobj::is_instance(v, &cls).map_err(|e| e.at(c.span))? {
            return Ok(false);
        }
        // `int(x)`, `str(s)`, ...: a built-in type's one positional pattern
        // is the subject itself.
        let builtin = matches!(cls, Value::Builtin(_))
            || crate::object::class::class_of_value(&cls).is_none();
        if builtin && !pos.is_empty() {
            if pos.len() > 1 {
                return Err(Error::type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    crate::value::format::value_str(&cls),
                    pos.len()
                ))
                .at(c.span));
            }
            return self.match_pattern(&pos[0], v, f);
        }
        if !pos.is_empty() {
            let names = match self.attribute(&cls, "__match_args__") {
                Ok(n) => crate::value::convert::seq_items(&n).unwrap_or_default(),
                Err(_) => Vec::new(),
            };
            if pos.len() > names.len() {
                return Err(Error::type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    class_name(&cls),
                    names.len(),
                    if names.len() == 1 { "" } else { "s" },
                    pos.len()
                ))
                .with_note("positional patterns read the class's __match_args__")
                .at(c.span));
            }
            for (p, n) in pos.iter().zip(&names) {
                let Value::Str(n) = n else {
                    return Err(Error::type_error("__match_args__ elements must be strings"));
                };
                if !self.match_attribute(p, v, n, f)? {
                    return Ok(false);
                }
            }
        }
        for (n, p) in kw {
            if !self.match_attribute(p, v, n, f)? {
                return Ok(false);
            }
        }
        Ok(true)
    }

    /// Whether attribute `name` of `v` exists and matches `p`.
    fn match_attribute(
        &mut self,
        p: &Pattern,
        v: &Value,
        name: &str,
        f: &mut Frame,
    ) -> Result<bool> {
        match self.attribute(v, name) {
            Ok(x) => self.match_pattern(p, &x, f),
            Err(e) if e.kind == ErrorKind::Attribute => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub(super) fn call_method_value(
        &mut self,
        v: &Value,
        name: &str,
        args: Vec<Value>,
    ) -> Result<Value> {
        crate::value::Context::call_method(self, v, name, crate::value::Args::new(args))
    }
}

fn class_name(cls: &Value) -> String {
    match crate::object::class::class_of_value(cls) {
        Some(c) => c.name.to_string(),
        None => crate::value::format::value_str(cls),
    }
}
