//! Python's expressions: `lambda`, `a if c else b`, list/dict/set
//! comprehensions and generator arguments, `in`/`not in`/`is`/`is not`,
//! `^ << >> ~`, sets, calls with `*args`/`**kw`, Python's builtins over
//! iterables, and int64 edges that Python's big integers never meet.

use super::*;

/// Iterables for comprehensions and `for`.
const ITERABLES: &[&str] = &[
    "range(5)",
    "range(0)",
    "range(-3, 3)",
    "range(10, 0, -3)",
    "\"abc\"",
    "\"\"",
    "(1, 2, 3)",
    "(1, \"a\", None)",
    "list(range(4))",
    "[[1, 2], [3, 4]]",
    "arange(4)",
    "zeros((2, 3))",
    "{\"a\": 1, \"b\": 2}",
    "{1, 2, 3}",
    "enumerate(\"xy\")",
    "zip((1, 2), \"ab\")",
    "{\"a\": 1}.items()",
    "range(10**6)",
    "range(2**62)",
    "range(-2**63, 2**63 - 1, 2**62)",
    "reversed((1, 2))",
    "sorted(\"cab\")",
    "map(str, range(3))",
    "filter(None, (0, 1, 2))",
    "set()",
    "()",
];

/// int64 expressions Python's big integers would get right.
const INT_EDGES: &[&str] = &[
    "(-2**63) // -1",
    "(-2**63) % -1",
    "divmod(-2**63, -1)",
    "abs(-2**63)",
    "-(-2**63)",
    "(2**63 - 1) + 1",
    "(-2**63) * -1",
    "1 << 63",
    "1 << 64",
    "1 << -1",
    "-1 >> 64",
    "1 >> 2**62",
    "(2**63 - 1) << 1",
    "~(-2**63)",
    "2 ** 64",
    "(-2) ** 63",
    "pow(2, 63)",
    "pow(2, -1, 5)",
    "pow(3, 4, 0)",
    "pow(-2**63, 2**63 - 1, -1)",
    "pow(2, 2**62, 2**63 - 1)",
    "round(123, -2**62)",
    "round(2**63 - 1, -1)",
    "round(1.5, 2**62)",
    "round(1e308, -308)",
    "round(-2**63, -18)",
    "int(1e19)",
    "int(-9.3e18)",
    "int(float(\"nan\"))",
    "int(\"9\" * 30)",
    "hex(-2**63)",
    "bin(-2**63)",
    "chr(0x110000)",
    "chr(-1)",
    "chr(2**62)",
    "ord(\"\")",
    "hash(-2**63)",
    "(-2**63) // 1.0",
    "divmod(7.5, 0.0)",
    "(-2**63) % 7",
    "math.gcd(-2**63, 0)",
    "math.lcm(-2**63, 3)",
    "math.isqrt(2**63 - 1)",
    "math.comb(2**62, 2)",
    "math.perm(2**62, 3)",
    "math.factorial(25)",
    "math.factorial(10**5)",
    "math.comb(10**6, 5 * 10**5)",
    "math.ldexp(1.0, 2**62)",
    "math.frexp(0.0)",
    "math.fsum([1e308, 1e308, -1e308])",
    "math.prod(range(1, 40))",
    "math.floor(1e300)",
    "math.ceil(float(\"inf\"))",
    "math.trunc(-1e19)",
    "math.log(0)",
    "math.sqrt(-1)",
    "math.pow(0, -1)",
    "(1).bit_length()",
    "(-2**63).bit_length()",
    "True + True",
    "True << 63",
    "~True",
    "sum(range(2**62), 2**62)",
    "sum((2**62, 2**62, 2**62))",
    "max(range(10**7))",
    "len(range(-2**63, 2**63 - 1))",
    "range(-2**63, 2**63 - 1)[-1]",
    "range(2**62)[2**62 - 1:]",
    "range(0, 10, 2**62)[::-1]",
    "list(range(2**63 - 1, -2**63, -2**62))",
];

impl Gen<'_> {
    pub(super) fn iterable(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..10) {
            0..=5 => self.pick(ITERABLES).to_string(),
            6 => self.var_of(Ty::Any).unwrap_or_else(|| "range(3)".into()),
            7 => self
                .var_of(Ty::List)
                .unwrap_or_else(|| "list(range(3))".into()),
            _ => self.expr(Ty::Any, depth + 2),
        }
    }

    /// `x` bound as a comprehension or lambda variable while `f` runs.
    fn with_local<T>(&mut self, names: &[&str], f: impl FnOnce(&mut Self) -> T) -> T {
        let saved = self.vars.len();
        for n in names {
            self.vars.push((n.to_string(), Ty::Any));
        }
        let out = f(self);
        self.vars.truncate(saved);
        out
    }

    /// `for x in IT [if c]` clauses; the names they bind are in scope after.
    fn comp_clauses(&mut self, depth: usize) -> (String, Vec<&'static str>) {
        let mut s = String::new();
        let mut bound: Vec<&'static str> = Vec::new();
        let n = if self.chance(0.2) { 2 } else { 1 };
        for i in 0..n {
            let (target, names): (&str, &[&'static str]) = match (i, self.rng.gen_range(0..5)) {
                (0, 0) => ("k, v", &["k", "v"]),
                (0, 1) => ("x, *r", &["x", "r"]),
                (0, _) => ("x", &["x"]),
                (_, 0) => ("x", &["x"]),
                _ => ("y", &["y"]),
            };
            let it = if i > 0 && self.chance(0.6) {
                let x = bound.first().copied().unwrap_or("x");
                let f = self.pick(&["{}", "range({})", "str({})", "({}, {})"]);
                f.replace("{}", x)
            } else {
                self.with_local(&bound.clone(), |g| g.iterable(depth))
            };
            s.push_str(&format!(" for {target} in {it}"));
            bound.extend_from_slice(names);
            if self.chance(0.35) {
                let v = bound.choose(self.rng).copied().unwrap_or("x");
                let c = match self.rng.gen_range(0..4) {
                    0 => v.to_string(),
                    1 => format!("{v} != 1"),
                    2 => format!("not {v}"),
                    _ => self.with_local(&bound.clone(), |g| g.expr(Ty::Any, depth + 2)),
                };
                s.push_str(&format!(" if {c}"));
            }
        }
        (s, bound)
    }

    /// A comprehension or a call with a generator argument.
    pub(super) fn comprehension(&mut self, depth: usize) -> String {
        let (clauses, bound) = self.comp_clauses(depth);
        let first = bound.first().copied().unwrap_or("x");
        let body = self.with_local(&bound, |g| match g.rng.gen_range(0..6) {
            0 => first.to_string(),
            1 => format!("{first} * 2"),
            2 => format!("({first}, {first})"),
            3 => format!("str({first})"),
            4 => format!("lambda: {first}"),
            _ => g.expr(Ty::Any, depth + 2),
        });
        match self.rng.gen_range(0..8) {
            0 | 1 => format!("[{body}{clauses}]"),
            2 => {
                let v = self.with_local(&bound, |g| g.expr(Ty::Any, depth + 3));
                format!("{{{body}: {v}{clauses}}}")
            }
            3 => format!("{{{body}{clauses}}}"),
            4 => format!("({body}{clauses})"),
            _ => {
                let f = self.pick(&[
                    "sum",
                    "any",
                    "all",
                    "max",
                    "min",
                    "list",
                    "tuple",
                    "sorted",
                    "set",
                    "\"\".join",
                    "\",\".join",
                    "len",
                    "dict",
                    "enumerate",
                    "print",
                    "zeros",
                    "array",
                ]);
                format!("{f}({body}{clauses})")
            }
        }
    }

    pub(super) fn lambda(&mut self, depth: usize) -> String {
        let (params, names): (&str, &[&str]) = match self.rng.gen_range(0..8) {
            0 => ("", &[]),
            1 | 2 => ("x", &["x"]),
            3 => ("x, y=2", &["x", "y"]),
            4 => ("*a, **k", &["a", "k"]),
            5 => ("x, *, k=None", &["x", "k"]),
            6 => ("x=[]", &["x"]),
            _ => ("x, y", &["x", "y"]),
        };
        let body = self.with_local(names, |g| match g.rng.gen_range(0..6) {
            0 => "lambda y: y".into(),
            1 if !names.is_empty() => format!("{} + 1", names[0]),
            2 => format!("({})", g.comprehension(depth + 1)),
            _ => g.expr(Ty::Any, depth + 2),
        });
        format!("lambda {params}: {body}")
    }

    /// A call with `*args`/`**kw` unpacked.
    pub(super) fn star_call(&mut self, depth: usize) -> String {
        let f = match self.rng.gen_range(0..5) {
            0 => self
                .funcs
                .choose(self.rng)
                .map(|(n, _)| n.clone())
                .unwrap_or_else(|| "print".into()),
            1 => self
                .pick(&[
                    "print", "max", "min", "zip", "zeros", "dict", "sorted", "map",
                ])
                .into(),
            2 => {
                let l = self.lambda(depth + 1);
                format!("({l})")
            }
            _ => format!("({})", self.func(depth + 1)),
        };
        let mut args = Vec::new();
        for _ in 0..self.rng.gen_range(0..3) {
            args.push(self.expr(Ty::Any, depth + 2));
        }
        let star = match self.rng.gen_range(0..6) {
            0 => self.iterable(depth),
            1 => "range(10**7)".into(),
            2 => self.pick(&["1", "None", "[]", "\"ab\""]).into(),
            _ => self.var_of(Ty::Any).unwrap_or_else(|| "(1, 2)".into()),
        };
        args.push(format!("*{star}"));
        if self.chance(0.5) {
            let kw = match self.rng.gen_range(0..5) {
                0 => "{\"y\": 1}".to_string(),
                1 => "{1: 2}".into(),
                2 => "{\"sep\": \"\", \"end\": None}".into(),
                3 => "[]".into(),
                _ => self.var_of(Ty::Dict).unwrap_or_else(|| "{}".into()),
            };
            args.push(format!("**{kw}"));
        }
        if self.chance(0.3) {
            let v = self.expr(Ty::Any, depth + 2);
            args.push(format!("key={v}"));
        }
        format!("{f}({})", args.join(", "))
    }

    /// A builtin of Python's kind with a callable argument.
    pub(super) fn py_builtin(&mut self, depth: usize) -> String {
        let it = self.iterable(depth);
        let key = match self.rng.gen_range(0..5) {
            0 => "lambda v: -v".to_string(),
            1 => "lambda v: str(v)".into(),
            2 => "len".into(),
            3 => "lambda v: (v, v)".into(),
            _ => self.lambda(depth + 1),
        };
        match self.rng.gen_range(0..14) {
            0 => format!("sorted({it}, key={key}, reverse=True)"),
            1 => format!("max({it}, key={key}, default=None)"),
            2 => format!("min({it}, key={key})"),
            3 => format!("list(map({key}, {it}))"),
            4 => format!("list(filter({key}, {it}))"),
            5 => format!("dict(zip({it}, {it}))"),
            6 => format!("list(enumerate({it}, start=2**63 - 1))"),
            7 => {
                let c = self.pick(&[
                    "int",
                    "str",
                    "list",
                    "dict",
                    "Exception",
                    "(int, str)",
                    "object",
                    "bool",
                    "float",
                    "type",
                    "5",
                ]);
                format!("isinstance({it}, {c})")
            }
            8 => {
                let a = self.pick(&[
                    "\"shape\"",
                    "\"x\"",
                    "\"__class__\"",
                    "\"append\"",
                    "\"\"",
                    "5",
                ]);
                let f = self.pick(&["getattr", "hasattr"]);
                format!("{f}({it}, {a})")
            }
            9 => format!(
                "sum({it}, {})",
                self.pick(&["0", "[]", "()", "\"\"", "0.0", "2**63 - 1"])
            ),
            10 => format!(
                "set({it}) {} set({it})",
                self.pick(&["|", "&", "-", "^", "<=", "<", "=="])
            ),
            11 => format!("iter({it})"),
            12 => format!("zip(*{it})"),
            _ => format!("dict.fromkeys({it})"),
        }
    }

    /// Operators new to arr: membership, identity, bits, sets, ternaries.
    pub(super) fn py_op(&mut self, depth: usize) -> String {
        let a = self.expr(Ty::Any, depth + 1);
        let b = self.expr(Ty::Any, depth + 1);
        match self.rng.gen_range(0..10) {
            0 => {
                let op = self.pick(&["in", "not in", "is", "is not"]);
                format!("({a}) {op} ({b})")
            }
            1 => {
                let c = self.cond();
                format!("({a} if {c} else {b})")
            }
            2 => {
                let op = self.pick(&["^", "<<", ">>", "&", "|"]);
                let x = self.expr(Ty::Int, depth + 1);
                let y = self.pick(&["0", "1", "3", "63", "64", "-1", "2**62", "x"]);
                let y = if y == "x" { b } else { y.to_string() };
                format!("({x}) {op} ({y})")
            }
            3 => {
                let op = self.pick(&["~", "-", "not ", "+"]);
                format!("{op}({a})")
            }
            4 => {
                let x = self.expr(Ty::Int, depth + 1);
                let y = self.expr(Ty::Int, depth + 1);
                let ops = ["<", "<=", "==", "!=", "is", "in", ">"];
                let o1 = *ops.choose(self.rng).unwrap_or(&"<");
                let o2 = *ops.choose(self.rng).unwrap_or(&"<");
                format!("{x} {o1} {y} {o2} ({a})")
            }
            5 => {
                let s = self.set_expr(depth);
                let op = self.pick(&["|", "&", "-", "^", "<=", ">=", "<", "==", "in"]);
                format!("({s}) {op} ({b})")
            }
            6 => self.pick(INT_EDGES).to_string(),
            7 => format!("({a}) ^ ({b})"),
            8 => format!("({a}) << ({b})"),
            _ => format!("({a}) >> ({b})"),
        }
    }

    pub(super) fn set_expr(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..8) {
            0 => "set()".into(),
            1 => {
                let a = self.expr(Ty::Any, depth + 2);
                let b = self.expr(Ty::Any, depth + 2);
                format!("{{{a}, {b}}}")
            }
            2 => self
                .pick(&[
                    "{1, 2, 3}",
                    "{\"a\", \"b\"}",
                    "{(1, 2), None, 1.0, True}",
                    "{float(\"nan\"), float(\"nan\")}",
                    "{0, -0.0, False}",
                    "{[1]}",
                    "{ {1} }",
                ])
                .into(),
            3 => {
                let it = self.iterable(depth);
                format!("set({it})")
            }
            4 => {
                let s = self.var_of(Ty::Set).unwrap_or_else(|| "{1}".into());
                let m = self.pick(&[
                    "union",
                    "intersection",
                    "difference",
                    "symmetric_difference",
                    "issubset",
                    "issuperset",
                    "isdisjoint",
                    "copy",
                    "pop",
                    "add",
                    "discard",
                    "remove",
                    "update",
                    "clear",
                ]);
                let it = self.iterable(depth);
                let arg = if matches!(m, "copy" | "pop" | "clear") {
                    String::new()
                } else {
                    it
                };
                format!("{s}.{m}({arg})")
            }
            5 => self.var_of(Ty::Set).unwrap_or_else(|| "{2, 3}".into()),
            6 => format!("{{{}}}", self.comprehension(depth + 1)),
            _ => {
                let (c, _) = self.comp_clauses(depth);
                format!("{{x{c}}}")
            }
        }
    }

    /// Any of the expressions above: what `expr` draws for Python's spelling.
    pub(super) fn py_expr(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..12) {
            0 | 1 => self.comprehension(depth),
            2 => {
                let l = self.lambda(depth);
                let a = self.expr(Ty::Any, depth + 1);
                format!("({l})({a})")
            }
            3 | 4 => self.py_op(depth),
            5 | 6 => self.py_str_expr(depth),
            7 => self.star_call(depth),
            8 | 9 => self.py_builtin(depth),
            10 => self.set_expr(depth),
            _ => self.pick(&["True", "False", "None", "__name__"]).into(),
        }
    }

    /// Python's spelling drawn for a typed expression, now and then.
    pub(super) fn py_typed(&mut self, ty: Ty, depth: usize) -> Option<String> {
        let p = match ty {
            Ty::Any => 0.25,
            Ty::Str => 0.5,
            Ty::Func => 0.4,
            Ty::List | Ty::Dict => 0.25,
            Ty::Int => 0.15,
            _ => 0.0,
        };
        if !self.chance(p) {
            return None;
        }
        Some(match ty {
            Ty::Str => self.py_str_expr(depth),
            Ty::Func => self.lambda(depth),
            Ty::List | Ty::Dict => self.comprehension(depth),
            Ty::Int => self.py_op(depth),
            _ => self.py_expr(depth),
        })
    }
}
