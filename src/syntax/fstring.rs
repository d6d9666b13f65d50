//! f-strings: the body between the quotes is split into literal text and
//! fields `{expr!conv:spec}`, whose expressions are parsed like any other
//! (with spans pointing into the file) and whose spec may hold fields too.

use super::ast::FPart;
use super::lexer::unescape;
use super::parse::{parse_expr_at, SyntaxError};
use super::span::{FileId, Span};

struct Splitter<'a> {
    body: &'a str,
    offset: usize,
    raw: bool,
    file: FileId,
}

/// Splits and parses an f-string body that starts at `offset` in `file`.
pub fn parse(
    body: &str,
    offset: usize,
    raw: bool,
    file: FileId,
) -> Result<Vec<FPart>, SyntaxError> {
    let sp = Splitter {
        body,
        offset,
        raw,
        file,
    };
    let (parts, end) = sp.pieces(0, false, 0)?;
    debug_assert_eq!(end, body.len());
    Ok(parts)
}

impl Splitter<'_> {
    fn error(&self, message: &str, at: usize) -> SyntaxError {
        let start = self.offset + at;
        SyntaxError {
            message: format!("f-string: {message}"),
            span: Span::new(self.file, start, start + 1),
            incomplete: false,
        }
    }

    /// Literal text and fields from `i` to the end, or (in a spec) to the
    /// `}` that closes the field; returns where it stopped.
    fn pieces(
        &self,
        mut i: usize,
        in_spec: bool,
        depth: usize,
    ) -> Result<(Vec<FPart>, usize), SyntaxError> {
        if depth > 2 {
            return Err(self.error("expressions nested too deeply", i));
        }
        let bytes = self.body.as_bytes();
        let mut parts = Vec::new();
        let mut lit = String::new();
        let mut lit_start = i;
        while i < bytes.len() {
            match bytes[i] {
                b'{' if !in_spec && bytes.get(i + 1) == Some(&b'{') => {
                    lit.push('{');
                    i += 2;
                }
                b'}' if !in_spec && bytes.get(i + 1) == Some(&b'}') => {
                    lit.push('}');
                    i += 2;
                }
                b'{' => {
                    self.flush(&mut lit, lit_start, &mut parts)?;
                    let (field, end) = self.field(i + 1, depth)?;
                    parts.push(field);
                    i = end;
                    lit_start = i;
                }
                b'}' if in_spec => break,
                b'}' => return Err(self.error("single '}' is not allowed", i)),
                _ => {
                    let c = self.body[i..].chars().next().unwrap_or(' ');
                    lit.push(c);
                    i += c.len_utf8();
                }
            }
        }
        self.flush(&mut lit, lit_start, &mut parts)?;
        Ok((parts, i))
    }

    fn flush(
        &self,
        lit: &mut String,
        at: usize,
        parts: &mut Vec<FPart>,
    ) -> Result<(), SyntaxError> {
        if lit.is_empty() {
            return Ok(());
        }
        let text = if self.raw {
            std::mem::take(lit)
        } else {
            let t = unescape(lit, self.offset + at).map_err(|e| SyntaxError {
                message: e.kind.to_string(),
                span: Span::new(self.file, e.start, e.end),
                incomplete: false,
            })?;
            lit.clear();
            t
        };
        parts.push(FPart::Lit(text.into()));
        Ok(())
    }

    /// One field, from just after its `{`; returns the field and the index
    /// just after its `}`.
    fn field(&self, start: usize, depth: usize) -> Result<(FPart, usize), SyntaxError> {
        let bytes = self.body.as_bytes();
        let mut i = start;
        let mut nest = 0usize;
        let mut quote: Option<u8> = None;
        let mut self_doc = None;
        let expr_end;
        loop {
            let Some(&c) = bytes.get(i) else {
                return Err(self.error("expecting '}'", start.saturating_sub(1)));
            };
            if let Some(q) = quote {
                if c == b'\\' {
                    i += 1;
                } else if c == q {
                    quote = None;
                }
                i += 1;
                continue;
            }
            match c {
                b'\'' | b'"' => quote = Some(c),
                b'(' | b'[' | b'{' => nest += 1,
                b')' | b']' | b'}' if nest > 0 => nest -= 1,
                b'}' | b':' if nest == 0 => {
                    expr_end = i;
                    break;
                }
                b'!' if nest == 0 && bytes.get(i + 1) != Some(&b'=') => {
                    expr_end = i;
                    break;
                }
                b'=' if nest == 0
                    && !matches!(bytes.get(i + 1), Some(b'='))
                    && !matches!(
                        bytes.get(i.wrapping_sub(1)),
                        Some(b'=' | b'!' | b'<' | b'>')
                    )
                    && i > start =>
                {
                    self_doc = Some(self.body[start..=i].to_string());
                    expr_end = i;
                    i += 1;
                    // Only spaces may follow the `=` before `!`, `:` or `}`.
                    while bytes.get(i) == Some(&b' ') {
                        i += 1;
                    }
                    if let Some(sd) = &mut self_doc {
                        sd.push_str(&self.body[expr_end + 1..i]);
                    }
                    break;
                }
                _ => {}
            }
            i += 1;
        }
        let text = &self.body[start..expr_end];
        if text.trim().is_empty() {
            return Err(self.error("empty expression not allowed", start));
        }
        let expr = parse_expr_at(text, self.offset + start, self.file)?;
        let mut conversion = None;
        if bytes.get(i) == Some(&b'!') {
            match bytes.get(i + 1) {
                Some(&c @ (b's' | b'r' | b'a')) => conversion = Some(c as char),
                _ => {
                    return Err(
                        self.error("invalid conversion character: expected 's', 'r', or 'a'", i)
                    )
                }
            }
            i += 2;
        }
        let mut spec = Vec::new();
        if bytes.get(i) == Some(&b':') {
            let (parts, end) = self.pieces(i + 1, true, depth + 1)?;
            spec = parts;
            i = end;
        }
        if bytes.get(i) != Some(&b'}') {
            return Err(self.error("expecting '}'", i.min(bytes.len().saturating_sub(1))));
        }
        if self_doc.is_some() && conversion.is_none() && spec.is_empty() {
            conversion = Some('r');
        }
        let field = FPart::Field {
            expr,
            self_doc: self_doc.map(Into::into),
            conversion,
            spec,
        };
        Ok((field, i + 1))
    }
}
