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
    Set,
    /// An instance of a generated class.
    Obj,
    Any,
}

pub struct Gen<'a> {
    rng: &'a mut SmallRng,
    cat: &'a Catalog,
    vars: Vec<(String, Ty)>,
    funcs: Vec<(String, usize)>,
    /// Classes defined so far (bases for later ones).
    classes: Vec<String>,
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
            classes: Vec::new(),
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
        self.classes.clear();
        self.next = 0;
        self.budget = self.rng.gen_range(20..120);
        let mut lines = Vec::new();
        if self.chance(0.2) {
            lines.push(format!("seed({})", self.rng.gen_range(0..100)));
        }
        let n = self.rng.gen_range(1..=8);
        // Now and then each statement runs under a `try`, so that the
        // program goes on after the first error.
        let guard = self.chance(0.25);
        for _ in 0..n {
            let s = self.stmt(0);
            lines.push(if guard {
                format!("try {{\n{s}\n}} except Exception as err {{\nprint(type(err).__name__)\n}}")
            } else {
                s
            });
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
        let program = lines.join("\n");
        self.with_imports(program)
    }

    /// The imports a program's `math.`, `np.`, `json.` ... need, mostly.
    fn with_imports(&mut self, program: String) -> String {
        const NEEDS: &[(&str, &str)] = &[
            ("math.", "import math"),
            ("np.", "import numpy as np"),
            ("json.", "import json"),
            ("sys.", "import sys"),
            ("os.", "import os"),
            ("time.", "import time"),
            ("random.", "import random"),
            ("la.", "import numpy.linalg as la"),
            ("argparse.", "import argparse"),
        ];
        let mut head = String::new();
        for (use_, import) in NEEDS {
            if program.contains(use_) && !program.contains(import) && self.chance(0.9) {
                head.push_str(import);
                head.push('\n');
            }
        }
        head + &program
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

    /// A string literal for Python's formatting and string methods: a format
    /// template, a `%` template or a string hard on case mapping (for the
    /// mutator).
    pub fn fresh_text(&mut self) -> String {
        match self.rng.gen_range(0..4) {
            0 => format!("\"{{:{}}}\"", self.fmt_spec(false)),
            1 => format!("\"%{}\"", self.fmt_spec(false)),
            2 => format!("\"{{0}}{{}}{{k}}{{0[0]}}{{!r:{}}}\"", self.fmt_spec(false)),
            _ => self.py_str(),
        }
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
}

mod expr;
mod py_class;
mod py_expr;
mod py_fmt;
mod py_shared;
mod py_stmt;
mod stmt;

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
