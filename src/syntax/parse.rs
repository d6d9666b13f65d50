//! The one door into the generated parser, so that it could be swapped.

use super::ast::{
    Arg, BinOp, Body, Clause, Comp, CompBody, CompKind, Expr, ExprKind, FnDef, Param, ParamKind,
    Pattern, Slot, Stmt, Target, UnOp, Unpack, Var,
};
use super::lexer::{self, Token};
use super::span::{FileId, Span};
use lalrpop_util::ParseError;
use std::rc::Rc;

lalrpop_util::lalrpop_mod!(
    #[allow(
        clippy::all,
        clippy::pedantic,
        unused_parens,
        unused_imports,
        dead_code
    )]
    grammar,
    "/arr.rs"
);

/// A syntax error with its position. `incomplete` is set when the input ended
/// before the construct did, which is what the REPL asks more lines for.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub message: String,
    pub span: Span,
    pub incomplete: bool,
}

type PResult<T> = Result<T, ParseError<usize, Token, SyntaxError>>;

fn user_error<T>(message: String, span: Span) -> PResult<T> {
    Err(ParseError::User {
        error: SyntaxError {
            message,
            span,
            incomplete: false,
        },
    })
}

/// An int literal: unboxed where it fits in 64 bits.
pub fn int_literal(s: &str, span: Span) -> PResult<ExprKind> {
    let radix = match s.get(..2) {
        Some("0x" | "0X") => 16,
        Some("0o" | "0O") => 8,
        Some("0b" | "0B") => 2,
        _ => 10,
    };
    if let Ok(v) = parse_int(s, span) {
        return Ok(ExprKind::Int(v));
    }
    let digits = if radix == 10 { s } else { &s[2..] };
    // Python's limit on the digits of a decimal int (`sys.get_int_max_str_digits()`).
    if radix == 10 && digits.len() > 4300 {
        return user_error(
            format!(
                "integer literal of {} digits: the limit is 4300",
                digits.len()
            ),
            span,
        );
    }
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => Ok(ExprKind::BigInt(Rc::new(b))),
        None => user_error(format!("invalid integer literal {s}"), span),
    }
}

pub fn parse_int(s: &str, span: Span) -> PResult<i64> {
    let radix = match s.get(..2) {
        Some("0x" | "0X") => 16,
        Some("0o" | "0O") => 8,
        Some("0b" | "0B") => 2,
        _ => 10,
    };
    let parsed = if radix == 10 {
        s.parse::<i64>()
    } else {
        i64::from_str_radix(&s[2..], radix)
    };
    match parsed {
        Ok(v) => Ok(v),
        Err(_) => user_error(format!("integer literal {s} does not fit in int64"), span),
    }
}

/// `2.5j`: a call of the builtin `__imag__` (Python's complex with real
/// part 0).
pub fn imag_literal(s: &str, span: Span) -> PResult<ExprKind> {
    let x = parse_float(s, span)?;
    let f = Expr::new(
        ExprKind::Var(Var {
            name: "__imag__".into(),
            slot: Slot::Unresolved,
            span,
        }),
        span,
    );
    Ok(ExprKind::Call(
        Box::new(f),
        vec![Arg {
            name: None,
            value: Expr::new(ExprKind::Float(x), span),
            unpack: Unpack::No,
        }],
    ))
}

pub fn parse_float(s: &str, span: Span) -> PResult<f64> {
    match s.parse::<f64>() {
        Ok(v) => Ok(v),
        Err(_) => user_error(format!("invalid float literal {s}"), span),
    }
}

/// `obj.name(args)` becomes a method call; anything else a plain call.
pub fn make_call(mut callee: Expr, args: Vec<Arg>, span: Span) -> Expr {
    match callee.take_kind() {
        ExprKind::Attr(obj, name) => {
            let name_span = Span {
                start: obj.span.end + 1,
                ..callee.span
            };
            Expr::new(
                ExprKind::MethodCall {
                    obj,
                    name,
                    name_span,
                    args,
                    builtin: None,
                },
                span,
            )
        }
        kind => Expr::new(
            ExprKind::Call(Box::new(Expr::new(kind, callee.span)), args),
            span,
        ),
    }
}

/// Turns the expression on the left of `=` into an assignment target.
pub fn to_target(mut e: Expr) -> PResult<Target> {
    let span = e.span;
    match e.take_kind() {
        ExprKind::Var(v) => Ok(Target::Var(v)),
        ExprKind::Index(obj, items) => Ok(Target::Index(*obj, items, span)),
        ExprKind::Attr(obj, name) => Ok(Target::Attr(*obj, name, span)),
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let targets = items.into_iter().map(to_target).collect::<PResult<Vec<_>>>()?;
            let stars = targets.iter().filter(|t| matches!(t, Target::Starred(..))).count();
            if stars > 1 {
                return user_error("multiple starred expressions in assignment".into(), span);
            }
            Ok(Target::Tuple(targets, span))
        }
        ExprKind::Starred(inner) => Ok(Target::Starred(Box::new(to_target(*inner)?), span)),
        ExprKind::Call(..) | ExprKind::MethodCall { .. } => {
            user_error("cannot assign to a function call".to_string(), span)
        }
        _ => user_error(
            "cannot assign to this expression; the left side of '=' must be a name, an index, an attribute or a tuple of those".to_string(),
            span,
        ),
    }
}

/// A `case` pattern, parsed as an expression, as a pattern.
pub fn to_pattern(mut e: Expr) -> PResult<Pattern> {
    let span = e.span;
    let bad = |what: &str| {
        user_error(
            format!("{what} is not a pattern (a case takes literals, names, dotted names, [...], (...), {{...}}, Class(...), | and as)"),
            span,
        )
    };
    match e.take_kind() {
        ExprKind::Var(v) if &*v.name == "_" => Ok(Pattern::Wildcard),
        ExprKind::Var(v) => Ok(Pattern::Capture(Target::Var(v))),
        kind @ (ExprKind::Int(_)
        | ExprKind::BigInt(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bool(_)
        | ExprKind::None
        | ExprKind::Attr(..)) => Ok(Pattern::Value(Expr::new(kind, span))),
        // `-1`, `1 + 2j`-style signed numbers.
        ExprKind::Unary(UnOp::Neg, inner)
            if matches!(
                inner.kind,
                ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::BigInt(_)
            ) =>
        {
            Ok(Pattern::Value(Expr::new(
                ExprKind::Unary(UnOp::Neg, inner),
                span,
            )))
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let ps = items
                .into_iter()
                .map(to_pattern)
                .collect::<PResult<Vec<_>>>()?;
            if ps.iter().filter(|p| matches!(p, Pattern::Star(_))).count() > 1 {
                return user_error("multiple starred names in sequence pattern".into(), span);
            }
            Ok(Pattern::Seq(ps))
        }
        ExprKind::Starred(mut inner) => match inner.take_kind() {
            ExprKind::Var(v) if &*v.name == "_" => Ok(Pattern::Star(None)),
            ExprKind::Var(v) => Ok(Pattern::Star(Some(Target::Var(v)))),
            _ => bad("a starred expression other than *name"),
        },
        // `(p as name)`, read as a walrus whose name follows its value.
        ExprKind::Walrus(v, mut inner) if v.span.start > inner.span.start => Ok(Pattern::As(
            Box::new(to_pattern(std::mem::replace(
                &mut *inner,
                Expr::new(ExprKind::None, span),
            ))?),
            Target::Var(v),
        )),
        ExprKind::Binary(BinOp::BitOr, a, b) => {
            let mut alts = Vec::new();
            for side in [*a, *b] {
                match to_pattern(side)? {
                    Pattern::Or(ps) => alts.extend(ps),
                    p => alts.push(p),
                }
            }
            Ok(Pattern::Or(alts))
        }
        ExprKind::Dict(pairs) => {
            let mut items = Vec::new();
            let mut rest = None;
            for (mut k, v) in pairs {
                if let ExprKind::Starred(_) = k.kind {
                    let ExprKind::Starred(mut inner) = k.take_kind() else {
                        continue;
                    };
                    match inner.take_kind() {
                        ExprKind::Var(v) => rest = Some(Target::Var(v)),
                        _ => return bad("'**' with something other than a name"),
                    }
                    continue;
                }
                match to_pattern(k)? {
                    Pattern::Value(k) => items.push((k, to_pattern(v)?)),
                    _ => return bad("a mapping key other than a literal or dotted name"),
                }
            }
            Ok(Pattern::Map(items, rest))
        }
        ExprKind::Call(callee, args) => class_pattern(*callee, args, span),
        ExprKind::MethodCall {
            obj, name, args, ..
        } => class_pattern(Expr::new(ExprKind::Attr(obj, name), span), args, span),
        _ => bad("this expression"),
    }
}

fn class_pattern(callee: Expr, args: Vec<Arg>, span: Span) -> PResult<Pattern> {
    if !matches!(callee.kind, ExprKind::Var(_) | ExprKind::Attr(..)) {
        return user_error(
            "a class pattern names a class: Name(...) or mod.Name(...)".into(),
            span,
        );
    }
    let mut pos = Vec::new();
    let mut kw = Vec::new();
    for a in args {
        if a.unpack != Unpack::No {
            return user_error("a class pattern takes no * or ** arguments".into(), span);
        }
        match a.name {
            Some(n) => kw.push((n, to_pattern(a.value)?)),
            None if !kw.is_empty() => {
                return user_error("positional patterns follow keyword patterns".into(), span)
            }
            None => pos.push(to_pattern(a.value)?),
        }
    }
    Ok(Pattern::Class(callee, pos, kw))
}

/// Names the functions of a class body `Class.method` (what errors and
/// tracebacks show).
pub fn qualify_methods(class: &str, body: &mut [Stmt]) {
    for s in body {
        let mut kind = &mut s.kind;
        while let super::ast::StmtKind::Decorated(_, inner) = kind {
            kind = &mut inner.kind;
        }
        if let super::ast::StmtKind::FnDef(_, def) = kind {
            if let Some(def) = Rc::get_mut(def) {
                def.name = format!("{class}.{}", def.name).into();
            }
        }
    }
}

/// A parameter as written, before `*` decides which are keyword-only.
pub enum RawParam {
    Plain(Var, Option<Expr>),
    /// `/`: the parameters before it are positional-only.
    Slash(super::span::Span),
    /// `*args`, or a bare `*`.
    Star(Option<Var>, super::span::Span),
    StarStar(Var),
}

/// Checks the order of parameters as Python does and marks the kinds.
pub fn make_params(raw: Vec<RawParam>, span: super::span::Span) -> PResult<Vec<Param>> {
    let mut out = Vec::with_capacity(raw.len());
    let mut star_seen = false;
    let mut kw_seen = false;
    let mut default_seen = false;
    for p in raw {
        if kw_seen {
            return user_error("no parameter may follow **kwargs".into(), span);
        }
        match p {
            RawParam::Plain(var, default) => {
                if out.iter().any(|q: &Param| q.var.name == var.name) {
                    return user_error(
                        format!("duplicate argument '{}' in function definition", var.name),
                        var.span,
                    );
                }
                if default.is_none() && default_seen && !star_seen {
                    return user_error(
                        "a parameter without a default follows one with a default".into(),
                        var.span,
                    );
                }
                default_seen |= default.is_some();
                let kind = if star_seen {
                    ParamKind::KeywordOnly
                } else {
                    ParamKind::Plain
                };
                out.push(Param { var, default, kind });
            }
            RawParam::Star(var, sp) => {
                if star_seen {
                    return user_error("only one '*' parameter is allowed".into(), sp);
                }
                star_seen = true;
                if let Some(var) = var {
                    out.push(Param {
                        var,
                        default: None,
                        kind: ParamKind::VarArgs,
                    });
                }
            }
            RawParam::Slash(sp) => {
                if star_seen {
                    return user_error("/ must be ahead of *".into(), sp);
                }
                if out
                    .iter()
                    .any(|q: &Param| q.kind == ParamKind::PositionalOnly)
                {
                    return user_error("/ may appear only once".into(), sp);
                }
                if out.is_empty() {
                    return user_error("at least one argument must precede /".into(), sp);
                }
                for q in out.iter_mut() {
                    q.kind = ParamKind::PositionalOnly;
                }
            }
            RawParam::StarStar(var) => {
                kw_seen = true;
                out.push(Param {
                    var,
                    default: None,
                    kind: ParamKind::VarKw,
                });
            }
        }
    }
    Ok(out)
}

/// Builds a comprehension: the first iterable stays outside, the rest is
/// the body of a function of one parameter, `.0`.
pub fn make_comp(
    kind: CompKind,
    elt: Expr,
    value: Option<Expr>,
    clauses: Vec<(Option<Expr>, Expr)>,
    span: super::span::Span,
) -> Expr {
    let mut first = None;
    let mut out = Vec::with_capacity(clauses.len());
    for (target, e) in clauses {
        match target {
            Some(t) => {
                let iter = if first.is_none() {
                    let espan = e.span;
                    first = Some(e);
                    Expr::new(ExprKind::Var(param_var(espan)), espan)
                } else {
                    e
                };
                let t = match to_target(t) {
                    Ok(t) => t,
                    // The grammar only gives targets here; keep a name so
                    // that nothing fails later.
                    Err(_) => Target::Var(param_var(span)),
                };
                out.push(Clause::For(t, iter));
            }
            None => out.push(Clause::If(e)),
        }
    }
    let first = first.unwrap_or_else(|| Expr::new(ExprKind::None, span));
    let params = vec![Param {
        var: param_var(first.span),
        default: None,
        kind: ParamKind::Plain,
    }];
    let body = Body::Comp(CompBody {
        kind,
        elt,
        value,
        clauses: out,
    });
    let name = match kind {
        CompKind::List => "<listcomp>",
        CompKind::Set => "<setcomp>",
        CompKind::Dict => "<dictcomp>",
        CompKind::Gen => "<genexpr>",
    };
    let def = FnDef::new(name.into(), params, body, span);
    Expr::new(
        ExprKind::Comp(Box::new(Comp {
            kind,
            first,
            def: Rc::new(def),
        })),
        span,
    )
}

fn param_var(span: super::span::Span) -> Var {
    Var {
        name: ".0".into(),
        slot: Slot::Unresolved,
        span,
    }
}

/// Parses an f-string's body (`offset`: where it starts in the source).
pub fn parse_fstring(
    body: &str,
    offset: usize,
    raw: bool,
    file: FileId,
    span: super::span::Span,
) -> PResult<Expr> {
    let parts = super::fstring::parse(body, offset, raw, file)
        .map_err(|error| ParseError::User { error })?;
    Ok(Expr::new(ExprKind::FStr(parts), span))
}

/// Parses an expression found at `offset` of a source file (an f-string's
/// field), with spans that point into that file.
pub fn parse_expr_at(src: &str, offset: usize, file: FileId) -> Result<Expr, SyntaxError> {
    let tokens = lexer::tokenize(src)
        .map_err(|e| SyntaxError {
            message: e.kind.to_string(),
            span: Span::new(file, offset + e.start, offset + e.end),
            incomplete: false,
        })?
        .into_iter()
        .map(|(l, t, r)| (l + offset, t, r + offset))
        .collect::<Vec<_>>();
    let e = grammar::ExprParser::new()
        .parse(file, tokens)
        .map_err(|e| convert(e, file, offset + src.trim_end().len()))?;
    super::nesting::check_expr(&e)?;
    Ok(e)
}

fn describe_expected(expected: &[String]) -> String {
    let mut names: Vec<&str> = expected
        .iter()
        .map(|s| match s.as_str() {
            "Term" | "\"\\n\"" => "end of line",
            "\"int\"" => "a number",
            "\"float\"" => "a number",
            "\"str\"" => "a string",
            "\"name\"" => "a name",
            other => other,
        })
        .collect();
    names.dedup();
    if names.len() > 8 {
        return String::new();
    }
    let names: Vec<String> = names
        .iter()
        .map(|s| s.trim_matches('"').to_string())
        .map(|s| if s.contains(' ') { s } else { format!("'{s}'") })
        .collect();
    format!("; expected {}", names.join(", "))
}

fn convert(err: ParseError<usize, Token, SyntaxError>, file: FileId, len: usize) -> SyntaxError {
    match err {
        ParseError::InvalidToken { location } => SyntaxError {
            message: "invalid token".into(),
            span: Span::new(file, location, location + 1),
            incomplete: false,
        },
        ParseError::UnrecognizedEof { location, expected } => {
            // Point at the last character of the input, not past its end.
            let end = location.min(len);
            let start = end.saturating_sub(1);
            SyntaxError {
                message: format!("unexpected end of input{}", describe_expected(&expected)),
                span: Span::new(file, start, end.max(start + 1).min(len.max(1))),
                incomplete: true,
            }
        }
        ParseError::UnrecognizedToken {
            token: (l, tok, r),
            expected,
        } => SyntaxError {
            message: format!("unexpected {tok}{}", describe_expected(&expected)),
            span: Span::new(file, l, r),
            incomplete: false,
        },
        ParseError::ExtraToken { token: (l, tok, r) } => SyntaxError {
            message: format!("unexpected {tok}"),
            span: Span::new(file, l, r),
            incomplete: false,
        },
        ParseError::User { error } => error,
    }
}

/// Parses a whole program.
pub fn parse_program(src: &str, file: FileId) -> Result<Vec<Stmt>, SyntaxError> {
    let tokens = lexer::tokenize(src).map_err(|e| {
        // An unclosed string or bracket at the very end is "incomplete" for the REPL.
        SyntaxError {
            message: e.kind.to_string(),
            span: Span::new(file, e.start, e.end),
            incomplete: false,
        }
    })?;
    let parser = grammar::ProgramParser::new();
    let stmts = parser
        .parse(file, tokens)
        .map_err(|e| convert(e, file, src.trim_end().len()))?;
    super::nesting::check_program(&stmts)?;
    check_try(&stmts, src.trim_end().len())?;
    Ok(stmts)
}

/// A `try` needs an `except` or a `finally`; one that ends the input may
/// still get it on the next line (the REPL asks for it).
fn check_try(stmts: &[Stmt], end: usize) -> Result<(), SyntaxError> {
    for s in stmts {
        if let super::ast::StmtKind::Try(t) = &s.kind {
            if t.handlers.is_empty() && t.finally.is_none() {
                return Err(SyntaxError {
                    message: "'try' needs an 'except' or 'finally' block".into(),
                    span: s.span,
                    incomplete: s.span.end as usize >= end,
                });
            }
            if t.handlers.is_empty() && t.orelse.is_some() {
                return Err(SyntaxError {
                    message: "'try' with 'else' needs an 'except' block".into(),
                    span: s.span,
                    incomplete: false,
                });
            }
        }
        let mut result = Ok(());
        s.children(&mut |c| {
            if let (super::ast::Child::Stmts(b), true) = (c, result.is_ok()) {
                result = check_try(b, end);
            }
        });
        result?;
    }
    Ok(())
}

/// Parses a single expression (used by the REPL's `:time`).
pub fn parse_expr(src: &str, file: FileId) -> Result<Expr, SyntaxError> {
    let tokens = lexer::tokenize(src).map_err(|e| SyntaxError {
        message: e.kind.to_string(),
        span: Span::new(file, e.start, e.end),
        incomplete: false,
    })?;
    let e = grammar::ExprParser::new()
        .parse(file, tokens)
        .map_err(|e| convert(e, file, src.trim_end().len()))?;
    super::nesting::check_expr(&e)?;
    Ok(e)
}
