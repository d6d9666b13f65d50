//! Tests of `pystr` against CPython 3.11.7. `pystr_cases.txt` holds calls
//! in Python syntax with CPython's answers, one a line
//! (`'a,b'.split(',') => ['a', 'b']`, `... => !TypeError: message`);
//! `HASHES` checks every char's predicates and case mappings. Both come
//! from CPython: `tests/gen/pystr_cases.py` and `tests/gen/pystr_hashes.py`.

use super::unicode as uc;
use super::*;

const CASES: &str = include_str!("pystr_cases.txt");

/// A Python literal of the cases.
#[derive(Debug, Clone)]
enum Lit {
    Str(String),
    Int(i64),
    Bool(bool),
    None,
    Tuple(Vec<Lit>),
    List(Vec<Lit>),
    Float,
}

impl Lit {
    fn arg(&self) -> SArg<'_> {
        match self {
            Lit::Str(s) => SArg::Str(s),
            Lit::Int(v) => SArg::Int(*v),
            Lit::Bool(b) => SArg::Bool(*b),
            Lit::None => SArg::None,
            Lit::Tuple(items) => SArg::Tuple(items.iter().map(Lit::arg).collect()),
            Lit::List(items) => SArg::List(items.iter().map(Lit::arg).collect()),
            Lit::Float => SArg::Other("float"),
        }
    }
}

/// A reader of the Python syntax of one case line.
struct Reader<'a> {
    rest: &'a str,
}

impl<'a> Reader<'a> {
    fn eat(&mut self, prefix: &str) -> bool {
        match self.rest.strip_prefix(prefix) {
            Some(r) => {
                self.rest = r;
                true
            }
            None => false,
        }
    }

    fn expect(&mut self, prefix: &str) -> Result<(), String> {
        if self.eat(prefix) {
            Ok(())
        } else {
            Err(format!("expected {prefix:?} at {:?}", self.rest))
        }
    }

    fn ident(&mut self) -> &'a str {
        let n = self
            .rest
            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
            .unwrap_or(self.rest.len());
        let (id, rest) = self.rest.split_at(n);
        self.rest = rest;
        id
    }

    fn hex(&mut self, digits: usize) -> Result<char, String> {
        let h = self.rest.get(..digits).ok_or("short escape")?;
        self.rest = &self.rest[digits..];
        let v = u32::from_str_radix(h, 16).map_err(|e| e.to_string())?;
        char::from_u32(v).ok_or_else(|| format!("bad char {v:x}"))
    }

    fn string(&mut self) -> Result<String, String> {
        let quote = if self.eat("'") {
            '\''
        } else {
            self.expect("\"")?;
            '"'
        };
        let mut out = String::new();
        loop {
            let c = self.rest.chars().next().ok_or("unterminated string")?;
            self.rest = &self.rest[c.len_utf8()..];
            if c == quote {
                return Ok(out);
            }
            if c != '\\' {
                out.push(c);
                continue;
            }
            let e = self.rest.chars().next().ok_or("bad escape")?;
            self.rest = &self.rest[e.len_utf8()..];
            out.push(match e {
                'n' => '\n',
                'r' => '\r',
                't' => '\t',
                'x' => self.hex(2)?,
                'u' => self.hex(4)?,
                'U' => self.hex(8)?,
                c => c,
            });
        }
    }

    fn items(&mut self, close: &str) -> Result<Vec<Lit>, String> {
        let mut items = Vec::new();
        while !self.eat(close) {
            items.push(self.lit()?);
            self.eat(", ");
            self.eat(",");
        }
        Ok(items)
    }

    fn lit(&mut self) -> Result<Lit, String> {
        if self.rest.starts_with(['\'', '"']) {
            return self.string().map(Lit::Str);
        }
        if self.eat("(") {
            return self.items(")").map(Lit::Tuple);
        }
        if self.eat("[") {
            return self.items("]").map(Lit::List);
        }
        for (word, lit) in [("True", Lit::Bool(true)), ("False", Lit::Bool(false))] {
            if self.eat(word) {
                return Ok(lit);
            }
        }
        if self.eat("None") {
            return Ok(Lit::None);
        }
        let n = self
            .rest
            .find(|c: char| !(c.is_ascii_digit() || c == '-' || c == '.'))
            .unwrap_or(self.rest.len());
        let (num, rest) = self.rest.split_at(n);
        self.rest = rest;
        if num.contains('.') {
            return Ok(Lit::Float);
        }
        num.parse()
            .map(Lit::Int)
            .map_err(|e| format!("{e}: {num:?}"))
    }
}

type Call = (String, String, Vec<Lit>, Vec<(String, Lit)>);

/// `'recv'.name(args, k=v) => expected`.
fn parse_case(line: &str) -> Result<(Call, &str), String> {
    let mut r = Reader { rest: line };
    let recv = r.string()?;
    r.expect(".")?;
    let name = r.ident().to_string();
    r.expect("(")?;
    let (mut pos, mut kw) = (Vec::new(), Vec::new());
    while !r.eat(")") {
        let save = r.rest;
        let id = r.ident();
        if !id.is_empty() && r.eat("=") {
            kw.push((id.to_string(), r.lit()?));
        } else {
            r.rest = save;
            pos.push(r.lit()?);
        }
        r.eat(", ");
    }
    r.expect(" => ")?;
    Ok(((recv, name, pos, kw), r.rest))
}

/// The answer in the cases' notation: Python's repr, or `!Kind: message`.
fn show(out: &Result<SOut, StrError>) -> String {
    let seq = |v: &[String]| v.iter().map(|s| py_repr(s)).collect::<Vec<_>>().join(", ");
    match out {
        Ok(SOut::Str(s)) => py_repr(s),
        Ok(SOut::Int(v)) => v.to_string(),
        Ok(SOut::Bool(b)) => (if *b { "True" } else { "False" }).to_string(),
        Ok(SOut::List(v)) => format!("[{}]", seq(v)),
        Ok(SOut::Tuple(v)) => format!("({})", seq(v)),
        Err(e) => format!("!{}: {}", e.kind, e.message),
    }
}

/// Python's `repr` of a str (its quote choice and escapes).
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if c == ' ' || uc::has(c, uc::PRINTABLE) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

#[test]
fn cpython_cases() {
    let mut failures = Vec::new();
    let mut n = 0;
    for line in CASES.lines().filter(|l| !l.is_empty()) {
        let ((recv, name, pos, kw), expected) = match parse_case(line) {
            Ok(c) => c,
            Err(e) => {
                failures.push(format!("unparsed {line}: {e}"));
                continue;
            }
        };
        let pos: Vec<SArg> = pos.iter().map(Lit::arg).collect();
        let kw: Vec<(&str, SArg)> = kw.iter().map(|(k, v)| (k.as_str(), v.arg())).collect();
        let got = match call_method(&recv, &name, &pos, &kw) {
            Some(out) => show(&out),
            None => "<not a method>".to_string(),
        };
        if got != expected {
            failures.push(format!("{line}\n    got {got}"));
        }
        n += 1;
    }
    assert!(n >= 250, "only {n} cases");
    assert!(
        failures.is_empty(),
        "{} of {n} cases failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

/// (check, chars it holds for, FNV-1a hash of them and their mappings).
const HASHES: &[(&str, u64, u64)] = &[
    ("isalnum", 133547, 0x779ad9cb3ec76984),
    ("isalpha", 131756, 0x2cc122403191f08f),
    ("isdecimal", 660, 0xfd61d350a72e8dd1),
    ("isdigit", 788, 0x52a378fba0bbdd05),
    ("isidentifier", 131975, 0x929e16816304ae48),
    ("islower", 2471, 0xee3c5537bde6f013),
    ("isnumeric", 1872, 0xc9a7c697e476b33d),
    ("isprintable", 144516, 0xef95fc5e3205b70f),
    ("isspace", 29, 0x4386d9a11e7487c9),
    ("istitle", 1982, 0xbf7b92c519c06923),
    ("isupper", 1951, 0x85d9f570cb2f2e3b),
    ("xid_continue", 135053, 0xaa630378990b0746),
    ("cased", 4453, 0x4515cdae1b42d303),
    ("sigma_after", 6855, 0x48d4008c995252c0),
    ("sigma_before", 1107811, 0x3c742b0e64593ea9),
    ("upper", 1525, 0x100fd492254fa798),
    ("lower", 1433, 0x14338ce71ddb0442),
    ("casefold", 1530, 0x5d611a1aab090547),
    ("title", 1452, 0xd3b0c814380ddb3a),
    ("capitalize", 1452, 0xd3b0c814380ddb3a),
    ("swapcase", 2896, 0xb8249c73dfa5478c),
];

fn fnv(h: u64, v: u32) -> u64 {
    (h ^ u64::from(v)).wrapping_mul(0x100000001b3)
}

type Check = fn(char, &str) -> (bool, String);

fn yes(b: bool) -> (bool, String) {
    (b, String::new())
}

fn mapped(s: &str, m: String) -> (bool, String) {
    (m != s, m)
}

/// The check `name` on the one-char string `s` (of char `c`): whether it
/// holds, and the mapped text for the mappings. The internals that
/// `call_method` dispatches to, called directly (a debug build is slow).
fn check(name: &str) -> Check {
    match name {
        "isalnum" => |_, s| {
            yes(uc::all_have(
                s,
                uc::ALPHA | uc::DECIMAL | uc::DIGIT | uc::NUMERIC,
            ))
        },
        "isalpha" => |_, s| yes(uc::all_have(s, uc::ALPHA)),
        "isdecimal" => |_, s| yes(uc::all_have(s, uc::DECIMAL)),
        "isdigit" => |_, s| yes(uc::all_have(s, uc::DIGIT)),
        "isnumeric" => |_, s| yes(uc::all_have(s, uc::NUMERIC)),
        "isprintable" => |c, _| yes(uc::has(c, uc::PRINTABLE)),
        "isidentifier" => |_, s| yes(uc::is_identifier(s)),
        "islower" => |_, s| yes(uc::is_one_case(s, false)),
        "isupper" => |_, s| yes(uc::is_one_case(s, true)),
        "istitle" => |_, s| yes(uc::is_title(s)),
        "isspace" => |c, s| {
            assert_eq!(uc::is_space(c), uc::has(c, uc::SPACE), "{c:?}");
            yes(uc::all_have(s, uc::SPACE))
        },
        "xid_continue" => |_, s| yes(uc::is_identifier(&format!("a{s}"))),
        "cased" => |_, s| yes(uc::title(&format!("{s}A")).ends_with('a')),
        "sigma_after" => |_, s| yes(uc::lower(&format!("A{s}Σ")).ends_with('ς')),
        "sigma_before" => |_, s| yes(uc::lower(&format!("AΣ{s}")).chars().nth(1) == Some('ς')),
        "upper" => |_, s| mapped(s, uc::map_each(s, uc::Map::Upper)),
        "lower" => |_, s| mapped(s, uc::lower(s)),
        "casefold" => |_, s| mapped(s, uc::map_each(s, uc::Map::Fold)),
        "title" => |_, s| mapped(s, uc::title(s)),
        "capitalize" => |_, s| mapped(s, uc::capitalize(s)),
        "swapcase" => |_, s| mapped(s, uc::swapcase(s)),
        _ => |_, _| panic!("no such check"),
    }
}

/// Every char against CPython, for the checks of `HASHES` that `pick`
/// chooses (by index; three tests share them out).
fn every_char(pick: fn(usize) -> bool) {
    let mut bad = Vec::new();
    for (i, &(name, want_n, want_h)) in HASHES.iter().enumerate() {
        if !pick(i) {
            continue;
        }
        let f = check(name);
        let (mut n, mut h) = (0u64, 0xcbf29ce484222325u64);
        let mut buf = [0u8; 4];
        for c in (0..0x110000).filter_map(char::from_u32) {
            let (holds, mapped) = f(c, c.encode_utf8(&mut buf));
            if holds {
                n += 1;
                h = mapped
                    .chars()
                    .fold(fnv(h, c as u32), |h, m| fnv(h, m as u32));
            }
        }
        if (n, h) != (want_n, want_h) {
            bad.push(format!(
                "{name}: {n} chars, hash {h:#x}; want {want_n}, {want_h:#x}"
            ));
        }
    }
    assert!(bad.is_empty(), "{}", bad.join("\n"));
}

#[test]
fn every_char_predicates_match_cpython() {
    every_char(|i| i < 12);
}

#[test]
fn every_char_sigma_and_cased_match_cpython() {
    every_char(|i| (12..15).contains(&i));
}

#[test]
fn every_char_mappings_match_cpython() {
    every_char(|i| i >= 15);
}

#[test]
fn the_methods_answer_as_the_checks_do() {
    let cases = [
        ("ǅ", "istitle"),
        ("Σ", "lower"),
        ("ß", "upper"),
        ("ﬁ", "title"),
        ("ß", "casefold"),
    ];
    for (s, name) in cases {
        let c = s.chars().next().unwrap_or(' ');
        let (holds, m) = check(name)(c, s);
        let want = if m.is_empty() {
            SOut::Bool(holds)
        } else {
            SOut::Str(m)
        };
        assert_eq!(call_method(s, name, &[], &[]), Some(Ok(want)), "{name}");
    }
}

fn call(s: &str, name: &str, pos: &[SArg]) -> Result<SOut, StrError> {
    call_method(s, name, pos, &[]).unwrap_or_else(|| panic!("{name} is a method"))
}

#[test]
fn methods_are_sorted_known_and_apart_from_python_only() {
    assert!(METHODS.windows(2).all(|w| w[0] < w[1]));
    for m in METHODS {
        assert!(call_method("x", m, &[], &[]).is_some(), "{m}");
    }
    for m in PYTHON_ONLY.iter().chain(&["nope", "__len__", ""]) {
        assert!(!METHODS.contains(m));
        assert!(call_method("x", m, &[], &[]).is_none(), "{m}");
    }
    assert_eq!(METHODS.len() + PYTHON_ONLY.len(), 47);
}

#[test]
fn widths_and_results_past_the_limit_are_memory_errors() {
    let big = SArg::Int(MAX_WIDTH + 1);
    let long = "x".repeat(MAX_WIDTH as usize + 5);
    for m in ["center", "ljust", "rjust", "zfill"] {
        let e = call("ab", m, std::slice::from_ref(&big)).unwrap_err();
        assert_eq!(
            (e.kind, e.message.as_str()),
            ("MemoryError", "width too large")
        );
        let same = call(&long, m, std::slice::from_ref(&big));
        assert_eq!(same, Ok(SOut::Str(long.clone())));
    }
    let at_limit = call("ab", "center", &[SArg::Int(MAX_WIDTH)]);
    assert!(matches!(at_limit, Ok(SOut::Str(s)) if s.len() == MAX_WIDTH as usize));
    let e = call("\t\t", "expandtabs", &[SArg::Int(i64::from(i32::MAX))]).unwrap_err();
    assert_eq!(
        (e.kind, e.message.as_str()),
        ("MemoryError", "result too large")
    );
    let tenk = "y".repeat(10_000);
    let e = call(&tenk, "replace", &[SArg::Str(""), SArg::Str(&tenk)]).unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    let twentyk = "z".repeat(20_000);
    let e = call(&tenk, "join", &[SArg::Str(&twentyk)]).map(|_| ());
    assert_eq!(e.map_err(|e| e.kind), Err("MemoryError"));
    let e = call(&tenk, "join", &[SArg::List(vec![SArg::Str("a"); 20_000])]).unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    let e = join(&tenk, &vec!["a"; 20_000]).unwrap_err();
    assert_eq!(e.kind, "MemoryError");
    assert_eq!(join("-", &["a", "é", ""]), Ok("a-é-".to_string()));
    assert_eq!(join("-", &[]), Ok(String::new()));
}

#[test]
fn extreme_indexes_do_not_overflow() {
    let ends = [i64::MIN, i64::MIN + 1, -1, 0, 1, i64::MAX - 1, i64::MAX];
    for name in ["find", "rfind", "count", "startswith", "endswith"] {
        for &a in &ends {
            for &b in &ends {
                for sub in ["", "é", "ab"] {
                    let args = [SArg::Str(sub), SArg::Int(a), SArg::Int(b)];
                    assert!(call("aébé", name, &args).is_ok());
                }
            }
        }
    }
    for &n in &ends {
        for name in ["split", "rsplit"] {
            assert!(call("a b", name, &[SArg::None, SArg::Int(n)]).is_ok());
            assert!(call("a b", name, &[SArg::Str("b"), SArg::Int(n)]).is_ok());
        }
        assert!(call(
            "ab",
            "replace",
            &[SArg::Str(""), SArg::Str("-"), SArg::Int(n)]
        )
        .is_ok());
        for name in [
            "center",
            "ljust",
            "rjust",
            "zfill",
            "expandtabs",
            "splitlines",
        ] {
            let _ = call("a\tb", name, &[SArg::Int(n)]);
        }
    }
}
