//! Statements: blocks, control flow, definitions, and the statements that
//! aim at weak spots (deep nesting, huge sizes, tensors, files).

use super::*;

impl Gen<'_> {
    pub(super) fn stmt(&mut self, depth: usize) -> String {
        let nested = depth < 2;
        if self.chance(0.4) {
            return self.py_stmt(depth);
        }
        match self.rng.gen_range(0..100) {
            0..=29 => {
                let ty = self.any_ty();
                let e = self.expr(ty, 0);
                let v = self.bind(ty);
                format!("{v} = {e}")
            }
            30..=37 => {
                let e = self.expr(Ty::Any, 0);
                if self.chance(0.5) {
                    format!("print({e})")
                } else {
                    e
                }
            }
            38..=44 => self.index_assign(),
            45..=48 => self.aug_assign(),
            49..=53 if nested => self.if_stmt(depth),
            54..=58 if nested => self.for_stmt(depth),
            59..=60 if nested => self.while_stmt(depth),
            61..=65 => self.fn_def(depth),
            66..=68 => self.recursion(),
            69..=70 => self.closure(),
            71..=74 => self.method_stmt(),
            75..=76 => self.deep(),
            77..=82 => self.huge(),
            83..=84 => self.tensor_stmt(),
            85..=86 => self.import(),
            87..=92 => self.io_stmt(),
            93..=95 => {
                // a call of a generated builtin, kept
                let e = self.builtin_call(1);
                let v = self.bind(Ty::Any);
                format!("{v} = {e}")
            }
            _ => {
                let e = self.expr(Ty::Array, 0);
                let v = self.bind(Ty::Array);
                format!("{v} = {e}")
            }
        }
    }

    pub(super) fn any_ty(&mut self) -> Ty {
        *[
            Ty::Array,
            Ty::Array,
            Ty::Array,
            Ty::Array,
            Ty::Int,
            Ty::Float,
            Ty::Str,
            Ty::List,
            Ty::Dict,
            Ty::Tuple,
            Ty::Func,
            Ty::Set,
            Ty::Any,
        ]
        .choose(self.rng)
        .unwrap_or(&Ty::Array)
    }

    pub(super) fn block(&mut self, depth: usize) -> String {
        let n = self.rng.gen_range(0..=3);
        let body: Vec<String> = (0..n).map(|_| self.stmt(depth + 1)).collect();
        if body.iter().any(|s| s.contains('\n')) || self.chance(0.3) {
            format!("{{\n{}\n}}", body.join("\n"))
        } else {
            format!("{{ {} }}", body.join("; "))
        }
    }

    pub(super) fn if_stmt(&mut self, depth: usize) -> String {
        let c = self.cond();
        let mut s = format!("if {c} {}", self.block(depth));
        if self.chance(0.3) {
            let c2 = self.cond();
            s.push_str(&format!(" elif {c2} {}", self.block(depth)));
        }
        if self.chance(0.4) {
            // `else` on the line after `}` is allowed
            let sep = if self.chance(0.3) { "\n" } else { " " };
            s.push_str(&format!("{sep}else {}", self.block(depth)));
        }
        s
    }

    pub(super) fn cond(&mut self) -> String {
        match self.rng.gen_range(0..6) {
            0 => "true".into(),
            1 => "false".into(),
            2 => self.expr(Ty::Any, 2),
            3 => {
                let a = self.expr(Ty::Int, 2);
                let b = self.expr(Ty::Int, 2);
                format!("{a} < {b}")
            }
            4 => {
                let a = self.expr(Ty::Array, 2);
                format!("any({a} > 0)")
            }
            _ => {
                let a = self.expr(Ty::Any, 2);
                let b = self.expr(Ty::Any, 2);
                format!("{a} == {b}")
            }
        }
    }

    pub(super) fn for_stmt(&mut self, depth: usize) -> String {
        let it = match self.rng.gen_range(0..9) {
            0 => format!("range({})", self.rng.gen_range(0..6)),
            1 => "range(10**12)".into(),
            2 => self.expr(Ty::Array, 2),
            3 => self.expr(Ty::List, 2),
            4 => "\"abc\"".into(),
            5 => self.expr(Ty::Dict, 2),
            6 => "zeros((0, 3))".into(),
            7 => self.expr(Ty::Tuple, 2),
            _ => self.expr(Ty::Any, 2),
        };
        let v = self.bind(Ty::Any);
        let target = if self.chance(0.15) {
            let w = self.bind(Ty::Any);
            format!("{v}, {w}")
        } else {
            v
        };
        let mut body = self.block(depth);
        if self.chance(0.3) {
            body = body.replacen('{', "{ if true { break }; ", 1);
        }
        format!("for {target} in {it} {body}")
    }

    pub(super) fn while_stmt(&mut self, depth: usize) -> String {
        let i = self.fresh("i");
        let n = self.pick(&["0", "1", "3", "10", "1000", "10**7"]);
        let body = self.block(depth);
        let body = body.replacen('{', &format!("{{ {i} += 1; "), 1);
        format!("{i} = 0\nwhile {i} < {n} {body}")
    }

    pub(super) fn index_assign(&mut self) -> String {
        let v = match self.var_of(Ty::Array) {
            Some(v) => v,
            None => {
                let e = self.array_atom();
                let v = self.bind(Ty::Array);
                return format!("{v} = {e}");
            }
        };
        let sub = self.subscript();
        let e = self.expr(Ty::Any, 1);
        format!("{v}[{sub}] = {e}")
    }

    pub(super) fn aug_assign(&mut self) -> String {
        let v = self.var_of(Ty::Any).unwrap_or_else(|| "x".into());
        let op = self.pick(&["+=", "-=", "*=", "/=", "@="]);
        let e = self.expr(Ty::Any, 1);
        format!("{v} {op} {e}")
    }

    pub(super) fn fn_def(&mut self, depth: usize) -> String {
        let name = self.fresh("f");
        let arity = self.rng.gen_range(0..=3);
        let mut defaults = false;
        let params: Vec<String> = (0..arity)
            .map(|i| {
                defaults = defaults || (i > 0 && self.chance(0.3));
                if defaults {
                    let d = self.expr(Ty::Any, 3);
                    format!("p{i}={d}")
                } else {
                    format!("p{i}")
                }
            })
            .collect();
        // The parameters are in scope in the body.
        let saved = self.vars.len();
        for i in 0..arity {
            self.vars.push((format!("p{i}"), Ty::Any));
        }
        let def = if self.chance(0.5) {
            let e = self.expr(Ty::Any, 1);
            format!("fn {name}({}) = {e}", params.join(", "))
        } else {
            let mut body = self.block(depth);
            let r = self.expr(Ty::Any, 2);
            // the body's closing brace is its last character
            body.pop();
            body.push_str(&format!("\nreturn {r}\n}}"));
            format!("fn {name}({}) {body}", params.join(", "))
        };
        self.vars.truncate(saved);
        self.funcs.push((name.clone(), arity));
        let args: Vec<String> = (0..arity).map(|_| self.expr(Ty::Any, 2)).collect();
        let v = self.bind(Ty::Any);
        format!("{def}\n{v} = {name}({})", args.join(", "))
    }

    pub(super) fn recursion(&mut self) -> String {
        let f = self.fresh("rec");
        let n = self.pick(&["5", "100", "999", "1000", "1001", "5000", "100000", "10**9"]);
        let base = self.expr(Ty::Any, 3);
        let op = self.pick(&["+", "*", "-", "@"]);
        let body = match self.rng.gen_range(0..3) {
            0 => format!("fn {f}(n) {{ if n <= 0 {{ return {base} }}; return {f}(n - 1) {op} 1 }}"),
            1 => format!("fn {f}(n) = {f}(n + 1)"),
            _ => format!("fn {f}(n) = -(-{f}(n - 1))"),
        };
        let v = self.bind(Ty::Any);
        format!("{body}\n{v} = {f}({n})")
    }

    pub(super) fn closure(&mut self) -> String {
        let mk = self.fresh("mk");
        let g = self.fresh("g");
        let e = self.expr(Ty::Any, 2);
        let arg = self.expr(Ty::Any, 2);
        let v = self.bind(Ty::Any);
        match self.rng.gen_range(0..3) {
            0 => format!(
                "fn {mk}(a) {{ return fn(x) = x + a }}\n{g} = {mk}({e})\n{v} = {g}({arg})"
            ),
            1 => format!(
                "fn {mk}() {{ c = 0; fn inc() {{ c = c + 1; return c }}; return inc }}\n{g} = {mk}()\n{g}()\n{v} = {g}()"
            ),
            _ => format!("{g} = fn(x) = fn(y) = x * y + {e}\n{v} = {g}({arg})({arg})"),
        }
    }

    pub(super) fn method_stmt(&mut self) -> String {
        match self.rng.gen_range(0..6) {
            0 => {
                let l = self.bind(Ty::List);
                let x = self.expr(Ty::Any, 2);
                let y = self.expr(Ty::Any, 2);
                format!("{l} = [{x}, \"s\", none]\n{l}.append({y})\n{l}.extend([{x}])\n{l}.pop()")
            }
            1 => {
                let d = self.bind(Ty::Dict);
                let k = self.expr(Ty::Any, 2);
                let x = self.expr(Ty::Any, 2);
                format!("{d} = {{\"k\": {x}, 1: 2}}\n{d}[{k}] = {x}\n{d}.get({k})\n{d}.items()")
            }
            2 => {
                let a = self.var_of(Ty::Array).unwrap_or_else(|| "arange(5)".into());
                format!("shuffle({a})")
            }
            3 => {
                let a = self.expr(Ty::Array, 1);
                let m = self.pick(&[
                    "sum", "mean", "max", "min", "argmax", "std", "var", "prod", "cumsum", "any",
                    "all", "ravel", "flatten", "copy",
                ]);
                let ax = self.axis();
                format!("({a}).{m}(axis={ax})")
            }
            4 => {
                let a = self.expr(Ty::Array, 1);
                let s = self.shape();
                format!("({a}).reshape({s})")
            }
            _ => {
                let a = self.expr(Ty::Array, 1);
                let attr = self.pick(&["T", "shape", "ndim", "size", "dtype", "nope"]);
                format!("({a}).{attr}")
            }
        }
    }

    /// Deep nesting of one construct.
    pub(super) fn deep(&mut self) -> String {
        // Mostly moderate: the deepest are slow to run.
        let n: usize = *[10, 30, 50, 100, 100, 300, 300, 1000, 3000, 10000, 30000]
            .choose(self.rng)
            .unwrap_or(&50);
        let v = self.bind(Ty::Any);
        match self.rng.gen_range(0..12) {
            0 => format!("{v} = {}1", "-".repeat(n)),
            1 => format!("{v} = {}1{}", "(".repeat(n), ")".repeat(n)),
            2 => format!("{v} = {}1{}", "[".repeat(n), "]".repeat(n)),
            3 => format!("{v} = 1{}", "+1".repeat(n)),
            4 => format!("{v} = {}x", "fn(x) = ".repeat(n)),
            5 => format!("{v} = {}true", "not ".repeat(n)),
            6 => format!("{v} = {}1{}", "abs(".repeat(n), ")".repeat(n)),
            7 => format!("{v} = [none]\nfor i in range({n}) {{ {v} = [{v}, none] }}\nstr({v})"),
            8 => format!("{v} = {{}}\nfor i in range({n}) {{ {v} = {{\"k\": {v}}} }}\n{v} == {v}"),
            9 => format!("{v} = {}1{}", "{\"k\": ".repeat(n), "}".repeat(n)),
            10 => format!("{v} = ones(1)\nfor i in range({n}) {{ {v} = [{v}] }}\n{v}.ndim"),
            _ => format!("{v} = {}1", "1 if True else ".repeat(n.min(3000))),
        }
    }

    /// A call that asks for far more memory than there is.
    pub(super) fn huge(&mut self) -> String {
        let big = self.pick(&[
            "10**10",
            "10**12",
            "2**31",
            "2**32",
            "2**40",
            "2**62",
            "2**63 - 1",
            "10**18",
        ]);
        let a = self.expr(Ty::Array, 2);
        let e = match self.rng.gen_range(0..25) {
            0 => format!("zeros({big})"),
            1 => format!("ones(({big}, {big}))"),
            2 => format!("arange({big})"),
            3 => format!("repeat({a}, {big})"),
            4 => format!("tile({a}, ({big}, {big}))"),
            5 => format!("eye({big})"),
            6 => format!("linspace(0, 1, {big})"),
            7 => format!("list(range({big}))"),
            8 => format!("rand({big}, {big})"),
            9 => format!("full(({big},), 1.5)"),
            10 => format!("randint(0, 5, size=({big},))"),
            11 => format!("choice({big}, {big})"),
            12 => format!("split({a}, {big})"),
            13 => format!("to_categorical(zeros(3, dtype=int), {big})"),
            14 => format!("reshape({a}, ({big}, -1))"),
            15 => format!("expand_dims({a}, {big})"),
            16 => "zeros((2**31, 2**31, 2**31))".into(),
            17 => format!("ones({big}, dtype=bool)"),
            18 => "outer(arange(10**5), arange(10**5))".into(),
            19 => format!("tuple(range({big}))"),
            20 => format!("{a}[::{big}]"),
            21 => {
                // a reduction whose result is huge though its input is empty
                let r = self.pick(&["sum", "prod", "mean", "std", "any", "all", "norm", "cumsum"]);
                format!("{r}(zeros(({big}, 0)), axis=1)")
            }
            22 if self.chance(0.25) => {
                // batched linear algebra over a huge batch of empty matrices
                // (rare: it runs for seconds)
                let f = self.pick(&[
                    "inv",
                    "det",
                    "svd",
                    "qr",
                    "eigh",
                    "pinv",
                    "cholesky",
                    "matrix_rank",
                ]);
                format!("{f}(zeros(({big}, 0, 0)))")
            }
            23 => format!("zeros(({big}, 0)) + zeros(({big}, 1))"),
            _ => format!("zeros(({big}, 0))"),
        };
        let v = self.bind(Ty::Array);
        format!("{v} = {e}")
    }

    pub(super) fn tensor_stmt(&mut self) -> String {
        let a = self.expr(Ty::Array, 2);
        let t = self.bind(Ty::Tensor);
        match self.rng.gen_range(0..7) {
            0 => format!("{t} = tensor({a}, requires_grad=true)\n{t}.sum().backward()\n{t}.grad"),
            1 => {
                let d = self.dim();
                let act = self.pick(&[
                    "\"relu\"",
                    "\"softmax\"",
                    "\"sigmoid\"",
                    "\"linear\"",
                    "\"bogus\"",
                    "relu",
                    "fn(x) = x * sigmoid(x)",
                ]);
                format!(
                    "{t} = Sequential([Dense({d}, activation={act}, input_shape=(3,)), Dense(2)])\n{t}.compile(optimizer=\"adam\", loss=\"mse\")\n{t}.fit(rand(8, 3), rand(8, 2), epochs=1, verbose=0)\n{t}.predict({a})"
                )
            }
            2 => format!("{t} = grad(fn(x) = sum(x ** 2))({a})"),
            3 => format!("{t} = value_and_grad(fn(x) = mean(x))({a})"),
            4 => {
                let s = self.shape();
                format!("{t} = tensor({a})\n{t}.reshape({s})")
            }
            5 => {
                let sub = self.subscript();
                format!("{t} = tensor({a})\n{t}[{sub}]")
            }
            _ => {
                let k = self.dim();
                format!(
                    "{t} = Sequential([Conv2D(2, {k}, input_shape=(4, 4, 1)), MaxPool2D({k}), Flatten(), Dense(1)])\n{t}.predict(rand(1, 4, 4, 1))"
                )
            }
        }
    }

    pub(super) fn import(&mut self) -> String {
        let f = self.pick(&[
            "bad/self_import.arr",
            "bad/cycle_a.arr",
            "bad/invalid_utf8.arr",
            "bad/nul.arr",
            "bad/bom.arr",
            "bad/syntax_err_import.arr",
            "bad/runtime_err_import.arr",
            "bad/adir.arr",
            "missing.arr",
            "",
        ]);
        format!("import \"{f}\"")
    }

    pub(super) fn path(&mut self) -> String {
        match self.rng.gen_range(0..10) {
            0..=5 => {
                let f = self
                    .cat
                    .bad_files
                    .choose(self.rng)
                    .cloned()
                    .unwrap_or_default();
                format!("\"bad/{f}\"")
            }
            6 => {
                let d = self
                    .cat
                    .bad_dirs
                    .choose(self.rng)
                    .cloned()
                    .unwrap_or_default();
                format!("\"bad/{d}\"")
            }
            7 => self
                .pick(&[
                    "\"out.npy\"",
                    "\"out.npz\"",
                    "\"out.csv\"",
                    "\"out.safetensors\"",
                ])
                .to_string(),
            8 => self
                .pick(&["\"/dev/zero\"", "\"/dev/null\"", "\"/dev/full\""])
                .to_string(),
            _ => self
                .pick(&["\"\"", "\".\"", "\"bad\"", "\"bad/\"", "\"missing.npy\""])
                .to_string(),
        }
    }

    pub(super) fn io_stmt(&mut self) -> String {
        let p = self.path();
        let a = self.expr(Ty::Array, 2);
        let v = self.bind(Ty::Any);
        match self.rng.gen_range(0..9) {
            0 | 1 => format!("{v} = load({p})"),
            2 => {
                let d = self.pick(&["\",\"", "\";\"", "\"\"", "\"ab\"", "\"\\n\""]);
                let skip = self.int_atom();
                format!("{v} = load_csv({p}, delimiter={d}, skiprows={skip})")
            }
            3 => format!("{v} = load_csv({p})"),
            4 => format!("save(\"out.npy\", {a})\n{v} = load(\"out.npy\")"),
            5 => format!("savez(\"out.npz\", {a}, b={a})\n{v} = load(\"out.npz\")"),
            6 => format!("save_csv(\"out.csv\", {a})\n{v} = load_csv(\"out.csv\")"),
            7 => format!("{v} = load_mnist({p})"),
            _ => format!(
                "{v} = Sequential([Dense(2, input_shape=(3,))])\n{v}.load({p})\n{v}.save(\"out.safetensors\")"
            ),
        }
    }

    // ------------------------------------------------------------ expressions
}
