//! The lexer's context rules: which `{` opens a block, when `fn` is arr's
//! keyword rather than a Python name, and how adjacent string literals join.

use super::lexer::{FStrBody, Spanned, Token};

/// Whether `fn` (followed by `rest`) is arr's keyword (`fn name(...)`,
/// `fn(x) = ...`, `fn(x) { ... }`) rather than a name, as pasted Python
/// uses it (`def logged(fn):`, `return fn(*args)`, `for fn in fns`).
pub fn fn_is_keyword(rest: &str, out: &[Spanned]) -> bool {
    if matches!(
        out.last(),
        Some((_, Token::Fn | Token::Dot | Token::Class, _))
    ) {
        return false;
    }
    let r = rest.trim_start_matches([' ', '\t']);
    let Some(c) = r.chars().next() else {
        return false;
    };
    if c.is_alphabetic() || c == '_' {
        // `fn name(`: a definition.
        let end = r
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(r.len());
        // `for fn in (a, b)`, `fn if c else (g)`: a name before a keyword.
        let word = &r[..end];
        return !matches!(
            word,
            "in" | "if" | "else" | "and" | "or" | "not" | "is" | "for"
        ) && r[end..].trim_start_matches([' ', '\t']).starts_with('(');
    }
    if c != '(' {
        return false;
    }
    // `fn(...)` then `=` or `{`: an anonymous function; a call otherwise.
    let mut depth = 0usize;
    let mut quote: Option<char> = None;
    let mut after = None;
    let mut chars = r.char_indices();
    while let Some((i, c)) = chars.next() {
        match (quote, c) {
            (Some(_), '\\') => {
                chars.next();
            }
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '"' | '\'') => quote = Some(c),
            (None, '(' | '[' | '{') => depth += 1,
            (None, ')' | ']' | '}') => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    after = Some(&r[i + 1..]);
                    break;
                }
            }
            _ => {}
        }
    }
    let Some(after) = after else {
        return false;
    };
    let after = after.trim_start_matches([' ', '\t']);
    if after.starts_with('=') {
        return !after.starts_with("==");
    }
    // `if fn(x) {` is a call before a block.
    after.starts_with('{')
        && !matches!(
            out.last(),
            Some((
                _,
                Token::If
                    | Token::Elif
                    | Token::While
                    | Token::In
                    | Token::And
                    | Token::Or
                    | Token::Not,
                _
            ))
        )
}

/// Whether a `{` after these tokens opens a block (`if x {`, `} else {`,
/// `try {`) rather than a dict or set display (`x = {`, `f({`, `[{`).
pub fn opens_block(out: &[Spanned]) -> bool {
    let Some((_, prev, _)) = out.last() else {
        return false;
    };
    match prev {
        Token::Name(_)
        | Token::RParen
        | Token::RBracket
        | Token::RBrace
        | Token::Int(_)
        | Token::Float(_)
        | Token::Imag(_)
        | Token::Str(_)
        | Token::FStr(..)
        | Token::True
        | Token::False
        | Token::None
        | Token::Ellipsis
        | Token::Try
        | Token::Finally
        | Token::Except => true,
        // `} else {` is a block; `a if c else {}` is a dict.
        Token::Else => out.len() >= 2 && matches!(out[out.len() - 2].1, Token::RBrace),
        _ => false,
    }
}

/// Two adjacent string literals as one (`"a" "b"`, `f"{x}" " units"`): an
/// f-string if either is.
pub fn join_strings(a: Token, b: Token) -> Token {
    // A plain string's value as f-string text (not raw): escapes and
    // braces doubled, so that it reads back as itself.
    fn as_fstring_text(s: &str) -> String {
        s.replace('\\', "\\\\")
            .replace('{', "{{")
            .replace('}', "}}")
    }
    // An f-string's text in non-raw form.
    fn cooked(f: &FStrBody) -> String {
        if f.raw {
            f.text.replace('\\', "\\\\")
        } else {
            f.text.clone()
        }
    }
    match (a, b) {
        (Token::Str(mut x), Token::Str(y)) => {
            x.push_str(&y);
            Token::Str(x)
        }
        (Token::FStr(mut x), Token::Str(y)) => {
            if x.raw {
                x.text = cooked(&x);
                x.raw = false;
            }
            x.text.push_str(&as_fstring_text(&y));
            Token::FStr(x)
        }
        (Token::Str(x), Token::FStr(y)) => {
            let head = as_fstring_text(&x);
            Token::FStr(FStrBody {
                offset: y.offset.saturating_sub(head.len()),
                text: head + &cooked(&y),
                raw: false,
            })
        }
        (Token::FStr(x), Token::FStr(y)) => {
            if x.raw == y.raw {
                Token::FStr(FStrBody {
                    text: x.text + &y.text,
                    ..x
                })
            } else {
                Token::FStr(FStrBody {
                    text: cooked(&x) + &cooked(&y),
                    offset: x.offset,
                    raw: false,
                })
            }
        }
        (a, _) => a,
    }
}
