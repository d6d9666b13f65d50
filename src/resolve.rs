//! Names -> slots, before anything runs. Top-level names live in the global
//! table (the one map, kept across REPL inputs); a function's names are
//! locals in its frame, in a cell when an inner function captures them, or
//! captures of its own when they belong to an enclosing function.
//! As in Python, assigning a name anywhere in a function makes it local there.

use crate::syntax::ast::*;
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
}

pub struct Resolver<'g> {
    globals: &'g mut GlobalNames,
    scopes: Vec<FnScope>,
}

pub fn resolve_program(stmts: &mut [Stmt], globals: &mut GlobalNames) {
    let mut r = Resolver {
        globals,
        scopes: Vec::new(),
    };
    r.stmts(stmts);
}

pub fn resolve_expr(e: &mut Expr, globals: &mut GlobalNames) {
    let mut r = Resolver {
        globals,
        scopes: Vec::new(),
    };
    r.expr(e);
}

// ----------------------------------------------------------- name collection

/// Names a body binds (assignment targets, for targets, fn names), not
/// looking into nested functions.
fn declared_in(stmts: &[Stmt], out: &mut Vec<Rc<str>>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Assign(t, _) | StmtKind::AugAssign(t, _, _) => target_names(t, out),
            StmtKind::For(t, _, body) => {
                target_names(t, out);
                declared_in(body, out);
            }
            StmtKind::FnDef(v, _) => out.push(v.name.clone()),
            StmtKind::If(arms, els) => {
                for (_, b) in arms {
                    declared_in(b, out);
                }
                if let Some(b) = els {
                    declared_in(b, out);
                }
            }
            StmtKind::While(_, b) => declared_in(b, out),
            _ => {}
        }
    }
}

fn target_names(t: &Target, out: &mut Vec<Rc<str>>) {
    match t {
        Target::Var(v) => out.push(v.name.clone()),
        Target::Tuple(ts, _) => ts.iter().for_each(|t| target_names(t, out)),
        Target::Index(..) | Target::Attr(..) => {}
    }
}

fn fn_declared(def: &FnDef) -> HashSet<Rc<str>> {
    let mut v: Vec<Rc<str>> = def.params.iter().map(|p| p.var.name.clone()).collect();
    if let Body::Block(b) = &def.body {
        declared_in(b, &mut v);
    }
    v.into_iter().collect()
}

/// Names a function reads or writes other than its parameters, including
/// those its inner functions need: any of them may belong to an enclosing
/// function (an assignment to an enclosing function's variable rebinds it).
fn free_vars(def: &FnDef) -> HashSet<Rc<str>> {
    let declared: HashSet<Rc<str>> = def.params.iter().map(|p| p.var.name.clone()).collect();
    let mut used = HashSet::new();
    for p in &def.params {
        if let Some(d) = &p.default {
            refs_expr(d, &mut used);
        }
    }
    match &def.body {
        Body::Block(b) => refs_stmts(b, &mut used),
        Body::Expr(e) => refs_expr(e, &mut used),
    }
    used.retain(|n| !declared.contains(n));
    used
}

fn refs_stmts(stmts: &[Stmt], out: &mut HashSet<Rc<str>>) {
    for s in stmts {
        match &s.kind {
            StmtKind::Expr(e) => refs_expr(e, out),
            StmtKind::Assign(t, e) | StmtKind::AugAssign(t, _, e) => {
                refs_target(t, out);
                refs_expr(e, out);
            }
            StmtKind::FnDef(v, def) => {
                out.insert(v.name.clone());
                out.extend(free_vars(def));
            }
            StmtKind::If(arms, els) => {
                for (c, b) in arms {
                    refs_expr(c, out);
                    refs_stmts(b, out);
                }
                if let Some(b) = els {
                    refs_stmts(b, out);
                }
            }
            StmtKind::While(c, b) => {
                refs_expr(c, out);
                refs_stmts(b, out);
            }
            StmtKind::For(t, e, b) => {
                refs_target(t, out);
                refs_expr(e, out);
                refs_stmts(b, out);
            }
            StmtKind::Return(Some(e)) => refs_expr(e, out),
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Import(_) => {
            }
        }
    }
}

fn refs_target(t: &Target, out: &mut HashSet<Rc<str>>) {
    match t {
        Target::Var(v) => {
            out.insert(v.name.clone());
        }
        Target::Index(e, items, _) => {
            refs_expr(e, out);
            refs_items(items, out);
        }
        Target::Attr(e, _, _) => refs_expr(e, out),
        Target::Tuple(ts, _) => ts.iter().for_each(|t| refs_target(t, out)),
    }
}

fn refs_items(items: &[IndexItem], out: &mut HashSet<Rc<str>>) {
    for it in items {
        match it {
            IndexItem::Expr(e) => refs_expr(e, out),
            IndexItem::Slice(a, b, c) => {
                for e in [a, b, c].into_iter().flatten() {
                    refs_expr(e, out);
                }
            }
            IndexItem::Ellipsis(_) => {}
        }
    }
}

fn refs_expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || refs_expr_node(e, out))
}

fn refs_expr_node(e: &Expr, out: &mut HashSet<Rc<str>>) {
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None => {}
        ExprKind::Var(v) => {
            out.insert(v.name.clone());
        }
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(|e| refs_expr(e, out))
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                refs_expr(k, out);
                refs_expr(v, out);
            }
        }
        ExprKind::Unary(_, a) => refs_expr(a, out),
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            refs_expr(a, out);
            refs_expr(b, out);
        }
        ExprKind::Compare(a, rest) => {
            refs_expr(a, out);
            rest.iter().for_each(|(_, e)| refs_expr(e, out));
        }
        ExprKind::Call(f, args) => {
            refs_expr(f, out);
            args.iter().for_each(|a| refs_expr(&a.value, out));
        }
        ExprKind::MethodCall { obj, args, .. } => {
            refs_expr(obj, out);
            args.iter().for_each(|a| refs_expr(&a.value, out));
        }
        ExprKind::Attr(a, _) => refs_expr(a, out),
        ExprKind::Index(a, items) => {
            refs_expr(a, out);
            refs_items(items, out);
        }
        ExprKind::Lambda(def) => out.extend(free_vars(def)),
    }
}

// ------------------------------------------------------------------ resolving

impl Resolver<'_> {
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
        // Search enclosing functions; the first that declares it owns a cell.
        let owner = (0..cur)
            .rev()
            .find(|&k| self.scopes[k].slots.contains_key(name));
        let Some(owner) = owner else {
            return Slot::Global(self.globals.slot(name));
        };
        let mut from = match self.scopes[owner].slots[name] {
            Slot::Cell(c) => CaptureFrom::Cell(c),
            // Not marked as a cell (cannot happen after free-variable analysis);
            // fall back to a global so nothing panics.
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

    fn function(&mut self, def: &mut Rc<FnDef>) {
        // Defaults are evaluated where the function is defined.
        let Some(def) = Rc::get_mut(def) else { return };
        for p in def.params.iter_mut() {
            if let Some(d) = &mut p.default {
                self.expr(d);
            }
        }
        // A name an enclosing function defines is that function's variable,
        // also when assigned here; parameters always shadow.
        let params: HashSet<Rc<str>> = def.params.iter().map(|p| p.var.name.clone()).collect();
        let declared: HashSet<Rc<str>> = fn_declared(def)
            .into_iter()
            .filter(|n| {
                params.contains(n) || !self.scopes.iter().any(|sc| sc.slots.contains_key(n))
            })
            .collect();
        // Names the inner functions need from this one become cells.
        let mut inner_free = HashSet::new();
        if let Body::Block(b) = &def.body {
            collect_inner_free(b, &mut inner_free);
        } else if let Body::Expr(e) = &def.body {
            collect_inner_free_expr(e, &mut inner_free);
        }
        let mut slots = HashMap::new();
        let mut n_locals = 0u32;
        let mut n_cells = 0u32;
        let mut param_cells = Vec::new();
        for (i, p) in def.params.iter().enumerate() {
            // Parameters always get the first local slots, where arguments land.
            n_locals += 1;
            if inner_free.contains(&p.var.name) {
                param_cells.push((i as u32, n_cells));
                slots.insert(p.var.name.clone(), Slot::Cell(n_cells));
                n_cells += 1;
            } else {
                slots.insert(p.var.name.clone(), Slot::Local(i as u32));
            }
        }
        let mut names: Vec<&Rc<str>> = declared.iter().collect();
        names.sort();
        for name in names {
            if slots.contains_key(name) {
                continue;
            }
            if inner_free.contains(name) {
                slots.insert(name.clone(), Slot::Cell(n_cells));
                n_cells += 1;
            } else {
                slots.insert(name.clone(), Slot::Local(n_locals));
                n_locals += 1;
            }
        }
        self.scopes.push(FnScope {
            slots,
            captures: Vec::new(),
            capture_names: HashMap::new(),
        });
        for p in def.params.iter_mut() {
            self.var(&mut p.var);
        }
        match &mut def.body {
            Body::Block(b) => self.stmts(b),
            Body::Expr(e) => self.expr(e),
        }
        let scope = self.scopes.pop();
        def.n_locals = n_locals;
        def.n_cells = n_cells;
        def.param_cells = param_cells;
        def.captures = scope.map(|s| s.captures).unwrap_or_default();
    }

    fn stmts(&mut self, stmts: &mut [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &mut Stmt) {
        match &mut s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign(t, e) | StmtKind::AugAssign(t, _, e) => {
                self.expr(e);
                self.target(t);
            }
            StmtKind::FnDef(v, def) => {
                self.var(v);
                self.function(def);
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
            StmtKind::Return(Some(e)) => self.expr(e),
            StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Import(_) => {
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
            Target::Tuple(ts, _) => ts.iter_mut().for_each(|t| self.target(t)),
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

    fn expr(&mut self, e: &mut Expr) {
        // Long operator chains nest deeply on their left; the stack grows on
        // the heap when short.
        stacker::maybe_grow(64 * 1024, 1024 * 1024, || self.expr_node(e))
    }

    fn expr_node(&mut self, e: &mut Expr) {
        match &mut e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None => {}
            ExprKind::Var(v) => self.var(v),
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter_mut().for_each(|e| self.expr(e))
            }
            ExprKind::Dict(items) => {
                for (k, v) in items {
                    self.expr(k);
                    self.expr(v);
                }
            }
            ExprKind::Unary(_, a) => self.expr(a),
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
            ExprKind::Attr(a, _) => self.expr(a),
            ExprKind::Index(a, items) => {
                self.expr(a);
                self.items(items);
            }
            ExprKind::Lambda(def) => self.function(def),
        }
    }
}

fn collect_inner_free(stmts: &[Stmt], out: &mut HashSet<Rc<str>>) {
    for s in stmts {
        match &s.kind {
            StmtKind::FnDef(_, def) => out.extend(free_vars(def)),
            StmtKind::Expr(e) | StmtKind::Return(Some(e)) => collect_inner_free_expr(e, out),
            StmtKind::Assign(t, e) | StmtKind::AugAssign(t, _, e) => {
                collect_inner_free_target(t, out);
                collect_inner_free_expr(e, out);
            }
            StmtKind::If(arms, els) => {
                for (c, b) in arms {
                    collect_inner_free_expr(c, out);
                    collect_inner_free(b, out);
                }
                if let Some(b) = els {
                    collect_inner_free(b, out);
                }
            }
            StmtKind::While(c, b) => {
                collect_inner_free_expr(c, out);
                collect_inner_free(b, out);
            }
            StmtKind::For(t, e, b) => {
                collect_inner_free_target(t, out);
                collect_inner_free_expr(e, out);
                collect_inner_free(b, out);
            }
            _ => {}
        }
    }
}

fn collect_inner_free_target(t: &Target, out: &mut HashSet<Rc<str>>) {
    match t {
        Target::Var(_) => {}
        Target::Index(e, items, _) => {
            collect_inner_free_expr(e, out);
            for it in items {
                match it {
                    IndexItem::Expr(e) => collect_inner_free_expr(e, out),
                    IndexItem::Slice(a, b, c) => {
                        for e in [a, b, c].into_iter().flatten() {
                            collect_inner_free_expr(e, out);
                        }
                    }
                    IndexItem::Ellipsis(_) => {}
                }
            }
        }
        Target::Attr(e, _, _) => collect_inner_free_expr(e, out),
        Target::Tuple(ts, _) => ts.iter().for_each(|t| collect_inner_free_target(t, out)),
    }
}

/// Free variables of the lambdas inside an expression.
fn collect_inner_free_expr(e: &Expr, out: &mut HashSet<Rc<str>>) {
    stacker::maybe_grow(64 * 1024, 1024 * 1024, || {
        collect_inner_free_expr_node(e, out)
    })
}

fn collect_inner_free_expr_node(e: &Expr, out: &mut HashSet<Rc<str>>) {
    // Lambdas are rare and small: collect all references of the expression's
    // lambdas by walking it with refs_expr on each lambda found.
    match &e.kind {
        ExprKind::Lambda(def) => out.extend(free_vars(def)),
        ExprKind::List(items) | ExprKind::Tuple(items) => {
            items.iter().for_each(|e| collect_inner_free_expr(e, out))
        }
        ExprKind::Dict(items) => {
            for (k, v) in items {
                collect_inner_free_expr(k, out);
                collect_inner_free_expr(v, out);
            }
        }
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _) => collect_inner_free_expr(a, out),
        ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            collect_inner_free_expr(a, out);
            collect_inner_free_expr(b, out);
        }
        ExprKind::Compare(a, rest) => {
            collect_inner_free_expr(a, out);
            rest.iter()
                .for_each(|(_, e)| collect_inner_free_expr(e, out));
        }
        ExprKind::Call(f, args) => {
            collect_inner_free_expr(f, out);
            args.iter()
                .for_each(|a| collect_inner_free_expr(&a.value, out));
        }
        ExprKind::MethodCall { obj, args, .. } => {
            collect_inner_free_expr(obj, out);
            args.iter()
                .for_each(|a| collect_inner_free_expr(&a.value, out));
        }
        ExprKind::Index(a, items) => {
            collect_inner_free_expr(a, out);
            for it in items {
                match it {
                    IndexItem::Expr(e) => collect_inner_free_expr(e, out),
                    IndexItem::Slice(a, b, c) => {
                        for e in [a, b, c].into_iter().flatten() {
                            collect_inner_free_expr(e, out);
                        }
                    }
                    IndexItem::Ellipsis(_) => {}
                }
            }
        }
        _ => {}
    }
}
