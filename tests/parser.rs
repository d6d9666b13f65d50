//! The grammar: every construct of the language parses to the expected
//! tree, precedence follows Python, and malformed input is rejected with a
//! position.

use arr::syntax::ast::{BinOp, ExprKind, StmtKind, Target, UnOp};
use arr::syntax::parse_program;

fn parse_ok(src: &str) -> Vec<arr::syntax::ast::Stmt> {
    parse_program(src, 0).unwrap_or_else(|e| panic!("{src:?} failed to parse: {}", e.message))
}

fn expr(src: &str) -> ExprKind {
    match parse_ok(src).remove(0).kind {
        StmtKind::Expr(mut e) => e.take_kind(),
        other => panic!("not an expression statement: {other:?}"),
    }
}

/// Renders an expression with explicit parentheses to check precedence.
fn show(e: &ExprKind) -> String {
    match e {
        ExprKind::Int(i) => i.to_string(),
        ExprKind::Var(v) => v.name.to_string(),
        ExprKind::Binary(op, a, b) => {
            format!("({} {} {})", show(&a.kind), op.symbol(), show(&b.kind))
        }
        ExprKind::Unary(UnOp::Neg, a) => format!("(-{})", show(&a.kind)),
        ExprKind::Unary(UnOp::Not, a) => format!("(not {})", show(&a.kind)),
        ExprKind::Unary(UnOp::Invert, a) => format!("(~{})", show(&a.kind)),
        ExprKind::And(a, b) => format!("({} and {})", show(&a.kind), show(&b.kind)),
        ExprKind::Or(a, b) => format!("({} or {})", show(&a.kind), show(&b.kind)),
        ExprKind::Compare(a, rest) => {
            let mut s = format!("({}", show(&a.kind));
            for (op, e) in rest {
                s.push_str(&format!(" {} {}", op.symbol(), show(&e.kind)));
            }
            s + ")"
        }
        other => format!("{other:?}"),
    }
}

#[test]
fn precedence_follows_python() {
    assert_eq!(show(&expr("-2 ** 2")), "(-(2 ** 2))");
    assert_eq!(show(&expr("2 ** 3 ** 2")), "(2 ** (3 ** 2))");
    assert_eq!(show(&expr("2 ** -1")), "(2 ** (-1))");
    assert_eq!(show(&expr("a + b * c @ d")), "(a + ((b * c) @ d))");
    assert_eq!(show(&expr("a - b - c")), "((a - b) - c)");
    assert_eq!(show(&expr("a | b & c == d")), "((a | (b & c)) == d)");
    assert_eq!(
        show(&expr("not a == b and c or d")),
        "(((not (a == b)) and c) or d)"
    );
    assert_eq!(show(&expr("a < b <= c")), "(a < b <= c)");
    assert_eq!(show(&expr("~a + 1")), "((~a) + 1)");
    assert_eq!(show(&expr("a // b % c")), "((a // b) % c)");
}

#[test]
fn literals_and_collections() {
    assert!(matches!(expr("1_000"), ExprKind::Int(1000)));
    assert!(matches!(expr(".5"), ExprKind::Float(f) if f == 0.5));
    assert!(matches!(expr("1e-3"), ExprKind::Float(f) if f == 1e-3));
    assert!(matches!(expr("'it\\'s'"), ExprKind::Str(s) if &*s == "it's"));
    assert!(matches!(expr("[1, 2,\n 3]"), ExprKind::List(v) if v.len() == 3));
    assert!(matches!(expr("(784,)"), ExprKind::Tuple(v) if v.len() == 1));
    assert!(matches!(expr("()"), ExprKind::Tuple(v) if v.is_empty()));
    assert!(matches!(expr("{\"loss\": 0.1,\n \"acc\": 1}"), ExprKind::Dict(v) if v.len() == 2));
    assert!(matches!(expr("none"), ExprKind::None));
}

#[test]
fn calls_methods_indexing() {
    match expr("Dense(128, activation=\"relu\")") {
        ExprKind::Call(_, args) => {
            assert_eq!(args.len(), 2);
            assert_eq!(args[1].name.as_deref(), Some("activation"));
        }
        other => panic!("{other:?}"),
    }
    assert!(matches!(expr("a.sum(axis=0)"), ExprKind::MethodCall { name, .. } if &*name == "sum"));
    assert!(matches!(expr("a.T"), ExprKind::Attr(_, n) if &*n == "T"));
    match expr("a[0, 1:3, ::-1, ..., none]") {
        ExprKind::Index(_, items) => assert_eq!(items.len(), 5),
        other => panic!("{other:?}"),
    }
}

#[test]
fn statements() {
    let stmts = parse_ok(
        "x = 3\na[0, 1:3] = 0\nw -= lr * g\nw @= m\np, q = f(x)\nfn f(x, y=2) { return x * y }\nfn sq(x) = x ** 2\n\
         g = fn(x) = x + 1\nif c { 1 } elif d { 2 } else { 3 }\nwhile c { break }\nfor i, v in pairs { continue }\nimport \"h.arr\"",
    );
    assert_eq!(stmts.len(), 12);
    assert!(matches!(
        &stmts[1].kind,
        StmtKind::Assign(Target::Index(..), _)
    ));
    assert!(matches!(
        &stmts[2].kind,
        StmtKind::AugAssign(_, BinOp::Sub, _)
    ));
    assert!(matches!(
        &stmts[3].kind,
        StmtKind::AugAssign(_, BinOp::MatMul, _)
    ));
    assert!(matches!(&stmts[4].kind, StmtKind::Assign(Target::Tuple(t, _), _) if t.len() == 2));
    assert!(
        matches!(&stmts[5].kind, StmtKind::FnDef(v, d) if &*v.name == "f" && d.params.len() == 2)
    );
    assert!(matches!(&stmts[8].kind, StmtKind::If(arms, Some(_)) if arms.len() == 2));
    assert!(matches!(
        &stmts[10].kind,
        StmtKind::For(Target::Tuple(..), _, _)
    ));
    assert!(matches!(&stmts[11].kind, StmtKind::Import(p) if &**p == "h.arr"));
}

#[test]
fn layout_rules() {
    // `;` and newlines end statements; blank lines and comments are ignored;
    // `else` may start a new line.
    let stmts = parse_ok("# c\n\na = 1; b = 2\n\nif a {\n  b\n}\nelse {\n  a\n}\n");
    assert_eq!(stmts.len(), 3);
    // Newlines inside brackets continue the expression.
    assert_eq!(parse_ok("x = f(1,\n      2)").len(), 1);
}

#[test]
fn every_node_has_a_span() {
    let src = "total = a + b";
    let stmts = parse_ok(src);
    let s = &stmts[0];
    assert_eq!(&src[s.span.range()], "total = a + b");
    if let StmtKind::Assign(_, e) = &s.kind {
        assert_eq!(&src[e.span.range()], "a + b");
    }
}

#[test]
fn malformed_input_is_rejected_with_a_position() {
    for (src, at) in [
        ("x = (1, 2", 8),
        ("y = 1 +* 2", 7),
        ("3 = x", 0),
        ("a b", 2),
        ("fn (", 3),
        ("x = }", 4),
    ] {
        let e = parse_program(src, 0).expect_err(src);
        assert_eq!(e.span.start as usize, at, "{src}: {}", e.message);
    }
    assert!(parse_program("x = [1,", 0).unwrap_err().incomplete);
    assert!(!parse_program("x = 1 +* 2", 0).unwrap_err().incomplete);
    assert!(
        parse_program(&"(".repeat(5000), 0).is_err(),
        "deep nesting is refused, not a stack overflow"
    );
}
