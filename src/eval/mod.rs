//! The tree walker: expressions, statements, calls. Control flow travels in
//! `Flow`, never in errors.

pub mod fuse;
pub mod index;
pub mod kernels;
pub mod ops;

use crate::builtins::{self, Args};
use crate::error::{suggest, Error, ErrorKind, Result, Sources, TraceFrame};
use crate::resolve::{self, GlobalNames};
use crate::syntax::ast::*;
use crate::syntax::{self, FileId, Span};
use crate::value::{Closure, NdArray, Value};
use index::Idx;
use std::cell::RefCell;
use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Limits that stop a runaway script with an error.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Loop iterations plus function calls; `None` for no limit.
    pub max_operations: Option<u64>,
    /// Nested function calls.
    pub max_call_depth: usize,
    /// Elements of any one array a builtin creates; `None` for no limit.
    pub max_array_elements: Option<usize>,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: None,
            max_call_depth: 1000,
            max_array_elements: None,
        }
    }
}

pub type OutputSink = Box<dyn FnMut(&str)>;

/// The interpreter: globals, sources, limits and I/O settings.
pub struct Interp {
    pub globals: Vec<Value>,
    pub names: GlobalNames,
    pub sources: Sources,
    file_paths: Vec<Option<PathBuf>>,
    pub limits: Limits,
    ops: u64,
    depth: usize,
    pub interrupt: Arc<AtomicBool>,
    pub output: Option<OutputSink>,
    pub file_access: bool,
    imported: HashSet<PathBuf>,
    pub rng: crate::builtins::random::Rng,
}

pub enum Flow {
    Normal(Value),
    Break,
    Continue,
    Return(Value),
}

/// One function activation.
pub struct Frame<'c> {
    locals: Vec<Value>,
    cells: Vec<Rc<RefCell<Value>>>,
    captures: &'c [Rc<RefCell<Value>>],
}

impl Frame<'_> {
    fn top() -> Frame<'static> {
        Frame {
            locals: Vec::new(),
            cells: Vec::new(),
            captures: &[],
        }
    }
}

/// An evaluated index item before it is known what is indexed (a dict takes
/// the raw key).
enum RawIdx {
    Value(Value),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Ellipsis,
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

impl Interp {
    pub fn new() -> Interp {
        let mut it = Interp {
            globals: Vec::new(),
            names: GlobalNames::default(),
            sources: Sources::new(),
            file_paths: Vec::new(),
            limits: Limits::default(),
            ops: 0,
            depth: 0,
            interrupt: Arc::new(AtomicBool::new(false)),
            output: None,
            file_access: true,
            imported: HashSet::new(),
            rng: crate::builtins::random::Rng::new(0),
        };
        for (id, b) in builtins::all().iter().enumerate() {
            let name: Rc<str> = b.name.into();
            let slot = it.names.slot(&name) as usize;
            it.globals.resize(slot + 1, Value::Undefined);
            it.globals[slot] = Value::Builtin(id as u32);
        }
        for (name, v) in builtins::constants() {
            it.set_global(name, v);
        }
        it.load_stdlib();
        it
    }

    fn load_stdlib(&mut self) {
        for (name, src) in crate::STDLIB {
            // The standard library is part of the binary and tested; an error
            // here is a bug, reported rather than hidden.
            if let Err(e) = self.eval_source(name, src, None) {
                eprintln!("{}", self.sources.render(&e));
            }
        }
    }

    pub fn set_global(&mut self, name: &str, v: Value) {
        let name: Rc<str> = name.into();
        let slot = self.names.slot(&name) as usize;
        if self.globals.len() <= slot {
            self.globals.resize(slot + 1, Value::Undefined);
        }
        self.globals[slot] = v;
    }

    pub fn get_global(&self, name: &str) -> Option<Value> {
        let slot = self.names.get(name)? as usize;
        match self.globals.get(slot) {
            Some(Value::Undefined) | None => None,
            Some(v) => Some(v.clone()),
        }
    }

    /// Names of the globals that hold a value.
    pub fn defined_names(&self) -> impl Iterator<Item = &str> {
        self.names
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| !matches!(self.globals.get(*i), Some(Value::Undefined) | None))
            .map(|(_, n)| &**n)
    }

    /// Writes to the print sink (stdout unless captured).
    pub fn write_out(&mut self, s: &str) {
        match &mut self.output {
            Some(f) => f(s),
            None => {
                let mut out = std::io::stdout().lock();
                // A closed pipe (`arr x.arr | head`) is not an error worth a panic.
                let _ = out.write_all(s.as_bytes());
                let _ = out.flush();
            }
        }
    }

    pub fn add_source(&mut self, name: &str, text: &str, path: Option<PathBuf>) -> FileId {
        let id = self.sources.add(name, text);
        let idx = id as usize;
        if self.file_paths.len() <= idx {
            self.file_paths.resize(idx + 1, None);
        }
        self.file_paths[idx] = path;
        id
    }

    /// Parses, resolves and runs a program; returns the value of its last
    /// statement when that is an expression (what the REPL echoes).
    pub fn eval_source(&mut self, name: &str, text: &str, path: Option<PathBuf>) -> Result<Value> {
        let file = self.add_source(name, text, path);
        let mut stmts = syntax::parse_program(text, file)?;
        resolve::resolve_program(&mut stmts, &mut self.names);
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.ops = 0;
        self.depth = 0;
        self.run_top(&stmts)
    }

    fn run_top(&mut self, stmts: &[Stmt]) -> Result<Value> {
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

    /// Evaluates one expression source (used by `:time`).
    pub fn eval_expr_source(&mut self, name: &str, text: &str) -> Result<Value> {
        let file = self.add_source(name, text, None);
        let mut e = syntax::parse_expr(text, file)?;
        resolve::resolve_expr(&mut e, &mut self.names);
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.ops = 0;
        self.depth = 0;
        self.eval(&e, &mut Frame::top())
    }

    #[inline]
    fn tick(&mut self) -> Result<()> {
        self.ops += 1;
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            return Err(Error::new(ErrorKind::Interrupted, "interrupted"));
        }
        if let Some(max) = self.limits.max_operations {
            if self.ops > max {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!("operation limit exceeded: more than {max} loop iterations and calls"),
                ));
            }
        }
        Ok(())
    }

    /// Checks an array a builtin is about to return against the element limit.
    pub fn check_elements(&self, n: usize) -> Result<()> {
        if let Some(max) = self.limits.max_array_elements {
            if n > max {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!("array of {n} elements exceeds this engine's limit of {max} elements"),
                ));
            }
        }
        Ok(())
    }

    // ------------------------------------------------------------ statements

    fn exec_block(&mut self, stmts: &[Stmt], f: &mut Frame) -> Result<Flow> {
        let mut last = Flow::Normal(Value::None);
        for s in stmts {
            last = self.exec(s, f)?;
            if !matches!(last, Flow::Normal(_)) {
                return Ok(last);
            }
        }
        Ok(last)
    }

    fn exec(&mut self, s: &Stmt, f: &mut Frame) -> Result<Flow> {
        match &s.kind {
            StmtKind::Expr(e) => Ok(Flow::Normal(self.eval(e, f)?)),
            StmtKind::Assign(t, e) => {
                let v = self.eval(e, f)?;
                self.assign(t, v, f)?;
                Ok(Flow::Normal(Value::None))
            }
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
                    if ops::truthy(&c).map_err(|e| e.at(cond.span))? {
                        return self.exec_block(body, f);
                    }
                }
                match els {
                    Some(body) => self.exec_block(body, f),
                    None => Ok(Flow::Normal(Value::None)),
                }
            }
            StmtKind::While(cond, body) => {
                loop {
                    self.tick().map_err(|e| e.at(s.span))?;
                    let c = self.eval(cond, f)?;
                    if !ops::truthy(&c).map_err(|e| e.at(cond.span))? {
                        break;
                    }
                    match self.exec_block(body, f)? {
                        Flow::Break => break,
                        Flow::Return(v) => return Ok(Flow::Return(v)),
                        _ => {}
                    }
                }
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
        }
    }

    fn exec_for(
        &mut self,
        t: &Target,
        iter: &Expr,
        body: &[Stmt],
        f: &mut Frame,
        span: Span,
    ) -> Result<Flow> {
        let it = self.eval(iter, f)?;
        macro_rules! run_body {
            ($v:expr) => {{
                self.tick().map_err(|e| e.at(span))?;
                self.assign(t, $v, f)?;
                match self.exec_block(body, f)? {
                    Flow::Break => break,
                    Flow::Return(v) => return Ok(Flow::Return(v)),
                    _ => {}
                }
            }};
        }
        match &it {
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
            Value::List(items) | Value::Tuple(items) => {
                for v in items.iter() {
                    run_body!(v.clone());
                }
            }
            Value::Dict(items) => {
                for (k, _) in items.iter() {
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
                    let item =
                        index::get_array(a, &[Idx::Int(i as i64)]).map_err(|e| e.at(iter.span))?;
                    run_body!(item);
                }
            }
            v if crate::tensor::is_tensor(v) => {
                // Rows along axis 0, as for arrays.
                let n = crate::tensor::len(v).map_err(|e| e.at(iter.span))?;
                for i in 0..n {
                    let item = crate::tensor::getitem(v, vec![arr_torch_abi::Arg::Int(i)])
                        .map_err(|e| e.at(iter.span))?;
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
        Ok(Flow::Normal(Value::None))
    }

    fn import(&mut self, path: &str, span: Span) -> Result<()> {
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
        let text = std::fs::read_to_string(&canon).map_err(|e| {
            Error::new(
                ErrorKind::Import,
                format!("import \"{path}\": cannot read {}: {e}", full.display()),
            )
            .at(span)
        })?;
        let file = self.add_source(&full.display().to_string(), &text, Some(canon));
        let mut stmts = syntax::parse_program(&text, file)?;
        resolve::resolve_program(&mut stmts, &mut self.names);
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.run_top(&stmts).map(|_| ())
    }

    // ----------------------------------------------------------- assignment

    fn store(&mut self, v: &Var, val: Value, f: &mut Frame) -> Result<()> {
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

    fn load(&self, v: &Var, f: &Frame) -> Result<Value> {
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

    fn undefined(&self, v: &Var) -> Error {
        let mut e = Error::name(format!("name '{}' is not defined", v.name)).at(v.span);
        if let Some(s) = suggest(&v.name, self.defined_names()) {
            e = e.with_note(format!("did you mean '{s}'?"));
        }
        e
    }

    /// Takes a variable's value out of its slot (leaving it undefined), so
    /// that an array it holds is uniquely owned and can be mutated in place.
    fn take(&mut self, v: &Var, f: &mut Frame) -> Result<Value> {
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
    fn slot_mut<'s>(&'s mut self, v: &Var, f: &'s mut Frame) -> Option<&'s mut Value> {
        match v.slot {
            Slot::Local(i) => f.locals.get_mut(i as usize),
            Slot::Global(i) => self.globals.get_mut(i as usize),
            _ => None,
        }
    }

    fn assign(&mut self, t: &Target, v: Value, f: &mut Frame) -> Result<()> {
        match t {
            Target::Var(var) => self.store(var, v, f),
            Target::Tuple(targets, span) => {
                let items = unpack(&v, targets.len()).map_err(|e| e.at(*span))?;
                for (t, item) in targets.iter().zip(items) {
                    self.assign(t, item, f)?;
                }
                Ok(())
            }
            Target::Index(obj, items, span) => {
                // Hot case: `name[i] = scalar` on an array.
                if let (ExprKind::Var(var), true) = (&obj.kind, v.is_scalar()) {
                    if let Some(ix) = self.int_indices(items, f)? {
                        if let Some(Value::Array(rc)) = self.slot_mut(var, f) {
                            let arr = Rc::make_mut(rc);
                            return index::set_array(arr, &ix[..items.len()], &v)
                                .map_err(|e| e.at(*span));
                        }
                    }
                }
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(obj, f, &mut |container: &mut Value| {
                    set_item(container, &raw, v.clone())
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
    fn modify_place(
        &mut self,
        place: &Expr,
        f: &mut Frame,
        change: &mut dyn FnMut(&mut Value) -> Result<()>,
    ) -> Result<()> {
        match &place.kind {
            ExprKind::Var(var) => {
                let mut val = self.take(var, f)?;
                let r = change(&mut val);
                self.store(var, val, f)?;
                r
            }
            ExprKind::Index(base, items) => {
                let raw = self.eval_index_items(items, f)?;
                self.modify_place(base, f, &mut |container: &mut Value| {
                    let mut elem = get_item(container, &raw)?;
                    change(&mut elem)?;
                    set_item(container, &raw, elem)
                })
            }
            _ => Err(
                Error::type_error("cannot assign to an element of a temporary value")
                    .at(place.span),
            ),
        }
    }

    fn aug_assign(
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
                let r = ops::binary_inplace(op, cur, &rhs);
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
                self.modify_place(obj, f, &mut |container: &mut Value| {
                    let cur = get_item(container, &raw)?;
                    let new = ops::binary(op, &cur, &rhs)?;
                    set_item(container, &raw, new)
                })
                .map_err(|e| e.at(*ispan))
            }
            Target::Tuple(_, s) | Target::Attr(_, _, s) => Err(Error::type_error(
                "augmented assignment needs a single name or index target",
            )
            .at(*s)),
        }
    }

    // ------------------------------------------------------------ expressions

    pub fn eval(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::Float(x) => Ok(Value::Float(*x)),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::None => Ok(Value::None),
            ExprKind::Var(v) => self.load(v, f),
            ExprKind::Binary(op, a, b) => {
                if fuse::fusable_op(*op) && (is_arith(a) || is_arith(b)) {
                    return self.eval_arith_tree(e, f);
                }
                let x = self.eval(a, f)?;
                let y = self.eval(b, f)?;
                if let Some(v) = ops::fast_scalar(*op, &x, &y) {
                    return Ok(v);
                }
                ops::binary(*op, &x, &y).map_err(|err| err.at(e.span))
            }
            ExprKind::Call(callee, args) => {
                let fv = self.eval(callee, f)?;
                if let Value::Builtin(id) = fv {
                    if builtins::mutates_first_argument(id) {
                        return self.call_in_place(id, args, f, e.span);
                    }
                }
                let cap = match &fv {
                    Value::Func(c) => (c.def.n_locals as usize).max(args.len()),
                    _ => args.len(),
                };
                let args = self.eval_args_with(args, f, cap)?;
                self.call(&fv, args, e.span)
            }
            _ => self.eval_other(e, f),
        }
    }

    /// A tree of `+ - * /`: its leaves are evaluated once, in order; large
    /// float64 arrays then run through one fused pass, anything else through
    /// the ordinary operators.
    #[inline(never)]
    fn eval_arith_tree(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        let mut leaves = Vec::new();
        if !fuse::leaves(e, &mut leaves) {
            // Too many leaves: evaluate the top operator normally.
            let ExprKind::Binary(op, a, b) = &e.kind else {
                return self.eval(e, f);
            };
            let x = self.eval(a, f)?;
            let y = self.eval(b, f)?;
            return ops::binary(*op, &x, &y).map_err(|err| err.at(e.span));
        }
        let mut vals = Vec::with_capacity(leaves.len());
        for l in &leaves {
            vals.push(self.eval(l, f)?);
        }
        if vals.iter().any(|v| matches!(v, Value::Array(_))) {
            if let Some(v) = fuse::run(e, &vals) {
                return Ok(v);
            }
        }
        let mut next = 0;
        self.combine(e, &vals, &mut next)
    }

    /// Applies a tree's operators to its already evaluated leaves.
    fn combine(&self, e: &Expr, vals: &[Value], next: &mut usize) -> Result<Value> {
        match &e.kind {
            ExprKind::Binary(op, a, b) if fuse::fusable_op(*op) => {
                let x = self.combine(a, vals, next)?;
                let y = self.combine(b, vals, next)?;
                if let Some(v) = ops::fast_scalar(*op, &x, &y) {
                    return Ok(v);
                }
                ops::binary(*op, &x, &y).map_err(|err| err.at(e.span))
            }
            _ => {
                let v = vals.get(*next).cloned().unwrap_or(Value::None);
                *next += 1;
                Ok(v)
            }
        }
    }

    /// The less frequent expression kinds, kept out of `eval` so that its
    /// frame stays small for the hot cases.
    #[inline(never)]
    fn eval_other(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Var(_)
            | ExprKind::Binary(..)
            | ExprKind::Call(..) => self.eval(e, f),
            ExprKind::Str(s) => Ok(Value::Str(s.clone())),
            ExprKind::Unary(op, a) => {
                let x = self.eval(a, f)?;
                ops::unary(*op, &x).map_err(|err| err.at(e.span))
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.eval(first, f)?;
                let mut result = Value::Bool(true);
                for (k, (op, right)) in rest.iter().enumerate() {
                    let r = self.eval(right, f)?;
                    result = match ops::fast_scalar(*op, &left, &r) {
                        Some(v) => v,
                        None => ops::binary(*op, &left, &r).map_err(|err| err.at(e.span))?,
                    };
                    if k + 1 < rest.len() && !ops::truthy(&result).map_err(|err| err.at(e.span))? {
                        return Ok(result);
                    }
                    left = r;
                }
                Ok(result)
            }
            ExprKind::And(a, b) => {
                let x = self.eval(a, f)?;
                if !ops::truthy(&x).map_err(|err| err.at(a.span))? {
                    return Ok(x);
                }
                self.eval(b, f)
            }
            ExprKind::Or(a, b) => {
                let x = self.eval(a, f)?;
                if ops::truthy(&x).map_err(|err| err.at(a.span))? {
                    return Ok(x);
                }
                self.eval(b, f)
            }
            ExprKind::List(items) => {
                let vals = items
                    .iter()
                    .map(|x| self.eval(x, f))
                    .collect::<Result<Vec<_>>>()?;
                match crate::value::convert::stack_items(&vals).map_err(|err| err.at(e.span))? {
                    Some(a) => {
                        self.check_elements(a.len()).map_err(|err| err.at(e.span))?;
                        Ok(Value::array(a))
                    }
                    None => Ok(Value::list(vals)),
                }
            }
            ExprKind::Tuple(items) => {
                let vals = items
                    .iter()
                    .map(|x| self.eval(x, f))
                    .collect::<Result<Vec<_>>>()?;
                Ok(Value::tuple(vals))
            }
            ExprKind::Dict(items) => {
                let mut out: Vec<(Value, Value)> = Vec::with_capacity(items.len());
                for (k, v) in items {
                    let key = self.eval(k, f)?;
                    let val = self.eval(v, f)?;
                    dict_set(&mut out, key, val);
                }
                Ok(Value::Dict(Rc::new(out)))
            }
            ExprKind::MethodCall {
                obj,
                name,
                name_span,
                args,
                builtin,
            } => self.eval_method(e, obj, name, *name_span, args, *builtin, f),
            ExprKind::Attr(obj, name) => {
                let v = self.eval(obj, f)?;
                attribute(&v, name).map_err(|err| err.at(e.span))
            }
            ExprKind::Index(obj, items) => {
                let v = self.eval(obj, f)?;
                if let Value::Array(a) = &v {
                    if let Some(ix) = self.int_indices(items, f)? {
                        return index::get_array(a, &ix[..items.len()])
                            .map_err(|err| err.at(e.span));
                    }
                }
                let raw = self.eval_index_items(items, f)?;
                get_item(&v, &raw).map_err(|err| err.at(e.span))
            }
            ExprKind::Lambda(def) => self.make_closure(def, f),
        }
    }

    /// Up to four plain integer index expressions, evaluated without
    /// allocating (the hot case `a[i]`, `a[i, j]`); `None` when the items are
    /// anything else. Index expressions are evaluated only when all of them
    /// are simple names or literals, so nothing is evaluated twice.
    fn int_indices(&mut self, items: &[IndexItem], f: &mut Frame) -> Result<Option<[Idx; 4]>> {
        if items.len() > 4 || items.is_empty() {
            return Ok(None);
        }
        let mut out = [Idx::Int(0), Idx::Int(0), Idx::Int(0), Idx::Int(0)];
        for (k, it) in items.iter().enumerate() {
            let IndexItem::Expr(e) = it else {
                return Ok(None);
            };
            let simple = match &e.kind {
                ExprKind::Var(_) | ExprKind::Int(_) => true,
                ExprKind::Binary(_, a, b) => {
                    matches!(a.kind, ExprKind::Var(_) | ExprKind::Int(_))
                        && matches!(b.kind, ExprKind::Var(_) | ExprKind::Int(_))
                }
                _ => false,
            };
            if !simple {
                return Ok(None);
            }
            match self.eval(e, f)? {
                Value::Int(i) => out[k] = Idx::Int(i),
                // Evaluating a name or literal twice has no effect, so the
                // general path may safely start over.
                _ => return Ok(None),
            }
        }
        Ok(Some(out))
    }

    fn eval_index_items(&mut self, items: &[IndexItem], f: &mut Frame) -> Result<Vec<RawIdx>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(match it {
                IndexItem::Expr(e) => RawIdx::Value(self.eval(e, f)?),
                IndexItem::Ellipsis(_) => RawIdx::Ellipsis,
                IndexItem::Slice(a, b, c) => {
                    let mut bound = |x: &Option<Expr>| -> Result<Option<i64>> {
                        match x {
                            None => Ok(None),
                            Some(x) => match self.eval(x, f)? {
                                Value::None => Ok(None),
                                v => crate::value::convert::to_i64(&v, "slice index")
                                    .map(Some)
                                    .map_err(|_| {
                                        Error::type_error(format!(
                                            "slice indices must be integers or none, not {}",
                                            v.type_name()
                                        ))
                                        .at(x.span)
                                    }),
                            },
                        }
                    };
                    RawIdx::Slice(bound(a)?, bound(b)?, bound(c)?)
                }
            });
        }
        Ok(out)
    }

    fn eval_args(&mut self, args: &[Arg], f: &mut Frame) -> Result<Args> {
        self.eval_args_with(args, f, args.len())
    }

    /// Evaluates arguments into a vector with room for `cap` values, so that
    /// a script function can use it as its frame without reallocating.
    fn eval_args_with(&mut self, args: &[Arg], f: &mut Frame, cap: usize) -> Result<Args> {
        let mut out = Args {
            pos: Vec::with_capacity(cap),
            kw: Vec::new(),
        };
        for a in args {
            let v = self.eval(&a.value, f)?;
            match &a.name {
                None => {
                    if !out.kw.is_empty() {
                        return Err(Error::new(
                            ErrorKind::Syntax,
                            "positional argument follows keyword argument",
                        )
                        .at(a.value.span));
                    }
                    out.pos.push(v)
                }
                Some(n) => {
                    if out.kw.iter().any(|(k, _)| k == n) {
                        return Err(
                            Error::type_error(format!("keyword argument '{n}' repeated"))
                                .at(a.value.span),
                        );
                    }
                    out.kw.push((n.clone(), v))
                }
            }
        }
        Ok(out)
    }

    #[allow(clippy::too_many_arguments)]
    fn eval_method(
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
                    self.modify_place(obj, f, &mut |v: &mut Value| {
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
        if let Value::Host(_) = v {
            if let Some(r) = crate::tensor::method(self, &v, name, &args) {
                return r.map_err(|err| err.at(e.span));
            }
        }
        if let Some(r) = own_method(&v, name, &args) {
            return r.map_err(|err| err.at(e.span));
        }
        match builtin {
            Some(id) => {
                args.pos.insert(0, v);
                self.call(&Value::Builtin(id), args, e.span)
            }
            None => {
                let mut err =
                    Error::type_error(format!("{} has no method '{}'", v.type_name(), name))
                        .at(name_span);
                if let Some(s) = suggest(name, builtins::all().iter().map(|b| b.name)) {
                    err = err.with_note(format!("did you mean '{s}'?"));
                }
                Err(err)
            }
        }
    }

    /// `shuffle(a)`: the builtin returns the new value, stored back into the
    /// place its first argument names.
    fn call_in_place(&mut self, id: u32, args: &[Arg], f: &mut Frame, span: Span) -> Result<Value> {
        let evaluated = self.eval_args(args, f)?;
        let place = args.first().map(|a| &a.value);
        let result = self.call(&Value::Builtin(id), evaluated, span)?;
        match place {
            Some(p) if matches!(p.kind, ExprKind::Var(_) | ExprKind::Index(..)) => {
                let mut new = Some(result);
                self.modify_place(p, f, &mut |v: &mut Value| {
                    if let Some(n) = new.take() {
                        *v = n;
                    }
                    Ok(())
                })
                .map_err(|e| e.at(span))?;
                Ok(Value::None)
            }
            _ => Err(Error::type_error(format!(
                "{}() shuffles a variable in place; pass a variable (or use permutation(x) for a shuffled copy)",
                builtins::name_of(id)
            ))
            .at(span)),
        }
    }

    fn make_closure(&mut self, def: &Rc<FnDef>, f: &mut Frame) -> Result<Value> {
        let mut defaults = Vec::with_capacity(def.params.len());
        for p in &def.params {
            defaults.push(match &p.default {
                Some(d) => Some(self.eval(d, f)?),
                None => None,
            });
        }
        let captures = def
            .captures
            .iter()
            .map(|c| match c {
                CaptureFrom::Cell(i) => f.cells[*i as usize].clone(),
                CaptureFrom::Capture(i) => f.captures[*i as usize].clone(),
            })
            .collect();
        Ok(Value::Func(Rc::new(Closure {
            def: def.clone(),
            captures,
            defaults,
        })))
    }

    // ------------------------------------------------------------------ calls

    /// Calls any callable value.
    pub fn call(&mut self, callee: &Value, args: Args, span: Span) -> Result<Value> {
        match callee {
            Value::Builtin(id) => {
                let b = builtins::get(*id);
                if let Some(r) = crate::tensor::call_builtin(b.name, &args) {
                    return r.map_err(|e| e.at(span));
                }
                (b.func)(self, args).map_err(|e| e.at(span))
            }
            Value::Host(h) => crate::tensor::call_host(self, h, args).map_err(|e| e.at(span)),
            Value::Native(n) => {
                if !args.kw.is_empty() {
                    return Err(Error::type_error(format!(
                        "{}() takes no keyword arguments",
                        n.name
                    ))
                    .at(span));
                }
                (n.func)(&args.pos).map_err(|e| e.at(span))
            }
            Value::Func(c) => self.call_closure(c, args, span),
            other => {
                Err(Error::type_error(format!("{} is not callable", other.type_name())).at(span))
            }
        }
    }

    fn call_closure(&mut self, c: &Rc<Closure>, args: Args, span: Span) -> Result<Value> {
        let def = &c.def;
        self.tick().map_err(|e| e.at(span))?;
        if self.depth >= self.limits.max_call_depth {
            return Err(Error::new(
                ErrorKind::Recursion,
                format!(
                    "maximum call depth ({}) exceeded in fn {}; is the recursion missing a base case?",
                    self.limits.max_call_depth, def.name
                ),
            )
            .at(span));
        }
        let nparams = def.params.len();
        if args.pos.len() > nparams {
            return Err(Error::type_error(format!(
                "{}() takes {} argument{} but {} were given",
                def.name,
                nparams,
                if nparams == 1 { "" } else { "s" },
                args.pos.len()
            ))
            .at(span));
        }
        let npos = args.pos.len();
        let mut locals = args.pos;
        locals.resize(def.n_locals as usize, Value::Undefined);
        for (k, v) in args.kw {
            let Some(i) = def.params.iter().position(|p| p.var.name == k) else {
                let mut e = Error::type_error(format!(
                    "{}() got an unexpected keyword argument '{k}'",
                    def.name
                ))
                .at(span);
                if let Some(s) = suggest(&k, def.params.iter().map(|p| &*p.var.name)) {
                    e = e.with_note(format!("did you mean '{s}'?"));
                }
                return Err(e);
            };
            if i < npos || !matches!(locals[i], Value::Undefined) {
                return Err(Error::type_error(format!(
                    "{}() got multiple values for argument '{k}'",
                    def.name
                ))
                .at(span));
            }
            locals[i] = v;
        }
        for (i, p) in def.params.iter().enumerate() {
            if let Value::Undefined = locals[i] {
                match &c.defaults[i] {
                    Some(d) => locals[i] = d.clone(),
                    None => {
                        return Err(Error::type_error(format!(
                            "{}() missing required argument '{}'",
                            def.name, p.var.name
                        ))
                        .at(span))
                    }
                }
            }
        }
        let cells: Vec<Rc<RefCell<Value>>> = if def.n_cells == 0 {
            Vec::new()
        } else {
            (0..def.n_cells)
                .map(|_| Rc::new(RefCell::new(Value::Undefined)))
                .collect()
        };
        for &(pi, ci) in &def.param_cells {
            *cells[ci as usize].borrow_mut() = std::mem::take(&mut locals[pi as usize]);
        }
        let mut frame = Frame {
            locals,
            cells,
            captures: &c.captures,
        };
        self.depth += 1;
        let check_stack = self.depth % 8 == 0;
        let mut run = || match &def.body {
            Body::Expr(e) => self.eval(e, &mut frame),
            Body::Block(b) => match self.exec_block(b, &mut frame)? {
                Flow::Normal(v) | Flow::Return(v) => Ok(v),
                Flow::Break | Flow::Continue => Err(Error::new(
                    ErrorKind::Syntax,
                    "'break' or 'continue' outside a loop",
                )),
            },
        };
        // Deep recursion runs on stack segments allocated on demand. Checking
        // every 8th level is enough: 8 levels use far less than the red zone.
        let r = if check_stack {
            stacker::maybe_grow(512 * 1024, 4 * 1024 * 1024, run)
        } else {
            run()
        };
        self.depth -= 1;
        r.map_err(|mut e| {
            if e.span.is_none() {
                e.span = Some(def.span);
            }
            e.trace.push(TraceFrame {
                function: def.name.clone(),
                call_site: span,
            });
            e
        })
    }

    /// Calls a function value from Rust with positional arguments.
    pub fn call_value(&mut self, f: &Value, args: Vec<Value>) -> Result<Value> {
        self.ops = 0;
        self.depth = 0;
        self.call(
            f,
            Args {
                pos: args,
                kw: Vec::new(),
            },
            Span::default(),
        )
    }
}

fn is_arith(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Binary(op, _, _) if fuse::fusable_op(*op))
}

/// Splits a value into `n` items for tuple unpacking.
fn unpack(v: &Value, n: usize) -> Result<Vec<Value>> {
    let items: Vec<Value> = match v {
        Value::Tuple(items) | Value::List(items) => (**items).clone(),
        Value::Array(a) if a.ndim() > 0 => (0..a.shape()[0])
            .map(|i| index::get_array(a, &[Idx::Int(i as i64)]))
            .collect::<Result<_>>()?,
        t if crate::tensor::is_tensor(t) => (0..crate::tensor::len(t)?)
            .map(|i| crate::tensor::getitem(t, vec![arr_torch_abi::Arg::Int(i)]))
            .collect::<Result<_>>()?,
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

fn to_idx_list(raw: &[RawIdx]) -> Result<Vec<Idx>> {
    raw.iter()
        .map(|r| match r {
            RawIdx::Value(v) => index::to_idx(v),
            RawIdx::Slice(a, b, c) => Ok(Idx::Slice(*a, *b, *c)),
            RawIdx::Ellipsis => Ok(Idx::Ellipsis),
        })
        .collect()
}

fn dict_key(raw: &[RawIdx]) -> Result<&Value> {
    match raw {
        [RawIdx::Value(k)] => Ok(k),
        _ => Err(Error::type_error("a dict takes a single key")),
    }
}

fn get_item(v: &Value, raw: &[RawIdx]) -> Result<Value> {
    if let Value::Dict(d) = v {
        let k = dict_key(raw)?;
        return d
            .iter()
            .find(|(key, _)| ops::values_equal(key, k))
            .map(|(_, v)| v.clone())
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Index,
                    format!(
                        "key {} is not in the dict",
                        crate::value::format::value_repr(k)
                    ),
                )
            });
    }
    if let Value::Host(_) = v {
        return crate::tensor::getitem(v, tensor_index(raw)?);
    }
    index::get(v, &to_idx_list(raw)?)
}

fn tensor_index(raw: &[RawIdx]) -> Result<Vec<arr_torch_abi::Arg>> {
    raw.iter()
        .map(|r| match r {
            RawIdx::Value(v) => crate::tensor::index_arg(v),
            RawIdx::Slice(a, b, c) => Ok(arr_torch_abi::Arg::Slice(*a, *b, *c)),
            RawIdx::Ellipsis => Ok(arr_torch_abi::Arg::Ellipsis),
        })
        .collect()
}

fn set_item(container: &mut Value, raw: &[RawIdx], value: Value) -> Result<()> {
    match container {
        Value::Dict(d) => {
            let k = dict_key(raw)?.clone();
            dict_set(Rc::make_mut(d), k, value);
            Ok(())
        }
        Value::Array(a) => {
            let items = to_idx_list(raw)?;
            index::set_array(Rc::make_mut(a), &items, &value)
        }
        Value::List(l) => {
            let items = to_idx_list(raw)?;
            index::set_list(Rc::make_mut(l).as_mut_slice(), &items, value)
        }
        Value::Host(_) => {
            *container = crate::tensor::setitem(container, tensor_index(raw)?, &value)?;
            Ok(())
        }
        other => Err(Error::type_error(format!(
            "{} does not support item assignment",
            other.type_name()
        ))),
    }
}

pub fn dict_set(d: &mut Vec<(Value, Value)>, k: Value, v: Value) {
    match d.iter_mut().find(|(key, _)| ops::values_equal(key, &k)) {
        Some(slot) => slot.1 = v,
        None => d.push((k, v)),
    }
}

fn list_method(l: &mut Vec<Value>, name: &str, args: &mut Args) -> Result<Value> {
    match (name, args.pos.len()) {
        ("append", 1) => {
            l.push(args.pos.remove(0));
            Ok(Value::None)
        }
        ("extend", 1) => {
            match args.pos.remove(0) {
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

/// `v.name` for non-call attribute access.
pub fn attribute(v: &Value, name: &str) -> Result<Value> {
    if let Some(r) = crate::tensor::attribute(v, name) {
        return r;
    }
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
        "T" => Ok(Value::from_array(crate::builtins::shape::transpose_all(
            &arr,
        ))),
        _ => {
            let mut e = Error::type_error(format!("{} has no attribute '{name}'", v.type_name()));
            if let Some(s) = suggest(name, ["shape", "ndim", "size", "dtype", "T"].into_iter()) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            Err(e)
        }
    }
}
