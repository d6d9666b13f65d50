//! `str.format` and f-string splitting for [`super`] (Python 3.11 semantics).

use super::{ascii_escape, format_value, get_integer, value_err, FmtError, FmtValue, Formattable};

const EXPECTING: &str = "f-string: expecting '}'";

/// First part of a replacement field name: `{0}` / `{}` (auto-numbered) or `{name}`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldFirst {
    Index(usize),
    Name(String),
}

/// One step of a field-name chain: `.attr`, `[digits]` or `[key]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FieldStep {
    Attr(String),
    Index(usize),
    Key(String),
}

/// A parsed field name, e.g. `{0[1].x}` is `Index(0)` then `[Index(1), Attr("x")]`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldRef {
    pub first: FieldFirst,
    pub steps: Vec<FieldStep>,
}

/// The `lookup` callback of [`format_template`].
pub type FieldLookup<'a> = dyn FnMut(&FieldRef) -> Result<Formattable, FmtError> + 'a;

/// `template.format(...)`: the caller resolves each field (positional index, keyword
/// name, attribute/item chain) in `lookup`, returning the object or its own error
/// (e.g. IndexError `Replacement index 1 out of range for positional args tuple`,
/// KeyError `'name'`); this function applies `!r`/`!s`/`!a`, expands nested specs
/// (`{x:{w}.{p}f}`, fields are resolved in CPython's order) and formats.
pub fn format_template(template: &str, lookup: &mut FieldLookup) -> Result<String, FmtError> {
    let chars: Vec<char> = template.chars().collect();
    build_string(&chars, lookup, &mut (0, 0), 2)
}

/// Port of `build_string`/`MarkupIterator_next`. `auto` is (state: 0 init, 1 auto,
/// 2 manual; next automatic index).
fn build_string(
    t: &[char],
    lookup: &mut FieldLookup,
    auto: &mut (u8, usize),
    depth: u8,
) -> Result<String, FmtError> {
    if depth == 0 {
        return Err(value_err("Max string recursion exceeded"));
    }
    let (mut out, mut pos, end) = (String::new(), 0, t.len());
    while pos < end {
        let (start, mut c, mut markup) = (pos, '\0', false);
        while pos < end {
            c = t[pos];
            pos += 1;
            if c == '{' || c == '}' {
                markup = true;
                break;
            }
        }
        let at_end = pos >= end;
        let mut lit_end = pos;
        if c == '}' && (at_end || t[pos] != '}') {
            return Err(value_err("Single '}' encountered in format string"));
        }
        if at_end && c == '{' {
            return Err(value_err("Single '{' encountered in format string"));
        }
        if !at_end {
            if t[pos] == c {
                pos += 1;
                markup = false;
            } else {
                lit_end -= 1;
            }
        }
        out.extend(&t[start..lit_end]);
        if markup {
            let (name, conv, spec, expand) = parse_field(t, &mut pos)?;
            let (fref, chain_err) = split_field_name(&t[name], auto)?;
            let obj = lookup(&fref)?;
            if let Some(e) = chain_err {
                return Err(e);
            }
            let converted = match conv {
                None => None,
                Some('r') => Some(obj.repr.clone()),
                Some('s') => Some(obj.value.as_value().to_py_str().into_owned()),
                Some('a') => Some(ascii_escape(&obj.repr)),
                Some(c) if (33..127).contains(&(c as u32)) => {
                    return Err(value_err(format!("Unknown conversion specifier {c}")))
                }
                Some(c) => {
                    return Err(value_err(format!(
                        "Unknown conversion specifier \\x{:x}",
                        c as u32
                    )))
                }
            };
            let spec: String = if expand {
                build_string(&t[spec], lookup, auto, depth - 1)?
            } else {
                t[spec].iter().collect()
            };
            out.push_str(&match &converted {
                Some(s) => format_value(&FmtValue::Str(s), &spec)?,
                None => format_value(&obj.value.as_value(), &spec)?,
            });
        }
    }
    Ok(out)
}

type FieldParts = (
    std::ops::Range<usize>,
    Option<char>,
    std::ops::Range<usize>,
    bool,
);

/// Port of `parse_field`: returns (name range, conversion, spec range, spec needs expanding).
fn parse_field(t: &[char], pos: &mut usize) -> Result<FieldParts, FmtError> {
    let (start, end, mut c) = (*pos, t.len(), '\0');
    while *pos < end {
        c = t[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_err("unexpected '{' in field name")),
            '[' => {
                while *pos < end && t[*pos] != ']' {
                    *pos += 1;
                }
            }
            '}' | ':' | '!' => break,
            _ => {}
        }
    }
    let name = start..(*pos).saturating_sub(1).max(start);
    if c == '}' {
        return Ok((name, None, 0..0, false));
    }
    if c != '!' && c != ':' {
        return Err(value_err("expected '}' before end of string"));
    }
    let mut conv = None;
    if c == '!' {
        let Some(&cv) = t.get(*pos) else {
            return Err(value_err(
                "end of string while looking for conversion specifier",
            ));
        };
        conv = Some(cv);
        *pos += 1;
        if let Some(&c2) = t.get(*pos) {
            *pos += 1;
            if c2 == '}' {
                return Ok((name, conv, 0..0, false));
            }
            if c2 != ':' {
                return Err(value_err("expected ':' after conversion specifier"));
            }
        }
    }
    let (spec_start, mut count, mut expand) = (*pos, 1, false);
    while *pos < end {
        *pos += 1;
        match t[*pos - 1] {
            '{' => (expand, count) = (true, count + 1),
            '}' if count == 1 => return Ok((name, conv, spec_start..*pos - 1, expand)),
            '}' => count -= 1,
            _ => {}
        }
    }
    Err(value_err("unmatched '{' in format spec"))
}

/// `get_integer` of unicode_format.h: `Some(n)` for a non-empty all-digit string.
fn field_index(s: &[char]) -> Result<Option<usize>, FmtError> {
    if s.is_empty() || !s.iter().all(char::is_ascii_digit) {
        return Ok(None);
    }
    let mut pos = 0;
    let (n, _) = get_integer(s, &mut pos)?;
    Ok(usize::try_from(n).ok())
}

/// Port of `field_name_split` + `FieldNameIterator`; a malformed chain is returned as a
/// deferred error (CPython raises it only after looking up the preceding parts).
fn split_field_name(
    name: &[char],
    auto: &mut (u8, usize),
) -> Result<(FieldRef, Option<FmtError>), FmtError> {
    let split = name
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(name.len());
    let first = &name[..split];
    let idx = field_index(first)?;
    let empty = first.is_empty();
    if empty || idx.is_some() {
        if auto.0 == 0 {
            auto.0 = if empty { 1 } else { 2 };
        }
        if auto.0 == 2 && empty {
            return Err(value_err(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        if auto.0 == 1 && !empty {
            return Err(value_err(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
    }
    let first = match idx {
        _ if empty => {
            auto.1 += 1;
            FieldFirst::Index(auto.1 - 1)
        }
        Some(i) => FieldFirst::Index(i),
        None => FieldFirst::Name(first.iter().collect()),
    };
    let (mut steps, mut i) = (Vec::new(), split);
    let err = loop {
        let Some(&c) = name.get(i) else { break None };
        let s = i + 1;
        let step = match c {
            '.' => {
                i = s + name[s..]
                    .iter()
                    .take_while(|&&c| c != '.' && c != '[')
                    .count();
                FieldStep::Attr(name[s..i].iter().collect())
            }
            '[' => {
                let Some(close) = name[s..].iter().position(|&c| c == ']') else {
                    break Some(value_err("Missing ']' in format string"));
                };
                i = s + close + 1;
                match field_index(&name[s..i - 1]) {
                    Err(e) => break Some(e),
                    Ok(Some(n)) => FieldStep::Index(n),
                    Ok(None) => FieldStep::Key(name[s..i - 1].iter().collect()),
                }
            }
            _ => {
                break Some(value_err(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ))
            }
        };
        if matches!(&step, FieldStep::Attr(a) | FieldStep::Key(a) if a.is_empty()) {
            break Some(value_err("Empty attribute in format string"));
        }
        steps.push(step);
    };
    Ok((FieldRef { first, steps }, err))
}

// ---------------------------------------------------------------- f-strings

/// A piece of an f-string body.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FPiece {
    /// Literal text, still in source form: `{{`/`}}` are already collapsed, but
    /// backslash escapes (`\n`, `\x41`, `\N{...}`) must be decoded by the caller
    /// (decode each `Lit` separately; for `rf"..."` do not decode).
    Lit(String),
    /// A replacement field. `expr` is the raw expression text (CPython compiles it as
    /// `(expr)`), at byte offset `expr_offset` of the body. For `{x=}` (`self_doc`), a
    /// `Lit` holding the text `x=` (with its whitespace) precedes the field, and
    /// `conversion` is already `Some('r')` when neither a conversion nor a spec was
    /// given. `spec` is the format spec (empty if none); it may contain nested fields
    /// and must be concatenated before formatting.
    Field {
        expr: String,
        expr_offset: usize,
        self_doc: bool,
        conversion: Option<char>,
        spec: Vec<FPiece>,
    },
}

/// Splits the raw source text between the quotes of a (non-raw) f-string into pieces,
/// with CPython 3.11's error messages (reported as SyntaxError by CPython).
pub fn split_fstring(body: &str) -> Result<Vec<FPiece>, String> {
    split_fstring_opts(body, false)
}

/// As [`split_fstring`]; `raw` is true for `rf"..."` (`\N{` is then not an escape).
pub fn split_fstring_opts(body: &str, raw: bool) -> Result<Vec<FPiece>, String> {
    fstring_parse(body, &mut 0, raw, 0)
}

/// Port of `_PyPegen_FstringParser_ConcatFstring` (level 0: whole body; 1, 2: specs).
fn fstring_parse(b: &str, pos: &mut usize, raw: bool, lvl: u8) -> Result<Vec<FPiece>, String> {
    let mut pieces = Vec::new();
    loop {
        let (lit, more) = fstring_literal(b, pos, raw, lvl)?;
        if !lit.is_empty() {
            match pieces.last_mut() {
                Some(FPiece::Lit(prev)) if prev.ends_with(['{', '}']) => prev.push_str(lit),
                _ => pieces.push(FPiece::Lit(lit.to_owned())),
            }
        }
        if more {
            continue;
        }
        if *pos >= b.len() || b.as_bytes()[*pos] == b'}' {
            break;
        }
        fstring_expr(b, pos, raw, lvl, &mut pieces)?;
    }
    if lvl != 0 && b.as_bytes().get(*pos) != Some(&b'}') {
        return Err(EXPECTING.to_owned());
    }
    Ok(pieces)
}

/// Port of `fstring_find_literal`; returns (literal, whether a doubled brace was seen).
fn fstring_literal<'b>(
    b: &'b str,
    pos: &mut usize,
    raw: bool,
    lvl: u8,
) -> Result<(&'b str, bool), String> {
    let (bytes, start, end) = (b.as_bytes(), *pos, b.len());
    let mut s = start;
    while s < end {
        let mut ch = bytes[s];
        s += 1;
        if !raw && ch == b'\\' && s < end {
            ch = bytes[s];
            s += 1;
            if ch == b'N' {
                if s < end && bytes[s] == b'{' {
                    s += 1;
                    while s < end && bytes[s] != b'}' {
                        s += 1;
                    }
                    s = (s + 1).min(end);
                } else if s < end {
                    s += 1;
                }
                continue;
            }
        }
        if ch == b'{' || ch == b'}' {
            if lvl == 0 {
                if bytes.get(s) == Some(&ch) {
                    *pos = s + 1;
                    return Ok((b.get(start..s).unwrap_or(""), true));
                }
                if ch == b'}' {
                    return Err("f-string: single '}' is not allowed".to_owned());
                }
            }
            s -= 1;
            break;
        }
    }
    *pos = s;
    Ok((b.get(start..s).unwrap_or(""), false))
}

/// Port of `fstring_find_expr`: parses `{expr[=][!c][:spec]}` starting at the `{`.
fn fstring_expr(
    b: &str,
    pos: &mut usize,
    raw: bool,
    lvl: u8,
    pieces: &mut Vec<FPiece>,
) -> Result<(), String> {
    if lvl >= 2 {
        return Err("f-string: expressions nested too deeply".to_owned());
    }
    let (bytes, end) = (b.as_bytes(), b.len());
    *pos += 1;
    let expr_start = *pos;
    let (mut quote, mut triple, mut stack) = (0u8, false, Vec::new());
    while *pos < end {
        let ch = bytes[*pos];
        let tripled = *pos + 2 < end && bytes[*pos + 1] == ch && bytes[*pos + 2] == ch;
        match ch {
            b'\\' => return Err("f-string expression part cannot include a backslash".to_owned()),
            _ if quote != 0 && ch == quote && (!triple || tripled) => {
                *pos += if triple { 2 } else { 0 };
                quote = 0;
            }
            _ if quote != 0 => {}
            b'\'' | b'"' => {
                (quote, triple) = (ch, tripled);
                *pos += if tripled { 2 } else { 0 };
            }
            b'[' | b'{' | b'(' if stack.len() >= 200 => {
                return Err("f-string: too many nested parenthesis".to_owned())
            }
            b'[' | b'{' | b'(' => stack.push(ch),
            b'#' => return Err("f-string expression part cannot include '#'".to_owned()),
            b'!' | b':' | b'}' | b'=' | b'>' | b'<' if stack.is_empty() => {
                if ch != b':' && ch != b'}' && bytes.get(*pos + 1) == Some(&b'=') {
                    *pos += 1;
                } else if ch != b'>' && ch != b'<' {
                    break;
                }
            }
            b']' | b'}' | b')' => match stack.pop() {
                None => return Err(format!("f-string: unmatched '{}'", ch as char)),
                Some(o) if (o, ch) != (b'(', b')') && (o, ch) != (b'[', b']') && (o, ch) != (b'{', b'}') => {
                    return Err(format!(
                        "f-string: closing parenthesis '{}' does not match opening parenthesis '{}'",
                        ch as char, o as char
                    ))
                }
                Some(_) => {}
            },
            _ => {}
        }
        *pos += 1;
    }
    if quote != 0 {
        return Err("f-string: unterminated string".to_owned());
    }
    if let Some(&o) = stack.last() {
        return Err(format!("f-string: unmatched '{}'", o as char));
    }
    let Some(&stop) = bytes.get(*pos) else {
        return Err(EXPECTING.to_owned());
    };
    let expr = b.get(expr_start..*pos).unwrap_or("");
    if expr
        .bytes()
        .all(|c| matches!(c, b' ' | b'\t' | b'\n' | b'\x0c'))
    {
        return Err(match stop {
            b'!' | b':' | b'=' => {
                format!("f-string: expression required before '{}'", stop as char)
            }
            _ => "f-string: empty expression not allowed".to_owned(),
        });
    }
    let mut self_doc = None;
    if stop == b'=' {
        *pos += 1;
        while *pos < end
            && matches!(
                bytes[*pos],
                b' ' | b'\t' | b'\n' | b'\r' | b'\x0b' | b'\x0c'
            )
        {
            *pos += 1;
        }
        if *pos >= end {
            return Err(EXPECTING.to_owned());
        }
        self_doc = b.get(expr_start..*pos);
    }
    let mut conversion = None;
    if bytes.get(*pos) == Some(&b'!') {
        match bytes.get(*pos + 1) {
            None => return Err(EXPECTING.to_owned()),
            Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(char::from(c)),
            Some(_) => {
                return Err(
                    "f-string: invalid conversion character: expected 's', 'r', or 'a'".to_owned(),
                )
            }
        }
        *pos += 2;
    }
    let mut spec = None;
    if bytes.get(*pos) == Some(&b':') {
        *pos += 1;
        if *pos >= end {
            return Err(EXPECTING.to_owned());
        }
        spec = Some(fstring_parse(b, pos, raw, lvl + 1)?);
    }
    if bytes.get(*pos) != Some(&b'}') {
        return Err(EXPECTING.to_owned());
    }
    *pos += 1;
    if self_doc.is_some() && spec.is_none() && conversion.is_none() {
        conversion = Some('r');
    }
    if let Some(text) = self_doc {
        pieces.push(FPiece::Lit(text.to_owned()));
    }
    pieces.push(FPiece::Field {
        expr: expr.to_owned(),
        expr_offset: expr_start,
        self_doc: self_doc.is_some(),
        conversion,
        spec: spec.unwrap_or_default(),
    });
    Ok(())
}
