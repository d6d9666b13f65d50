//! Statements: blocks, assignment, `if`, loops, `return`, `import`.

use super::{Flow, Frame, Interp};
use crate::array::index::{get_array, Idx};
use crate::error::{Error, ErrorKind, Result};
use crate::resolve;
use crate::syntax::ast::*;
use crate::syntax::{self, Span};
use crate::value::Value;
use crate::value::{ops, Context};
use std::path::{Path, PathBuf};

impl Interp {
    pub(super) fn run_top(&mut self, stmts: &[Stmt]) -> Result<Value> {
        let mut frame = Frame::top();
        let mut last = Value::None;
        for (i, s) in stmts.iter().enumerate() {
            match self.exec(s, &mut frame)? {
                Flow::Normal(v) => {
                    if i + 1 == stmts.len() && matches!(s.kind, StmtKind::Expr(_)) {
                        last = v;
                    }
                }
                Flow::Break | Flow::Continue => {
                    return Err(Error::new(
                        ErrorKind::Syntax,
                        "'break' or 'continue' outside a loop",
                    )
                    .at(s.span))
                }
                Flow::Return(_) => {
                    return Err(
                        Error::new(ErrorKind::Syntax, "'return' outside a function").at(s.span)
                    )
                }
            }
        }
        Ok(last)
    }

    /// Runs a block, counting one level of nesting (see `eval`).
    pub(super) fn exec_block(&mut self, stmts: &[Stmt], f: &mut Frame) -> Result<Flow> {
        self.nesting += 1;
        let r = if self.nesting % 16 == 0 {
            match self.check_nesting() {
                Ok(()) => {
                    crate::syntax::stack::maybe_grow(super::RED_ZONE, super::STACK_SEGMENT, || {
                        self.exec_stmts(stmts, f)
                    })
                }
                Err(e) => Err(e.at(stmts.first().map(|s| s.span).unwrap_or_default())),
            }
        } else {
            self.exec_stmts(stmts, f)
        };
        self.nesting -= 1;
        r
    }

    fn exec_stmts(&mut self, stmts: &[Stmt], f: &mut Frame) -> Result<Flow> {
        let mut last = Flow::Normal(Value::None);
        for s in stmts {
            last = self.exec(s, f)?;
            if !matches!(last, Flow::Normal(_)) {
                return Ok(last);
            }
        }
        Ok(last)
    }

    pub(super) fn exec(&mut self, s: &Stmt, f: &mut Frame) -> Result<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => Ok(Flow::Normal(self.eval(e, f)?)),
            StmtKind::Assign(t, e) | StmtKind::Annotated(t, _, Some(e)) => {
                let v = self.eval(e, f)?;
                self.assign(t, v, f)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::Annotated(_, _, None) => Ok(Flow::Normal(Value::None)),
            StmtKind::AugAssign(t, op, e) => {
                let rhs = self.eval(e, f)?;
                self.aug_assign(t, *op, rhs, f, s.span)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::FnDef(var, def) => {
                let c = self.make_closure(def, f)?;
                self.store(var, c, f)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::If(arms, els) => {
                for (cond, body) in arms {
                    let c = self.eval(cond, f)?;
                    if ops::truthy(&c, self).map_err(|e| e.at(cond.span))? {
                        return self.exec_block(body, f);
                    }
                }
                match els {
                    Some(body) => self.exec_block(body, f),
                    None => Ok(Flow::Normal(Value::None)),
                }
            }
            StmtKind::While(cond, body) => {
                let mut passes = 0u8;
                let mut broke = false;
                loop {
                    self.tick().map_err(|e| e.at(s.span))?;
                    let c = self.eval(cond, f)?;
                    if !ops::truthy(&c, self).map_err(|e| e.at(cond.span))? {
                        break;
                    }
                    // After one whole pass, a loop that computes the same
                    // thing each time can never end (see `endless`).
                    if passes == 1 {
                        if let Some(names) = self.endless_loop(cond, body, f) {
                            return Err(endless_error(&names).at(cond.span));
                        }
                    }
                    passes = passes.saturating_add(1);
                    match self.exec_block(body, f)? {
                        Flow::Break => {
                            broke = true;
                            break;
                        }
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
                self.loop_broke = broke;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::For(t, iter, body) => self.exec_for(t, iter, body, f, s.span),
            StmtKind::Break => Ok(Flow::Break),
            StmtKind::Continue => Ok(Flow::Continue),
            StmtKind::Return(e) => {
                let v = match e {
                    Some(e) => self.eval(e, f)?,
                    None => Value::None,
                };
                Ok(Flow::Return(v))
            }
            StmtKind::Import(path) => {
                self.import(path, s.span)?;
                Ok(Flow::Normal(Value::None))
            }
            StmtKind::Pass | StmtKind::Global(_) | StmtKind::Nonlocal(_) => {
                Ok(Flow::Normal(Value::None))
            }
            _ => self.exec_python(s, f),
        }
    }

    pub(super) fn exec_for(
        &mut self,
        t: &Target,
        iter: &Expr,
        body: &[Stmt],
        f: &mut Frame,
        span: Span,
    ) -> Result<Flow> {
        let it = self.eval(iter, f)?;
        let mut broke = false;
        macro_rules! run_body {
            ($v:expr) => {{
                self.tick().map_err(|e| e.at(span))?;
                self.assign(t, $v, f)?;
                match self.exec_block(body, f)? {
                    Flow::Break => {
                        broke = true;
                        break;
                    }
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => {}
                }
            }};
        }
        match &it {
            Value::Range(r) if body.is_empty() && matches!(t, Target::Var(_)) => {
                // An empty body: the loop's only effects are the operation
                // count and the variable's last value, so it takes no time
                // whatever its length.
                let n = r.len() as u64;
                self.charge(n).map_err(|e| e.at(span))?;
                self.check_interrupt().map_err(|e| e.at(span))?;
                if n > 0 {
                    let last = r.start.wrapping_add(r.step.wrapping_mul(n as i64 - 1));
                    self.assign(t, Value::Int(last), f)?;
                }
            }
            Value::Range(r) => {
                let (mut i, stop, step) = (r.start, r.stop, r.step);
                while (step > 0 && i < stop) || (step < 0 && i > stop) {
                    run_body!(Value::Int(i));
                    match i.checked_add(step) {
                        Some(next) => i = next,
                        None => break,
                    }
                }
            }
            Value::List(_) | Value::Tuple(_) => {
                let items = crate::value::convert::seq_items(&it).unwrap_or_default();
                for v in items.iter() {
                    run_body!(v.clone());
                }
            }
            Value::Dict(items) => {
                let keys: Vec<Value> = items.borrow().iter().map(|(k, _)| k.clone()).collect();
                for k in keys.iter() {
                    run_body!(k.clone());
                }
            }
            Value::Str(s) => {
                for c in s.chars() {
                    run_body!(Value::str(&c.to_string()));
                }
            }
            Value::Array(a) => {
                if a.ndim() == 0 {
                    return Err(Error::type_error("iteration over a 0-d array").at(iter.span));
                }
                let n = a.shape()[0];
                for i in 0..n {
                    let item = get_array(a, &[Idx::Int(i as i64)]).map_err(|e| e.at(iter.span))?;
                    run_body!(Value::from(item));
                }
            }
            // An iterator (a generator, `iter(x)`) gives one value per pass,
            // so a `break` leaves the rest for later.
            Value::Host(h) if h.is_iterator() => loop {
                match h.next(&it, self) {
                    Some(Ok(Some(v))) => run_body!(v),
                    Some(Ok(None)) | None => break,
                    Some(Err(e)) => return Err(e.at(iter.span)),
                }
            },
            // An object: `__iter__`, then `__next__` once per pass until
            // `StopIteration` (the body runs between the calls, as in
            // Python, and an endless iterator can end with `break`).
            Value::Host(_) if crate::object::as_instance(&it).is_some() => {
                let source = match crate::object::proto::dunder(&it, "__iter__", Vec::new(), self) {
                    Some(r) => r.map_err(|e| e.at(iter.span))?,
                    None => it.clone(),
                };
                let stepping = crate::object::as_instance(&source)
                    .is_some_and(|i| i.class.lookup("__next__").is_some());
                if stepping {
                    loop {
                        match crate::object::proto::dunder(&source, "__next__", Vec::new(), self) {
                            Some(Ok(v)) => run_body!(v),
                            Some(Err(e)) if crate::object::exc::is_stop_iteration(&e) => break,
                            Some(Err(e)) => return Err(e.at(iter.span)),
                            None => break,
                        }
                    }
                } else if crate::object::iter::is_iterator(&source) {
                    loop {
                        match crate::object::iter::next_of(&source, self) {
                            Some(Ok(Some(v))) => run_body!(v),
                            Some(Ok(None)) | None => break,
                            Some(Err(e)) => return Err(e.at(iter.span)),
                        }
                    }
                } else {
                    let items = crate::value::convert::iter_values(&source, self)
                        .map_err(|e| e.at(iter.span))?;
                    for item in items {
                        run_body!(item);
                    }
                }
            }
            Value::Host(h) => {
                let items = match h.iter(self) {
                    Some(r) => r.map_err(|e| e.at(iter.span))?,
                    None => {
                        return Err(Error::type_error(format!(
                            "{} is not iterable",
                            it.type_name()
                        ))
                        .at(iter.span))
                    }
                };
                for item in items {
                    run_body!(item);
                }
            }
            other => {
                return Err(
                    Error::type_error(format!("{} is not iterable", other.type_name()))
                        .at(iter.span),
                );
            }
        }
        self.loop_broke = broke;
        Ok(Flow::Normal(Value::None))
    }

    pub(super) fn import(&mut self, path: &str, span: Span) -> Result<()> {
        if !self.file_access {
            return Err(Error::io(format!(
                "import \"{path}\": file access is disabled in this engine"
            ))
            .at(span));
        }
        let base = self
            .file_paths
            .get(span.file as usize)
            .and_then(|p| p.as_ref())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .unwrap_or_else(|| PathBuf::from("."));
        let full = base.join(path);
        let canon = full.canonicalize().map_err(|e| {
            Error::new(
                ErrorKind::Import,
                format!("import \"{path}\": cannot open it: {e}"),
            )
            .at(span)
            .with_note("imports are found relative to the importing file's folder")
        })?;
        if !self.imported.insert(canon.clone()) {
            return Ok(());
        }
        let bytes = std::fs::read(&canon).map_err(|e| {
            Error::new(
                ErrorKind::Import,
                format!("import \"{path}\": cannot read {}: {e}", full.display()),
            )
            .at(span)
        })?;
        let text = syntax::decode_source(&full.display().to_string(), bytes).map_err(|m| {
            Error::new(ErrorKind::Import, format!("import \"{path}\": {m}")).at(span)
        })?;
        let file = self.add_source(&full.display().to_string(), &text, Some(canon));
        let mut stmts = syntax::parse_program(&text, file)?;
        resolve::resolve_program(&mut stmts, &mut self.names)?;
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.run_top(&stmts).map(|_| ())
    }

    // ----------------------------------------------------------- assignment
}

fn endless_error(names: &[std::rc::Rc<str>]) -> Error {
    let what = match names {
        [] => "its condition reads no variable".to_string(),
        [n] => format!("its condition reads only '{n}', which the loop never changes"),
        ns => format!(
            "its condition reads only {}, which the loop never changes",
            ns.iter()
                .map(|n| format!("'{n}'"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Error::new(
        ErrorKind::Runtime,
        format!("this while loop can never end: {what}, and its body has no break or return and calls nothing that could"),
    )
}
