//! Expressions: typed expressions, atoms, shapes, subscripts, literals,
//! and calls of builtins with arguments drawn for each parameter.

use super::*;

impl Gen<'_> {
    pub(super) fn expr(&mut self, ty: Ty, depth: usize) -> String {
        self.budget -= 1;
        if depth >= 4 || self.budget <= 0 {
            return self.atom(ty);
        }
        if let Some(e) = self.py_typed(ty, depth) {
            return e;
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
            Ty::Set => self.set_expr(depth),
            Ty::Obj => self.var_of(ty).unwrap_or_else(|| "object()".into()),
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

    pub(super) fn atom(&mut self, ty: Ty) -> String {
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
                .pick(&[
                    "abs",
                    "sum",
                    "fn(x) = x",
                    "print",
                    "len",
                    "lambda x: x",
                    "str",
                ])
                .into(),
            Ty::Set => self.pick(&["{1, 2}", "set()", "{\"a\"}"]).into(),
            Ty::Obj => "object()".into(),
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

    pub(super) fn int_atom(&mut self) -> String {
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

    pub(super) fn float_atom(&mut self) -> String {
        let s = self.pick(FLOATS);
        if s.starts_with('-') {
            format!("({s})")
        } else {
            s.to_string()
        }
    }

    /// One dimension: small mostly, sometimes zero, negative or huge.
    pub(super) fn dim(&mut self) -> String {
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

    pub(super) fn shape(&mut self) -> String {
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

    pub(super) fn axis(&mut self) -> String {
        self.pick(&[
            "0", "1", "-1", "2", "-2", "3", "-3", "10", "none", "(0, 1)", "(0, 0)", "(1, 0)",
            "(0, -1)", "()", "2**62", "1.5", "\"0\"",
        ])
        .into()
    }

    pub(super) fn subscript(&mut self) -> String {
        let n = self.rng.gen_range(1..=3);
        let items: Vec<String> = (0..n).map(|_| self.subscript_item()).collect();
        items.join(", ")
    }

    pub(super) fn subscript_item(&mut self) -> String {
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

    pub(super) fn array_atom(&mut self) -> String {
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
    pub(super) fn literal(&mut self) -> String {
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

    pub(super) fn array_expr(&mut self, depth: usize) -> String {
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

    pub(super) fn func(&mut self, depth: usize) -> String {
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

    pub(super) fn call_user(&mut self, depth: usize) -> String {
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
    pub(super) fn arg(&mut self, name: &str, depth: usize) -> String {
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

    pub(super) fn int_or_huge(&mut self) -> String {
        if self.chance(0.15) {
            let s = self.pick(INTS);
            format!("({s})")
        } else {
            self.rng.gen_range(-1..6).to_string()
        }
    }
}
