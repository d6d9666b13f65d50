//! Names -> slots, before anything runs. Top-level names live in the global
//! table (the one map, kept across REPL inputs); a function's names are
//! locals in its frame, in a cell when an inner function captures them, or
//! captures of its own when they belong to an enclosing function.
//! The rules are Python's: assigning a name anywhere in a function makes it
//! local there unless `global` or `nonlocal` says otherwise; a class body's
//! names are its attributes and are not seen by its methods; a
//! comprehension has a scope of its own.

use crate::syntax::ast::*;
use crate::syntax::SyntaxError;
use std::collections::{HashMap, HashSet};
use std::rc::Rc;

/// The global table's names: the only string map, consulted at resolve time.
#[derive(Default)]
pub struct GlobalNames {
    pub slots: HashMap<Rc<str>, u32>,
    pub names: Vec<Rc<str>>,
}

impl GlobalNames {
    pub fn slot(&mut self, name: &Rc<str>) -> u32 {
        if let Some(&s) = self.slots.get(name) {
            return s;
        }
        let s = self.names.len() as u32;
        self.names.push(name.clone());
        self.slots.insert(name.clone(), s);
        s
    }

    pub fn get(&self, name: &str) -> Option<u32> {
        self.slots.get(name).copied()
    }
}

struct FnScope {
    slots: HashMap<Rc<str>, Slot>,
    captures: Vec<CaptureFrom>,
    capture_names: HashMap<Rc<str>, u32>,
    /// A class body: its names are not visible to the functions inside it.
    is_class: bool,
}

pub struct Resolver<'g> {
    globals: &'g mut GlobalNames,
    scopes: Vec<FnScope>,
    error: Option<SyntaxError>,
}

pub fn resolve_program(stmts: &mut [Stmt], globals: &mut GlobalNames) -> Result<(), SyntaxError> {
    let mut r = Resolver {
        globals,
        scopes: Vec::new(),
        error: None,
    };
    r.stmts(stmts);
    r.error.map_or(Ok(()), Err)
}

pub fn resolve_expr(e: &mut Expr, globals: &mut GlobalNames) -> Result<(), SyntaxError> {
    let mut r = Resolver {
        globals,
        scopes: Vec::new(),
        error: None,
    };
    r.expr(e);
    r.error.map_or(Ok(()), Err)
}

// ----------------------------------------------------------- name collection

/// Names a body binds, not looking into nested functions.
pub fn declared_in(stmts: &[Stmt], out: &mut Vec<Rc<str>>) {
    for s in stmts {
        declared_stmt(s, out);
    }
}

fn declared_stmt(s: &Stmt, out: &mut Vec<Rc<str>>) {
    match &s.kind {
        StmtKind::Assign(t, _)
        | StmtKind::AugAssign(t, _, _)
        | StmtKind::For(t, _, _)
        | StmtKind::Annotated(t, _, Some(_)) => target_names(t, out),
        StmtKind::Yield(_, _, Some(t)) => target_names(t, out),
        StmtKind::FnDef(v, _) | StmtKind::Class(v, _) => out.push(v.name.clone()),
        StmtKind::ImportModule(items) => out.extend(items.iter().map(|m| m.alias.name.clone())),
        StmtKind::FromImport(_, names) => out.extend(names.iter().map(|(_, v)| v.name.clone())),
        StmtKind::Try(t) => {
            for h in &t.handlers {
                if let Some(v) = &h.name {
                    out.push(v.name.clone());
                }
            }
        }
        StmtKind::With(items, _) => {
            for (_, t) in items {
                if let Some(t) = t {
                    target_names(t, out);
                }
            }
        }
        StmtKind::Del(ts) => ts.iter().for_each(|t| target_names(t, out)),
        StmtKind::Decorated(_, inner) => declared_stmt(inner, out),
        StmtKind::Match(_, cases) => {
            fn bound(p: &Pattern, out: &mut Vec<Rc<str>>) {
                p.children(&mut |c| {
                    if let Child::Target(t) = c {
                        target_names(t, out);
                    }
                });
            }
            cases.iter().for_each(|c| bound(&c.pattern, out));
        }
        _ => {}
    }
    s.children(&mut |c| match c {
        Child::Stmts(b) => declared_in(b, out),
        Child::Expr(e) => walrus_names(e, out),
        _ => {}
    });
}

/// The names `(name := value)` binds in an expression: in comprehensions
/// too (Python binds them in the enclosing function), not in lambdas or
/// nested functions; iterative, so deep expressions cannot exhaust the
/// stack.
fn walrus_names(e: &Expr, out: &mut Vec<Rc<str>>) {
    let mut todo: Vec<Child> = vec![Child::Expr(e)];
    while let Some(c) = todo.pop() {
        match c {
            Child::Expr(e) => {
                if let ExprKind::Walrus(v, _) = &e.kind {
                    out.push(v.name.clone());
                }
                e.children(&mut |c| todo.push(c));
            }
            Child::Fn(def) if matches!(def.body, Body::Comp(_)) => {
                def.body_children(&mut |c| todo.push(c))
            }
            _ => {}
        }
    }
}

fn target_names(t: &Target, out: &mut Vec<Rc<str>>) {
    match t {
        Target::Var(v) => out.push(v.name.clone()),
        Target::Tuple(ts, _) | Target::Chain(ts, _) => ts.iter().for_each(|t| target_names(t, out)),
        Target::Starred(t, _) => target_names(t, out),
        Target::Index(..) | Target::Attr(..) => {}
    }
}

/// Names declared `global` (first) and `nonlocal` (second) in a body.
fn scope_decls(stmts: &[Stmt], globals: &mut Vec<Var>, nonlocals: &mut Vec<Var>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Global(vs) => globals.extend(vs.iter().cloned()),
            StmtKind::Nonlocal(vs) => nonlocals.extend(vs.iter().cloned()),
            _ => {}
        }
        s.children(&mut |c| {
            if let Child::Stmts(b) = c {
                scope_decls(b, globals, nonlocals);
            }
        });
    }
}

fn fn_declared(def: &FnDef) -> Vec<Rc<str>> {
    let mut v: Vec<Rc<str>> = def.params.iter().map(|p| p.var.name.clone()).collect();
    match &def.body {
        Body::Block(b) => declared_in(b, &mut v),
        Body::Expr(_) => {}
        Body::Comp(c) => {
            for clause in &c.clauses {
                if let Clause::For(t, _) = clause {
                    target_names(t, &mut v);
                }
            }
        }
    }
    v
}

/// Names a function reads or writes other than its parameters, including
/// those its inner functions need: any of them may belong to an enclosing
/// function.
fn free_vars(def: &FnDef) -> HashSet<Rc<str>> {
    let declared: HashSet<Rc<str>> = def.params.iter().map(|p| p.var.name.clone()).collect();
    let mut used = HashSet::new();
    def.defaults().for_each(|d| refs_expr(d, &mut used));
    def.body_children(&mut |c| refs_child(c, &mut used));
    used.retain(|n| !declared.contains(n));
    used
}

fn refs_child(c: Child, out: &mut HashSet<Rc<str>>) {
    match c {
        Child::Expr(e) => refs_expr(e, out),
        Child::Stmts(b) => b.iter().for_each(|s| refs_stmt(s, out)),
        Child::Target(t) => refs_target(t, out),
        Child::Fn(def) => out.extend(free_vars(def)),
    }
}

fn refs_stmt(s: &Stmt, out: &mut HashSet<Rc<str>>) {
    let mut names = Vec::new();
    declared_stmt(s, &mut names);
    out.extend(names);
    if let StmtKind::Global(vs) | StmtKind::Nonlocal(vs) = &s.kind {
        out.extend(vs.iter().map(|v| v.name.clone()));
    }
    s.children(&mut |c| refs_child(c, out));
}

fn refs_target(t: &Target, out: &mut HashSet<Rc<str>>) {
    if let Target::Var(v) = t {
        out.insert(v.name.clone());
    }
    t.children(&mut |c| refs_child(c, out));
}

fn refs_expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    crate::syntax::stack::maybe_grow(64 * 1024, 1024 * 1024, || {
        if let ExprKind::Var(v) = &e.kind {
            out.insert(v.name.clone());
        }
        e.children(&mut |c| refs_child(c, out));
    })
}

/// Names the functions nested in a body (not in them, deeper) need.
fn inner_free(def: &FnDef) -> HashSet<Rc<str>> {
    let mut out = HashSet::new();
    def.body_children(&mut |c| inner_free_child(c, &mut out));
    out
}

fn inner_free_child(c: Child, out: &mut HashSet<Rc<str>>) {
    match c {
        Child::Fn(def) => out.extend(free_vars(def)),
        Child::Expr(e) => crate::syntax::stack::maybe_grow(64 * 1024, 1024 * 1024, || {
            e.children(&mut |c| inner_free_child(c, out))
        }),
        Child::Stmts(b) => b
            .iter()
            .for_each(|s| s.children(&mut |c| inner_free_child(c, out))),
        Child::Target(t) => t.children(&mut |c| inner_free_child(c, out)),
    }
}

// ------------------------------------------------------------------ resolving

impl Resolver<'_> {
    fn fail(&mut self, message: String, span: crate::syntax::Span) {
        if self.error.is_none() {
            self.error = Some(SyntaxError {
                message,
                span,
                incomplete: false,
            });
        }
    }

    fn lookup(&mut self, name: &Rc<str>) -> Slot {
        let Some(cur) = self.scopes.len().checked_sub(1) else {
            return Slot::Global(self.globals.slot(name));
        };
        if let Some(&s) = self.scopes[cur].slots.get(name) {
            return s;
        }
        if let Some(&i) = self.scopes[cur].capture_names.get(name) {
            return Slot::Capture(i);
        }
        // Search enclosing functions (not class bodies); the first that
        // declares it owns a cell.
        let owner = (0..cur).rev().find(|&k| {
            !self.scopes[k].is_class
                && matches!(self.scopes[k].slots.get(name), Some(Slot::Cell(_)))
        });
        let Some(owner) = owner else {
            return Slot::Global(self.globals.slot(name));
        };
        let mut from = match self.scopes[owner].slots.get(name) {
            Some(Slot::Cell(c)) => CaptureFrom::Cell(*c),
            _ => return Slot::Global(self.globals.slot(name)),
        };
        for k in owner + 1..=cur {
            let scope = &mut self.scopes[k];
            let idx = match scope.capture_names.get(name) {
                Some(&i) => i,
                None => {
                    let i = scope.captures.len() as u32;
                    scope.captures.push(from);
                    scope.capture_names.insert(name.clone(), i);
                    i
                }
            };
            from = CaptureFrom::Capture(idx);
        }
        Slot::Capture(match from {
            CaptureFrom::Capture(i) => i,
            CaptureFrom::Cell(i) => i,
        })
    }

    fn var(&mut self, v: &mut Var) {
        v.slot = self.lookup(&v.name);
    }

    fn function(&mut self, def: &mut Rc<FnDef>, is_class: bool) {
        // Defaults are evaluated where the function is defined.
        let Some(def) = Rc::get_mut(def) else { return };
        for p in def.params.iter_mut() {
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
        }
        let (mut globals, mut nonlocals) = (Vec::new(), Vec::new());
        if let Body::Block(b) = &def.body {
            scope_decls(b, &mut globals, &mut nonlocals);
        }
        let outside: HashSet<Rc<str>> = globals
            .iter()
            .chain(nonlocals.iter())
            .map(|v| v.name.clone())
            .collect();
        for v in &nonlocals {
            let found = self
                .scopes
                .iter()
                .any(|sc| !sc.is_class && sc.slots.contains_key(&v.name));
            if !found {
                self.fail(
                    format!("no binding for nonlocal '{}' found", v.name),
                    v.span,
                );
            }
        }
        let mut declared: Vec<Rc<str>> = fn_declared(def)
            .into_iter()
            .filter(|n| !outside.contains(n))
            .collect();
        declared.sort();
        declared.dedup();
        // Names the inner functions need from this one become cells.
        let needed = if is_class {
            HashSet::new()
        } else {
            inner_free(def)
        };
        let mut slots = HashMap::new();
        let mut n_locals = 0u32;
        let mut n_cells = 0u32;
        let mut param_cells = Vec::new();
        for (i, p) in def.params.iter().enumerate() {
            if outside.contains(&p.var.name) {
                self.fail(
                    format!("name '{}' is parameter and global", p.var.name),
                    p.var.span,
                );
            }
            // Parameters always get the first local slots, where arguments land.
            n_locals += 1;
            if needed.contains(&p.var.name) {
                param_cells.push((i as u32, n_cells));
                slots.insert(p.var.name.clone(), Slot::Cell(n_cells));
                n_cells += 1;
            } else {
                slots.insert(p.var.name.clone(), Slot::Local(i as u32));
            }
        }
        for name in declared {
            if slots.contains_key(&name) {
                continue;
            }
            if needed.contains(&name) {
                slots.insert(name.clone(), Slot::Cell(n_cells));
                n_cells += 1;
            } else {
                slots.insert(name.clone(), Slot::Local(n_locals));
                n_locals += 1;
            }
        }
        for v in &globals {
            let slot = Slot::Global(self.globals.slot(&v.name));
            slots.insert(v.name.clone(), slot);
        }
        let mut names: Vec<(Rc<str>, Slot)> = slots
            .iter()
            .filter(|(_, s)| !matches!(s, Slot::Global(_)))
            .map(|(n, s)| (n.clone(), *s))
            .collect();
        names.sort_by(|a, b| a.0.cmp(&b.0));
        self.scopes.push(FnScope {
            slots,
            captures: Vec::new(),
            capture_names: HashMap::new(),
            is_class,
        });
        for p in def.params.iter_mut() {
            self.var(&mut p.var);
        }
        match &mut def.body {
            Body::Block(b) => self.stmts(b),
            Body::Expr(e) => self.expr(e),
            Body::Comp(c) => {
                for clause in c.clauses.iter_mut() {
                    match clause {
                        Clause::For(t, e) => {
                            self.expr(e);
                            self.target(t);
                        }
                        Clause::If(e) => self.expr(e),
                    }
                }
                self.expr(&mut c.elt);
                if let Some(v) = &mut c.value {
                    self.expr(v);
                }
            }
        }
        let scope = self.scopes.pop();
        def.n_locals = n_locals;
        def.n_cells = n_cells;
        def.param_cells = param_cells;
        def.captures = scope.map(|s| s.captures).unwrap_or_default();
        def.names = names;
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        let span = s.span;
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(t, e)
            | StmtKind::AugAssign(t, _, e)
            | StmtKind::Annotated(t, _, Some(e)) => {
                self.expr(e);
                self.target(t);
            }
            StmtKind::Annotated(_, _, None) => {}
            StmtKind::FnDef(v, def) => {
                self.var(v);
                self.function(def, false);
            }
            StmtKind::Class(v, c) => {
                self.var(v);
                if let Some(c) = Rc::get_mut(c) {
                    c.bases.iter_mut().for_each(|e| self.expr(e));
                    self.function(&mut c.body, true);
                }
            }
            StmtKind::If(arms, els) => {
                for (c, b) in arms {
                    self.expr(c);
                    self.stmts(b);
                }
                if let Some(b) = els {
                    self.stmts(b);
                }
            }
            StmtKind::While(c, b) => {
                self.expr(c);
                self.stmts(b);
            }
            StmtKind::For(t, e, b) => {
                self.expr(e);
                self.target(t);
                self.stmts(b);
            }
            StmtKind::Yield(e, _, t) => {
                if self.scopes.last().is_none_or(|s| s.is_class) {
                    self.fail("'yield' outside function".into(), span);
                }
                if let Some(e) = e {
                    self.expr(e);
                }
                if let Some(t) = t {
                    self.target(t);
                }
            }
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Return(None)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Import(_)
            | StmtKind::Pass
            | StmtKind::Global(_) => {}
            StmtKind::Nonlocal(vs) => {
                if self.scopes.is_empty() {
                    if let Some(v) = vs.first() {
                        self.fail(
                            "nonlocal declaration not allowed at module level".into(),
                            v.span,
                        );
                    }
                }
            }
            StmtKind::ImportModule(items) => items.iter_mut().for_each(|m| self.var(&mut m.alias)),
            StmtKind::FromImport(_, names) => names.iter_mut().for_each(|(_, v)| self.var(v)),
            StmtKind::Assert(c, m) => {
                self.expr(c);
                if let Some(m) = m {
                    self.expr(m);
                }
            }
            StmtKind::Raise(e, c) => {
                for e in [e, c].into_iter().flatten() {
                    self.expr(e);
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&mut t.body);
                for h in t.handlers.iter_mut() {
                    if let Some(e) = &mut h.types {
                        self.expr(e);
                    }
                    if let Some(v) = &mut h.name {
                        self.var(v);
                    }
                    self.stmts(&mut h.body);
                }
                if let Some(b) = &mut t.orelse {
                    self.stmts(b);
                }
                if let Some(b) = &mut t.finally {
                    self.stmts(b);
                }
            }
            StmtKind::With(items, b) => {
                for (e, t) in items.iter_mut() {
                    self.expr(e);
                    if let Some(t) = t {
                        self.target(t);
                    }
                }
                self.stmts(b);
            }
            StmtKind::Del(ts) => ts.iter_mut().for_each(|t| self.target(t)),
            StmtKind::Decorated(decs, inner) => {
                decs.iter_mut().for_each(|e| self.expr(e));
                self.stmt(inner);
            }
            StmtKind::LoopElse(inner, els) => {
                self.stmt(inner);
                self.stmts(els);
            }
            StmtKind::Match(subject, cases) => {
                self.expr(subject);
                for c in cases.iter_mut() {
                    self.pattern(&mut c.pattern);
                    if let Some(g) = &mut c.guard {
                        self.expr(g);
                    }
                    self.stmts(&mut c.body);
                }
            }
        }
    }

    fn pattern(&mut self, p: &mut Pattern) {
        match p {
            Pattern::Wildcard | Pattern::Star(None) => {}
            Pattern::Capture(t) | Pattern::Star(Some(t)) => self.target(t),
            Pattern::Value(e) => self.expr(e),
            Pattern::Seq(ps) | Pattern::Or(ps) => ps.iter_mut().for_each(|p| self.pattern(p)),
            Pattern::Map(items, rest) => {
                for (k, p) in items.iter_mut() {
                    self.expr(k);
                    self.pattern(p);
                }
                if let Some(t) = rest {
                    self.target(t);
                }
            }
            Pattern::Class(c, pos, kw) => {
                self.expr(c);
                pos.iter_mut().for_each(|p| self.pattern(p));
                kw.iter_mut().for_each(|(_, p)| self.pattern(p));
            }
            Pattern::As(p, t) => {
                self.pattern(p);
                self.target(t);
            }
        }
    }

    fn target(&mut self, t: &mut Target) {
        match t {
            Target::Var(v) => self.var(v),
            Target::Index(e, items, _) => {
                self.expr(e);
                self.items(items);
            }
            Target::Attr(e, _, _) => self.expr(e),
            Target::Tuple(ts, _) | Target::Chain(ts, _) => {
                ts.iter_mut().for_each(|t| self.target(t))
            }
            Target::Starred(t, _) => self.target(t),
        }
    }

    fn items(&mut self, items: &mut [IndexItem]) {
        for it in items {
            match it {
                IndexItem::Expr(e) => self.expr(e),
                IndexItem::Slice(a, b, c) => {
                    for e in [a, b, c].into_iter().flatten() {
                        self.expr(e);
                    }
                }
                IndexItem::Ellipsis(_) => {}
            }
        }
    }

    fn fparts(&mut self, parts: &mut [FPart]) {
        for p in parts {
            if let FPart::Field { expr, spec, .. } = p {
                self.expr(expr);
                self.fparts(spec);
            }
        }
    }

    fn expr(&mut self, e: &mut Expr) {
        // Long operator chains nest deeply on their left; the stack grows on
        // the heap when short.
        crate::syntax::stack::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_node(e))
    }

    fn expr_node(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::Var(v) => self.var(v),
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter_mut().for_each(|e| self.expr(e))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.expr(k);
                    self.expr(v);
                }
            }
            ExprKind::Unary(_, a) | ExprKind::Starred(a) | ExprKind::Attr(a, _) => self.expr(a),
            ExprKind::Walrus(v, a) => {
                if v.span.start > a.span.start {
                    self.fail(
                        "'as' binds a name only in a case pattern (or with, except and import)"
                            .into(),
                        v.span,
                    );
                }
                self.expr(a);
                self.var(v);
            }
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a);
                rest.iter_mut().for_each(|(_, e)| self.expr(e));
            }
            ExprKind::Call(f, args) => {
                self.expr(f);
                args.iter_mut().for_each(|a| self.expr(&mut a.value));
            }
            ExprKind::MethodCall {
                obj,
                name,
                args,
                builtin,
                ..
            } => {
                self.expr(obj);
                *builtin = crate::builtins::index_of(name);
                args.iter_mut().for_each(|a| self.expr(&mut a.value));
            }
            ExprKind::Index(a, items) => {
                self.expr(a);
                self.items(items);
            }
            ExprKind::Lambda(def) => self.function(def, false),
            ExprKind::IfElse(c, a, b) => {
                self.expr(c);
                self.expr(a);
                self.expr(b);
            }
            ExprKind::Comp(c) => {
                self.expr(&mut c.first);
                self.function(&mut c.def, false);
            }
            ExprKind::FStr(parts) => self.fparts(parts),
        }
    }
}
