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

fn stmt(s: &Stmt, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(s.span));
    }
    let d = depth + 1;
    match &s.kind {
        StmtKind::Expr(e) => expr(e, d),
        StmtKind::Assign(t, e) | StmtKind::AugAssign(t, _, e) => {
            target(t, d)?;
            expr(e, d)
        }
        StmtKind::FnDef(_, def) => function(def, d),
        StmtKind::If(arms, els) => {
            for (c, b) in arms {
                expr(c, d)?;
                block(b, d)?;
            }
            match els {
                Some(b) => block(b, d),
                None => Ok(()),
            }
        }
        StmtKind::While(c, b) => {
            expr(c, d)?;
            block(b, d)
        }
        StmtKind::For(t, e, b) => {
            target(t, d)?;
            expr(e, d)?;
            block(b, d)
        }
        StmtKind::Return(Some(e)) => expr(e, d),
        StmtKind::Return(None) | StmtKind::Break | StmtKind::Continue | StmtKind::Import(_) => {
            Ok(())
        }
    }
}

fn function(def: &FnDef, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(def.span));
    }
    for p in &def.params {
        if let Some(e) = &p.default {
            expr(e, depth + 1)?;
        }
    }
    match &def.body {
        Body::Expr(e) => expr(e, depth + 1),
        Body::Block(b) => block(b, depth + 1),
    }
}

fn target(t: &Target, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(t.span()));
    }
    match t {
        Target::Var(_) => Ok(()),
        Target::Index(obj, items, _) => {
            expr(obj, depth + 1)?;
            index_items(items, depth + 1)
        }
        Target::Attr(obj, _, _) => expr(obj, depth + 1),
        Target::Tuple(ts, _) => ts.iter().try_for_each(|t| target(t, depth + 1)),
    }
}

fn index_items(items: &[IndexItem], depth: usize) -> Result<(), SyntaxError> {
    for it in items {
        match it {
            IndexItem::Expr(e) => expr(e, depth)?,
            IndexItem::Slice(a, b, c) => {
                for e in [a, b, c].into_iter().flatten() {
                    expr(e, depth)?;
                }
            }
            IndexItem::Ellipsis(_) => {}
        }
    }
    Ok(())
}

fn expr(e: &Expr, depth: usize) -> Result<(), SyntaxError> {
    if depth > MAX_NESTING {
        return Err(too_deep(e.span));
    }
    let d = depth + 1;
    match &e.kind {
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Var(_) => Ok(()),
        ExprKind::List(items) | ExprKind::Tuple(items) => items.iter().try_for_each(|x| expr(x, d)),
        ExprKind::Dict(pairs) => pairs.iter().try_for_each(|(k, v)| {
            expr(k, d)?;
            expr(v, d)
        }),
        ExprKind::Unary(_, a) | ExprKind::Attr(a, _) => expr(a, d),
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
        ExprKind::And(a, b) | ExprKind::Or(a, b) => {
            expr(a, d)?;
            expr(b, d)
        }
        ExprKind::Compare(first, rest) => {
            expr(first, d)?;
            rest.iter().try_for_each(|(_, x)| expr(x, d))
        }
        ExprKind::Call(f, args) => {
            expr(f, d)?;
            args.iter().try_for_each(|a| expr(&a.value, d))
        }
        ExprKind::MethodCall { obj, args, .. } => {
            expr(obj, d)?;
            args.iter().try_for_each(|a| expr(&a.value, d))
        }
        ExprKind::Index(obj, items) => {
            expr(obj, d)?;
            index_items(items, d)
        }
        ExprKind::Lambda(def) => function(def, d),
    }
}
