//! The logos lexer, plus the small layer of layout rules the grammar relies on:
//! newlines end statements except inside `(...)` and `[...]`, runs of
//! terminators collapse into one, and a newline before `elif`/`else` is dropped
//! so that `}` and `else` may sit on different lines.

use logos::Logos;

#[derive(Clone, Debug, PartialEq)]
pub enum LexErrorKind {
    /// A character that starts no token.
    Unexpected(char),
    UnterminatedString,
    BadEscape(char),
    BadNumber(String),
    /// A closing bracket that does not match the open one.
    Mismatched {
        expected: Option<char>,
        found: char,
    },
    TooDeep,
}

#[derive(Clone, Debug, PartialEq)]
pub struct LexError {
    pub kind: LexErrorKind,
    pub start: usize,
    pub end: usize,
}

impl std::fmt::Display for LexErrorKind {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            LexErrorKind::Unexpected(c) => write!(f, "unexpected character {c:?}"),
            LexErrorKind::UnterminatedString => write!(f, "unterminated string literal"),
            LexErrorKind::BadEscape(c) => write!(f, "unknown escape sequence '\\{c}'"),
            LexErrorKind::BadNumber(s) => write!(f, "invalid number literal '{s}'"),
            LexErrorKind::Mismatched {
                expected: Some(e),
                found,
            } => write!(f, "mismatched bracket: expected '{e}' but found '{found}'"),
            LexErrorKind::Mismatched {
                expected: None,
                found,
            } => write!(f, "unmatched closing bracket '{found}'"),
            LexErrorKind::TooDeep => write!(f, "brackets nested too deeply (limit {MAX_DEPTH})"),
        }
    }
}

/// Deeper nesting than this is refused so that nothing downstream can
/// overflow the stack on pathological input.
pub const MAX_DEPTH: usize = 200;

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(skip r"[ \t\r\f]+")]
#[logos(skip(r"#[^\n]*", allow_greedy = true))]
#[logos(skip r"\\\r?\n")]
pub enum Token {
    #[regex(r"[0-9][0-9_]*", |lex| lex.slice().replace('_', ""), priority = 3)]
    #[regex(r"0[xX][0-9a-fA-F_]+|0[oO][0-7_]+|0[bB][01_]+", |lex| lex.slice().replace('_', ""))]
    Int(String),
    #[regex(r"([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?", |lex| lex.slice().replace('_', ""))]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9]+", |lex| lex.slice().replace('_', ""))]
    Float(String),
    /// An imaginary literal (`2j`, `1.5e3J`): the number before the `j`.
    #[regex(r"([0-9][0-9_]*(\.[0-9_]*)?|\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?[jJ]", |lex| { let s = lex.slice(); s[..s.len() - 1].replace('_', "") })]
    Imag(String),
    /// The raw literal, prefix and quotes included; `tokenize` turns it
    /// into a `Str` of its value or an `FStr`.
    #[regex(r#"([rRuU]|[fF]|[rR][fF]|[fF][rR])?"([^"\\\n]|\\.)*""#, |lex| lex.slice().to_string())]
    #[regex(r#"([rRuU]|[fF]|[rR][fF]|[fF][rR])?'([^'\\\n]|\\.)*'"#, |lex| lex.slice().to_string())]
    #[regex(r#"([rRuU]|[fF]|[rR][fF]|[fF][rR])?("""|''')"#, triple_quoted)]
    Str(String),
    /// An f-string: the text between its quotes (escapes not yet
    /// processed), that text's byte offset in the source, and whether it
    /// is raw (`rf"..."`).
    FStr(FStrBody),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_string(), priority = 2)]
    Name(String),

    #[token("fn")]
    #[token("def")]
    Fn,
    #[token("lambda")]
    Lambda,
    #[token("is")]
    Is,
    #[token("global")]
    Global,
    #[token("nonlocal")]
    Nonlocal,
    #[token("pass")]
    Pass,
    #[token("assert")]
    Assert,
    #[token("raise")]
    Raise,
    #[token("try")]
    Try,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("with")]
    With,
    #[token("as")]
    As,
    #[token("class")]
    Class,
    #[token("from")]
    From,
    #[token("del")]
    Del,
    #[token("yield")]
    Yield,
    #[token("if")]
    If,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("while")]
    While,
    /// `match` and `case` where they begin a `match` statement or one of its
    /// cases (soft keywords, as in Python: elsewhere they are names).
    Match,
    Case,
    #[token("for")]
    For,
    #[token("in")]
    In,
    #[token("break")]
    Break,
    #[token("continue")]
    Continue,
    #[token("return")]
    Return,
    #[token("and")]
    And,
    #[token("or")]
    Or,
    #[token("not")]
    Not,
    #[token("true")]
    #[token("True")]
    True,
    #[token("false")]
    #[token("False")]
    False,
    #[token("none")]
    #[token("None")]
    None,
    #[token("import")]
    Import,

    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    /// A `{` that opens a dict or set display (decided by `tokenize` from
    /// the token before it), inside which newlines do not end statements.
    LBraceLit,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(":=")]
    ColonEq,
    #[token(";")]
    Semi,
    #[token("\n")]
    Newline,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,

    #[token("=")]
    Assign,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("/=")]
    SlashAssign,
    #[token("@=")]
    AtAssign,
    #[token("//=")]
    SlashSlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("**=")]
    StarStarAssign,
    #[token("&=")]
    AmpAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    ShlAssign,
    #[token(">>=")]
    ShrAssign,
    #[token("->")]
    Arrow,

    #[token("==")]
    EqEq,
    #[token("!=")]
    NotEq,
    #[token("<")]
    Lt,
    #[token("<=")]
    Le,
    #[token(">")]
    Gt,
    #[token(">=")]
    Ge,
    #[token("|")]
    Pipe,
    #[token("&")]
    Amp,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("/")]
    Slash,
    #[token("//")]
    SlashSlash,
    #[token("%")]
    Percent,
    #[token("@")]
    At,
    #[token("**")]
    StarStar,
    #[token("~")]
    Tilde,
    #[token("^")]
    Caret,
    #[token("<<")]
    Shl,
    #[token(">>")]
    Shr,

    /// A statement terminator: one or more newlines or `;` collapsed.
    Term,
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            Token::Int(s) | Token::Float(s) | Token::Str(s) => return write!(f, "{s}"),
            Token::Imag(s) => return write!(f, "{s}j"),
            Token::Name(s) => return write!(f, "name '{s}'"),
            Token::Newline | Token::Term => "end of line",
            Token::FStr(s) => return write!(f, "f-string \"{}\"", s.text),
            Token::Fn => "fn",
            Token::Lambda => "lambda",
            Token::Is => "is",
            Token::Global => "global",
            Token::Nonlocal => "nonlocal",
            Token::Pass => "pass",
            Token::Assert => "assert",
            Token::Raise => "raise",
            Token::Try => "try",
            Token::Except => "except",
            Token::Finally => "finally",
            Token::With => "with",
            Token::As => "as",
            Token::Class => "class",
            Token::From => "from",
            Token::Del => "del",
            Token::Yield => "yield",
            Token::LBraceLit => "{",
            Token::SlashSlashAssign => "//=",
            Token::PercentAssign => "%=",
            Token::StarStarAssign => "**=",
            Token::AmpAssign => "&=",
            Token::PipeAssign => "|=",
            Token::CaretAssign => "^=",
            Token::ShlAssign => "<<=",
            Token::ShrAssign => ">>=",
            Token::Arrow => "->",
            Token::Caret => "^",
            Token::Shl => "<<",
            Token::Shr => ">>",
            Token::If => "if",
            Token::Elif => "elif",
            Token::Else => "else",
            Token::While => "while",
            Token::Match => "match",
            Token::Case => "case",
            Token::For => "for",
            Token::In => "in",
            Token::Break => "break",
            Token::Continue => "continue",
            Token::Return => "return",
            Token::And => "and",
            Token::Or => "or",
            Token::Not => "not",
            Token::True => "true",
            Token::False => "false",
            Token::None => "none",
            Token::Import => "import",
            Token::LParen => "(",
            Token::RParen => ")",
            Token::LBracket => "[",
            Token::RBracket => "]",
            Token::LBrace => "{",
            Token::RBrace => "}",
            Token::Comma => ",",
            Token::ColonEq => ":=",
            Token::Colon => ":",
            Token::Semi => ";",
            Token::Dot => ".",
            Token::Ellipsis => "...",
            Token::Assign => "=",
            Token::PlusAssign => "+=",
            Token::MinusAssign => "-=",
            Token::StarAssign => "*=",
            Token::SlashAssign => "/=",
            Token::AtAssign => "@=",
            Token::EqEq => "==",
            Token::NotEq => "!=",
            Token::Lt => "<",
            Token::Le => "<=",
            Token::Gt => ">",
            Token::Ge => ">=",
            Token::Pipe => "|",
            Token::Amp => "&",
            Token::Plus => "+",
            Token::Minus => "-",
            Token::Star => "*",
            Token::Slash => "/",
            Token::SlashSlash => "//",
            Token::Percent => "%",
            Token::At => "@",
            Token::StarStar => "**",
            Token::Tilde => "~",
        };
        write!(f, "'{s}'")
    }
}

pub type Spanned = (usize, Token, usize);

use super::layout::{fn_is_keyword, join_strings, opens_block};

/// An f-string's body as written (escapes not processed), where it starts
/// in the source, and whether it is raw (`rf"..."`).
#[derive(Clone, Debug, PartialEq)]
pub struct FStrBody {
    pub text: String,
    pub offset: usize,
    pub raw: bool,
}

/// Tokenizes `src` completely, applying the layout rules. Returns the first
/// lexical error, if any.
pub fn tokenize(src: &str) -> Result<Vec<Spanned>, LexError> {
    let mut out: Vec<Spanned> = Vec::new();
    let mut stack: Vec<char> = Vec::new();
    let mut lex = Token::lexer(src);
    while let Some(tok) = lex.next() {
        let span = lex.span();
        let tok = match tok {
            Ok(t) => t,
            Err(()) => {
                let rest = &src[span.start..];
                let c = rest.chars().next().unwrap_or(' ');
                let kind = if c == '"' || c == '\'' {
                    LexErrorKind::UnterminatedString
                } else {
                    LexErrorKind::Unexpected(c)
                };
                return Err(LexError {
                    kind,
                    start: span.start,
                    end: span.start + c.len_utf8(),
                });
            }
        };
        let tok = match tok {
            // `case {"k": v} {`: a mapping pattern, then the block.
            Token::LBrace if soft_keyword_at(&out, out.len().wrapping_sub(1)) => Token::LBraceLit,
            Token::LBrace if !opens_block(&out) => Token::LBraceLit,
            Token::Fn if lex.slice() == "fn" && !fn_is_keyword(lex.remainder(), &out) => {
                Token::Name("fn".into())
            }
            other => other,
        };
        match tok {
            Token::LParen | Token::LBracket | Token::LBrace | Token::LBraceLit => {
                if stack.len() >= MAX_DEPTH {
                    return Err(LexError {
                        kind: LexErrorKind::TooDeep,
                        start: span.start,
                        end: span.end,
                    });
                }
                stack.push(match tok {
                    Token::LParen => ')',
                    Token::LBracket => ']',
                    Token::LBraceLit => 'd',
                    _ => '}',
                });
            }
            Token::RParen | Token::RBracket | Token::RBrace => {
                let found = match tok {
                    Token::RParen => ')',
                    Token::RBracket => ']',
                    _ => '}',
                };
                match stack.pop() {
                    Some(e) if e == found => {}
                    Some('d') if found == '}' => {}
                    expected => {
                        let expected = expected.map(|e| if e == 'd' { '}' } else { e });
                        return Err(LexError {
                            kind: LexErrorKind::Mismatched { expected, found },
                            start: span.start,
                            end: span.end,
                        });
                    }
                }
                // A block's last statement needs no terminator before `}`.
                if found == '}' && matches!(out.last(), Some((_, Token::Term, _))) {
                    out.pop();
                }
            }
            _ => {}
        }
        let inside_group = matches!(stack.last(), Some(')' | ']' | 'd'));
        match tok {
            Token::Newline | Token::Semi => {
                if inside_group && tok == Token::Newline {
                    continue;
                }
                // Collapse runs, and drop terminators right after an opening
                // brace or at the very start.
                match out.last() {
                    None | Some((_, Token::Term, _)) | Some((_, Token::LBrace, _)) => {}
                    _ => out.push((span.start, Token::Term, span.end)),
                }
            }
            Token::Elif | Token::Else | Token::Except | Token::Finally => {
                if matches!(out.last(), Some((_, Token::Term, _))) {
                    if let Some(i) = out.len().checked_sub(2) {
                        if matches!(out[i].1, Token::RBrace) {
                            out.pop();
                        }
                    }
                }
                out.push((span.start, tok, span.end));
            }
            Token::Str(raw) => {
                let tok = string_token(&raw, span.start)?;
                // Adjacent string literals are one string, as in Python.
                if let Some((_, prev @ (Token::Str(_) | Token::FStr(_)), end)) = out.last_mut() {
                    *prev = join_strings(std::mem::replace(prev, Token::Semi), tok);
                    *end = span.end;
                    continue;
                }
                out.push((span.start, tok, span.end));
            }
            other => out.push((span.start, other, span.end)),
        }
    }
    if let Some((_, Token::Term, _)) = out.last() {
        out.pop();
    }
    mark_soft_keywords(&mut out);
    Ok(out)
}

/// Whether token `i` is a `match` or `case` name at the start of a
/// statement.
fn soft_keyword_at(out: &[Spanned], i: usize) -> bool {
    matches!(out.get(i), Some((_, Token::Name(n), _)) if n == "match" || n == "case")
        && (i == 0 || matches!(out[i - 1].1, Token::Term | Token::LBrace | Token::RBrace))
}

/// `match x {` and `case p {`: a statement that begins with the name and
/// opens a block on its line is the `match` statement or one of its cases
/// (`match = re.match(...)` stays an assignment).
fn mark_soft_keywords(out: &mut [Spanned]) {
    for i in 0..out.len() {
        if !soft_keyword_at(out, i) {
            continue;
        }
        if matches!(
            out.get(i + 1).map(|t| &t.1),
            None | Some(Token::Assign | Token::Dot | Token::Colon | Token::Comma | Token::Term)
        ) {
            continue;
        }
        let mut depth = 0usize;
        let mut block = false;
        for (_, t, _) in &out[i + 1..] {
            match t {
                Token::LParen | Token::LBracket | Token::LBraceLit => depth += 1,
                Token::RParen | Token::RBracket | Token::RBrace if depth > 0 => depth -= 1,
                Token::LBrace if depth == 0 => {
                    block = true;
                    break;
                }
                Token::Term | Token::RBrace | Token::Assign if depth == 0 => break,
                _ => {}
            }
        }
        if block {
            let is_match = matches!(&out[i].1, Token::Name(n) if n == "match");
            out[i].1 = if is_match { Token::Match } else { Token::Case };
        }
    }
}

/// Scans a triple-quoted string to its closing quotes (the opening ones,
/// with any prefix, are the token so far).
fn triple_quoted(lex: &mut logos::Lexer<Token>) -> Option<String> {
    let quote = if lex.slice().ends_with("\"\"\"") {
        "\"\"\""
    } else {
        "'''"
    };
    let rest = lex.remainder();
    let bytes = rest.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\\' {
            i += 2;
            continue;
        }
        if bytes[i..].starts_with(quote.as_bytes()) {
            lex.bump(i + 3);
            return Some(lex.slice().to_string());
        }
        i += 1;
    }
    None
}

/// A string literal's token: its value (`Str`), or for an f-string its
/// body (`FStr`).
fn string_token(raw: &str, offset: usize) -> Result<Token, LexError> {
    let prefix_len = raw.find(['"', '\'']).unwrap_or(0);
    let prefix = raw[..prefix_len].to_ascii_lowercase();
    let quote_len =
        if raw[prefix_len..].starts_with("\"\"\"") || raw[prefix_len..].starts_with("'''") {
            3
        } else {
            1
        };
    let body_start = prefix_len + quote_len;
    let body_end = raw.len().saturating_sub(quote_len).max(body_start);
    let body = &raw[body_start..body_end];
    let raw_mode = prefix.contains('r');
    if prefix.contains('f') {
        return Ok(Token::FStr(FStrBody {
            text: body.to_string(),
            offset: offset + body_start,
            raw: raw_mode,
        }));
    }
    if raw_mode {
        return Ok(Token::Str(body.to_string()));
    }
    unescape(body, offset + body_start).map(Token::Str)
}

/// Processes the escapes of a string literal's body (between the quotes,
/// which start at `offset` in the source). As in Python, an unknown escape
/// such as `\d` is kept as it is.
pub fn unescape(inner: &str, offset: usize) -> Result<String, LexError> {
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else {
            out.push('\\');
            break;
        };
        let hex_len = match e {
            'x' => 2,
            'u' => 4,
            'U' => 8,
            _ => 0,
        };
        if hex_len > 0 {
            let digits: String = inner[i + 2..].chars().take(hex_len).collect();
            let code = (digits.len() == hex_len && digits.chars().all(|c| c.is_ascii_hexdigit()))
                .then(|| u32::from_str_radix(&digits, 16).ok())
                .flatten()
                .and_then(char::from_u32);
            let Some(c) = code else {
                return Err(LexError {
                    kind: LexErrorKind::BadEscape(e),
                    start: offset + i,
                    end: offset + i + 2,
                });
            };
            out.push(c);
            for _ in 0..hex_len {
                chars.next();
            }
            continue;
        }
        match e {
            'n' => out.push('\n'),
            't' => out.push('\t'),
            'r' => out.push('\r'),
            '0' => out.push('\0'),
            'a' => out.push('\x07'),
            'b' => out.push('\x08'),
            'f' => out.push('\x0c'),
            'v' => out.push('\x0b'),
            '\\' => out.push('\\'),
            '\'' => out.push('\''),
            '"' => out.push('"'),
            '\n' => {}
            other => {
                out.push('\\');
                out.push(other);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        tokenize(src).unwrap().into_iter().map(|t| t.1).collect()
    }

    #[test]
    fn numbers() {
        assert_eq!(
            kinds("42 1_000 3.14 1e-3 .5 2."),
            vec![
                Token::Int("42".into()),
                Token::Int("1000".into()),
                Token::Float("3.14".into()),
                Token::Float("1e-3".into()),
                Token::Float(".5".into()),
                Token::Float("2.".into()),
            ]
        );
    }

    #[test]
    fn layout() {
        assert_eq!(
            kinds("a\n\n;b(1,\n2)\n"),
            vec![
                Token::Name("a".into()),
                Token::Term,
                Token::Name("b".into()),
                Token::LParen,
                Token::Int("1".into()),
                Token::Comma,
                Token::Int("2".into()),
                Token::RParen,
            ]
        );
        assert_eq!(
            kinds("if x {\n 1\n}\nelse {2}"),
            vec![
                Token::If,
                Token::Name("x".into()),
                Token::LBrace,
                Token::Int("1".into()),
                Token::RBrace,
                Token::Else,
                Token::LBrace,
                Token::Int("2".into()),
                Token::RBrace,
            ]
        );
    }

    #[test]
    fn strings_and_errors() {
        // Adjacent literals are one string, as in Python.
        assert_eq!(kinds(r#""a\nb" 'c'"#), vec![Token::Str("a\nbc".into())]);
        assert_eq!(
            kinds("r'a\\n' + \"\"\"x\"y\n\"\"\""),
            vec![
                Token::Str("a\\n".into()),
                Token::Plus,
                Token::Str("x\"y\n".into())
            ]
        );
        assert!(matches!(&kinds("f'{x}!'")[..], [Token::FStr(b)] if b.text == "{x}!" && !b.raw));
        assert_eq!(
            kinds(r#""\x41\u00e9\d""#),
            vec![Token::Str("A\u{e9}\\d".into())]
        );
        assert_eq!(
            tokenize("\"abc").unwrap_err().kind,
            LexErrorKind::UnterminatedString
        );
        assert_eq!(
            tokenize("a $ b").unwrap_err().kind,
            LexErrorKind::Unexpected('$')
        );
        assert!(matches!(
            tokenize("(]").unwrap_err().kind,
            LexErrorKind::Mismatched { .. }
        ));
        assert_eq!(
            tokenize(&"(".repeat(1000)).unwrap_err().kind,
            LexErrorKind::TooDeep
        );
    }
}
