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
    BitXor,
    Shl,
    Shr,
    Eq,
    Ne,
    Lt,
    Le,
    Gt,
    Ge,
    In,
    NotIn,
    Is,
    IsNot,
}

pub use super::pattern::{MatchCase, Pattern};

impl BinOp {
    /// `== != < <= > >=`.
    pub fn is_comparison(self) -> bool {
        matches!(
            self,
            BinOp::Eq | BinOp::Ne | BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge
        )
    }

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
            BinOp::BitXor => "^",
            BinOp::Shl => "<<",
            BinOp::Shr => ">>",
            BinOp::In => "in",
            BinOp::NotIn => "not in",
            BinOp::Is => "is",
            BinOp::IsNot => "is not",
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
    /// An int literal past 64 bits.
    BigInt(Rc<num_bigint::BigInt>),
    Float(f64),
    Str(Rc<str>),
    Bool(bool),
    None,
    /// `...` (Python's `Ellipsis`; in a subscript, every remaining axis).
    Ellipsis,
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
    /// `a if cond else b`: (cond, a, b).
    IfElse(Box<Expr>, Box<Expr>, Box<Expr>),
    /// `{a, b}`
    Set(Vec<Expr>),
    /// `*xs` inside a list, tuple or set display.
    Starred(Box<Expr>),
    /// `(name := value)`: assigns and gives the value.
    Walrus(Var, Box<Expr>),
    /// A comprehension or generator expression.
    Comp(Box<Comp>),
    /// An f-string's pieces.
    FStr(Vec<FPart>),
}

/// What a comprehension builds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompKind {
    List,
    Set,
    Dict,
    /// `f(x for x in xs)`: built eagerly, as a list.
    Gen,
}

/// `[elt for t in it if c ...]`. As in Python, the first iterable is
/// evaluated where the comprehension stands and the rest runs in a scope of
/// its own: `def` is a function of one parameter (`.0`, that iterable)
/// whose body is [`Body::Comp`].
#[derive(Clone, Debug)]
pub struct Comp {
    pub kind: CompKind,
    pub first: Expr,
    pub def: Rc<FnDef>,
}

#[derive(Debug)]
pub struct CompBody {
    pub kind: CompKind,
    pub elt: Expr,
    /// A dict comprehension's value.
    pub value: Option<Expr>,
    pub clauses: Vec<Clause>,
}

#[derive(Debug)]
pub enum Clause {
    For(Target, Expr),
    If(Expr),
}

/// A piece of an f-string.
#[derive(Clone, Debug)]
pub enum FPart {
    Lit(Rc<str>),
    Field {
        expr: Expr,
        /// `f"{x=}"`: the expression's text, printed before the value.
        self_doc: Option<Rc<str>>,
        conversion: Option<char>,
        spec: Vec<FPart>,
    },
}

#[derive(Clone, Debug)]
pub struct Arg {
    pub name: Option<Rc<str>>,
    pub value: Expr,
    pub unpack: Unpack,
}

/// `f(x)`, `f(*xs)`, `f(**kw)`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unpack {
    No,
    Star,
    StarStar,
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
    pub kind: ParamKind,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ParamKind {
    Plain,
    /// Before `/`: passed by position only.
    PositionalOnly,
    /// After `*` or `*args`: passed by name only.
    KeywordOnly,
    /// `*args`
    VarArgs,
    /// `**kwargs`
    VarKw,
}

/// How a captured variable of a closure is found when the closure is created.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaptureFrom {
    /// A cell local of the creating frame.
    Cell(u32),
    /// One of the creating closure's own captures.
    Capture(u32),
}

/// One module of an `import` statement: `import numpy as np` (alias `np`),
/// `import math` (alias `math`), `import os.path` (binds `os`, the path's
/// first part).
#[derive(Clone, Debug)]
pub struct ModuleImport {
    pub path: Rc<str>,
    pub alias: Var,
    pub bind_root: bool,
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
    /// Every name of the frame with its slot (a class body's locals become
    /// the class's attributes by these).
    pub names: Vec<(Rc<str>, Slot)>,
    /// The body holds a `yield` (not counting nested functions).
    pub is_generator: bool,
    /// The body (nested functions included) names `super`: a call of it
    /// as a method records the class it runs in.
    pub uses_super: bool,
}

#[derive(Debug)]
pub enum Body {
    Block(Vec<Stmt>),
    Expr(Expr),
    Comp(CompBody),
}

/// The left-hand side of an assignment.
#[derive(Clone, Debug)]
pub enum Target {
    Var(Var),
    Index(Expr, Vec<IndexItem>, Span),
    Attr(Expr, Rc<str>, Span),
    Tuple(Vec<Target>, Span),
    /// `*rest` inside a tuple target.
    Starred(Box<Target>, Span),
    /// `a = b = value`: each gets the value, left to right.
    Chain(Vec<Target>, Span),
}

impl Target {
    pub fn span(&self) -> Span {
        match self {
            Target::Var(v) => v.span,
            Target::Index(_, _, s)
            | Target::Attr(_, _, s)
            | Target::Tuple(_, s)
            | Target::Starred(_, s)
            | Target::Chain(_, s) => *s,
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
    Pass,
    Global(Vec<Var>),
    Nonlocal(Vec<Var>),
    Assert(Expr, Option<Expr>),
    /// `raise`, `raise E`, `raise E from cause`.
    Raise(Option<Expr>, Option<Expr>),
    Try(Box<TryStmt>),
    /// `with a as x, b { ... }`
    With(Vec<(Expr, Option<Target>)>, Vec<Stmt>),
    Class(Var, Rc<ClassDef>),
    Del(Vec<Target>),
    /// `import numpy as np, math`: each module with the name it binds.
    ImportModule(Vec<ModuleImport>),
    /// `from torch.utils.data import DataLoader, TensorDataset as TD`
    FromImport(Rc<str>, Vec<(Rc<str>, Var)>),
    /// `yield x` (`true`: `yield from xs`), and `t = yield x`, which binds
    /// what `send` passes in. A function holding one is a generator: a call
    /// makes a generator object, which runs the body a yield at a time.
    Yield(Option<Expr>, bool, Option<Box<Target>>),
    /// `x: T = v` (an assignment) or `x: T` (nothing to run): the target
    /// is a name; the span is the annotation's text, kept unevaluated.
    Annotated(Target, Span, Option<Expr>),
    /// `@dec def f() {}`: the definition, then each decorator from the
    /// innermost out, the name rebound to the result.
    Decorated(Vec<Expr>, Box<Stmt>),
    /// `for ... { } else { }` / `while ... { } else { }`: the loop, then
    /// the block run when it ended without `break`.
    LoopElse(Box<Stmt>, Vec<Stmt>),
    /// `match subject { case pattern if guard { ... } ... }`.
    Match(Expr, Vec<MatchCase>),
}

#[derive(Clone, Debug)]
pub struct TryStmt {
    pub body: Vec<Stmt>,
    pub handlers: Vec<Handler>,
    pub orelse: Option<Vec<Stmt>>,
    pub finally: Option<Vec<Stmt>>,
}

#[derive(Clone, Debug)]
pub struct Handler {
    /// The class or tuple of classes caught; `None` catches everything.
    pub types: Option<Expr>,
    pub name: Option<Var>,
    pub body: Vec<Stmt>,
    pub span: Span,
}

/// `class Name(Base, ...) { body }`. The body runs once, like a function
/// of no parameters (`body`), and its locals become the class's attributes.
#[derive(Debug)]
pub struct ClassDef {
    pub name: Rc<str>,
    pub bases: Vec<Expr>,
    pub body: Rc<FnDef>,
    pub span: Span,
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
        let is_generator = match &body {
            Body::Block(b) => holds_yield(b),
            _ => false,
        };
        let mut def = FnDef {
            name,
            params,
            body,
            span,
            n_locals: 0,
            n_cells: 0,
            param_cells: Vec::new(),
            captures: Vec::new(),
            names: Vec::new(),
            is_generator,
            uses_super: false,
        };
        def.uses_super = mentions_super(&def);
        def
    }
}

impl FnDef {
    /// The docstring: the body's first statement when it is a string.
    pub fn docstring(&self) -> Option<Rc<str>> {
        let Body::Block(stmts) = &self.body else {
            return None;
        };
        match stmts.first().map(|s| &s.kind) {
            Some(StmtKind::Expr(e)) => match &e.kind {
                ExprKind::Str(s) => Some(s.clone()),
                _ => None,
            },
            _ => None,
        }
    }
}

/// Whether a function's body (nested functions included) uses the name
/// `super`; iterative, so that deep expressions cannot exhaust the stack.
/// Nested functions were built first and answer with their own flag, so
/// building a chain of nested functions stays linear.
fn mentions_super(def: &FnDef) -> bool {
    let mut todo: Vec<Child> = Vec::new();
    def.body_children(&mut |c| todo.push(c));
    while let Some(c) = todo.pop() {
        match c {
            Child::Expr(e) => {
                if let ExprKind::Var(v) = &e.kind {
                    if &*v.name == "super" {
                        return true;
                    }
                }
                e.children(&mut |c| todo.push(c));
            }
            Child::Stmts(b) => {
                for s in b {
                    s.children(&mut |c| todo.push(c));
                }
            }
            Child::Target(t) => t.children(&mut |c| todo.push(c)),
            Child::Fn(d) => {
                if d.uses_super {
                    return true;
                }
            }
        }
    }
    false
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
                | ExprKind::BigInt(_)
                | ExprKind::Float(_)
                | ExprKind::Bool(_)
                | ExprKind::None
                | ExprKind::Ellipsis
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

/// Whether a body yields (nested functions and classes aside).
fn holds_yield(stmts: &[Stmt]) -> bool {
    stmts.iter().any(|s| {
        if let StmtKind::Yield(..) = s.kind {
            return true;
        }
        let mut found = false;
        s.children(&mut |c| {
            if let Child::Stmts(b) = c {
                found |= holds_yield(b);
            }
        });
        found
    })
}

/// A direct child of a node, for passes that treat most nodes alike.
pub enum Child<'a> {
    Expr(&'a Expr),
    Stmts(&'a [Stmt]),
    Target(&'a Target),
    /// A function (lambda, comprehension, class body) with its own scope.
    Fn(&'a FnDef),
}

fn index_children<'a>(items: &'a [IndexItem], f: &mut dyn FnMut(Child<'a>)) {
    for it in items {
        match it {
            IndexItem::Expr(e) => f(Child::Expr(e)),
            IndexItem::Slice(a, b, c) => {
                for e in [a, b, c].into_iter().flatten() {
                    f(Child::Expr(e));
                }
            }
            IndexItem::Ellipsis(_) => {}
        }
    }
}

fn fparts_children<'a>(parts: &'a [FPart], f: &mut dyn FnMut(Child<'a>)) {
    for p in parts {
        if let FPart::Field { expr, spec, .. } = p {
            f(Child::Expr(expr));
            fparts_children(spec, f);
        }
    }
}

impl Expr {
    /// The direct children, in evaluation order.
    pub fn children<'a>(&'a self, f: &mut dyn FnMut(Child<'a>)) {
        match &self.kind {
            ExprKind::Int(_)
            | ExprKind::BigInt(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Var(_) => {}
            ExprKind::List(items) | ExprKind::Tuple(items) | ExprKind::Set(items) => {
                items.iter().for_each(|e| f(Child::Expr(e)))
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    f(Child::Expr(k));
                    f(Child::Expr(v));
                }
            }
            ExprKind::Unary(_, a) | ExprKind::Attr(a, _) | ExprKind::Starred(a) => {
                f(Child::Expr(a))
            }
            ExprKind::Walrus(_, a) => f(Child::Expr(a)),
            ExprKind::Binary(_, a, b) | ExprKind::And(a, b) | ExprKind::Or(a, b) => {
                f(Child::Expr(a));
                f(Child::Expr(b));
            }
            ExprKind::Compare(a, rest) => {
                f(Child::Expr(a));
                rest.iter().for_each(|(_, e)| f(Child::Expr(e)));
            }
            ExprKind::Call(c, args) => {
                f(Child::Expr(c));
                args.iter().for_each(|a| f(Child::Expr(&a.value)));
            }
            ExprKind::MethodCall { obj, args, .. } => {
                f(Child::Expr(obj));
                args.iter().for_each(|a| f(Child::Expr(&a.value)));
            }
            ExprKind::Index(a, items) => {
                f(Child::Expr(a));
                index_children(items, f);
            }
            ExprKind::Lambda(def) => f(Child::Fn(def)),
            ExprKind::IfElse(c, a, b) => {
                f(Child::Expr(c));
                f(Child::Expr(a));
                f(Child::Expr(b));
            }
            ExprKind::Comp(c) => {
                f(Child::Expr(&c.first));
                f(Child::Fn(&c.def));
            }
            ExprKind::FStr(parts) => fparts_children(parts, f),
        }
    }
}

impl Target {
    pub fn children<'a>(&'a self, f: &mut dyn FnMut(Child<'a>)) {
        match self {
            Target::Var(_) => {}
            Target::Index(e, items, _) => {
                f(Child::Expr(e));
                index_children(items, f);
            }
            Target::Attr(e, _, _) => f(Child::Expr(e)),
            Target::Tuple(ts, _) | Target::Chain(ts, _) => {
                ts.iter().for_each(|t| f(Child::Target(t)))
            }
            Target::Starred(t, _) => f(Child::Target(t)),
        }
    }
}

impl FnDef {
    /// The parameters' defaults (evaluated where the function is defined)
    /// are not children: see [`FnDef::defaults`].
    pub fn body_children<'a>(&'a self, f: &mut dyn FnMut(Child<'a>)) {
        match &self.body {
            Body::Block(b) => f(Child::Stmts(b)),
            Body::Expr(e) => f(Child::Expr(e)),
            Body::Comp(c) => {
                for clause in &c.clauses {
                    match clause {
                        Clause::For(t, e) => {
                            f(Child::Expr(e));
                            f(Child::Target(t));
                        }
                        Clause::If(e) => f(Child::Expr(e)),
                    }
                }
                f(Child::Expr(&c.elt));
                if let Some(v) = &c.value {
                    f(Child::Expr(v));
                }
            }
        }
    }

    pub fn defaults(&self) -> impl Iterator<Item = &Expr> {
        self.params.iter().filter_map(|p| p.default.as_ref())
    }
}
