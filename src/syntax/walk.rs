//! The direct children of a statement, for the passes that walk the tree
//! (scope analysis, generator detection).

use super::ast::{Child, Stmt, StmtKind};

impl Stmt {
    /// The direct children, in evaluation order (a function's or class's
    /// own scope is one `Child::Fn`; decorators and bases come first).
    pub fn children<'a>(&'a self, f: &mut dyn FnMut(Child<'a>)) {
        match &self.kind {
            StmtKind::Expr(e) => f(Child::Expr(e)),
            StmtKind::Assign(t, e)
            | StmtKind::AugAssign(t, _, e)
            | StmtKind::Annotated(t, _, Some(e)) => {
                f(Child::Expr(e));
                f(Child::Target(t));
            }
            StmtKind::Annotated(_, _, None) => {}
            StmtKind::FnDef(_, def) => {
                def.defaults().for_each(|e| f(Child::Expr(e)));
                f(Child::Fn(def));
            }
            StmtKind::If(arms, els) => {
                for (c, b) in arms {
                    f(Child::Expr(c));
                    f(Child::Stmts(b));
                }
                if let Some(b) = els {
                    f(Child::Stmts(b));
                }
            }
            StmtKind::While(c, b) => {
                f(Child::Expr(c));
                f(Child::Stmts(b));
            }
            StmtKind::For(t, e, b) => {
                f(Child::Expr(e));
                f(Child::Target(t));
                f(Child::Stmts(b));
            }
            StmtKind::Yield(e, _, t) => {
                if let Some(e) = e {
                    f(Child::Expr(e));
                }
                if let Some(t) = t {
                    f(Child::Target(t));
                }
            }
            StmtKind::Return(Some(e)) => f(Child::Expr(e)),
            StmtKind::Return(None)
            | StmtKind::Break
            | StmtKind::Continue
            | StmtKind::Import(_)
            | StmtKind::Pass
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::ImportModule(_)
            | StmtKind::FromImport(..) => {}
            StmtKind::Assert(c, m) => {
                f(Child::Expr(c));
                if let Some(m) = m {
                    f(Child::Expr(m));
                }
            }
            StmtKind::Raise(e, c) => {
                for e in [e, c].into_iter().flatten() {
                    f(Child::Expr(e));
                }
            }
            StmtKind::Try(t) => {
                f(Child::Stmts(&t.body));
                for h in &t.handlers {
                    if let Some(e) = &h.types {
                        f(Child::Expr(e));
                    }
                    f(Child::Stmts(&h.body));
                }
                if let Some(b) = &t.orelse {
                    f(Child::Stmts(b));
                }
                if let Some(b) = &t.finally {
                    f(Child::Stmts(b));
                }
            }
            StmtKind::With(items, b) => {
                for (e, t) in items {
                    f(Child::Expr(e));
                    if let Some(t) = t {
                        f(Child::Target(t));
                    }
                }
                f(Child::Stmts(b));
            }
            StmtKind::Class(_, c) => {
                c.bases.iter().for_each(|e| f(Child::Expr(e)));
                f(Child::Fn(&c.body));
            }
            StmtKind::Del(ts) => ts.iter().for_each(|t| f(Child::Target(t))),
            StmtKind::Decorated(decs, inner) => {
                decs.iter().for_each(|e| f(Child::Expr(e)));
                inner.children(f);
            }
            StmtKind::LoopElse(inner, els) => {
                f(Child::Stmts(std::slice::from_ref(&**inner)));
                f(Child::Stmts(els));
            }
            StmtKind::Match(subject, cases) => {
                f(Child::Expr(subject));
                for c in cases {
                    c.pattern.children(f);
                    if let Some(g) = &c.guard {
                        f(Child::Expr(g));
                    }
                    f(Child::Stmts(&c.body));
                }
            }
        }
    }
}
