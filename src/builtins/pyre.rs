//! Python's `re` on `fancy-regex` (backreferences and look-around included,
//! backtracking bounded so that a catastrophic pattern is an error, not a
//! hang): `compile search match fullmatch findall finditer sub subn split
//! escape`, pattern and match objects, the flags `I M S X`. Positions are
//! character offsets, as Python's are; Python's `$` (end, or before a final
//! newline) and `\Z` are translated.

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::value::{HostValue, Value};
use fancy_regex::{Regex, RegexBuilder};
use std::any::Any;
use std::rc::Rc;

const IGNORECASE: i64 = 2;
const MULTILINE: i64 = 8;
const DOTALL: i64 = 16;
const VERBOSE: i64 = 64;
const ASCII: i64 = 256;
/// Backtracking steps one search may take.
const BACKTRACK_LIMIT: usize = 1_000_000;

pub fn register(r: &mut Registry) {
    r.add("re_compile", compile, "re.compile(pattern, flags=0)\n\nA compiled regular expression (`search`, `match`, `findall`, `sub`...).\n\n>>> import re; re.compile(r'\\d+').findall('a1b22')\n['1', '22']");
    r.add("re_search", search, "re.search(pattern, string, flags=0)\n\nThe first match anywhere in the string, or None.\n\n>>> import re; re.search(r'(\\w+)@(\\w+)', 'mail bob@home now').groups()\n('bob', 'home')");
    r.add("re_match", match_, "re.match(pattern, string, flags=0)\n\nA match at the start of the string, or None.\n\n>>> import re; re.match(r'\\d+', '42 apples').group()\n'42'");
    r.add("re_fullmatch", fullmatch, "re.fullmatch(pattern, string, flags=0)\n\nA match of the whole string, or None.\n\n>>> import re; re.fullmatch(r'[a-z]+', 'abc') is not None\nTrue");
    r.add("re_findall", findall, "re.findall(pattern, string, flags=0)\n\nEvery match: strings, or tuples of the groups.\n\n>>> import re; re.findall(r'(\\w)=(\\d)', 'a=1, b=2')\n[('a', '1'), ('b', '2')]");
    r.add("re_finditer", finditer, "re.finditer(pattern, string, flags=0)\n\nAn iterator of match objects.\n\n>>> import re; [m.span() for m in re.finditer(r'o', 'foo')]\n[(1, 2), (2, 3)]");
    r.add("re_sub", sub, "re.sub(pattern, repl, string, count=0, flags=0)\n\nThe string with matches replaced (`\\1`, `\\g<name>` in repl, or a function of the match).\n\n>>> import re; re.sub(r'(\\w+) (\\w+)', r'\\2 \\1', 'hello world')\n'world hello'");
    r.add("re_subn", subn, "re.subn(pattern, repl, string, count=0, flags=0)\n\nLike sub, with the number of replacements.\n\n>>> import re; re.subn(r'a', 'o', 'banana')\n('bonono', 3)");
    r.add("re_split", split, "re.split(pattern, string, maxsplit=0, flags=0)\n\nThe pieces between matches (groups included).\n\n>>> import re; re.split(r'[,;]\\s*', 'a, b;c')\n['a', 'b', 'c']");
    r.add("re_escape", escape, "re.escape(pattern)\n\nThe string with regex metacharacters escaped.\n\n>>> import re; re.escape('1+1=2?')\n'1\\\\+1=2\\\\?'");
}

/// The flag constants, as globals `re_I`, `re_IGNORECASE`...
pub fn constants() -> Vec<(&'static str, Value)> {
    vec![
        ("re_I", Value::Int(IGNORECASE)),
        ("re_IGNORECASE", Value::Int(IGNORECASE)),
        ("re_M", Value::Int(MULTILINE)),
        ("re_MULTILINE", Value::Int(MULTILINE)),
        ("re_S", Value::Int(DOTALL)),
        ("re_DOTALL", Value::Int(DOTALL)),
        ("re_X", Value::Int(VERBOSE)),
        ("re_VERBOSE", Value::Int(VERBOSE)),
        ("re_A", Value::Int(ASCII)),
        ("re_ASCII", Value::Int(ASCII)),
    ]
}

pub(super) fn pattern_error(message: impl Into<String>) -> Error {
    crate::object::exc::error_as(ErrorKind::Value, "PatternError", message.into())
}

/// A compiled pattern (`re.Pattern`).
#[derive(Debug)]
pub struct Pattern {
    source: Rc<str>,
    flags: i64,
    re: Regex,
    /// `\A(?:pattern)` and `\A(?:pattern)\z`, for `match` and `fullmatch`.
    anchored: Regex,
    full: Regex,
    pub(super) names: Vec<Option<String>>,
}

/// Python's `$` outside a class is the end or just before a final newline
/// (without MULTILINE); `\Z` is the very end.
fn translate(p: &str, flags: i64) -> String {
    let mut out = String::with_capacity(p.len() + 8);
    let mut chars = p.chars();
    let mut in_class = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                Some('Z') => out.push_str("\\z"),
                Some(n) => {
                    out.push('\\');
                    out.push(n);
                }
                None => out.push('\\'),
            },
            '[' if !in_class => {
                in_class = true;
                out.push(c);
                // `[]...]` and `[^]...]`: a leading `]` is literal.
                let rest = chars.as_str();
                let skip = if rest.starts_with("^]") {
                    2
                } else {
                    usize::from(rest.starts_with(']'))
                };
                out.push_str(&rest[..skip]);
                chars = rest[skip..].chars();
            }
            ']' if in_class => {
                in_class = false;
                out.push(c);
            }
            '$' if !in_class && flags & MULTILINE == 0 => out.push_str("(?=\\n?\\z)"),
            _ => out.push(c),
        }
    }
    out
}

fn build(source: &str, flags: i64, wrap: impl Fn(&str) -> String) -> Result<Regex> {
    let mut b = RegexBuilder::new(&wrap(&translate(source, flags)));
    b.case_insensitive(flags & IGNORECASE != 0)
        .multi_line(flags & MULTILINE != 0)
        .dot_matches_new_line(flags & DOTALL != 0)
        .ignore_whitespace(flags & VERBOSE != 0)
        .backtrack_limit(BACKTRACK_LIMIT);
    b.build()
        .map_err(|e| pattern_error(format!("{e} in pattern {source:?}")))
}

fn compile_pattern(source: &str, flags: i64) -> Result<Rc<Pattern>> {
    if flags & ASCII != 0 {
        return Err(Error::value(
            "re.ASCII is not supported in arr (\\w, \\d and \\s match Unicode)",
        ));
    }
    if flags & !(IGNORECASE | MULTILINE | DOTALL | VERBOSE) != 0 {
        return Err(Error::value(format!("unsupported re flags {flags}")));
    }
    let re = build(source, flags, |p| p.to_string())?;
    let names = re.capture_names().map(|n| n.map(str::to_string)).collect();
    Ok(Rc::new(Pattern {
        source: source.into(),
        flags,
        anchored: build(source, flags, |p| format!("\\A(?:{p})"))?,
        full: build(source, flags, |p| format!("\\A(?:{p})\\z"))?,
        re,
        names,
    }))
}

/// The pattern an argument names: a compiled one, or a string compiled
/// with `flags`.
fn pattern_of(v: &Value, flags: &Value) -> Result<Rc<Pattern>> {
    let flags = match flags {
        Value::None => 0,
        f => crate::value::convert::to_i64(f, "re flags")?,
    };
    match v {
        Value::Str(s) => compile_pattern(s, flags),
        Value::Host(h) => match h.as_any().downcast_ref::<PatternObj>() {
            Some(p) if flags == 0 => Ok(p.0.clone()),
            Some(_) => Err(Error::value(
                "cannot process flags argument with a compiled pattern",
            )),
            None => Err(Error::type_error(format!(
                "first argument must be string or compiled pattern, not {}",
                v.py_type_name()
            ))),
        },
        _ => Err(Error::type_error(format!(
            "first argument must be string or compiled pattern, not {}",
            v.py_type_name()
        ))),
    }
}

pub(super) fn text_of(v: &Value) -> Result<Rc<str>> {
    match v {
        Value::Str(s) => Ok(s.clone()),
        _ => Err(Error::type_error(format!(
            "expected string or bytes-like object, got '{}'",
            v.py_type_name()
        ))),
    }
}

fn engine_error(e: fancy_regex::Error) -> Error {
    Error::new(
        ErrorKind::Limit,
        format!("regular expression search gave up: {e}"),
    )
}

/// Character offset of byte offset `b`.
pub(super) fn char_at(text: &str, b: usize) -> usize {
    if text.is_ascii() {
        b
    } else {
        text.get(..b).map_or(b, |t| t.chars().count())
    }
}

/// Byte offset of character offset `c` (clamped to the end).
fn byte_at(text: &str, c: usize) -> usize {
    if text.is_ascii() {
        c.min(text.len())
    } else {
        text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
    }
}

#[derive(Debug)]
pub struct Match {
    pub(super) text: Rc<str>,
    /// Byte spans of group 0 and each group (`None`: did not take part).
    pub(super) spans: Vec<Option<(usize, usize)>>,
    pub(super) pattern: Rc<Pattern>,
}

#[derive(Clone, Copy)]
enum Mode {
    Search,
    Match,
    Full,
}

impl Pattern {
    fn regex(&self, mode: Mode) -> &Regex {
        match mode {
            Mode::Search => &self.re,
            Mode::Match => &self.anchored,
            Mode::Full => &self.full,
        }
    }

    fn find(self: &Rc<Self>, text: &Rc<str>, pos: usize, mode: Mode) -> Result<Option<Match>> {
        // `\A` anchors at the text's start; from a later `pos` (a tokenizer's
        // `TOKEN.match(text, pos)`), the leftmost match from `pos` is the
        // anchored one when it starts there.
        let (mode, at) = match mode {
            Mode::Match if pos > 0 => (Mode::Search, Some(pos)),
            Mode::Full if pos > 0 => {
                let tail: Rc<str> = Rc::from(&text[pos..]);
                let m = self.find(&tail, 0, Mode::Full)?;
                return Ok(m.map(|m| Match {
                    text: text.clone(),
                    spans: m
                        .spans
                        .iter()
                        .map(|s| s.map(|(a, b)| (a + pos, b + pos)))
                        .collect(),
                    pattern: m.pattern,
                }));
            }
            _ => (mode, None),
        };
        let caps = self
            .regex(mode)
            .captures_from_pos(&**text, pos)
            .map_err(engine_error)?;
        let caps = caps.filter(|c| at.is_none_or(|p| c.get(0).is_some_and(|m| m.start() == p)));
        Ok(caps.map(|c| Match {
            text: text.clone(),
            spans: (0..c.len())
                .map(|i| c.get(i).map(|m| (m.start(), m.end())))
                .collect(),
            pattern: self.clone(),
        }))
    }

    /// Every match, left to right, as Python finds them: an empty match
    /// is never taken twice at one place.
    fn find_all(
        self: &Rc<Self>,
        text: &Rc<str>,
        start: usize,
        limit: usize,
        cx: &mut dyn Context,
    ) -> Result<Vec<Match>> {
        let mut out = Vec::new();
        let mut pos = start;
        let mut last_empty = None;
        while pos <= text.len() && (limit == 0 || out.len() < limit) {
            let Some(m) = self.find(text, pos, Mode::Search)? else {
                break;
            };
            let (s, e) = m.spans[0].unwrap_or((pos, pos));
            if s == e && last_empty == Some(s) {
                match text[s..].chars().next() {
                    Some(c) => pos = s + c.len_utf8(),
                    None => break,
                }
                continue;
            }
            last_empty = (s == e).then_some(s);
            pos = e;
            out.push(m);
            if out.len() % 4096 == 0 {
                cx.charge(4096)?;
                cx.check_alloc("re matches", out.len(), 64)?;
            }
        }
        Ok(out)
    }
}

/// `re.Pattern` as a value.
#[derive(Debug)]
pub struct PatternObj(pub(super) Rc<Pattern>);

/// `re.Match` as a value.
#[derive(Debug)]
pub struct MatchObj(pub(super) Match);

fn match_value(m: Option<Match>) -> Value {
    match m {
        Some(m) => Value::Host(Rc::new(MatchObj(m))),
        None => Value::None,
    }
}

/// `(pattern, string, ...)` of a module function, or `(string, ...)` of a
/// pattern's method.
struct Call {
    pattern: Rc<Pattern>,
    rest: Vec<Value>,
}

fn module_call(
    name: &str,
    args: Args,
    params: &[&str],
    required: usize,
    flags_at: usize,
) -> Result<Call> {
    let mut pos = args.pos;
    for (k, v) in args.kw {
        match params.iter().position(|p| **p == *k) {
            Some(i) => {
                if pos.len() <= i {
                    pos.resize(i + 1, Value::Undefined);
                }
                pos[i] = v;
            }
            None => {
                return Err(Error::type_error(format!(
                    "{name}() got an unexpected keyword argument '{k}'"
                )))
            }
        }
    }
    if pos.len() > params.len() {
        return Err(Error::type_error(format!(
            "{name}() takes at most {} arguments ({} given)",
            params.len(),
            pos.len()
        )));
    }
    pos.resize(params.len(), Value::Undefined);
    for (i, v) in pos.iter().enumerate() {
        if matches!(v, Value::Undefined) && i < required {
            return Err(Error::type_error(format!(
                "{name}() missing required argument '{}'",
                params[i]
            )));
        }
    }
    let flags = match &pos[flags_at] {
        Value::Undefined => Value::None,
        f => f.clone(),
    };
    let pattern = pattern_of(&pos[0], &flags)?;
    let rest = pos[1..flags_at]
        .iter()
        .map(|v| match v {
            Value::Undefined => Value::None,
            v => v.clone(),
        })
        .collect();
    Ok(Call { pattern, rest })
}

fn opt_usize(v: &Value, what: &str) -> Result<usize> {
    match v {
        Value::Undefined | Value::None => Ok(0),
        v => Ok(crate::value::convert::to_i64(v, what)?.max(0) as usize),
    }
}

fn run(op: &str, p: &Rc<Pattern>, rest: &[Value], cx: &mut dyn Context) -> Result<Value> {
    let mut text = text_of(rest.first().unwrap_or(&Value::None))?;
    // A pattern's methods take `pos` and `endpos` (the module's functions
    // pass neither): the text ends at `endpos`, matching starts at `pos`.
    let (mut start, mut end) = (0, None);
    if matches!(
        op,
        "search" | "match" | "fullmatch" | "findall" | "finditer"
    ) {
        start = byte_at(
            &text,
            opt_usize(rest.get(1).unwrap_or(&Value::None), "pos")?,
        );
        if let Some(v) = rest.get(2).filter(|v| !matches!(v, Value::None)) {
            end = Some(byte_at(&text, opt_usize(v, "endpos")?));
        }
    }
    if let Some(e) = end.filter(|e| *e < text.len()) {
        text = Rc::from(&text[..e]);
        start = start.min(e);
    }
    match op {
        "search" | "match" | "fullmatch" => {
            let mode = match op {
                "search" => Mode::Search,
                "match" => Mode::Match,
                _ => Mode::Full,
            };
            p.find(&text, start, mode).map(match_value)
        }
        "findall" => {
            let groups = p.spans_len() - 1;
            let items = p
                .find_all(&text, start, 0, cx)?
                .into_iter()
                .map(|m| match groups {
                    0 => m.group(0, &Value::None),
                    1 => m.group(1, &Value::str("")),
                    _ => m.groups(&Value::str("")),
                })
                .collect();
            Ok(Value::list(items))
        }
        "finditer" => {
            let items = p
                .find_all(&text, start, 0, cx)?
                .into_iter()
                .map(|m| match_value(Some(m)))
                .collect();
            Ok(crate::object::iter::new_iter(items, false))
        }
        "split" => {
            let maxsplit = opt_usize(rest.get(1).unwrap_or(&Value::None), "maxsplit")?;
            let mut out = Vec::new();
            let mut last = 0;
            for m in p.find_all(&text, 0, maxsplit, cx)? {
                let (s, e) = m.spans[0].unwrap_or((last, last));
                out.push(Value::str(&text[last..s]));
                out.extend((1..m.spans.len()).map(|i| m.group(i, &Value::None)));
                last = e;
            }
            out.push(Value::str(&text[last..]));
            Ok(Value::list(out))
        }
        _ => Err(Error::internal("unknown re operation")),
    }
}

impl Pattern {
    fn spans_len(&self) -> usize {
        self.re.captures_len()
    }

    fn substitute(
        self: &Rc<Self>,
        repl: &Value,
        text: &Rc<str>,
        count: usize,
        cx: &mut dyn Context,
    ) -> Result<(String, usize)> {
        let matches = self.find_all(text, 0, count, cx)?;
        let n = matches.len();
        let mut out = String::with_capacity(text.len());
        let mut last = 0;
        for m in matches {
            let (s, e) = m.spans[0].unwrap_or((last, last));
            out.push_str(&text[last..s]);
            match repl {
                Value::Str(t) => out.push_str(&m.expand(t)?),
                f => {
                    let r = cx.call(
                        f,
                        Args {
                            pos: vec![match_value(Some(m)).clone()],
                            kw: Vec::new(),
                        },
                    )?;
                    match &r {
                        Value::Str(r) => out.push_str(r),
                        other => {
                            return Err(Error::type_error(format!(
                                "expected str instance, {} found",
                                other.py_type_name()
                            )))
                        }
                    }
                }
            }
            last = e;
        }
        out.push_str(&text[last..]);
        Ok((out, n))
    }
}

fn compile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [p, flags] = args.bind("compile", ["pattern", "flags"], 1)?;
    let p = pattern_of(&p, &flags)?;
    Ok(Value::Host(Rc::new(PatternObj(p))))
}

fn search(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call("search", args, &["pattern", "string", "flags"], 2, 2)?;
    run("search", &c.pattern, &c.rest, cx)
}

fn match_(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call("match", args, &["pattern", "string", "flags"], 2, 2)?;
    run("match", &c.pattern, &c.rest, cx)
}

fn fullmatch(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call("fullmatch", args, &["pattern", "string", "flags"], 2, 2)?;
    run("fullmatch", &c.pattern, &c.rest, cx)
}

fn findall(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call("findall", args, &["pattern", "string", "flags"], 2, 2)?;
    run("findall", &c.pattern, &c.rest, cx)
}

fn finditer(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call("finditer", args, &["pattern", "string", "flags"], 2, 2)?;
    run("finditer", &c.pattern, &c.rest, cx)
}

fn split(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let c = module_call(
        "split",
        args,
        &["pattern", "string", "maxsplit", "flags"],
        2,
        3,
    )?;
    run("split", &c.pattern, &c.rest, cx)
}

fn sub_call(name: &str, cx: &mut dyn Context, args: Args) -> Result<(String, usize)> {
    let c = module_call(
        name,
        args,
        &["pattern", "repl", "string", "count", "flags"],
        3,
        4,
    )?;
    let text = text_of(&c.rest[1])?;
    let count = opt_usize(&c.rest[2], "count")?;
    c.pattern.substitute(&c.rest[0], &text, count, cx)
}

fn sub(cx: &mut dyn Context, args: Args) -> Result<Value> {
    sub_call("sub", cx, args).map(|(s, _)| Value::str(&s))
}

fn subn(cx: &mut dyn Context, args: Args) -> Result<Value> {
    sub_call("subn", cx, args)
        .map(|(s, n)| Value::tuple(vec![Value::str(&s), Value::Int(n as i64)]))
}

fn escape(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [s] = args.bind("escape", ["pattern"], 1)?;
    let s = text_of(&s)?;
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if "()[]{}?*+-|^$\\.&~# \t\n\r\x0b\x0c".contains(c) {
            out.push('\\');
        }
        out.push(c);
    }
    Ok(Value::str(&out))
}

impl HostValue for PatternObj {
    fn type_name(&self) -> String {
        "re.Pattern".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        let p = crate::value::format::str_repr(&self.0.source);
        let mut flags = Vec::new();
        for (bit, name) in [
            (IGNORECASE, "re.IGNORECASE"),
            (MULTILINE, "re.MULTILINE"),
            (DOTALL, "re.DOTALL"),
            (VERBOSE, "re.VERBOSE"),
        ] {
            if self.0.flags & bit != 0 {
                flags.push(name);
            }
        }
        if flags.is_empty() {
            format!("re.compile({p})")
        } else {
            format!("re.compile({p}, {})", flags.join("|"))
        }
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let p = &self.0;
        Some(Ok(match name {
            "pattern" => Value::Str(p.source.clone()),
            "flags" => Value::Int(p.flags | 32),
            "groups" => Value::Int(p.spans_len() as i64 - 1),
            "groupindex" => Value::dict(
                p.names
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| Some((Value::str(n.as_deref()?), Value::Int(i as i64))))
                    .collect(),
            ),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let p = &self.0;
        let r = match name {
            "search" | "match" | "fullmatch" | "findall" | "finditer" => args
                .clone()
                .bind(name, ["string", "pos", "endpos"], 1)
                .and_then(|a| run(name, p, &a, cx)),
            "split" => args
                .clone()
                .bind(name, ["string", "maxsplit"], 1)
                .and_then(|a| run(name, p, &a, cx)),
            "sub" | "subn" => args
                .clone()
                .bind(name, ["repl", "string", "count"], 2)
                .and_then(|[repl, text, count]| {
                    let text = text_of(&text)?;
                    let (s, n) = p.substitute(&repl, &text, opt_usize(&count, "count")?, cx)?;
                    Ok(if name == "sub" {
                        Value::str(&s)
                    } else {
                        Value::tuple(vec![Value::str(&s), Value::Int(n as i64)])
                    })
                }),
            _ => return None,
        };
        Some(r)
    }

    fn attr_names(&self) -> Vec<String> {
        [
            "search",
            "match",
            "fullmatch",
            "findall",
            "finditer",
            "split",
            "sub",
            "subn",
            "pattern",
            "flags",
            "groups",
            "groupindex",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }
}
