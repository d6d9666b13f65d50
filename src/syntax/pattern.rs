//! The patterns of Python's `match` statement.

use super::ast::{Child, Expr, Stmt, Target};
use super::span::Span;
use std::rc::Rc;

/// One `case` of a `match`.
#[derive(Clone, Debug)]
pub struct MatchCase {
    pub pattern: Pattern,
    pub guard: Option<Expr>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// A structural pattern (Python 3.10's `match`). Names a pattern binds are
/// targets (always `Target::Var`), so scope analysis sees them as stores.
#[derive(Clone, Debug)]
pub enum Pattern {
    /// `_`
    Wildcard,
    /// `name`: matches anything and binds it.
    Capture(Target),
    /// A literal or a dotted name (`Color.RED`), compared with `==` (`is`
    /// for `None`, `True`, `False`).
    Value(Expr),
    /// `[p, q, *rest]` or `(p, q)`: any sequence but a string.
    Seq(Vec<Pattern>),
    /// `*rest` or `*_` inside a sequence pattern.
    Star(Option<Target>),
    /// `{"k": p, **rest}`: a mapping with those keys.
    Map(Vec<(Expr, Pattern)>, Option<Target>),
    /// `Point(p, y=q)`: an instance of the class whose attributes match
    /// (positional ones through `__match_args__`).
    Class(Expr, Vec<Pattern>, Vec<(Rc<str>, Pattern)>),
    /// `p | q`
    Or(Vec<Pattern>),
    /// `p as name`
    As(Box<Pattern>, Target),
}

impl Pattern {
    /// The direct children (value expressions and bound targets), in order.
    pub fn children<'a>(&'a self, f: &mut dyn FnMut(Child<'a>)) {
        match self {
            Pattern::Wildcard | Pattern::Star(None) => {}
            Pattern::Capture(t) | Pattern::Star(Some(t)) => f(Child::Target(t)),
            Pattern::Value(e) => f(Child::Expr(e)),
            Pattern::Seq(ps) | Pattern::Or(ps) => ps.iter().for_each(|p| p.children(f)),
            Pattern::Map(items, rest) => {
                for (k, p) in items {
                    f(Child::Expr(k));
                    p.children(f);
                }
                if let Some(t) = rest {
                    f(Child::Target(t));
                }
            }
            Pattern::Class(c, pos, kw) => {
                f(Child::Expr(c));
                pos.iter().for_each(|p| p.children(f));
                kw.iter().for_each(|(_, p)| p.children(f));
            }
            Pattern::As(p, t) => {
                p.children(f);
                f(Child::Target(t));
            }
        }
    }
}
