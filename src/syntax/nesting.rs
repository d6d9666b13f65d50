//! Bounds on how deep a program may nest, checked right after parsing, so
//! that every later pass (the resolver, the evaluator, printing) can recurse
//! over the tree without running out of stack. The parser itself is an LR
//! automaton with its own heap stack; the only deep recursion left is over
//! trees no deeper than [`MAX_NESTING`]. A rejected tree is dropped without
//! recursion (see `Drop for Expr` in `ast.rs`).

use super::ast::*;
use super::parse::SyntaxError;
use super::span::Span;

/// The deepest expression or block nesting a program may have. CPython's
/// compiler gives up at a similar depth ("maximum recursion depth exceeded
/// during compilation").
pub const MAX_NESTING: usize = 1000;

fn too_deep(span: Span) -> SyntaxError {
    SyntaxError {
        message: format!(
            "this expression is nested too deeply (more than {MAX_NESTING} levels); split it into smaller parts"
        ),
        span,
        incomplete: false,
    }
}

/// Checks a program; fails at the first node deeper than [`MAX_NESTING`].
pub fn check_program(stmts: &[Stmt]) -> Result<(), SyntaxError> {
    stmts.iter().try_for_each(|s| stmt(s, 0))
}

pub fn check_expr(e: &Expr) -> Result<(), SyntaxError> {
    expr(e, 0)
}

fn block(stmts: &[Stmt], depth: usize) -> Result<(), SyntaxError> {
    stmts.iter().try_for_each(|s| stmt(s, depth))
}

fn child(c: Child, depth: usize) -> Result<(), SyntaxError> {
    match c {
        Child::Expr(e) => expr(e, depth),
        Child::Stmts(b) => block(b, depth),
        Child::Target(t) => target(t, depth),
        Child::Fn(def) => function(def, depth),
    }
}

fn children(visit: impl FnOnce(&mut dyn FnMut(Child)), depth: usize) -> Result<(), SyntaxError> {
    let mut result = Ok(());
    visit(&mut |c| {
        if result.is_ok() {
            result = child(c, depth);
        }
    });
    result
}

fn stmt(s: &Stmt, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(s.span));
    }
    children(|f| s.children(f), depth + 1)
}

fn function(def: &FnDef, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(def.span));
    }
    for e in def.defaults() {
        expr(e, depth + 1)?;
    }
    children(|f| def.body_children(f), depth + 1)
}

fn target(t: &Target, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(t.span()));
    }
    children(|f| t.children(f), depth + 1)
}

fn expr(e: &Expr, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(e.span));
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Binary(_, a, b) => {
            // A left-leaning chain (`1 + 2 + 3 + ...`) is evaluated in a
            // loop, not by recursion: its length does not count as depth.
            expr(b, d)?;
            let mut left = &**a;
            while let ExprKind::Binary(_, a2, b2) = &left.kind {
                expr(b2, d)?;
                left = a2;
            }
            expr(left, d)
        }
        _ => children(|f| e.children(f), d),
    }
}
