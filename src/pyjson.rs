//! Python 3.11 `json` module semantics (`json.dumps` / `json.loads`).
//!
//! Self-contained (depends only on `std`). Behaviour follows CPython 3.11.7,
//! including the exact text of `JSONDecodeError` messages and the positions
//! they report (counted in characters, like Python).
//!
//! Known, deliberate differences from CPython:
//! * Integers that do not fit in an `i64` are rejected with
//!   `integer out of range for arr's int64: <digits>` (Python has big ints).
//! * Nesting deeper than [`MAX_DEPTH`] (200) containers on load is a
//!   recursion error (Python's limit is its interpreter recursion limit,
//!   about 1000); dumping nests at most [`MAX_DUMP_DEPTH`] containers.
//! * A `\uXXXX` escape that decodes to a lone surrogate becomes U+FFFD,
//!   because Rust strings cannot hold lone surrogates.

use std::collections::HashMap;
use std::fmt;

/// Maximum nesting depth of arrays/objects accepted by [`loads`].
pub const MAX_DEPTH: usize = 200;
/// Maximum nesting depth of arrays/objects accepted by [`dumps`].
pub const MAX_DUMP_DEPTH: usize = 1000;

/// A JSON value. Object keys keep insertion order.
#[derive(Debug, Clone, PartialEq)]
pub enum Json {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    List(Vec<Json>),
    Obj(Vec<(String, Json)>),
}

/// Options of `json.dumps`.
pub struct DumpOpts<'a> {
    /// `indent=2` is `Some("  ")`, `indent="\t"` is `Some("\t")`,
    /// `indent=0` is `Some("")` (newlines, no indentation).
    pub indent: Option<String>,
    pub sort_keys: bool,
    /// `(item_separator, key_separator)`; `None` means Python's default.
    pub separators: Option<(String, String)>,
    pub ensure_ascii: bool,
    /// Python `repr` of a finite float (e.g. `1.0`, `1e+16`).
    pub float_repr: &'a dyn Fn(f64) -> String,
    pub allow_nan: bool,
}

impl<'a> DumpOpts<'a> {
    /// Python's defaults: no indent, unsorted, default separators,
    /// `ensure_ascii=True`, `allow_nan=True`.
    pub fn new(float_repr: &'a dyn Fn(f64) -> String) -> Self {
        DumpOpts {
            indent: None,
            sort_keys: false,
            separators: None,
            ensure_ascii: true,
            float_repr,
            allow_nan: true,
        }
    }
}

/// What Python exception a [`JsonError`] corresponds to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum JsonErrorKind {
    /// `json.JSONDecodeError` (a `ValueError`).
    Decode,
    /// `RecursionError` (nesting deeper than [`MAX_DEPTH`]).
    Recursion,
    /// arr-specific: an integer literal outside the `i64` range.
    IntRange,
}

/// A decoding error. `message` is exactly Python's `str(exc)`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError {
    pub message: String,
    pub kind: JsonErrorKind,
    /// `exc.msg` (the message without the position suffix).
    pub msg: String,
    /// `exc.pos`, `exc.lineno`, `exc.colno` (character based).
    pub pos: usize,
    pub lineno: usize,
    pub colno: usize,
}

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for JsonError {}

// ---------------------------------------------------------------- encoding

/// `json.dumps(v, ...)`. The error text is Python's `ValueError` message.
pub fn dumps(v: &Json, opts: &DumpOpts) -> Result<String, String> {
    let (item_sep, key_sep) = match &opts.separators {
        Some((i, k)) => (i.clone(), k.clone()),
        None if opts.indent.is_some() => (",".to_string(), ": ".to_string()),
        None => (", ".to_string(), ": ".to_string()),
    };
    let mut enc = Encoder {
        opts,
        item_sep,
        key_sep,
        out: String::new(),
    };
    enc.value(v, 0)?;
    Ok(enc.out)
}

/// Python's `json.encoder.encode_basestring(_ascii)`: the quoted JSON form.
pub fn encode_string(s: &str, ensure_ascii: bool) -> String {
    let mut out = String::with_capacity(s.len() + 2);
    push_string(&mut out, s, ensure_ascii);
    out
}

fn push_string(out: &mut String, s: &str, ensure_ascii: bool) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            c if (c as u32) < 0x20 => push_u_escape(out, c as u32),
            ' '..='~' => out.push(c),
            c if !ensure_ascii => out.push(c),
            c => {
                let mut units = [0u16; 2];
                for u in c.encode_utf16(&mut units) {
                    push_u_escape(out, u32::from(*u));
                }
            }
        }
    }
    out.push('"');
}

fn push_u_escape(out: &mut String, u: u32) {
    out.push_str(&format!("\\u{:04x}", u));
}

struct Encoder<'o, 'a> {
    opts: &'o DumpOpts<'a>,
    item_sep: String,
    key_sep: String,
    out: String,
}

impl Encoder<'_, '_> {
    fn value(&mut self, v: &Json, level: usize) -> Result<(), String> {
        match v {
            Json::Null => self.out.push_str("null"),
            Json::Bool(true) => self.out.push_str("true"),
            Json::Bool(false) => self.out.push_str("false"),
            Json::Int(i) => self.out.push_str(&i.to_string()),
            Json::Float(f) => self.float(*f)?,
            Json::Str(s) => push_string(&mut self.out, s, self.opts.ensure_ascii),
            Json::List(items) => {
                if items.is_empty() {
                    self.out.push_str("[]");
                    return Ok(());
                }
                let level = self.enter(level)?;
                self.out.push('[');
                self.newline(level);
                for (i, item) in items.iter().enumerate() {
                    if i > 0 {
                        self.separator(level);
                    }
                    self.value(item, level)?;
                }
                self.newline(level - 1);
                self.out.push(']');
            }
            Json::Obj(items) => {
                if items.is_empty() {
                    self.out.push_str("{}");
                    return Ok(());
                }
                let level = self.enter(level)?;
                let mut refs: Vec<&(String, Json)> = items.iter().collect();
                if self.opts.sort_keys {
                    refs.sort_by(|a, b| a.0.cmp(&b.0));
                }
                self.out.push('{');
                self.newline(level);
                for (i, (k, item)) in refs.into_iter().enumerate() {
                    if i > 0 {
                        self.separator(level);
                    }
                    push_string(&mut self.out, k, self.opts.ensure_ascii);
                    self.out.push_str(&self.key_sep);
                    self.value(item, level)?;
                }
                self.newline(level - 1);
                self.out.push('}');
            }
        }
        Ok(())
    }

    fn enter(&self, level: usize) -> Result<usize, String> {
        if level >= MAX_DUMP_DEPTH {
            return Err("maximum recursion depth exceeded while encoding a JSON object".into());
        }
        Ok(level + 1)
    }

    fn newline(&mut self, level: usize) {
        if let Some(ind) = &self.opts.indent {
            self.out.push('\n');
            for _ in 0..level {
                self.out.push_str(ind);
            }
        }
    }

    fn separator(&mut self, level: usize) {
        self.out.push_str(&self.item_sep);
        self.newline(level);
    }

    fn float(&mut self, f: f64) -> Result<(), String> {
        if f.is_finite() {
            self.out.push_str(&(self.opts.float_repr)(f));
            return Ok(());
        }
        let (json_text, py_repr) = if f.is_nan() {
            ("NaN", "nan")
        } else if f > 0.0 {
            ("Infinity", "inf")
        } else {
            ("-Infinity", "-inf")
        };
        if self.opts.allow_nan {
            self.out.push_str(json_text);
            return Ok(());
        }
        // CPython uses the C encoder (short message) only without indent.
        let base = "Out of range float values are not JSON compliant";
        Err(match self.opts.indent {
            None => base.to_string(),
            Some(_) => format!("{}: {}", base, py_repr),
        })
    }
}

// ---------------------------------------------------------------- decoding

/// `json.loads(text)` for a `str` argument.
pub fn loads(text: &str) -> Result<Json, JsonError> {
    let chars: Vec<char> = text.chars().collect();
    let fail = |e: Fail| Err(e.into_error(&chars));
    if chars.first() == Some(&'\u{feff}') {
        return fail(Fail::Decode(
            "Unexpected UTF-8 BOM (decode using utf-8-sig)",
            0,
        ));
    }
    let dec = Decoder { s: &chars };
    let start = dec.skip_ws(0);
    let (value, end) = match dec.scan_once(start, 0) {
        Ok(r) => r,
        Err(Fail::Stop(pos)) => return fail(Fail::Decode("Expecting value", pos)),
        Err(e) => return fail(e),
    };
    let end = dec.skip_ws(end);
    if end != chars.len() {
        return fail(Fail::Decode("Extra data", end));
    }
    Ok(value)
}

/// Internal failure; `Stop` is CPython's `StopIteration(idx)` from the
/// scanner, which becomes "Expecting value" at the top level.
enum Fail {
    Stop(usize),
    Decode(&'static str, usize),
    Recursion(&'static str, usize),
    IntRange(usize, usize),
}

impl Fail {
    fn into_error(self, s: &[char]) -> JsonError {
        let (kind, msg, pos) = match self {
            Fail::Stop(pos) => (JsonErrorKind::Decode, "Expecting value".to_string(), pos),
            Fail::Decode(m, pos) => (JsonErrorKind::Decode, m.to_string(), pos),
            Fail::Recursion(what, pos) => {
                let m = format!(
                    "maximum recursion depth exceeded while decoding a JSON {} from a unicode string",
                    what
                );
                (JsonErrorKind::Recursion, m, pos)
            }
            Fail::IntRange(start, end) => {
                let lit: String = s[start..end].iter().take(40).collect();
                let more = if end - start > 40 { "..." } else { "" };
                let m = format!("integer out of range for arr's int64: {}{}", lit, more);
                (JsonErrorKind::IntRange, m, start)
            }
        };
        let before = &s[..pos.min(s.len())];
        let lineno = before.iter().filter(|&&c| c == '\n').count() + 1;
        let colno = match before.iter().rposition(|&c| c == '\n') {
            Some(nl) => pos - nl,
            None => pos + 1,
        };
        let message = match kind {
            JsonErrorKind::Recursion => msg.clone(),
            _ => format!("{}: line {} column {} (char {})", msg, lineno, colno, pos),
        };
        JsonError {
            message,
            kind,
            msg,
            pos,
            lineno,
            colno,
        }
    }
}

struct Decoder<'s> {
    s: &'s [char],
}

fn is_ws(c: char) -> bool {
    matches!(c, ' ' | '\t' | '\n' | '\r')
}

impl Decoder<'_> {
    fn at(&self, i: usize) -> Option<char> {
        self.s.get(i).copied()
    }

    fn skip_ws(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(is_ws) {
            i += 1;
        }
        i
    }

    fn has(&self, i: usize, word: &str) -> bool {
        word.chars()
            .enumerate()
            .all(|(k, c)| self.at(i + k) == Some(c))
    }

    fn scan_once(&self, idx: usize, depth: usize) -> Result<(Json, usize), Fail> {
        let c = match self.at(idx) {
            Some(c) => c,
            None => return Err(Fail::Stop(idx)),
        };
        let constants: [(&str, Json); 6] = [
            ("null", Json::Null),
            ("true", Json::Bool(true)),
            ("false", Json::Bool(false)),
            ("NaN", Json::Float(f64::NAN)),
            ("Infinity", Json::Float(f64::INFINITY)),
            ("-Infinity", Json::Float(f64::NEG_INFINITY)),
        ];
        match c {
            '"' => {
                let (s, end) = self.scan_string(idx + 1)?;
                return Ok((Json::Str(s), end));
            }
            '{' | '[' => {
                let what = if c == '{' { "object" } else { "array" };
                if depth >= MAX_DEPTH {
                    return Err(Fail::Recursion(what, idx));
                }
                return if c == '{' {
                    self.parse_object(idx + 1, depth + 1)
                } else {
                    self.parse_array(idx + 1, depth + 1)
                };
            }
            _ => {}
        }
        for (word, value) in constants {
            if self.has(idx, word) {
                return Ok((value, idx + word.chars().count()));
            }
        }
        self.scan_number(idx)
    }

    fn digits(&self, mut i: usize) -> usize {
        while self.at(i).is_some_and(|c| c.is_ascii_digit()) {
            i += 1;
        }
        i
    }

    fn scan_number(&self, start: usize) -> Result<(Json, usize), Fail> {
        let mut idx = start;
        if self.at(idx) == Some('-') {
            idx += 1;
        }
        match self.at(idx) {
            Some('1'..='9') => idx = self.digits(idx + 1),
            Some('0') => idx += 1,
            _ => return Err(Fail::Stop(start)),
        }
        let mut is_float = false;
        if self.at(idx) == Some('.') && self.at(idx + 1).is_some_and(|c| c.is_ascii_digit()) {
            is_float = true;
            idx = self.digits(idx + 2);
        }
        if matches!(self.at(idx), Some('e' | 'E')) {
            let mut j = idx + 1;
            if matches!(self.at(j), Some('+' | '-')) {
                j += 1;
            }
            let k = self.digits(j);
            if k > j {
                is_float = true;
                idx = k;
            }
        }
        let text: String = self.s[start..idx].iter().collect();
        if is_float {
            let f = text.parse::<f64>().map_err(|_| Fail::Stop(start))?;
            Ok((Json::Float(f), idx))
        } else {
            match text.parse::<i64>() {
                Ok(i) => Ok((Json::Int(i), idx)),
                Err(_) => Err(Fail::IntRange(start, idx)),
            }
        }
    }

    fn hex4(&self, at: usize) -> Option<u32> {
        let mut v = 0u32;
        for k in 0..4 {
            v = (v << 4) | self.at(at + k)?.to_digit(16)?;
        }
        Some(v)
    }

    /// CPython's `scanstring_unicode` (strict mode); `end` is the index just
    /// after the opening quote.
    fn scan_string(&self, mut end: usize) -> Result<(String, usize), Fail> {
        let begin = end - 1;
        let len = self.s.len();
        let mut out = String::new();
        loop {
            let mut next = end;
            while next < len {
                let d = self.s[next];
                if d == '"' || d == '\\' {
                    break;
                }
                if (d as u32) <= 0x1f {
                    return Err(Fail::Decode("Invalid control character at", next));
                }
                out.push(d);
                next += 1;
            }
            if next == len {
                return Err(Fail::Decode("Unterminated string starting at", begin));
            }
            if self.s[next] == '"' {
                return Ok((out, next + 1));
            }
            next += 1;
            let c = match self.at(next) {
                None => return Err(Fail::Decode("Unterminated string starting at", begin)),
                Some(c) => c,
            };
            if c != 'u' {
                end = next + 1;
                out.push(match c {
                    '"' | '\\' | '/' => c,
                    'b' => '\u{8}',
                    'f' => '\u{c}',
                    'n' => '\n',
                    'r' => '\r',
                    't' => '\t',
                    _ => return Err(Fail::Decode("Invalid \\escape", end - 2)),
                });
                continue;
            }
            let (ch, new_end) = self.unicode_escape(next)?;
            out.push(ch);
            end = new_end;
        }
    }

    /// Decodes `\uXXXX` (and a following low surrogate) with `u_at` the
    /// index of the `u`. Returns the character and the index after it.
    fn unicode_escape(&self, u_at: usize) -> Result<(char, usize), Fail> {
        let len = self.s.len();
        let bad = |p| Fail::Decode("Invalid \\uXXXX escape", p);
        let mut end = u_at + 5;
        if end >= len {
            return Err(bad(u_at));
        }
        let c = self.hex4(u_at + 1).ok_or_else(|| bad(u_at))?;
        if (0xd800..0xdc00).contains(&c)
            && end + 6 < len
            && self.s[end] == '\\'
            && self.s[end + 1] == 'u'
        {
            let c2 = self.hex4(end + 2).ok_or_else(|| bad(end + 1))?;
            if (0xdc00..0xe000).contains(&c2) {
                end += 6;
                let joined = 0x10000 + ((c - 0xd800) << 10) + (c2 - 0xdc00);
                return Ok((char::from_u32(joined).unwrap_or('\u{fffd}'), end));
            }
        }
        Ok((char::from_u32(c).unwrap_or('\u{fffd}'), end))
    }

    fn parse_object(&self, idx: usize, depth: usize) -> Result<(Json, usize), Fail> {
        let mut items: Vec<(String, Json)> = Vec::new();
        let mut index: HashMap<String, usize> = HashMap::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) == Some('}') {
            return Ok((Json::Obj(items), idx + 1));
        }
        loop {
            if self.at(idx) != Some('"') {
                return Err(Fail::Decode(
                    "Expecting property name enclosed in double quotes",
                    idx,
                ));
            }
            let (key, next) = self.scan_string(idx + 1)?;
            idx = self.skip_ws(next);
            if self.at(idx) != Some(':') {
                return Err(Fail::Decode("Expecting ':' delimiter", idx));
            }
            idx = self.skip_ws(idx + 1);
            let (val, next) = self.scan_once(idx, depth)?;
            match index.get(&key) {
                Some(&i) => items[i].1 = val,
                None => {
                    index.insert(key.clone(), items.len());
                    items.push((key, val));
                }
            }
            idx = self.skip_ws(next);
            match self.at(idx) {
                Some('}') => return Ok((Json::Obj(items), idx + 1)),
                Some(',') => idx = self.skip_ws(idx + 1),
                _ => return Err(Fail::Decode("Expecting ',' delimiter", idx)),
            }
        }
    }

    fn parse_array(&self, idx: usize, depth: usize) -> Result<(Json, usize), Fail> {
        let mut items = Vec::new();
        let mut idx = self.skip_ws(idx);
        if self.at(idx) == Some(']') {
            return Ok((Json::List(items), idx + 1));
        }
        loop {
            let (val, next) = self.scan_once(idx, depth)?;
            items.push(val);
            idx = self.skip_ws(next);
            match self.at(idx) {
                Some(']') => return Ok((Json::List(items), idx + 1)),
                Some(',') => idx = self.skip_ws(idx + 1),
                _ => return Err(Fail::Decode("Expecting ',' delimiter", idx)),
            }
        }
    }
}

#[cfg(test)]
#[path = "pyjson_tests.rs"]
mod tests;
