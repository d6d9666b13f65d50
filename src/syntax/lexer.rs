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
    Int(String),
    #[regex(r"([0-9][0-9_]*\.[0-9_]*|\.[0-9][0-9_]*)([eE][+-]?[0-9]+)?", |lex| lex.slice().replace('_', ""))]
    #[regex(r"[0-9][0-9_]*[eE][+-]?[0-9]+", |lex| lex.slice().replace('_', ""))]
    Float(String),
    #[regex(r#""([^"\\\n]|\\.)*""#, |lex| lex.slice().to_string())]
    #[regex(r#"'([^'\\\n]|\\.)*'"#, |lex| lex.slice().to_string())]
    Str(String),
    #[regex(r"[A-Za-z_][A-Za-z0-9_]*", |lex| lex.slice().to_string(), priority = 2)]
    Name(String),

    #[token("fn")]
    Fn,
    #[token("if")]
    If,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("while")]
    While,
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
    True,
    #[token("false")]
    False,
    #[token("none")]
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
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
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

    /// A statement terminator: one or more newlines or `;` collapsed.
    Term,
}

impl std::fmt::Display for Token {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let s = match self {
            Token::Int(s) | Token::Float(s) | Token::Str(s) => return write!(f, "{s}"),
            Token::Name(s) => return write!(f, "name '{s}'"),
            Token::Newline | Token::Term => "end of line",
            Token::Fn => "fn",
            Token::If => "if",
            Token::Elif => "elif",
            Token::Else => "else",
            Token::While => "while",
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
        match tok {
            Token::LParen | Token::LBracket | Token::LBrace => {
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
                    expected => {
                        return Err(LexError {
                            kind: LexErrorKind::Mismatched { expected, found },
                            start: span.start,
                            end: span.end,
                        })
                    }
                }
                // A block's last statement needs no terminator before `}`.
                if found == '}' && matches!(out.last(), Some((_, Token::Term, _))) {
                    out.pop();
                }
            }
            _ => {}
        }
        let inside_group = matches!(stack.last(), Some(')') | Some(']'));
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
            Token::Elif | Token::Else => {
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
                let s = unescape(&raw, span.start)?;
                out.push((span.start, Token::Str(s), span.end));
            }
            other => out.push((span.start, other, span.end)),
        }
    }
    if let Some((_, Token::Term, _)) = out.last() {
        out.pop();
    }
    Ok(out)
}

/// Removes the quotes and processes escapes of a string literal.
fn unescape(raw: &str, offset: usize) -> Result<String, LexError> {
    let inner = &raw[1..raw.len() - 1];
    let mut out = String::with_capacity(inner.len());
    let mut chars = inner.char_indices();
    while let Some((i, c)) = chars.next() {
        if c != '\\' {
            out.push(c);
            continue;
        }
        let Some((_, e)) = chars.next() else { break };
        out.push(match e {
            'n' => '\n',
            't' => '\t',
            'r' => '\r',
            '0' => '\0',
            '\\' => '\\',
            '\'' => '\'',
            '"' => '"',
            other => {
                return Err(LexError {
                    kind: LexErrorKind::BadEscape(other),
                    start: offset + 1 + i,
                    end: offset + 1 + i + 1 + other.len_utf8(),
                })
            }
        });
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
        assert_eq!(
            kinds(r#""a\nb" 'c'"#),
            vec![Token::Str("a\nb".into()), Token::Str("c".into())]
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
