//! Python's statements: `def` with `*args`/keyword-only/`**kw` and calls
//! that bind them, `global`/`nonlocal`, `with`, `try`/`except`/`else`/
//! `finally`, `raise`, `assert`, `del`, imports of modules, star-unpacking,
//! every augmented assignment, and lists and dicts shared through aliases
//! (cycles, and containers changed by the callbacks that read them).

use super::*;

/// Statements that raise (or do not), for `try` bodies.
const RAISERS: &[&str] = &[
    "raise ValueError(\"v\")",
    "raise KeyError",
    "raise TypeError(1, 2)",
    "raise Exception()",
    "raise",
    "raise 5",
    "raise ValueError from None",
    "raise RuntimeError(\"r\") from KeyError(\"k\")",
    "raise StopIteration",
    "raise SystemExit(3)",
    "raise KeyboardInterrupt",
    "raise BaseException",
    "raise ZeroDivisionError()",
    "1 / 0",
    "1 // 0",
    "1 % 0",
    "[][5]",
    "{}[\"k\"]",
    "int(\"x\")",
    "undefined_name",
    "assert False, \"m\"",
    "assert 0",
    "None + 1",
    "\"a\" + 1",
    "(1, 2)[5]",
    "len(5)",
    "zeros((2, 3)) @ zeros((2, 3))",
    "x = 1",
    "pass",
];

const EXC_TYPES: &[&str] = &[
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "LookupError",
    "ArithmeticError",
    "ZeroDivisionError",
    "NameError",
    "AttributeError",
    "AssertionError",
    "RuntimeError",
    "StopIteration",
    "Exception",
    "BaseException",
    "SystemExit",
    "(ValueError, TypeError)",
    "(KeyError, IndexError, ZeroDivisionError)",
    "()",
    "5",
    "int",
    "NotImplemented",
];

const MODULES: &[&str] = &[
    "import numpy as np",
    "import numpy",
    "import math",
    "import json",
    "import sys",
    "import time",
    "import random",
    "import os",
    "import os.path",
    "import argparse",
    "import numpy.linalg as la",
    "import torch",
    "import torch.nn as nn",
    "import tensorflow as tf",
    "import keras",
    "from math import sqrt, floor, inf, factorial",
    "from numpy import zeros, linalg",
    "from numpy.linalg import inv as inverse",
    "from json import dumps, loads",
    "from os import path",
    "from collections import Counter",
    "import nosuch",
    "from math import nosuch",
    "import math as np",
];

impl Gen<'_> {
    /// One statement of Python's spelling.
    pub(super) fn py_stmt(&mut self, depth: usize) -> String {
        let nested = depth < 2;
        match self.rng.gen_range(0..100) {
            0..=9 => self.def_full(depth),
            10..=14 => self.scope_stmt(),
            15..=19 if nested => self.with_stmt(depth),
            20..=29 if nested => self.try_stmt(depth),
            30..=32 => self.raise_stmt(),
            33..=35 => self.del_stmt(),
            36..=41 => self.module_stmt(),
            42..=47 => self.star_unpack(),
            48..=55 => self.py_aug_assign(),
            56..=61 => self.shared_stmt(),
            62..=69 => self.mutate_while_reading(),
            70..=81 => self.class_stmt(depth),
            82..=85 => self.decorated(depth),
            86..=89 => self.dunder_recursion(),
            _ => {
                let e = self.py_expr(0);
                let v = self.bind(Ty::Any);
                if self.chance(0.3) {
                    format!("print({e})")
                } else {
                    format!("{v} = {e}")
                }
            }
        }
    }

    /// `def f(a, b=.., *args, c=.., **kw) { .. }` and calls that bind it.
    pub(super) fn def_full(&mut self, depth: usize) -> String {
        let name = self.fresh("f");
        let mut params: Vec<String> = Vec::new();
        let mut names: Vec<String> = Vec::new();
        for i in 0..self.rng.gen_range(0..3) {
            names.push(format!("p{i}"));
            if i > 0 && self.chance(0.4) {
                let d = self.pick(&["1", "None", "[]", "{}", "\"s\"", "(1,)", "zeros(2)"]);
                params.push(format!("p{i}={d}"));
            } else {
                params.push(format!("p{i}"));
            }
        }
        if self.chance(0.5) {
            params.push("*args".into());
            names.push("args".into());
        } else if self.chance(0.2) {
            params.push("*".into());
        }
        if self.chance(0.4) || params.last().is_some_and(|p| p == "*") {
            params.push("k=2".into());
            names.push("k".into());
        }
        if self.chance(0.4) {
            params.push("**kw".into());
            names.push("kw".into());
        }
        let saved = self.vars.len();
        for n in &names {
            self.vars.push((n.clone(), Ty::Any));
        }
        let mut body = Vec::new();
        for _ in 0..self.rng.gen_range(0..3) {
            body.push(self.stmt(depth + 1));
        }
        let r = self.expr(Ty::Any, 2);
        self.vars.truncate(saved);
        let kw = if self.chance(0.5) { "def" } else { "fn" };
        let ret = if self.chance(0.1) { " -> int" } else { "" };
        let def = format!(
            "{kw} {name}({}){ret} {{\n{}\nreturn {r}\n}}",
            params.join(", "),
            body.join("\n")
        );
        self.funcs.push((name.clone(), names.len().min(2)));
        let mut calls = Vec::new();
        for _ in 0..self.rng.gen_range(1..=3) {
            let mut args: Vec<String> = Vec::new();
            for _ in 0..self.rng.gen_range(0..4) {
                args.push(self.expr(Ty::Any, 2));
            }
            match self.rng.gen_range(0..6) {
                0 => args.push("*(1, 2)".into()),
                1 => args.push("**{\"k\": 3, \"z\": 4}".into()),
                2 => args.push("p0=1".into()),
                3 => args.push("k=None".into()),
                4 => args.push("*range(3), **{}".into()),
                _ => {}
            }
            let v = self.bind(Ty::Any);
            calls.push(format!("{v} = {name}({})", args.join(", ")));
        }
        format!("{def}\n{}", calls.join("\n"))
    }

    /// `global` and `nonlocal`, counters and closures over them.
    pub(super) fn scope_stmt(&mut self) -> String {
        let g = self.fresh("G");
        let f = self.fresh("f");
        let e = self.expr(Ty::Any, 2);
        let v = self.bind(Ty::Any);
        match self.rng.gen_range(0..8) {
            0 => format!("{g} = 0\ndef {f}() {{\nglobal {g}\n{g} += 1\nreturn {g}\n}}\n{f}()\n{v} = {f}()"),
            1 => format!("def {f}() {{\nglobal {g}\n{g} = {e}\n}}\n{f}()\n{v} = {g}"),
            2 => format!(
                "def {f}() {{\nc = 0\ndef inc(s=1) {{\nnonlocal c\nc += s\nreturn c\n}}\nreturn inc\n}}\n{g} = {f}()\n{g}()\n{v} = {g}({e})"
            ),
            3 => format!(
                "def {f}() {{\nn = {e}\ndef a() {{\ndef b() {{\nnonlocal n\nn = [n]\nreturn n\n}}\nreturn b()\n}}\nreturn a()\n}}\n{v} = {f}()"
            ),
            4 => format!("def {f}() {{\n{g} = 0\ndef h() {{\nnonlocal {g}\n{g} = [{g}, {e}]\nreturn {g}\n}}\nreturn h() + h()\n}}\n{v} = {f}()"),
            5 => format!("global {g}\n{g} = {e}\ndef {f}(x) {{\nglobal {g}\ndel {g}\nreturn x\n}}\n{v} = {f}(1)\n{g}"),
            6 => format!("def {f}(x) {{\nglobal {g}\nreturn x + {g}\n}}\n{v} = {f}(1)"),
            _ => format!(
                "def {f}() {{\ny = 1\ndef g() {{\nprint(y)\ny = 2\n}}\ng()\n}}\n{v} = {f}()"
            ),
        }
    }

    /// `with` over context managers that misbehave.
    pub(super) fn with_stmt(&mut self, depth: usize) -> String {
        let c = self.fresh("Ctx");
        let enter = self.pick(&[
            "return self",
            "return 5",
            "raise ValueError(\"enter\")",
            "return (1, 2)",
            "pass",
        ]);
        let exit = self.pick(&[
            "return False",
            "return True",
            "return exc",
            "raise KeyError(\"exit\")",
            "return 1 / 0",
            "pass",
        ]);
        let v = self.fresh("w");
        let kind = self.rng.gen_range(0..6);
        if kind < 3 {
            self.vars.push((v.clone(), Ty::Any));
        }
        let mut body = self.block(depth);
        if self.chance(0.3) {
            let r = self.pick(RAISERS);
            body = body.replacen('{', &format!("{{\n{r}\n"), 1);
        }
        let items = match kind {
            0 => format!("{c}() as {v}"),
            1 => format!("{c}() as ({v}, w)"),
            2 => format!("{c}() as {v}, {c}() as w"),
            3 => format!("{c}()"),
            4 => self
                .pick(&["5", "None", "open(\"x\")", "zeros(2)", "[]"])
                .into(),
            _ => format!("{c}() as {v}[0]"),
        };
        let wrap = if self.chance(0.3) {
            "for _ in range(2) {\n"
        } else {
            ""
        };
        let unwrap = if wrap.is_empty() { "" } else { "\n}" };
        let body = if wrap.is_empty() {
            body
        } else {
            body.replacen(
                '{',
                &format!("{{\n{}\n", self.pick(&["break", "continue", "pass"])),
                1,
            )
        };
        format!(
            "class {c} {{\ndef __enter__(self) {{\n{enter}\n}}\ndef __exit__(self, t, exc, tb) {{\n{exit}\n}}\n}}\n{wrap}with {items} {body}{unwrap}"
        )
    }

    /// `try`/`except`/`else`/`finally` with raising bodies.
    pub(super) fn try_stmt(&mut self, depth: usize) -> String {
        let r = self.pick(RAISERS);
        let mut body = self.block(depth);
        body = body.replacen('{', &format!("{{\n{r}\n"), 1);
        let mut s = format!("try {body}");
        let n = self.rng.gen_range(0..=3);
        for i in 0..n {
            let t = self.pick(EXC_TYPES);
            let e = self.fresh("e");
            let handler = match self.rng.gen_range(0..6) {
                0 => format!("{{ print(type({e}).__name__, {e}.args, str({e}), repr({e})) }}"),
                1 => "{ raise }".into(),
                2 => format!("{{ raise RuntimeError(\"h\") from {e} }}"),
                3 => format!("{{ {e} = 1 }}"),
                _ => self.block(depth),
            };
            let head = if i == n - 1 && self.chance(0.2) {
                "except".to_string()
            } else if self.chance(0.7) {
                format!("except {t} as {e}")
            } else {
                format!("except {t}")
            };
            s.push_str(&format!(" {head} {handler}"));
        }
        if n > 0 && self.chance(0.3) {
            s.push_str(&format!(" else {}", self.block(depth)));
        }
        if n == 0 || self.chance(0.4) {
            let f = match self.rng.gen_range(0..5) {
                0 => "{ print(\"finally\") }".to_string(),
                1 => "{ raise ValueError(\"in finally\") }".into(),
                _ => self.block(depth),
            };
            s.push_str(&format!(" finally {f}"));
        }
        match self.rng.gen_range(0..5) {
            0 => {
                let f = self.fresh("f");
                let jump = self.pick(&["return 1", "return", "pass"]);
                let s = s.replacen("finally {", &format!("finally {{ {jump}; "), 1);
                format!("def {f}() {{\n{s}\n}}\n{f}()")
            }
            1 => {
                let jump = self.pick(&["break", "continue"]);
                let s = s.replacen("finally {", &format!("finally {{ {jump}; "), 1);
                format!("for i in range(3) {{\n{s}\n}}")
            }
            _ => s,
        }
    }

    pub(super) fn raise_stmt(&mut self) -> String {
        match self.rng.gen_range(0..4) {
            0 => self.pick(RAISERS).to_string(),
            1 => {
                let c = self.cond();
                let m = self.fmt_value(2);
                format!("assert {c}, {m}")
            }
            2 => {
                let e = self.expr(Ty::Any, 2);
                format!("assert ({e})")
            }
            _ => {
                let t = self.pick(EXC_TYPES);
                let a = self.fmt_value(2);
                format!("raise {t}({a})")
            }
        }
    }

    pub(super) fn del_stmt(&mut self) -> String {
        let Some(v) = self.var_of(Ty::Any) else {
            return self.raise_stmt();
        };
        let target = match self.rng.gen_range(0..9) {
            0 => v.clone(),
            1 => format!("{v}[0]"),
            2 => format!("{v}[1:3]"),
            3 => format!("{v}[::-1]"),
            4 => format!("{v}[::2]"),
            5 => format!("{v}[2**62]"),
            6 => format!("{v}[\"k\"]"),
            7 => format!("{v}.shape"),
            _ => format!("{v}, {v}"),
        };
        let after = if self.chance(0.5) {
            format!("\n{v}")
        } else {
            String::new()
        };
        format!("del {target}{after}")
    }

    /// Imports, then a use of what they bound.
    pub(super) fn module_stmt(&mut self) -> String {
        let m = self.pick(MODULES);
        let arg = self.expr(Ty::Any, 2);
        let s = self.py_str();
        let json = self.pick(&[
            "\"[1, 2.5, \\\"a\\\", null, true, {\\\"k\\\": []}]\"",
            "\"1e400\"",
            "\"-0\"",
            "\"123456789012345678901234567890\"",
            "\"NaN\"",
            "\"\\\"\\\\ud800\\\"\"",
            "\"{\\\"a\\\": 1, \\\"a\\\": 2}\"",
            "\"[\"",
            "\"\"",
            "\"[\" * 100000 + \"]\" * 100000",
            "\"{\\\"a\\\":\" * 50000 + \"1\" + \"}\" * 50000",
        ]);
        let use_ = match self.rng.gen_range(0..12) {
            0 => format!("np.sum(np.array({arg}))"),
            1 => format!("math.sqrt({arg})"),
            2 => format!("json.dumps({arg})"),
            3 => format!("json.loads({json})"),
            4 => format!(
                "json.dumps({arg}, indent={}, sort_keys=True)",
                self.pick(&["2", "0", "-1", "None", "\"\\t\"", "10**6"])
            ),
            5 => format!("sys.exit({arg})"),
            6 => format!("os.path.join({s}, {arg})"),
            7 => format!("random.seed(1); random.randint({arg}, 10)"),
            8 => format!("la.norm({arg})"),
            9 => "time.time()".into(),
            10 => {
                let a = self.pick(&[
                    "\"--x\", type=int, default=3",
                    "\"pos\", nargs=\"*\"",
                    "\"--f\", action=\"store_true\"",
                    "\"-v\", choices=(1, 2)",
                ]);
                let argv = self.pick(&[
                    "[]",
                    "[\"--x\", \"9\"]",
                    "[\"--x\"]",
                    "[\"-h\"]",
                    "[\"a\", \"b\"]",
                    "[\"--bogus\"]",
                ]);
                format!("p = argparse.ArgumentParser(prog=\"p\")\np.add_argument({a})\nprint(p.parse_args({argv}))")
            }
            _ => format!("sqrt({arg})"),
        };
        format!("{m}\n{use_}")
    }

    pub(super) fn star_unpack(&mut self) -> String {
        let it = match self.rng.gen_range(0..4) {
            0 => self.expr(Ty::Any, 2),
            1 => self
                .pick(&[
                    "range(10**12)",
                    "range(2**62)",
                    "\"\"",
                    "1",
                    "None",
                    "{}",
                    "zeros((0, 2))",
                ])
                .into(),
            _ => self.iterable(2),
        };
        let a = self.bind(Ty::Any);
        let b = self.bind(Ty::List);
        let target = match self.rng.gen_range(0..9) {
            0 => format!("{a}, *{b}"),
            1 => format!("*{b}, {a}"),
            2 => format!("{a}, *{b}, c"),
            3 => format!("*{b},"),
            4 => format!("[{a}, *{b}]"),
            5 => format!("({a}, c), *{b}"),
            6 => format!("*{a}, {b}"),
            7 => format!("{a}, *{b} = c"),
            _ => format!("{a}, *{b}, c, d"),
        };
        if !target.contains('=') && self.chance(0.2) {
            format!("for {target} in ({it}, {it}) {{ print({a}, {b}) }}")
        } else {
            format!("{target} = {it}")
        }
    }

    /// Every augmented assignment, on names, subscripts and attributes.
    pub(super) fn py_aug_assign(&mut self) -> String {
        let (v, fresh) = match self.var_of(Ty::Any) {
            Some(v) => (v, false),
            None => {
                let n = self.fresh("v");
                self.vars.push((n.clone(), Ty::Int));
                (n, true)
            }
        };
        let target = match self.rng.gen_range(0..6) {
            0 => format!("{v}[0]"),
            1 => format!("{v}[\"k\"]"),
            2 => format!("{v}.x"),
            _ => v.clone(),
        };
        let op = self.pick(&[
            "+=", "-=", "*=", "/=", "//=", "%=", "**=", "&=", "|=", "^=", "<<=", ">>=", "@=",
        ]);
        let e = match self.rng.gen_range(0..4) {
            0 => self
                .pick(&[
                    "0", "1", "-1", "63", "64", "2**62", "-2**63", "0.5", "True", "{1}", "[1]",
                    "(1,)", "\"s\"",
                ])
                .into(),
            1 => v.clone(),
            _ => self.expr(Ty::Any, 1),
        };
        let init = if fresh || self.chance(0.3) {
            let x = self.pick(&[
                "5",
                "-2**63",
                "2**63 - 1",
                "1.5",
                "\"ab\"",
                "[1]",
                "{1, 2}",
                "{\"k\": 1}",
                "(1,)",
                "True",
                "None",
                "arange(3)",
            ]);
            format!("{v} = {x}\n")
        } else {
            String::new()
        };
        format!("{init}{target} {op} {e}")
    }
}
