//! Source text -> tokens -> AST.
pub mod ast;
pub mod fstring;
pub mod layout;
pub mod lexer;
pub mod nesting;
pub mod parse;
pub mod pattern;
pub mod span;
pub mod stack;
pub mod walk;

pub use parse::{parse_expr, parse_program, SyntaxError};
pub use span::{FileId, Span};

/// Source bytes as text; invalid UTF-8 is an error naming the line and
/// column of the first bad byte.
pub fn decode_source(name: &str, bytes: Vec<u8>) -> Result<String, String> {
    String::from_utf8(bytes).map_err(|e| {
        let bytes = e.as_bytes();
        let at = e.utf8_error().valid_up_to();
        let before = &bytes[..at];
        let line = before.iter().filter(|&&b| b == b'\n').count() + 1;
        let line_start = before.iter().rposition(|&b| b == b'\n').map_or(0, |i| i + 1);
        let column = String::from_utf8_lossy(&before[line_start..]).chars().count() + 1;
        format!(
            "{name}:{line}:{column}: the file is not valid UTF-8 text (byte 0x{:02x}); arr source files must be UTF-8",
            bytes[at]
        )
    })
}
