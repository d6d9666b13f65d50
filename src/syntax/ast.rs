//! The abstract syntax tree. Every node carries the `Span` it came from.
//!
//! Names appear as `Var` nodes whose `slot` is filled in by the resolver
//! (`crate::resolve`) before anything runs.

use super::span::Span;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BinOp {
    Add,
    Sub,
    Mul,
    Div,
    FloorDiv,
    Mod,
    Pow,
    MatMul,
    BitAnd,
    BitOr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
}

impl BinOp {
    pub fn symbol(self) -> &'static str {
        match self {
            BinOp::Add => "+",
            BinOp::Sub => "-",
            BinOp::Mul => "*",
            BinOp::Div => "/",
            BinOp::FloorDiv => "//",
            BinOp::Mod => "%",
            BinOp::Pow => "**",
            BinOp::MatMul => "@",
            BinOp::BitAnd => "&",
            BinOp::BitOr => "|",
            BinOp::Eq => "==",
            BinOp::Ne => "!=",
            BinOp::Lt => "<",
            BinOp::Le => "<=",
            BinOp::Gt => ">",
            BinOp::Ge => ">=",
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum UnOp {
    Neg,
    Invert,
    Not,
}

/// Where a variable lives once resolved.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Slot {
    /// Not yet resolved (the parser's output).
    Unresolved,
    /// A plain local of the current function frame.
    Local(u32),
    /// A local of the current frame that inner functions capture, kept in a cell.
    Cell(u32),
    /// A variable captured from an enclosing function (index into the closure's cells).
    Capture(u32),
    /// A top-level variable (index into the global table).
    Global(u32),
}

#[derive(Clone, Debug)]
pub struct Var {
    pub name: Rc<str>,
    pub slot: Slot,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub struct Expr {
    pub kind: ExprKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum ExprKind {
    Int(i64),
    Float(f64),
    Str(Rc<str>),
    Bool(bool),
    None,
    Var(Var),
    /// `[a, b, c]`: an array when the items are numbers/arrays of one shape, else a list.
    List(Vec<Expr>),
    Tuple(Vec<Expr>),
    Dict(Vec<(Expr, Expr)>),
    Unary(UnOp, Box<Expr>),
    Binary(BinOp, Box<Expr>, Box<Expr>),
    /// `a < b <= c`: chained comparisons, each operand evaluated once.
    Compare(Box<Expr>, Vec<(BinOp, Expr)>),
    And(Box<Expr>, Box<Expr>),
    Or(Box<Expr>, Box<Expr>),
    Call(Box<Expr>, Vec<Arg>),
    /// `obj.name(args)`: a method call; `builtin` is the builtin the name falls
    /// back to (`a.sum()` is `sum(a)`), filled in by the resolver.
    MethodCall {
        obj: Box<Expr>,
        name: Rc<str>,
        name_span: Span,
        args: Vec<Arg>,
        builtin: Option<u32>,
    },
    Attr(Box<Expr>, Rc<str>),
    Index(Box<Expr>, Vec<IndexItem>),
    Lambda(Rc<FnDef>),
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: Option<Rc<str>>,
    pub value: Expr,
}

#[derive(Clone, Debug)]
pub enum IndexItem {
    Expr(Expr),
    Slice(Option<Expr>, Option<Expr>, Option<Expr>),
    Ellipsis(Span),
}

#[derive(Clone, Debug)]
pub struct Param {
    pub var: Var,
    pub default: Option<Expr>,
}

/// How a captured variable of a closure is found when the closure is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureFrom {
    /// A cell local of the creating frame.
    Cell(u32),
    /// One of the creating closure's own captures.
    Capture(u32),
}

#[derive(Debug)]
pub struct FnDef {
    pub name: Rc<str>,
    pub params: Vec<Param>,
    pub body: Body,
    pub span: Span,
    /// Filled by the resolver: frame layout and captures.
    pub n_locals: u32,
    pub n_cells: u32,
    /// Parameters that live in cells: (param index, cell slot).
    pub param_cells: Vec<(u32, u32)>,
    pub captures: Vec<CaptureFrom>,
}

#[derive(Debug)]
pub enum Body {
    Block(Vec<Stmt>),
    Expr(Expr),
}

/// The left-hand side of an assignment.
#[derive(Clone, Debug)]
pub enum Target {
    Var(Var),
    Index(Expr, Vec<IndexItem>, Span),
    Attr(Expr, Rc<str>, Span),
    Tuple(Vec<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Var(v) => v.span,
            Target::Index(_, _, s) | Target::Attr(_, _, s) | Target::Tuple(_, s) => *s,
        }
    }
}

#[derive(Clone, Debug)]
pub struct Stmt {
    pub kind: StmtKind,
    pub span: Span,
}

#[derive(Clone, Debug)]
pub enum StmtKind {
    Expr(Expr),
    Assign(Target, Expr),
    AugAssign(Target, BinOp, Expr),
    FnDef(Var, Rc<FnDef>),
    If(Vec<(Expr, Vec<Stmt>)>, Option<Vec<Stmt>>),
    While(Expr, Vec<Stmt>),
    For(Target, Expr, Vec<Stmt>),
    Break,
    Continue,
    Return(Option<Expr>),
    Import(Rc<str>),
}

impl Expr {
    pub fn new(kind: ExprKind, span: Span) -> Expr {
        Expr { kind, span }
    }

    /// Moves the kind out, leaving `none` (an `Expr` has a `Drop`, so its
    /// fields cannot be moved out by a pattern).
    pub fn take_kind(&mut self) -> ExprKind {
        std::mem::replace(&mut self.kind, ExprKind::None)
    }
}

impl FnDef {
    pub fn new(name: Rc<str>, params: Vec<Param>, body: Body, span: Span) -> FnDef {
        FnDef {
            name,
            params,
            body,
            span,
            n_locals: 0,
            n_cells: 0,
            param_cells: Vec::new(),
            captures: Vec::new(),
        }
    }
}

/// Dropping deeply nested trees without deep recursion: an expression freed
/// while more than [`DROP_NESTING`] others are being freed beneath it is
/// queued, and the outermost drop frees the queue in a loop (a program of
/// a million nested `-` signs is rejected by the nesting check, then
/// dropped like a flat one).
mod trashcan {
    use super::ExprKind;
    use std::cell::{Cell, RefCell};

    pub const DROP_NESTING: u32 = 64;

    thread_local! {
        static DEPTH: Cell<u32> = const { Cell::new(0) };
        static QUEUE: RefCell<Vec<ExprKind>> = const { RefCell::new(Vec::new()) };
    }

    pub fn drop_kind(kind: &mut ExprKind) {
        let leaf = matches!(
            kind,
            ExprKind::Int(_)
                | ExprKind::Float(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Str(_)
                | ExprKind::Var(_)
        );
        if leaf {
            return;
        }
        let Ok(depth) = DEPTH.try_with(Cell::get) else {
            return;
        };
        let taken = std::mem::replace(kind, ExprKind::None);
        if depth >= DROP_NESTING {
            let _ = QUEUE.try_with(|q| q.borrow_mut().push(taken));
            return;
        }
        DEPTH.with(|d| d.set(depth + 1));
        drop(taken);
        if depth == 0 {
            while let Some(next) = QUEUE.with(|q| q.borrow_mut().pop()) {
                drop(next);
            }
        }
        DEPTH.with(|d| d.set(depth));
    }
}

impl Drop for Expr {
    fn drop(&mut self) {
        trashcan::drop_kind(&mut self.kind);
    }
}
