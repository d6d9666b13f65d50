//! Loops that can never end.
//!
//! A `while` loop whose condition reads only variables that its body can
//! neither rebind nor mutate, whose body has no `break` or `return`, and
//! whose every call is a deterministic builtin on plain data, computes the
//! same thing in each pass: once one pass has run without an error and the
//! condition still holds, the loop would run forever without any visible
//! effect. Python would hang there; arr says so instead, with the
//! condition's position ("this loop can never end").
//!
//! The proof is conservative: every construct it does not know to be
//! harmless (an assignment, a method call, a user function, an attribute,
//! a lambda, an impure builtin such as `print` or `rand`, a host object
//! whose operators could run user code) makes it give up, and the loop runs
//! as written (Ctrl-C and the operation limit still stop it).

use super::{Frame, Interp};
use crate::syntax::ast::*;
use crate::value::Value;
use std::rc::Rc;

/// How many items of lists and tuples are inspected before a value is
/// taken as not plain (the check must stay cheap next to one pass).
const PLAIN_BUDGET: usize = 4096;

impl Interp {
    /// Whether the `while` loop `cond`/`body` is certain never to end, given
    /// that one pass of its body has just run and `cond` is still true.
    /// On `Some`, the names its condition reads.
    pub(super) fn endless_loop(
        &self,
        cond: &Expr,
        body: &[Stmt],
        f: &Frame,
    ) -> Option<Vec<Rc<str>>> {
        let mut proof = Proof {
            interp: self,
            frame: f,
            read: Vec::new(),
            bound: Vec::new(),
            budget: PLAIN_BUDGET,
        };
        proof.expr(cond)?;
        let cond_reads = std::mem::take(&mut proof.read);
        proof.block(body)?;
        // A name a `for` in the body rebinds must not feed the condition,
        // nor any expression of the body (the passes would then differ).
        if proof
            .bound
            .iter()
            .any(|b| cond_reads.contains(b) || proof.read.contains(b))
        {
            return None;
        }
        let mut names = cond_reads;
        names.dedup();
        Some(names)
    }
}

struct Proof<'a> {
    interp: &'a Interp,
    frame: &'a Frame<'a>,
    /// Names read (by the condition, then by the body).
    read: Vec<Rc<str>>,
    /// Names rebound by `for` loops of the body.
    bound: Vec<Rc<str>>,
    budget: usize,
}

impl Proof<'_> {
    fn block(&mut self, body: &[Stmt]) -> Option<()> {
        for s in body {
            self.stmt(s)?;
        }
        Some(())
    }

    fn stmt(&mut self, s: &Stmt) -> Option<()> {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::If(arms, els) => {
                for (c, b) in arms {
                    self.expr(c)?;
                    self.block(b)?;
                }
                match els {
                    Some(b) => self.block(b),
                    None => Some(()),
                }
            }
            StmtKind::While(c, b) => {
                self.expr(c)?;
                self.block(b)
            }
            StmtKind::For(Target::Var(v), iter, b) => {
                self.expr(iter)?;
                self.bound.push(v.name.clone());
                self.block(b)
            }
            StmtKind::Continue | StmtKind::Pass | StmtKind::Annotated(_, _, None) => Some(()),
            StmtKind::For(..)
            | StmtKind::Assign(..)
            | StmtKind::Annotated(..)
            | StmtKind::AugAssign(..)
            | StmtKind::FnDef(..)
            | StmtKind::Break
            | StmtKind::Return(_)
            | StmtKind::Import(_)
            | StmtKind::Global(_)
            | StmtKind::Nonlocal(_)
            | StmtKind::Assert(..)
            | StmtKind::Raise(..)
            | StmtKind::Try(_)
            | StmtKind::With(..)
            | StmtKind::Class(..)
            | StmtKind::Del(_)
            | StmtKind::ImportModule(_)
            | StmtKind::FromImport(..)
            | StmtKind::Decorated(..)
            | StmtKind::LoopElse(..)
            | StmtKind::Match(..)
            | StmtKind::Yield(..) => None,
        }
    }

    fn expr(&mut self, e: &Expr) -> Option<()> {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis => Some(()),
            ExprKind::Var(v) => {
                let val = self.interp.load(v, self.frame).ok()?;
                if !self.plain(&val) {
                    return None;
                }
                self.read.push(v.name.clone());
                Some(())
            }
            ExprKind::List(items) | ExprKind::Tuple(items) => {
                items.iter().try_for_each(|x| self.expr(x))
            }
            ExprKind::Dict(pairs) => pairs.iter().try_for_each(|(k, v)| {
                self.expr(k)?;
                self.expr(v)
            }),
            ExprKind::Unary(_, x) => self.expr(x),
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::Compare(a, rest) => {
                self.expr(a)?;
                rest.iter().try_for_each(|(_, x)| self.expr(x))
            }
            ExprKind::Call(callee, args) => {
                let ExprKind::Var(v) = &callee.kind else {
                    return None;
                };
                match self.interp.load(v, self.frame).ok()? {
                    Value::Builtin(b) if b.pure => {}
                    _ => return None,
                }
                args.iter().try_for_each(|a| self.expr(&a.value))
            }
            ExprKind::Index(obj, items) => {
                self.expr(obj)?;
                items.iter().try_for_each(|it| match it {
                    IndexItem::Expr(x) => self.expr(x),
                    IndexItem::Slice(a, b, c) => [a, b, c]
                        .into_iter()
                        .flatten()
                        .try_for_each(|x| self.expr(x)),
                    IndexItem::Ellipsis(_) => Some(()),
                })
            }
            ExprKind::IfElse(c, a, b) => {
                self.expr(c)?;
                self.expr(a)?;
                self.expr(b)
            }
            ExprKind::FStr(parts) => self.fparts(parts),
            ExprKind::MethodCall { .. }
            | ExprKind::Attr(..)
            | ExprKind::Lambda(_)
            | ExprKind::Set(_)
            | ExprKind::Starred(_)
            | ExprKind::Walrus(..)
            | ExprKind::Comp(_) => None,
        }
    }

    fn fparts(&mut self, parts: &[FPart]) -> Option<()> {
        parts.iter().try_for_each(|p| match p {
            FPart::Lit(_) => Some(()),
            FPart::Field { expr, spec, .. } => {
                self.expr(expr)?;
                self.fparts(spec)
            }
        })
    }

    /// Data on which builtins and operators run no user code and keep no
    /// state: numbers, strings, arrays, dtypes, ranges, and lists and tuples
    /// of them.
    fn plain(&mut self, v: &Value) -> bool {
        if self.budget == 0 {
            return false;
        }
        self.budget -= 1;
        match v {
            Value::None
            | Value::Bool(_)
            | Value::Int(_)
            | Value::Float(_)
            | Value::Str(_)
            | Value::Array(_)
            | Value::Range(_)
            | Value::DType(_)
            | Value::Builtin(_) => true,
            Value::List(xs) => xs.borrow().clone().iter().all(|x| self.plain(x)),
            Value::Tuple(xs) => xs.iter().all(|x| self.plain(x)),
            Value::Undefined
            | Value::Dict(_)
            | Value::Func(_)
            | Value::Native(_)
            | Value::Host(_) => false,
        }
    }
}
