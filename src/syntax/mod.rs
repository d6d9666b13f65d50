//! Source text -> tokens -> AST.
pub mod ast;
pub mod lexer;
pub mod nesting;
pub mod parse;
pub mod span;

pub use parse::{parse_expr, parse_program, SyntaxError};
pub use span::{FileId, Span};
