//! Python's string formatting and string methods: f-strings (`!r`, `=`,
//! nested specs), the format-spec mini-language, `str.format`, `%`
//! formatting, and the methods of `str`, with extreme widths, precisions,
//! indices and Unicode that changes length under case mapping.

use super::*;

/// Strings that are hard on case mapping, splitting, padding and slicing.
pub(super) const PY_STRS: &[&str] = &[
    "\"\"",
    "\"a\"",
    "\"abc\"",
    "\"Hello, World\"",
    "\"  pad  \"",
    "\"a,b,,c\"",
    "\"a\\tb\\tc\"",
    "\"line1\\nline2\\r\\nline3\\r\"",
    "\"ß\"",
    "\"ﬃ\"",
    "\"İ\"",
    "\"ǅ\"",
    "\"ΣΑΣ\"",
    "\"ᾳ\"",
    "\"e\u{301}\"",
    "\"𝔘𝔫𝔦\"",
    "\"🎉x\"",
    "\"\\0\"",
    "\"{}\"",
    "\"{0}{1}\"",
    "\"%s\"",
    "\"%d%%\"",
    "\"12\"",
    "\"-0x1F\"",
    "\"1_000\"",
    "\"  42  \"",
    "\"1e400\"",
    "\"nan\"",
    "\"9223372036854775808\"",
    "'single'",
];

/// Values to format: every kind the formatter meets.
const FMT_VALUES: &[&str] = &[
    "0",
    "1",
    "-1",
    "42",
    "255",
    "-2**63",
    "2**63 - 1",
    "9223372036854775807",
    "0.0",
    "-0.0",
    "3.14159",
    "1e308",
    "-1e-308",
    "5e-324",
    "1e16",
    "123456.789",
    "float(\"inf\")",
    "float(\"nan\")",
    "-float(\"inf\")",
    "True",
    "False",
    "None",
    "\"s\"",
    "\"\"",
    "\"ß\"",
    "(1, 2)",
    "list(range(3))",
    "{\"k\": 1}",
    "{1, 2}",
    "ones(2)",
    "arange(3)",
    "float32(1.5)",
    "zeros((2, 2))",
];

const FMT_NUMS: &[&str] = &[
    "0",
    "1",
    "2",
    "5",
    "10",
    "17",
    "30",
    "100",
    "1000",
    "100000",
    "2147483647",
    "2147483648",
    "9223372036854775807",
    "99999999999999999999",
];

impl Gen<'_> {
    /// A value to format: a literal, a variable, or any expression.
    pub(super) fn fmt_value(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..10) {
            0..=5 => self.pick(FMT_VALUES).to_string(),
            6 => self.var_of(Ty::Any).unwrap_or_else(|| "1".into()),
            7 => self.py_str(),
            _ => self.expr(Ty::Any, depth + 2),
        }
    }

    pub(super) fn py_str(&mut self) -> String {
        self.pick(PY_STRS).to_string()
    }

    fn fmt_num(&mut self) -> String {
        if self.chance(0.7) {
            self.rng.gen_range(0..13).to_string()
        } else {
            self.pick(FMT_NUMS).to_string()
        }
    }

    /// A format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
    /// `nested` allows `{w}` fields (f-strings and `str.format`).
    pub(super) fn fmt_spec(&mut self, nested: bool) -> String {
        let mut s = String::new();
        if self.chance(0.4) {
            if self.chance(0.5) {
                s.push_str(self.pick(&["*", "0", " ", "é", "-", "=", "x", "<", "🎉"]));
            }
            s.push_str(self.pick(&["<", ">", "^", "="]));
        }
        if self.chance(0.25) {
            s.push_str(self.pick(&["+", "-", " "]));
        }
        if self.chance(0.05) {
            s.push('z');
        }
        if self.chance(0.15) {
            s.push('#');
        }
        if self.chance(0.15) {
            s.push('0');
        }
        if self.chance(0.5) {
            if nested && self.chance(0.15) {
                let w = self.fmt_num();
                s.push_str(&format!("{{{w}}}"));
            } else {
                s.push_str(&self.fmt_num());
            }
        }
        if self.chance(0.2) {
            s.push_str(self.pick(&[",", "_"]));
        }
        if self.chance(0.4) {
            if nested && self.chance(0.15) {
                let p = self.fmt_num();
                s.push_str(&format!(".{{{p}}}"));
            } else {
                s.push('.');
                s.push_str(&self.fmt_num());
            }
        }
        if self.chance(0.7) {
            s.push_str(self.pick(&[
                "d", "f", "F", "e", "E", "g", "G", "%", "x", "X", "o", "b", "c", "s", "n", "q", "",
            ]));
        }
        s
    }

    /// An f-string (single-quoted, so that expressions inside can hold `"`).
    pub(super) fn fstring(&mut self, depth: usize) -> String {
        let n = self.rng.gen_range(1..=3);
        let mut s = String::from("f'");
        for _ in 0..n {
            s.push_str(self.pick(&["", "x=", " ", "{{", "}}", "ab", "é", "\\n"]));
            let v = self.fmt_value(depth);
            let v = if v.contains('\'') { "0".to_string() } else { v };
            let v = if self.chance(0.3) && v.chars().all(|c| c.is_alphanumeric() || c == '_') {
                v
            } else {
                format!("({v})")
            };
            s.push('{');
            s.push_str(&v);
            if self.chance(0.1) {
                s.push('=');
            }
            if self.chance(0.2) {
                s.push_str(self.pick(&["!r", "!s", "!a"]));
            }
            if self.chance(0.6) {
                s.push(':');
                let spec = self.fmt_spec(true);
                s.push_str(&spec);
            }
            s.push('}');
        }
        s.push('\'');
        s
    }

    /// A `str.format` template and its arguments.
    pub(super) fn str_format(&mut self, depth: usize) -> String {
        let n = self.rng.gen_range(1..=3);
        let mut t = String::new();
        for i in 0..n {
            t.push_str(self.pick(&["", " ", "{{", "}}", "a", "|"]));
            let field = match self.rng.gen_range(0..10) {
                0..=3 => String::new(),
                4 | 5 => i.to_string(),
                6 => "k".into(),
                7 => format!("{i}[0]"),
                8 => self
                    .pick(&[
                        "k[a]",
                        "0.real",
                        "0.shape",
                        "5",
                        "99999999999999999999",
                        "-1",
                        "0!r",
                        "k!s",
                    ])
                    .into(),
                _ => "1".into(),
            };
            t.push('{');
            t.push_str(&field);
            if self.chance(0.5) {
                t.push(':');
                if self.chance(0.1) {
                    t.push_str("{}");
                } else {
                    let spec = self.fmt_spec(false);
                    t.push_str(&spec);
                }
            }
            t.push('}');
        }
        if self.chance(0.05) {
            t.push_str(self.pick(&["{", "}", "{0", "{:"]));
        }
        let t = t.replace('"', "");
        let args: Vec<String> = (0..self.rng.gen_range(0..=3))
            .map(|_| self.fmt_value(depth))
            .collect();
        let mut args = args.join(", ");
        if self.chance(0.3) {
            let v = self.fmt_value(depth);
            if !args.is_empty() {
                args.push_str(", ");
            }
            args.push_str(&format!("k={v}"));
        }
        if self.chance(0.1) {
            return format!(
                "format({}, \"{}\")",
                self.fmt_value(depth),
                self.fmt_spec(false)
            );
        }
        format!("\"{t}\".format({args})")
    }

    /// `"%..." % args`.
    pub(super) fn percent_format(&mut self, depth: usize) -> String {
        let n: usize = self.rng.gen_range(1..=3);
        let mut t = String::new();
        let mut stars: usize = 0;
        let mapping = self.chance(0.15);
        for _ in 0..n {
            t.push_str(self.pick(&["", " ", "%%", "a", ":"]));
            t.push('%');
            if mapping {
                t.push_str(self.pick(&["(k)", "(a)", "()", "(k"]));
            }
            for _ in 0..self.rng.gen_range(0..3) {
                t.push_str(self.pick(&["-", "+", " ", "0", "#"]));
            }
            if self.chance(0.4) {
                if self.chance(0.2) {
                    t.push('*');
                    stars += 1;
                } else {
                    t.push_str(&self.fmt_num());
                }
            }
            if self.chance(0.3) {
                t.push('.');
                if self.chance(0.2) {
                    t.push('*');
                    stars += 1;
                } else {
                    t.push_str(&self.fmt_num());
                }
            }
            t.push_str(self.pick(&[
                "d", "i", "o", "u", "x", "X", "e", "E", "f", "F", "g", "G", "c", "r", "s", "a",
                "%", "q", "",
            ]));
        }
        let rhs = if mapping {
            let v = self.fmt_value(depth);
            format!("{{\"k\": {v}, \"a\": 1}}")
        } else {
            let k = (n + stars).saturating_sub(self.rng.gen_range(0..2)) + self.rng.gen_range(0..2);
            let items: Vec<String> = (0..k).map(|_| self.fmt_value(depth)).collect();
            if items.is_empty() {
                "()".to_string()
            } else if items.len() == 1 && self.chance(0.5) {
                format!("({})", items[0])
            } else {
                format!("({},)", items.join(", "))
            }
        };
        format!("\"{t}\" % {rhs}")
    }

    /// A method of `str` with arguments at the edges.
    pub(super) fn str_method(&mut self, depth: usize) -> String {
        let s = match self.rng.gen_range(0..4) {
            0 | 1 => self.py_str(),
            2 => self.var_of(Ty::Str).unwrap_or_else(|| self.py_str()),
            _ => self.expr(Ty::Str, depth + 1),
        };
        let s = format!("({s})");
        let width = self.pick(&[
            "0",
            "-1",
            "5",
            "20",
            "1000",
            "10**6",
            "2**31",
            "2**62",
            "2**63 - 1",
            "-2**63",
        ]);
        let idx = self.pick(&["0", "1", "-1", "3", "100", "2**62", "-2**63", "None"]);
        let sub = self.pick(&[
            "\"\"", "\"a\"", "\",\"", "\"ab\"", "\"ß\"", "\"\\n\"", "\" \"",
        ]);
        let call = match self.rng.gen_range(0..24) {
            0 => format!("center({width})"),
            1 => format!("ljust({width}, \"*\")"),
            2 => format!("rjust({width}, {sub})"),
            3 => format!("zfill({width})"),
            4 => format!("expandtabs({width})"),
            5 => format!("split({sub}, {idx})"),
            6 => format!("rsplit(None, {idx})"),
            7 => "splitlines(True)".into(),
            8 => format!("replace({sub}, \"xy\", {idx})"),
            9 => format!("find({sub}, {idx}, {idx})"),
            10 => format!("index({sub})"),
            11 => format!("rfind({sub}, {idx})"),
            12 => format!("count({sub}, {idx}, {idx})"),
            13 => format!("startswith(({sub}, \"a\"), {idx})"),
            14 => format!("endswith({sub}, {idx}, {idx})"),
            15 => format!("strip({sub})"),
            16 => {
                let it = self.expr(Ty::Any, depth + 2);
                format!("join({it})")
            }
            17 => format!("partition({sub})"),
            18 => format!("rpartition({sub})"),
            19 => format!("removeprefix({sub})"),
            20 => self
                .pick(&[
                    "upper()",
                    "lower()",
                    "title()",
                    "swapcase()",
                    "casefold()",
                    "capitalize()",
                    "isidentifier()",
                    "isnumeric()",
                    "istitle()",
                    "isprintable()",
                    "isdecimal()",
                    "lstrip()",
                    "rstrip(\"a\")",
                    "encode()",
                    "nosuch()",
                ])
                .into(),
            21 => format!("rindex({sub}, {idx})"),
            22 => format!("split(maxsplit={idx})"),
            _ => format!("rsplit({sub})"),
        };
        format!("{s}.{call}")
    }

    /// String expressions of Python's kind.
    pub(super) fn py_str_expr(&mut self, depth: usize) -> String {
        match self.rng.gen_range(0..10) {
            0 | 1 => self.fstring(depth),
            2 => self.str_format(depth),
            3 => self.percent_format(depth),
            4 | 5 => self.str_method(depth),
            6 => {
                let s = self.py_str();
                let a = self.pick(&["", "0", "-1", "2**62", "-2**63", "None", "1"]);
                let b = self.pick(&["", "0", "-1", "2**62", "-2**63", "None", "3"]);
                let c = self.pick(&["", "1", "-1", "2", "-2**63", "2**63 - 1", "0", "None"]);
                format!("{s}[{a}:{b}:{c}]")
            }
            7 => {
                let s = self.py_str();
                let n = self.pick(&[
                    "0",
                    "-1",
                    "3",
                    "10**6",
                    "2**31",
                    "2**62",
                    "2**63 - 1",
                    "True",
                ]);
                if self.chance(0.5) {
                    format!("{s} * {n}")
                } else {
                    format!("{n} * {s}")
                }
            }
            8 => {
                let f = self.pick(&[
                    "chr", "ord", "hex", "bin", "oct", "ascii", "repr", "str", "len", "hash",
                ]);
                let v = self.fmt_value(depth);
                format!("{f}({v})")
            }
            _ => {
                let s = self.py_str();
                let base = self.pick(&["", ", 0", ", 2", ", 16", ", 36", ", 37", ", 1", ", -1"]);
                let f = self.pick(&["int", "float", "bool", "complex", "list", "tuple", "set"]);
                if f == "int" {
                    format!("int({s}{base})")
                } else {
                    format!("{f}({s})")
                }
            }
        }
    }
}
