//! The program generator: random arr programs over the grammar of
//! `grammar/arr.lalrpop` and the builtins an `arr::Engine` defines (their
//! parameter names read from the first line of each builtin's doc). Weight
//! goes to what breaks interpreters of array languages: shape manipulation,
//! creation, indexing, linear algebra, reading corrupt files, deep nesting,
//! huge sizes, extreme integers and floats, strings, lists, dicts, closures
//! and recursion.

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::Rng;

/// A builtin's parameters, from `name(a, b=1, *shape, **named)`.
#[derive(Clone, Debug)]
pub struct Sig {
    pub name: String,
    pub params: Vec<Param>,
    pub weight: u32,
}

#[derive(Clone, Debug)]
pub struct Param {
    pub name: String,
    pub optional: bool,
    /// 1 for `*args`, 2 for `**kwargs`.
    pub star: u8,
}

/// What the generator knows of the language's names.
pub struct Catalog {
    pub sigs: Vec<Sig>,
    total_weight: u32,
    /// Script functions of the prelude (`mse`, `softmax`, ...).
    pub prelude: Vec<String>,
    /// Other predefined names (`pi`, `inf`, `float32`, ...).
    pub constants: Vec<String>,
    /// Files under `bad/` (see `tests/regress/bad_files.rs`).
    pub bad_files: Vec<String>,
    pub bad_dirs: Vec<String>,
}

/// Relative weights of builtin families.
fn weight(name: &str) -> u32 {
    const SHAPE: &[&str] = &[
        "reshape",
        "ravel",
        "flatten",
        "transpose",
        "expand_dims",
        "squeeze",
        "concatenate",
        "stack",
        "vstack",
        "hstack",
        "split",
        "tile",
        "repeat",
        "where",
        "clip",
    ];
    const CREATE: &[&str] = &[
        "array",
        "zeros",
        "ones",
        "full",
        "zeros_like",
        "ones_like",
        "arange",
        "linspace",
        "eye",
        "identity",
        "copy",
        "to_categorical",
    ];
    const LINALG: &[&str] = &[
        "dot",
        "matmul",
        "outer",
        "inner",
        "trace",
        "inv",
        "det",
        "solve",
        "lstsq",
        "eig",
        "eigh",
        "svd",
        "qr",
        "cholesky",
        "norm",
        "pinv",
        "matrix_rank",
    ];
    const IO: &[&str] = &[
        "load",
        "load_csv",
        "save",
        "save_csv",
        "savez",
        "load_mnist",
    ];
    const REDUCE: &[&str] = &[
        "sum",
        "prod",
        "mean",
        "std",
        "var",
        "min",
        "max",
        "argmin",
        "argmax",
        "any",
        "all",
        "cumsum",
        "median",
        "percentile",
        "sort",
        "argsort",
        "unique",
    ];
    const RANDOM: &[&str] = &[
        "rand",
        "randn",
        "randint",
        "uniform",
        "normal",
        "permutation",
        "shuffle",
        "choice",
    ];
    const SLOW_OR_DULL: &[&str] = &["help", "perf_counter", "seed", "print"];
    if SHAPE.contains(&name) || LINALG.contains(&name) {
        8
    } else if CREATE.contains(&name) {
        6
    } else if REDUCE.contains(&name) || RANDOM.contains(&name) || IO.contains(&name) {
        4
    } else if SLOW_OR_DULL.contains(&name) {
        1
    } else {
        2
    }
}

/// Parses the first line of a builtin's doc; the last form where there are
/// several (`arange(stop) / arange(start, stop, step=1, dtype=none)`).
pub fn parse_sig(name: &str, doc: &str) -> Sig {
    let first = doc.lines().next().unwrap_or("");
    let form = first.rsplit(" / ").next().unwrap_or(first);
    let inner = match (form.find('('), form.rfind(')')) {
        (Some(a), Some(b)) if b > a => &form[a + 1..b],
        _ => "",
    };
    let mut params = Vec::new();
    let mut depth = 0i32;
    let mut cur = String::new();
    let mut pieces = Vec::new();
    for c in inner.chars() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => {
                pieces.push(std::mem::take(&mut cur));
                continue;
            }
            _ => {}
        }
        cur.push(c);
    }
    pieces.push(cur);
    for p in pieces {
        let p = p.trim().trim_matches(|c| c == '[' || c == ']').trim();
        if p.is_empty() || p == "*" || p == "/" || p.starts_with("...") {
            continue;
        }
        let (star, rest) = if let Some(r) = p.strip_prefix("**") {
            (2, r)
        } else if let Some(r) = p.strip_prefix('*') {
            (1, r)
        } else {
            (0, p)
        };
        let (pname, optional) = match rest.split_once('=') {
            Some((n, _)) => (n.trim(), true),
            None => (rest.trim(), star > 0),
        };
        let pname: String = pname
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        if pname.is_empty() {
            continue;
        }
        params.push(Param {
            name: pname,
            optional,
            star,
        });
    }
    Sig {
        name: name.to_string(),
        params,
        weight: weight(name),
    }
}

impl Catalog {
    /// What a fresh engine defines.
    pub fn from_engine(bad_files: &[&str], bad_dirs: &[&str]) -> Catalog {
        let engine = arr::Engine::new();
        let mut sigs = Vec::new();
        let mut prelude = Vec::new();
        let mut constants = Vec::new();
        let mut names = engine.global_names();
        names.sort();
        names.dedup();
        for name in names {
            if name == "argv" {
                continue;
            }
            if let Some(doc) = engine.builtin_doc(&name) {
                sigs.push(parse_sig(&name, doc));
            } else {
                match engine.get(&name) {
                    Some(arr::Value::Func(_)) => prelude.push(name),
                    Some(_) => constants.push(name),
                    None => {}
                }
            }
        }
        let total_weight = sigs.iter().map(|s| s.weight).sum();
        Catalog {
            sigs,
            total_weight,
            prelude,
            constants,
            bad_files: bad_files.iter().map(|s| s.to_string()).collect(),
            bad_dirs: bad_dirs.iter().map(|s| s.to_string()).collect(),
        }
    }

    fn pick_sig(&self, rng: &mut SmallRng) -> &Sig {
        let mut x = rng.gen_range(0..self.total_weight.max(1));
        for s in &self.sigs {
            if x < s.weight {
                return s;
            }
            x -= s.weight;
        }
        &self.sigs[0]
    }

    pub fn sig(&self, name: &str) -> Option<&Sig> {
        self.sigs.iter().find(|s| s.name == name)
    }
}

#[derive(Clone, Copy, Debug, PartialEq)]
enum Ty {
    Array,
    Int,
    Float,
    Str,
    List,
    Dict,
    Tuple,
    Func,
    Tensor,
    Any,
}

pub struct Gen<'a> {
    rng: &'a mut SmallRng,
    cat: &'a Catalog,
    vars: Vec<(String, Ty)>,
    funcs: Vec<(String, usize)>,
    next: usize,
    /// Expression nodes left for this program.
    budget: i32,
}

const INTS: &[&str] = &[
    "0",
    "1",
    "-1",
    "2",
    "3",
    "4",
    "5",
    "7",
    "8",
    "10",
    "16",
    "100",
    "255",
    "256",
    "1000",
    "2**31 - 1",
    "2**31",
    "2**32",
    "2**53 + 1",
    "2**62",
    "2**63 - 1",
    "-2**63",
    "-2**62",
    "10**6",
    "10**9",
    "10**12",
    "10**18",
    "-10**12",
    "9223372036854775807",
    "-9223372036854775807 - 1",
];

const FLOATS: &[&str] = &[
    "0.0",
    "-0.0",
    "0.5",
    "1.5",
    "-1.0",
    "2.5",
    "1e-300",
    "5e-324",
    "1e308",
    "1.7976931348623157e308",
    "inf",
    "-inf",
    "nan",
    "3.14",
    "1e20",
    "1e-7",
    "-1e308",
    "0.1",
];

const STRS: &[&str] = &[
    "\"\"",
    "\"a\"",
    "\"abc\"",
    "\"\\n\"",
    "\"\\0\"",
    "\"é\"",
    "\"float32\"",
    "\"float64\"",
    "\"int64\"",
    "\"int8\"",
    "\"bool\"",
    "\"complex128\"",
    "\"nuc\"",
    "\"fro\"",
    "\"relu\"",
    "\"softmax\"",
    "\"sigmoid\"",
    "\"linear\"",
    "\"adam\"",
    "\"sgd\"",
    "\"mse\"",
    "\"categorical_crossentropy\"",
    "\"same\"",
    "\"valid\"",
    "\"cuda\"",
    "\"cpu\"",
    "\",\"",
    "\";\"",
    "\"ab\"",
];

const DTYPES: &[&str] = &[
    "int",
    "float",
    "bool",
    "float32",
    "float64",
    "int64",
    "\"float32\"",
    "\"int64\"",
    "\"int8\"",
    "\"uint8\"",
    "\"complex\"",
    "\"nonsense\"",
    "none",
    "3",
];

impl<'a> Gen<'a> {
    pub fn new(rng: &'a mut SmallRng, cat: &'a Catalog) -> Gen<'a> {
        Gen {
            rng,
            cat,
            vars: Vec::new(),
            funcs: Vec::new(),
            next: 0,
            budget: 0,
        }
    }

    fn chance(&mut self, p: f64) -> bool {
        self.rng.gen_bool(p.clamp(0.0, 1.0))
    }

    fn pick<'b>(&mut self, xs: &'b [&'b str]) -> &'b str {
        xs.choose(self.rng).copied().unwrap_or("0")
    }

    fn fresh(&mut self, prefix: &str) -> String {
        self.next += 1;
        format!("{prefix}{}", self.next)
    }

    fn var_of(&mut self, ty: Ty) -> Option<String> {
        let c: Vec<&String> = self
            .vars
            .iter()
            .filter(|(_, t)| *t == ty || ty == Ty::Any)
            .map(|(n, _)| n)
            .collect();
        c.choose(self.rng).map(|s| s.to_string())
    }

    /// A whole program: a few statements, one per line.
    pub fn program(&mut self) -> String {
        self.vars.clear();
        self.funcs.clear();
        self.next = 0;
        self.budget = self.rng.gen_range(20..120);
        let mut lines = Vec::new();
        if self.chance(0.2) {
            lines.push(format!("seed({})", self.rng.gen_range(0..100)));
        }
        let n = self.rng.gen_range(1..=8);
        for _ in 0..n {
            lines.push(self.stmt(0));
        }
        if let Some(v) = self.var_of(Ty::Any) {
            if self.chance(0.5) {
                lines.push(match self.rng.gen_range(0..4) {
                    0 => format!("print({v})"),
                    1 => format!("str({v})"),
                    2 => format!("repr({v})"),
                    _ => v,
                });
            }
        }
        lines.join("\n")
    }

    /// One statement (for the mutator).
    pub fn statement(&mut self) -> String {
        self.budget = self.rng.gen_range(10..40);
        self.stmt(1)
    }

    /// A file name, mostly of a corrupt file (for the mutator).
    pub fn fresh_path(&mut self) -> String {
        self.path()
    }

    fn bind(&mut self, ty: Ty) -> String {
        if self.chance(0.2) {
            if let Some(v) = self.var_of(ty) {
                return v;
            }
        }
        let name = self.fresh("v");
        self.vars.push((name.clone(), ty));
        name
    }

    fn stmt(&mut self, depth: usize) -> String {
        let nested = depth < 2;
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

    fn any_ty(&mut self) -> Ty {
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
            Ty::Any,
        ]
        .choose(self.rng)
        .unwrap_or(&Ty::Array)
    }

    fn block(&mut self, depth: usize) -> String {
        let n = self.rng.gen_range(0..=3);
        let body: Vec<String> = (0..n).map(|_| self.stmt(depth + 1)).collect();
        if body.iter().any(|s| s.contains('\n')) || self.chance(0.3) {
            format!("{{\n{}\n}}", body.join("\n"))
        } else {
            format!("{{ {} }}", body.join("; "))
        }
    }

    fn if_stmt(&mut self, depth: usize) -> String {
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

    fn cond(&mut self) -> String {
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

    fn for_stmt(&mut self, depth: usize) -> String {
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

    fn while_stmt(&mut self, depth: usize) -> String {
        let i = self.fresh("i");
        let n = self.pick(&["0", "1", "3", "10", "1000", "10**7"]);
        let body = self.block(depth);
        let body = body.replacen('{', &format!("{{ {i} += 1; "), 1);
        format!("{i} = 0\nwhile {i} < {n} {body}")
    }

    fn index_assign(&mut self) -> String {
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

    fn aug_assign(&mut self) -> String {
        let v = self.var_of(Ty::Any).unwrap_or_else(|| "x".into());
        let op = self.pick(&["+=", "-=", "*=", "/=", "@="]);
        let e = self.expr(Ty::Any, 1);
        format!("{v} {op} {e}")
    }

    fn fn_def(&mut self, depth: usize) -> String {
        let name = self.fresh("f");
        let arity = self.rng.gen_range(0..=3);
        let params: Vec<String> = (0..arity)
            .map(|i| {
                if i > 0 && self.chance(0.3) {
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
            body = body.replacen('}', &format!("\nreturn {r}\n}}"), 1);
            // replacen on the first `}` may hit a nested block: close it well
            if body.matches('{').count() != body.matches('}').count() {
                body = format!("{{ return {r} }}");
            }
            format!("fn {name}({}) {body}", params.join(", "))
        };
        self.vars.truncate(saved);
        self.funcs.push((name.clone(), arity));
        let args: Vec<String> = (0..arity).map(|_| self.expr(Ty::Any, 2)).collect();
        let v = self.bind(Ty::Any);
        format!("{def}\n{v} = {name}({})", args.join(", "))
    }

    fn recursion(&mut self) -> String {
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

    fn closure(&mut self) -> String {
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

    fn method_stmt(&mut self) -> String {
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
    fn deep(&mut self) -> String {
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
            _ => format!(
                "{v} = {}",
                "if true { ".repeat(n.min(3000)) + "1" + &" }".repeat(n.min(3000))
            ),
        }
    }

    /// A call that asks for far more memory than there is.
    fn huge(&mut self) -> String {
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

    fn tensor_stmt(&mut self) -> String {
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

    fn import(&mut self) -> String {
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

    fn path(&mut self) -> String {
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

    fn io_stmt(&mut self) -> String {
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

    fn expr(&mut self, ty: Ty, depth: usize) -> String {
        self.budget -= 1;
        if depth >= 4 || self.budget <= 0 {
            return self.atom(ty);
        }
        match ty {
            Ty::Array => self.array_expr(depth),
            Ty::Int => match self.rng.gen_range(0..10) {
                0..=5 => self.int_atom(),
                6 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("len({a})")
                }
                7 => {
                    let a = self.expr(Ty::Int, depth + 1);
                    let b = self.expr(Ty::Int, depth + 1);
                    let op = self.pick(&["+", "-", "*", "//", "%", "**", "&", "|"]);
                    format!("{a} {op} {b}")
                }
                8 => {
                    let a = self.expr(Ty::Array, depth + 1);
                    let attr = self.pick(&["size", "ndim"]);
                    format!("({a}).{attr}")
                }
                _ => {
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("int({a})")
                }
            },
            Ty::Float => match self.rng.gen_range(0..6) {
                0..=3 => self.float_atom(),
                4 => {
                    let a = self.expr(Ty::Array, depth + 1);
                    let r = self.pick(&["sum", "mean", "std", "max", "det", "trace", "norm"]);
                    format!("{r}({a})")
                }
                _ => {
                    let a = self.expr(Ty::Float, depth + 1);
                    let b = self.expr(Ty::Any, depth + 1);
                    let op = self.pick(&["+", "-", "*", "/", "//", "%", "**"]);
                    format!("{a} {op} {b}")
                }
            },
            Ty::List => match self.rng.gen_range(0..6) {
                0 => "[]".into(),
                1 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("[{a}, \"s\", none]")
                }
                2 => {
                    let n = self.pick(&["0", "3", "10", "-1"]);
                    format!("list(range({n}))")
                }
                3 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    let b = self.expr(Ty::Any, depth + 1);
                    format!("[[{a}], [{b}, none]]")
                }
                4 => {
                    let a = self.expr(Ty::Array, depth + 1);
                    format!("list({a})")
                }
                _ => self.var_of(Ty::List).unwrap_or_else(|| "[none]".into()),
            },
            Ty::Dict => match self.rng.gen_range(0..4) {
                0 => "{}".into(),
                1 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("{{\"a\": {a}, \"b\": [1, 2]}}")
                }
                2 => {
                    let k = self.expr(Ty::Any, depth + 1);
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("{{{k}: {a}}}")
                }
                _ => self.var_of(Ty::Dict).unwrap_or_else(|| "{1: 2}".into()),
            },
            Ty::Tuple => match self.rng.gen_range(0..4) {
                0 => "()".into(),
                1 => self.shape(),
                2 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    format!("({a},)")
                }
                _ => {
                    let a = self.expr(Ty::Array, depth + 1);
                    format!("({a}).shape")
                }
            },
            Ty::Func => self.func(depth),
            Ty::Str => match self.rng.gen_range(0..5) {
                0..=2 => self.pick(STRS).to_string(),
                3 => {
                    let a = self.expr(Ty::Any, depth + 1);
                    let f = self.pick(&["str", "repr", "type"]);
                    format!("{f}({a})")
                }
                _ => {
                    let a = self.expr(Ty::Str, depth + 1);
                    let b = self.expr(Ty::Any, depth + 1);
                    format!("{a} + {b}")
                }
            },
            Ty::Tensor => self
                .var_of(ty)
                .unwrap_or_else(|| "tensor([1.0, 2.0])".into()),
            Ty::Any => match self.rng.gen_range(0..20) {
                0..=7 => self.array_expr(depth),
                8..=9 => self.builtin_call(depth + 1),
                10 => self.expr(Ty::Int, depth),
                11 => self.expr(Ty::Float, depth),
                12 => self.expr(Ty::Str, depth),
                13 => self.expr(Ty::List, depth),
                14 => self.expr(Ty::Dict, depth),
                15 => self.expr(Ty::Tuple, depth),
                16 => self.call_user(depth),
                17 => {
                    let cat = self.cat;
                    cat.constants
                        .choose(self.rng)
                        .cloned()
                        .unwrap_or_else(|| "none".into())
                }
                18 => self.var_of(Ty::Any).unwrap_or_else(|| "none".into()),
                _ => {
                    let a = self.expr(Ty::Any, depth + 1);
                    let b = self.expr(Ty::Any, depth + 1);
                    let op = self.pick(&[
                        "+", "-", "*", "/", "//", "%", "@", "**", "==", "<", "and", "or", "&", "|",
                        ">=", "!=",
                    ]);
                    format!("({a}) {op} ({b})")
                }
            },
        }
    }

    fn atom(&mut self, ty: Ty) -> String {
        if self.chance(0.3) {
            if let Some(v) = self.var_of(ty) {
                return v;
            }
        }
        match ty {
            Ty::Int => self.int_atom(),
            Ty::Float => self.float_atom(),
            Ty::Str => self.pick(STRS).to_string(),
            Ty::List => "[1, \"a\"]".into(),
            Ty::Dict => "{\"a\": 1}".into(),
            Ty::Tuple => self.shape(),
            Ty::Func => self
                .pick(&["abs", "sum", "fn(x) = x", "print", "len"])
                .into(),
            Ty::Any => match self.rng.gen_range(0..6) {
                0 => self.int_atom(),
                1 => self.float_atom(),
                2 => self
                    .pick(&["none", "true", "false", "\"s\"", "[]", "()"])
                    .into(),
                _ => self.array_atom(),
            },
            _ => self.array_atom(),
        }
    }

    fn int_atom(&mut self) -> String {
        if self.chance(0.6) {
            self.rng.gen_range(-2..6).to_string()
        } else {
            let s = self.pick(INTS);
            if s.contains(' ') || s.starts_with('-') {
                format!("({s})")
            } else {
                s.to_string()
            }
        }
    }

    fn float_atom(&mut self) -> String {
        let s = self.pick(FLOATS);
        if s.starts_with('-') {
            format!("({s})")
        } else {
            s.to_string()
        }
    }

    /// One dimension: small mostly, sometimes zero, negative or huge.
    fn dim(&mut self) -> String {
        match self.rng.gen_range(0..20) {
            0..=3 => "0".into(),
            4..=13 => self.rng.gen_range(1..5).to_string(),
            14..=15 => self.pick(&["-1", "-2"]).into(),
            16 => self.pick(&["100", "1000", "3000"]).into(),
            17 => self.pick(&["2**31", "10**10", "2**62", "2**63 - 1"]).into(),
            18 => self.pick(&["1.5", "true", "none", "\"3\""]).into(),
            _ => self.rng.gen_range(5..9).to_string(),
        }
    }

    fn shape(&mut self) -> String {
        match self.rng.gen_range(0..12) {
            0 => "()".into(),
            1 => self.dim(),
            2 => format!("({},)", self.dim()),
            3..=6 => format!("({}, {})", self.dim(), self.dim()),
            7..=8 => format!("({}, {}, {})", self.dim(), self.dim(), self.dim()),
            9 => format!("[{}, {}]", self.dim(), self.dim()),
            10 => {
                let n = *[4usize, 8, 31, 32, 33, 64, 65, 100]
                    .choose(self.rng)
                    .unwrap_or(&33);
                format!("({})", vec!["1"; n].join(", "))
            }
            _ => format!(
                "({}, {}, {}, {})",
                self.dim(),
                self.dim(),
                self.dim(),
                self.dim()
            ),
        }
    }

    fn axis(&mut self) -> String {
        self.pick(&[
            "0", "1", "-1", "2", "-2", "3", "-3", "10", "none", "(0, 1)", "(0, 0)", "(1, 0)",
            "(0, -1)", "()", "2**62", "1.5", "\"0\"",
        ])
        .into()
    }

    fn subscript(&mut self) -> String {
        let n = self.rng.gen_range(1..=3);
        let items: Vec<String> = (0..n).map(|_| self.subscript_item()).collect();
        items.join(", ")
    }

    fn subscript_item(&mut self) -> String {
        match self.rng.gen_range(0..16) {
            0..=3 => self.int_atom(),
            4 => ":".into(),
            5 => format!("{}:{}", self.int_atom(), self.int_atom()),
            6 => format!(
                "::{}",
                self.pick(&["-1", "2", "0", "-2", "2**62", "-2**63"])
            ),
            7 => format!(
                "{}:{}:{}",
                self.int_atom(),
                self.int_atom(),
                self.int_atom()
            ),
            8 => "...".into(),
            9 => "none".into(),
            10 => {
                let a = self.expr(Ty::Array, 3);
                format!("{a} > 0")
            }
            11 => self
                .pick(&[
                    "[0, 0, 1]",
                    "[-1]",
                    "[[0], [1]]",
                    "[]",
                    "[true, false]",
                    "[10**12]",
                ])
                .into(),
            12 => self
                .pick(&["1.5", "\"a\"", "(0, 1)", "[0, 1.5]", "true"])
                .into(),
            13 => {
                let a = self.expr(Ty::Array, 3);
                format!("argsort({a})")
            }
            _ => self
                .pick(&["-1", "2**62", "-2**63", "2**63 - 1", "10**12"])
                .into(),
        }
    }

    fn array_atom(&mut self) -> String {
        match self.rng.gen_range(0..16) {
            0 => format!("zeros({})", self.shape()),
            1 => format!("ones({}, dtype={})", self.shape(), self.pick(DTYPES)),
            2 => format!("rand({}, {})", self.dim(), self.dim()),
            3 => format!("randn({})", self.dim()),
            4 => format!("arange({})", self.dim()),
            5 => format!("eye({})", self.dim()),
            6 => format!("full({}, {})", self.shape(), self.float_atom()),
            7 => self.pick(&["[]", "[[]]", "[[], []]", "[[[]]]"]).into(),
            8 => self.literal(),
            9 => format!("array({}, dtype={})", self.literal(), self.pick(DTYPES)),
            10 => format!(
                "linspace({}, {}, {})",
                self.float_atom(),
                self.float_atom(),
                self.dim()
            ),
            11 => format!("randint(0, 10, size={})", self.shape()),
            12 => self
                .pick(&[
                    "[nan, inf, -inf, 0.0]",
                    "[true, false]",
                    "[[1, 2], [3]]",
                    "[1, \"a\"]",
                    "[[1, 2], [3, 4]]",
                    "[[2.0, 1.0], [1.0, 2.0]]",
                ])
                .into(),
            13 => format!("identity({})", self.dim()),
            14 => format!("rand({}, {}, {})", self.dim(), self.dim(), self.dim()),
            _ => format!("ones(({}, {}))", self.dim(), self.dim()),
        }
    }

    /// A bracket literal with a random (usually regular) shape.
    fn literal(&mut self) -> String {
        let dims: Vec<usize> = (0..self.rng.gen_range(1..=3))
            .map(|_| self.rng.gen_range(0..4))
            .collect();
        let ragged = self.chance(0.1);
        let kind = self.rng.gen_range(0..4);
        fn build(g: &mut Gen, dims: &[usize], kind: u32, ragged: bool) -> String {
            match dims.split_first() {
                None => match kind {
                    0 => g.rng.gen_range(-9..10).to_string(),
                    1 => g.float_atom(),
                    2 => g.pick(&["true", "false"]).into(),
                    _ => g.int_atom(),
                },
                Some((&n, rest)) => {
                    let n = if ragged && g.chance(0.5) { n + 1 } else { n };
                    let items: Vec<String> = (0..n).map(|_| build(g, rest, kind, ragged)).collect();
                    format!("[{}]", items.join(", "))
                }
            }
        }
        build(self, &dims, kind, ragged)
    }

    fn array_expr(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..24) {
            0..=4 => self.array_atom(),
            5..=9 => self.builtin_call(depth + 1),
            10..=11 => {
                let a = self.expr(Ty::Array, depth + 1);
                let b = self.expr(Ty::Any, depth + 1);
                let op = self.pick(&[
                    "+", "-", "*", "/", "//", "%", "@", "**", "<", "==", "&", "|", ">",
                ]);
                format!("({a}) {op} ({b})")
            }
            12 => {
                let a = self.expr(Ty::Array, depth + 1);
                let op = self.pick(&["-", "~", "not ", "+"]);
                format!("{op}({a})")
            }
            13..=15 => {
                let a = self.expr(Ty::Array, depth + 1);
                let sub = self.subscript();
                format!("({a})[{sub}]")
            }
            16 => {
                let a = self.expr(Ty::Array, depth + 1);
                let attr = self.pick(&["T", "shape", "dtype", "size"]);
                format!("({a}).{attr}")
            }
            17 => {
                let a = self.expr(Ty::Array, depth + 1);
                let s = self.shape();
                format!("({a}).reshape({s})")
            }
            18 => {
                let a = self.expr(Ty::Array, depth + 1);
                let d = self.pick(DTYPES);
                format!("({a}).astype({d})")
            }
            19 => self.call_user(depth),
            20 => {
                let a = self.expr(Ty::Array, depth + 1);
                let b = self.expr(Ty::Array, depth + 1);
                format!("[{a}, {b}]")
            }
            _ => self.var_of(Ty::Array).unwrap_or_else(|| self.array_atom()),
        }
    }

    fn func(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..6) {
            0 => {
                let e = self.expr(Ty::Any, depth + 2);
                format!("fn(x) = x + {e}")
            }
            1 => "fn(x, y=2) { return x * y }".into(),
            2 => {
                let s = self.cat.sigs.choose(self.rng).map(|s| s.name.clone());
                s.unwrap_or_else(|| "abs".into())
            }
            3 => self
                .cat
                .prelude
                .choose(self.rng)
                .cloned()
                .unwrap_or_else(|| "abs".into()),
            4 => self
                .funcs
                .choose(self.rng)
                .map(|(n, _)| n.clone())
                .unwrap_or_else(|| "len".into()),
            _ => "fn() { return none }".into(),
        }
    }

    fn call_user(&mut self, depth: usize) -> String {
        if let Some((name, arity)) = self.funcs.choose(self.rng).cloned() {
            let n = if self.chance(0.1) { arity + 1 } else { arity };
            let args: Vec<String> = (0..n).map(|_| self.expr(Ty::Any, depth + 1)).collect();
            format!("{name}({})", args.join(", "))
        } else {
            let f = self.func(depth);
            let a = self.expr(Ty::Any, depth + 1);
            format!("({f})({a})")
        }
    }

    /// A call of a builtin with arguments shaped by its parameter names.
    pub fn builtin_call(&mut self, depth: usize) -> String {
        let sig = self.cat.pick_sig(self.rng).clone();
        let mut args = Vec::new();
        for p in &sig.params {
            match p.star {
                1 => {
                    let n = self.rng.gen_range(0..=3);
                    for _ in 0..n {
                        args.push(self.arg(&p.name, depth));
                    }
                }
                2 => {
                    if self.chance(0.5) {
                        let v = self.arg("a", depth);
                        args.push(format!("k{} = {v}", self.rng.gen_range(0..3)));
                    }
                }
                _ if !p.optional => {
                    if !self.chance(0.03) {
                        args.push(self.arg(&p.name, depth));
                    }
                }
                _ => {
                    if self.chance(0.35) {
                        let v = self.arg(&p.name, depth);
                        args.push(format!("{}={v}", p.name));
                    }
                }
            }
        }
        if self.chance(0.03) {
            args.push(self.expr(Ty::Any, depth + 1));
        }
        if self.chance(0.02) {
            args.push("bogus=1".into());
        }
        format!("{}({})", sig.name, args.join(", "))
    }

    /// An argument for a parameter of this name.
    fn arg(&mut self, name: &str, depth: usize) -> String {
        if self.chance(0.08) {
            // anything at all
            return self.expr(Ty::Any, depth + 1);
        }
        match name {
            "axis" | "axes" => self.axis(),
            "shape" | "reps" | "size" | "newshape" | "input_shape" => self.shape(),
            "dtype" => self.pick(DTYPES).into(),
            "ord" => self
                .pick(&[
                    "none", "1", "2", "-1", "-2", "inf", "-inf", "0", "\"fro\"", "\"nuc\"", "3",
                    "0.5",
                ])
                .into(),
            "keepdims" | "endpoint" | "replace" | "full_matrices" | "compute_uv"
            | "return_counts" | "requires_grad" | "shuffle" | "training" | "use_bias" => {
                self.pick(&["true", "false", "1", "0", "none", "2"]).into()
            }
            "path" | "dir" | "file" | "filename" => self.path(),
            "delimiter" | "sep" | "end" => self
                .pick(&["\",\"", "\";\"", "\"\"", "\"ab\"", "\"\\n\""])
                .into(),
            "header" => self.pick(&["true", "false", "\"a,b\"", "none"]).into(),
            "q" => self
                .pick(&["50", "-1", "101", "[0, 50, 100]", "nan", "[]", "(25, 75)"])
                .into(),
            "n"
            | "m"
            | "k"
            | "num"
            | "num_classes"
            | "repeats"
            | "indices_or_sections"
            | "decimals"
            | "ddof"
            | "units"
            | "filters"
            | "epochs"
            | "batch_size"
            | "verbose" => self.int_or_huge(),
            "kernel_size" | "pool_size" | "strides" => self
                .pick(&["1", "2", "3", "0", "(2, 2)", "(0, 1)", "-1", "10"])
                .into(),
            "low" | "high" | "start" | "stop" | "step" | "loc" | "scale" | "a_min" | "a_max"
            | "fill_value" | "tol" | "rcond" | "rtol" | "atol" | "lr" | "rate" | "momentum"
            | "epsilon" | "weight_decay" | "validation_split" => {
                if self.chance(0.5) {
                    self.int_or_huge()
                } else {
                    self.float_atom()
                }
            }
            "p" => self
                .pick(&[
                    "[]",
                    "[0.5, 0.5]",
                    "[1.0]",
                    "[-1.0, 2.0]",
                    "[nan]",
                    "0",
                    "ones(3) / 3",
                ])
                .into(),
            "f" | "fn" | "func" | "activation" | "loss" | "optimizer" => {
                if self.chance(0.5) {
                    self.pick(STRS).into()
                } else {
                    self.func(depth)
                }
            }
            "arrays" | "layers" | "tup" | "seq" => {
                let n = self.rng.gen_range(0..4);
                let items: Vec<String> = (0..n).map(|_| self.expr(Ty::Array, depth + 1)).collect();
                format!("[{}]", items.join(", "))
            }
            "argnums" => self.pick(&["0", "1", "(0, 1)", "-1", "5"]).into(),
            "values" | "x" | "a" | "b" | "y" | "cond" | "condition" | "v" => {
                self.expr(Ty::Array, depth + 1)
            }
            "device" => self
                .pick(&["\"cpu\"", "\"cuda\"", "\"cuda:7\"", "\"tpu\""])
                .into(),
            "seed" => self.int_or_huge(),
            _ => self.expr(Ty::Any, depth + 1),
        }
    }

    fn int_or_huge(&mut self) -> String {
        if self.chance(0.15) {
            let s = self.pick(INTS);
            format!("({s})")
        } else {
            self.rng.gen_range(-1..6).to_string()
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn signatures_parse() {
        let s = parse_sig(
            "arange",
            "arange(stop) / arange(start, stop, step=1, dtype=none)\nmore",
        );
        let names: Vec<&str> = s.params.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["start", "stop", "step", "dtype"]);
        assert!(!s.params[1].optional && s.params[2].optional);
        let s = parse_sig("savez", "savez(path, *arrays, **named_arrays)");
        assert_eq!(s.params[1].star, 1);
        assert_eq!(s.params[2].star, 2);
        let s = parse_sig("print", "print(*values, sep=' ', end='\\n')");
        assert_eq!(s.params.len(), 3);
    }
}
