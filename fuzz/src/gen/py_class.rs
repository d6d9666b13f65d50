//! Classes: bases (exceptions, earlier classes, things that are not
//! classes), `__init__` with `super()`, operator and protocol methods whose
//! bodies misbehave (recurse into themselves, return the wrong type,
//! raise), `@staticmethod`/`@classmethod`/`@property`, user decorators, and
//! the uses that call each protocol method from native code.

use super::*;

/// Protocol methods: name, parameters, bodies to draw from.
const DUNDERS: &[(&str, &str, &[&str])] = &[
    (
        "__repr__",
        "self",
        &[
            "return \"R\"",
            "return repr(self)",
            "return 5",
            "return f\"<{self.x!r}>\"",
            "return str(self)",
            "raise ValueError(\"repr\")",
        ],
    ),
    (
        "__str__",
        "self",
        &[
            "return \"S\"",
            "return str(self)",
            "return f\"{self}\"",
            "return None",
            "return \"%s\" % (self,)",
        ],
    ),
    (
        "__eq__",
        "self, o",
        &[
            "return self is o",
            "return self == o",
            "return 5",
            "return NotImplemented",
            "return [self] == [o]",
            "return zeros(2)",
        ],
    ),
    (
        "__ne__",
        "self, o",
        &["return not (self == o)", "return self != o"],
    ),
    (
        "__hash__",
        "self",
        &[
            "return 1",
            "return hash(self)",
            "return -1",
            "return 2**63 - 1",
            "return \"h\"",
            "return id(self)",
            "return 1.5",
        ],
    ),
    (
        "__lt__",
        "self, o",
        &[
            "return self.x < o.x",
            "return self < o",
            "return NotImplemented",
            "return True",
            "return o > self",
        ],
    ),
    (
        "__le__",
        "self, o",
        &["return self.x <= o", "return NotImplemented"],
    ),
    ("__gt__", "self, o", &["return o < self", "return False"]),
    (
        "__len__",
        "self",
        &[
            "return -1",
            "return 2**63 - 1",
            "return len(self)",
            "return 3",
            "return \"3\"",
            "return 1.5",
            "return True",
        ],
    ),
    (
        "__getitem__",
        "self, i",
        &[
            "return i",
            "return self[i]",
            "raise IndexError(i)",
            "if i > 3 { raise IndexError() }\nreturn i",
            "return self.items[i]",
            "raise StopIteration",
        ],
    ),
    (
        "__setitem__",
        "self, i, v",
        &["self.items.append(v)", "self[i] = v", "self.x = v"],
    ),
    (
        "__delitem__",
        "self, i",
        &["del self.items[i]", "del self[i]"],
    ),
    (
        "__iter__",
        "self",
        &[
            "return iter(self.items)",
            "return self",
            "return iter(self)",
            "return 5",
            "return iter(list(range(3)))",
            "return [self]",
        ],
    ),
    (
        "__next__",
        "self",
        &[
            "raise StopIteration",
            "return 1",
            "self.x += 1\nif self.x > 5 { raise StopIteration }\nreturn self.x",
        ],
    ),
    (
        "__contains__",
        "self, v",
        &["return v in self", "return True", "return None"],
    ),
    (
        "__bool__",
        "self",
        &[
            "return bool(self)",
            "return not self",
            "return 5",
            "return False",
            "return None",
        ],
    ),
    (
        "__call__",
        "self, *a, **k",
        &["return self(*a, **k)", "return a", "return k"],
    ),
    (
        "__add__",
        "self, o",
        &[
            "return self + o",
            "return o + self",
            "return NotImplemented",
            "return type(self)(1)",
            "return self",
            "return self.x + o",
        ],
    ),
    (
        "__radd__",
        "self, o",
        &["return o + self", "return self", "return NotImplemented"],
    ),
    (
        "__mul__",
        "self, o",
        &[
            "return self * o",
            "return [self] * o",
            "return NotImplemented",
        ],
    ),
    ("__rmul__", "self, o", &["return self * o", "return 0"]),
    (
        "__matmul__",
        "self, o",
        &["return self @ o", "return zeros(2)"],
    ),
    (
        "__truediv__",
        "self, o",
        &["return 1 / 0", "return self / o"],
    ),
    (
        "__pow__",
        "self, o",
        &["return self ** o", "return 2 ** 64"],
    ),
    ("__and__", "self, o", &["return self & o", "return 1"]),
    (
        "__lshift__",
        "self, o",
        &["return self << o", "return 1 << 64"],
    ),
    ("__neg__", "self", &["return -self", "return self"]),
    ("__invert__", "self", &["return ~self", "return 0"]),
    ("__abs__", "self", &["return abs(self)", "return -1"]),
    (
        "__getattr__",
        "self, n",
        &[
            "return self.missing",
            "return n",
            "raise AttributeError(n)",
            "return getattr(self, n)",
            "return self.__dict__[n]",
        ],
    ),
    (
        "__setattr__",
        "self, n, v",
        &[
            "setattr(self, n, v)",
            "self.__dict__[n] = v",
            "pass",
            "raise AttributeError(n)",
        ],
    ),
    (
        "__format__",
        "self, spec",
        &[
            "return format(self, spec)",
            "return spec",
            "return 5",
            "return f\"{self:{spec}}\"",
        ],
    ),
    (
        "__index__",
        "self",
        &[
            "return 2**63 - 1",
            "return -1",
            "return self",
            "return 1.5",
            "return 2",
        ],
    ),
    (
        "__int__",
        "self",
        &["return int(self)", "return \"1\"", "return 2**63 - 1"],
    ),
    (
        "__float__",
        "self",
        &["return float(self)", "return 1", "return float(\"nan\")"],
    ),
    (
        "__enter__",
        "self",
        &["return self", "return self.__enter__()"],
    ),
    (
        "__exit__",
        "self, *a",
        &["return True", "return self.__exit__(*a)"],
    ),
    (
        "__del__",
        "self",
        &[
            "print(\"del\")",
            "raise ValueError(\"del\")",
            "self.x = self",
        ],
    ),
    (
        "__round__",
        "self, n=None",
        &["return round(self, n)", "return n"],
    ),
    (
        "__reversed__",
        "self",
        &["return reversed(self)", "return 5"],
    ),
];

/// Uses of an instance `o` of class `C` that reach its protocol methods.
const USES: &[&str] = &[
    "print(o)",
    "str(o)",
    "repr(o)",
    "f\"{o}|{o!r}|{o:>10}\"",
    "\"{}\".format(o)",
    "\"%s %r\" % (o, o)",
    "o == o",
    "o != C()",
    "o + 1",
    "1 + o",
    "o + o",
    "o * 3",
    "o @ o",
    "o ** 2",
    "o & 1",
    "o << 2",
    "-o",
    "~o",
    "abs(o)",
    "len(o)",
    "o[0]",
    "o[0] = 1",
    "del o[0]",
    "list(o)",
    "for v in o { print(v) }",
    "1 in o",
    "bool(o)",
    "if o { print(1) }",
    "not o",
    "o()",
    "o(1, k=2)",
    "hash(o)",
    "{o: 1}",
    "{o, o}",
    "[o, C()].index(o)",
    "[o] == [o]",
    "sorted([o, C(), C()])",
    "max(o, C())",
    "o < o",
    "o.p",
    "o.p = 1",
    "C.s(1)",
    "C.c()",
    "o.nosuch",
    "o.x = o",
    "with o as w { print(w) }",
    "del o.x",
    "isinstance(o, C)",
    "type(o).__name__",
    "o.__dict__",
    "vars(o)",
    "zeros(o)",
    "range(o)",
    "arange(5)[o]",
    "list(range(3))[o]",
    "\"ab\" * o",
    "round(o)",
    "int(o)",
    "float(o)",
    "reversed(o)",
    "sum([o, o])",
    "array([o, o])",
    "json.dumps(o)",
    "raise o",
    "try { raise C() } except C as e { print(e) }",
    "copy(o)",
    "setattr(o, \"x\", o)",
    "o.items.append(o)\nprint(o.items)",
    "getattr(o, \"__init__\")(5)",
    "C.__init__(o, o)",
    "super(C, o)",
    "C.__mro__",
    "C.__bases__",
    "o.__class__ = int",
];

impl Gen<'_> {
    /// A class, an instance, and a few uses of it.
    pub(super) fn class_stmt(&mut self, depth: usize) -> String {
        let c = self.fresh("C");
        let base = match self.rng.gen_range(0..12) {
            0..=4 => String::new(),
            5 => "(Exception)".into(),
            6 => format!(
                "({})",
                self.pick(&[
                    "ValueError",
                    "KeyError",
                    "BaseException",
                    "StopIteration",
                    "SystemExit"
                ])
            ),
            7 | 8 => match self.classes.choose(self.rng) {
                Some(b) => format!("({b})"),
                None => "(object)".into(),
            },
            9 => format!(
                "({})",
                self.pick(&["int", "list", "dict", "str", "5", "None", "abs", "zeros(2)", "type"])
            ),
            10 => format!("({c})"),
            _ => match self.classes.choose(self.rng) {
                Some(b) => format!("({b}, Exception)"),
                None => "(Exception, ValueError)".into(),
            },
        };
        let mut body = Vec::new();
        if self.chance(0.5) {
            let e = self.expr(Ty::Any, 2);
            body.push(format!("attr = {e}"));
        }
        let init_super = if base.is_empty() || self.chance(0.5) {
            String::new()
        } else {
            format!(
                "super().__init__({})\n",
                self.pick(&["", "x", "\"msg\"", "x, x", "*rest"])
            )
        };
        let default = self.pick(&["0", "None", "[]", "1.5", "\"s\""]);
        body.push(format!(
            "def __init__(self, x={default}, *rest) {{\n{init_super}self.x = x\nself.items = list(rest)\n}}"
        ));
        let n = self.rng.gen_range(0..=5);
        for _ in 0..n {
            let (name, params, bodies) = *DUNDERS.choose(self.rng).unwrap_or(&DUNDERS[0]);
            let b = self.pick(bodies);
            body.push(format!("def {name}({params}) {{\n{b}\n}}"));
        }
        if self.chance(0.4) {
            body.push("@staticmethod\ndef s(v) {\nreturn v\n}".into());
        }
        if self.chance(0.3) {
            let b = self.pick(&[
                "return cls()",
                "return cls",
                "return cls.c()",
                "return cls(cls)",
            ]);
            body.push(format!("@classmethod\ndef c(cls) {{\n{b}\n}}"));
        }
        if self.chance(0.4) {
            let b = self.pick(&[
                "return self.x",
                "return self.p",
                "return self",
                "raise AttributeError(\"p\")",
            ]);
            body.push(format!("@property\ndef p(self) {{\n{b}\n}}"));
            if self.chance(0.4) {
                let b = self.pick(&["self.x = v", "self.p = v", "pass"]);
                body.push(format!("@p.setter\ndef p(self, v) {{\n{b}\n}}"));
            }
        }
        if self.chance(0.15) {
            // a method using a name from the scope around the class
            let e = self.expr(Ty::Any, 2);
            body.push(format!(
                "def m(self) {{\nreturn [self.x for _ in range(2)] + [{e}]\n}}"
            ));
        }
        body.shuffle(self.rng);
        let class = format!("class {c}{base} {{\n{}\n}}", body.join("\n"));
        self.classes.push(c.clone());
        let arg = if self.chance(0.5) {
            self.expr(Ty::Any, 2)
        } else {
            String::new()
        };
        let o = self.bind(Ty::Obj);
        let mut out = vec![class, format!("{o} = {c}({arg})")];
        for _ in 0..self.rng.gen_range(1..=4) {
            let u = self.pick(USES);
            out.push(rename(u, &o, &c));
        }
        let _ = depth;
        out.join("\n")
    }

    /// A class whose one protocol method calls itself through native code.
    pub(super) fn dunder_recursion(&mut self) -> String {
        const PAIRS: &[(&str, &str, &str, &str)] = &[
            ("__repr__", "self", "return repr(self)", "print(o)"),
            ("__repr__", "self", "return f\"{self!r}\"", "repr([o])"),
            ("__str__", "self", "return \"%s\" % self", "str(o)"),
            ("__str__", "self", "return \"{}\".format(self)", "print(o)"),
            (
                "__format__",
                "self, s",
                "return format(self, s)",
                "f\"{o:x}\"",
            ),
            ("__eq__", "self, o", "return [self] == [o]", "o == o"),
            (
                "__eq__",
                "self, other",
                "return {1: self} == {1: other}",
                "o == C()",
            ),
            ("__hash__", "self", "return hash((self,))", "{o: 1}"),
            (
                "__lt__",
                "self, o",
                "return sorted([self, o])[0] is self",
                "sorted([o, C()])",
            ),
            ("__len__", "self", "return len([1] * len(self))", "len(o)"),
            ("__getitem__", "self, i", "return self[i + 1]", "o[0]"),
            ("__getitem__", "self, i", "return list(self)", "list(o)"),
            ("__iter__", "self", "return iter(list(self))", "list(o)"),
            ("__bool__", "self", "return not not self", "bool(o)"),
            ("__bool__", "self", "return any([self])", "if o { 1 }"),
            ("__add__", "self, o", "return sum([self, o], self)", "o + o"),
            ("__call__", "self, *a", "return self(*a)", "o()"),
            (
                "__call__",
                "self, *a",
                "return list(map(self, [1]))",
                "o(1)",
            ),
            ("__getattr__", "self, n", "return getattr(self, n)", "o.zz"),
            ("__getattr__", "self, n", "return self.__dict__[n]", "o.zz"),
            (
                "__index__",
                "self",
                "return list(range(5))[self]",
                "list(range(5))[o]",
            ),
            ("__contains__", "self, v", "return v in [self]", "1 in o"),
            (
                "__enter__",
                "self",
                "with self { return self }",
                "with o { }",
            ),
            ("__init__", "self", "C()", "C()"),
            (
                "__init__",
                "self",
                "self.k = sorted([1, 2], key=lambda v: C())",
                "C()",
            ),
            ("__neg__", "self", "return -self", "-o"),
            ("__del__", "self", "C()", "C()"),
        ];
        let (name, params, body, use_) = *PAIRS.choose(self.rng).unwrap_or(&PAIRS[0]);
        let c = self.fresh("C");
        let o = self.fresh("o");
        let init = if name == "__init__" {
            ""
        } else {
            "def __init__(self) { self.x = 1 }\n"
        };
        let class = format!("class C {{\n{init}def {name}({params}) {{\n{body}\n}}\n}}");
        let wrap = if self.chance(0.3) {
            // the recursion error caught and the program going on
            format!("try {{\n{use_}\n}} except RecursionError as e {{\nprint(type(e).__name__)\n}} except Exception as e {{\nprint(e)\n}}")
        } else {
            use_.to_string()
        };
        let mk = if name == "__init__" || name == "__del__" {
            String::new()
        } else {
            "o = C()\n".into()
        };
        rename(&format!("{class}\n{mk}{wrap}"), &o, &c)
    }

    /// A function or class under decorators of several kinds.
    pub(super) fn decorated(&mut self, depth: usize) -> String {
        let d = self.fresh("deco");
        let g = self.fresh("g");
        let decos = [
            format!("def {d}(f) {{\ndef w(*a, **k) {{\nreturn f(*a, **k)\n}}\nreturn w\n}}"),
            format!("def {d}(n) {{\ndef inner(f) {{\nreturn lambda *a: [f(*a) for _ in range(n)]\n}}\nreturn inner\n}}"),
            format!("def {d}(f) {{\nreturn None\n}}"),
            format!("def {d}(f) {{\nreturn 5\n}}"),
            format!("def {d}(f) {{\nreturn {d}(f)\n}}"),
            format!("{d} = lambda f: f"),
        ];
        let which = self.rng.gen_range(0..decos.len());
        let use_ = if which == 1 {
            format!("@{d}({})", self.pick(&["2", "0", "-1", "10**6", "\"x\""]))
        } else {
            format!("@{d}")
        };
        let mut heads = vec![use_.clone()];
        for _ in 0..self.rng.gen_range(0..3) {
            heads.push(
                self.pick(&[
                    "@staticmethod",
                    "@property",
                    "@classmethod",
                    "@print",
                    "@len",
                    "@(lambda f: f)",
                    "@[abs][0]",
                    "@nosuch",
                ])
                .to_string(),
            );
        }
        if self.chance(0.3) {
            heads.push(use_);
        }
        let target = if self.chance(0.2) {
            format!("class {g} {{\ndef __call__(self, x) {{\nreturn x\n}}\n}}")
        } else {
            let b = self.expr(Ty::Any, 2);
            format!("def {g}(x=1) {{\nreturn {b}\n}}")
        };
        let a = self.expr(Ty::Any, 2);
        let v = self.bind(Ty::Any);
        let _ = depth;
        format!(
            "{}\n{}\n{target}\n{v} = {g}({a})",
            decos[which],
            heads.join("\n")
        )
    }
}

/// `o` and `C` in a template replaced by fresh names (whole words only).
fn rename(template: &str, o: &str, c: &str) -> String {
    let mut out = String::new();
    let b = template.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let ch = b[i];
        if ch.is_ascii_alphanumeric() || ch == b'_' {
            let start = i;
            while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_') {
                i += 1;
            }
            let w = &template[start..i];
            let before_dot = start > 0 && b[start - 1] == b'.';
            out.push_str(match w {
                "o" if !before_dot => o,
                "C" if !before_dot => c,
                _ => w,
            });
        } else {
            let n = template[i..].chars().next().map_or(1, char::len_utf8);
            out.push_str(&template[i..i + n]);
            i += n;
        }
    }
    out
}
