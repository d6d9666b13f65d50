//! Python's statements: `try`/`except`/`finally`, `raise`, `assert`,
//! `with`, `class`, `del`, `import module as name`, `from m import x` and
//! decorators.

use super::{Flow, Frame, Interp};
use crate::error::{Error, ErrorKind, Result};
use crate::object::{exc, module};
use crate::syntax::ast::*;
use crate::value::{ops, Args, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    pub(super) fn exec_python(&mut self, s: &Stmt, f: &mut Frame) -> Result<Flow> {
        match &s.kind {
            StmtKind::Assert(c, m) => {
                let cv = self.eval(c, f)?;
                if ops::truthy(&cv, self).map_err(|e| e.at(c.span))? {
                    return Ok(Flow::Normal(Value::None));
                }
                let args = match m {
                    Some(m) => vec![self.eval(m, f)?],
                    None => Vec::new(),
                };
                Err(self.raise_builtin("AssertionError", args).at(s.span))
            }
            StmtKind::Raise(e, cause) => {
                let Some(e) = e else {
                    return Err(match self.handling.last() {
                        Some(err) => err.clone(),
                        None => Error::new(ErrorKind::Runtime, "No active exception to reraise")
                            .at(s.span),
                    });
                };
                let mut v = self.eval(e, f)?;
                if let Some(c) = cause {
                    // `raise E from C`: the instance raised keeps C as
                    // `__cause__` (a class is instantiated first, as Python
                    // does).
                    let mut c = self.eval(c, f)?;
                    if crate::object::as_class(&v).is_some() {
                        v = self.call_value_args(&v, Args::default(), e.span)?;
                    }
                    if crate::object::as_class(&c).is_some() {
                        c = self.call_value_args(&c, Args::default(), e.span)?;
                    }
                    if let Some(inst) = crate::object::as_instance(&v) {
                        let mut fields = inst.fields.borrow_mut();
                        fields
                            .retain(|(k, _)| !matches!(&**k, "__cause__" | "__suppress_context__"));
                        fields.push(("__cause__".into(), c));
                        fields.push(("__suppress_context__".into(), Value::Bool(true)));
                    }
                }
                let err = exc::raise(v, self).map_err(|err| err.at(e.span))?;
                Err(err.at(s.span))
            }
            StmtKind::Try(t) => self.exec_try(t, f),
            StmtKind::Yield(e, from, target) => {
                let v = match e {
                    Some(e) => self.eval(e, f)?,
                    None => Value::None,
                };
                let got = if *from {
                    self.yield_from(v, s.span)?
                } else {
                    self.yield_value(v, s.span)?
                };
                if let Some(t) = target {
                    self.assign(t, got, f)?;
                }
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::With(items, body) => self.exec_with(items, 0, body, f),
            StmtKind::Class(var, def) => {
                let c = self.make_class(def, f).map_err(|e| e.at(def.span))?;
                self.store(var, c, f)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete(t, f)?;
                }
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::ImportModule(items) => {
                for item in items {
                    let path = &item.path;
                    let m = module::import(path).map_err(|e| e.at(item.alias.span))?;
                    let bound = if item.bind_root {
                        module::import(path.split('.').next().unwrap_or(path))
                            .map_err(|e| e.at(item.alias.span))?
                    } else {
                        m
                    };
                    self.store(&item.alias, bound, f)?;
                }
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::FromImport(path, names) => {
                let m = module::import(path).map_err(|e| e.at(s.span))?;
                for (name, var) in names {
                    let v = self.attribute(&m, name).map_err(|e| {
                        Error::new(
                            ErrorKind::Import,
                            format!("cannot import name '{name}' from '{path}': {}", e.message),
                        )
                        .at(var.span)
                    })?;
                    self.store(var, v, f)?;
                }
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::Decorated(decs, inner) => {
                // The decorators are evaluated before the definition (so
                // `@x.setter` sees the property `x`, not the new function).
                let mut decorators = Vec::with_capacity(decs.len());
                for d in decs {
                    decorators.push((self.eval(d, f)?, d.span));
                }
                self.exec(inner, f)?;
                let var = match &inner.kind {
                    StmtKind::FnDef(v, _) | StmtKind::Class(v, _) => v,
                    _ => {
                        return Err(Error::new(
                            ErrorKind::Syntax,
                            "a decorator must precede a def or class",
                        )
                        .at(s.span))
                    }
                };
                let mut v = self.load(var, f)?;
                for (dv, span) in decorators.iter().rev() {
                    v = self.call(
                        dv,
                        Args {
                            pos: vec![v],
                            kw: Vec::new(),
                        },
                        *span,
                    )?;
                }
                self.store(var, v, f)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::Match(subject, cases) => self.exec_match(subject, cases, f),
            StmtKind::LoopElse(inner, els) => match self.exec(inner, f)? {
                Flow::Normal(_) if !self.loop_broke => self.exec_block(els, f),
                flow => Ok(flow),
            },
            _ => Ok(Flow::Normal(Value::None)),
        }
    }

    /// An instance of a built-in exception class, raised.
    fn raise_builtin(&mut self, class: &str, args: Vec<Value>) -> Error {
        let Some(c) = exc::class(class) else {
            return Error::internal(format!("no exception class {class}"));
        };
        match c
            .instantiate(
                Args {
                    pos: args,
                    kw: Vec::new(),
                },
                self,
            )
            .and_then(|v| exc::raise(v, self))
        {
            Ok(e) | Err(e) => e,
        }
    }

    fn exec_try(&mut self, t: &TryStmt, f: &mut Frame) -> Result<Flow> {
        let mut outcome = match self.exec_block(&t.body, f) {
            Ok(flow @ Flow::Normal(_)) => match &t.orelse {
                Some(b) => self.exec_block(b, f),
                None => Ok(flow),
            },
            Ok(flow) => Ok(flow),
            Err(err) => self.handle(t, err, f),
        };
        if let Some(fin) = &t.finally {
            match self.exec_block(fin, f) {
                Ok(Flow::Normal(_)) => {}
                other => outcome = other,
            }
        }
        outcome
    }

    /// Runs the first handler that matches the error, or passes it on.
    fn handle(&mut self, t: &TryStmt, mut err: Error, f: &mut Frame) -> Result<Flow> {
        let Some(exception) = exc::exception_of(&err) else {
            return Err(err);
        };
        for h in &t.handlers {
            let hit = match &h.types {
                None => true,
                Some(te) => {
                    let types = self.eval(te, f)?;
                    exc::matches(&exception, &types).map_err(|e| e.at(te.span))?
                }
            };
            if !hit {
                continue;
            }
            if let Some(v) = &h.name {
                self.store(v, exception.clone(), f)?;
            }
            err.exception = Some(exc::carried(&exception));
            self.handling.push(err);
            let r = self.exec_block(&h.body, f);
            self.handling.pop();
            return r;
        }
        Err(err)
    }

    fn exec_with(
        &mut self,
        items: &[(Expr, Option<Target>)],
        i: usize,
        body: &[Stmt],
        f: &mut Frame,
    ) -> Result<Flow> {
        let Some((e, target)) = items.get(i) else {
            return self.exec_block(body, f);
        };
        let mgr = self.eval(e, f)?;
        let entered = self
            .manager_call(&mgr, "__enter__", Vec::new())
            .map_err(|err| err.at(e.span))?;
        if let Some(t) = target {
            self.assign(t, entered, f)?;
        }
        match self.exec_with(items, i + 1, body, f) {
            Ok(flow) => {
                self.manager_call(
                    &mgr,
                    "__exit__",
                    vec![Value::None, Value::None, Value::None],
                )
                .map_err(|err| err.at(e.span))?;
                Ok(flow)
            }
            Err(err) => {
                let Some(exception) = exc::exception_of(&err) else {
                    let _ = self.manager_call(
                        &mgr,
                        "__exit__",
                        vec![Value::None, Value::None, Value::None],
                    );
                    return Err(err);
                };
                let class =
                    crate::object::as_instance(&exception).map_or(Value::None, |i| i.class.value());
                let r = self
                    .manager_call(&mgr, "__exit__", vec![class, exception, Value::None])
                    .map_err(|e2| e2.at(e.span))?;
                if ops::truthy(&r, self)? {
                    Ok(Flow::Normal(Value::None))
                } else {
                    Err(err)
                }
            }
        }
    }

    /// `mgr.__enter__()` / `mgr.__exit__(...)`.
    fn manager_call(&mut self, mgr: &Value, name: &str, args: Vec<Value>) -> Result<Value> {
        let args = Args {
            pos: args,
            kw: Vec::new(),
        };
        if let Value::Host(h) = mgr {
            if let Some(r) = h.clone().call_method(mgr, name, &args, self) {
                return r;
            }
        }
        Err(Error::type_error(format!(
            "'{}' object does not support the context manager protocol (no {name})",
            mgr.type_name()
        )))
    }

    fn make_class(&mut self, def: &ClassDef, f: &mut Frame) -> Result<Value> {
        let bases = def
            .bases
            .iter()
            .map(|b| self.eval(b, f))
            .collect::<Result<Vec<_>>>()?;
        let made = self.make_closure(&def.body, f)?;
        let Value::Func(closure) = &made else {
            return Err(Error::internal("a class body without its function"));
        };
        let body = &closure.def;
        let mut frame = Frame {
            locals: vec![Value::Undefined; body.n_locals as usize],
            cells: (0..body.n_cells)
                .map(|_| Rc::new(RefCell::new(Value::Undefined)))
                .collect(),
            captures: &closure.captures,
        };
        if let Body::Block(b) = &body.body {
            match self.exec_block(b, &mut frame)? {
                Flow::Normal(_) => {}
                _ => {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        "'return', 'break' or 'continue' in a class body",
                    ))
                }
            }
        }
        let mut attrs = Vec::new();
        for (name, slot) in &body.names {
            let v = match slot {
                Slot::Local(i) => frame.locals.get(*i as usize).cloned(),
                Slot::Cell(i) => frame.cells.get(*i as usize).map(|c| c.borrow().clone()),
                _ => None,
            };
            if let Some(v) = v.filter(|v| !matches!(v, Value::Undefined)) {
                attrs.push((name.clone(), v));
            }
        }
        // In definition order (Python's class dict keeps it: enum members,
        // dataclass fields and `vars(cls)` follow it).
        if let Body::Block(b) = &body.body {
            let mut order = Vec::new();
            crate::resolve::declared_in(b, &mut order);
            let mut first = std::collections::HashMap::new();
            for (i, n) in order.iter().enumerate() {
                first.entry(n.clone()).or_insert(i);
            }
            attrs.sort_by_key(|(name, _)| first.get(name).copied().unwrap_or(usize::MAX));
        }
        // `x: int` in the body: `__annotations__`, name to annotation text.
        if let Body::Block(b) = &body.body {
            let anns: Vec<(Value, Value)> = b
                .iter()
                .filter_map(|s| match &s.kind {
                    StmtKind::Annotated(Target::Var(v), ann, _) => Some((
                        Value::Str(v.name.clone()),
                        Value::str(
                            self.sources
                                .text(*ann)
                                .unwrap_or("")
                                .trim_matches(|c| c == '"' || c == '\''),
                        ),
                    )),
                    _ => None,
                })
                .collect();
            if !anns.is_empty() {
                attrs.push(("__annotations__".into(), Value::dict(anns)));
            }
        }
        if !attrs.iter().any(|(k, _)| &**k == "__doc__") {
            let doc = body.docstring().map_or(Value::None, Value::Str);
            attrs.push(("__doc__".into(), doc));
        }
        let class = crate::object::Class::new(def.name.clone(), bases, attrs)?;
        let value = Value::Host(class.clone());
        // A base's `__init_subclass__` (a class method, implicitly) sees the
        // new class.
        let hook = class.bases.iter().find_map(|b| {
            crate::object::class::class_of_value(b)?.lookup_owner("__init_subclass__")
        });
        if let Some((hook, owner)) = hook {
            let hook = match &hook {
                Value::Host(h) => match h
                    .as_any()
                    .downcast_ref::<crate::object::wrappers::ClassMethod>()
                {
                    Some(c) => c.0.clone(),
                    None => hook.clone(),
                },
                _ => hook.clone(),
            };
            crate::object::proto::call_method_of(self, owner, &hook, &value, Args::default())?;
        }
        Ok(value)
    }

    fn delete(&mut self, t: &Target, f: &mut Frame) -> Result<()> {
        match t {
            Target::Var(v) => {
                self.load(v, f)?;
                self.store(v, Value::Undefined, f)
            }
            Target::Tuple(ts, _) => ts.iter().try_for_each(|t| self.delete(t, f)),
            Target::Index(obj, items, span) => {
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(obj, f, &mut |it, container| {
                    crate::value::index::del_item(container, &raw, it)
                })
                .map_err(|e| e.at(*span))
            }
            Target::Attr(obj, name, span) => {
                let o = self.eval(obj, f)?;
                match crate::object::as_instance(&o) {
                    Some(inst) if inst.field(name).is_some() => {
                        inst.fields.borrow_mut().retain(|(k, _)| **k != **name);
                        Ok(())
                    }
                    _ => Err(Error::new(
                        ErrorKind::Attribute,
                        format!(
                            "'{}' object has no attribute '{name}' to delete",
                            o.type_name()
                        ),
                    )
                    .at(*span)),
                }
            }
            Target::Starred(_, s) | Target::Chain(_, s) => {
                Err(Error::new(ErrorKind::Syntax, "cannot delete this expression").at(*s))
            }
        }
    }
}
