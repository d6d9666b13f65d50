//! The error type and its rendering. Builtins return errors without a span;
//! the evaluator attaches the call's span and the call stack.

mod render;

pub use render::{suggest, Sources};

use crate::syntax::{Span, SyntaxError};
use std::fmt;
use std::rc::Rc;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorKind {
    Syntax,
    Name,
    UnboundLocal,
    Type,
    Value,
    Shape,
    Index,
    /// NumPy's AxisError: an axis out of range (caught as ValueError and
    /// as IndexError).
    Axis,
    ZeroDivision,
    Overflow,
    Key,
    Attribute,
    Assertion,
    /// `sys.exit(code)`: ends the program; not caught by `except Exception`.
    Exit,
    /// `raise` of an exception object (held in `exception`).
    Raised,
    LinAlg,
    Memory,
    Recursion,
    Limit,
    Interrupted,
    /// A program that cannot go on (a loop that can never end).
    Runtime,
    Io,
    /// An I/O error because a file does not exist (FileNotFoundError).
    FileNotFound,
    Import,
    /// A bug in arr (a caught panic, a broken backend): reported, never fatal.
    Internal,
}

/// One call on the stack when an error happened: the function and where it
/// was called from.
#[derive(Clone, Debug, PartialEq)]
pub struct TraceFrame {
    pub function: Rc<str>,
    pub call_site: Span,
}

/// An error; boxed so that `Result<Value>` stays small on the hot path.
#[derive(Clone, Debug, PartialEq)]
pub struct Error(Box<ErrorData>);

#[derive(Clone, Debug, PartialEq)]
pub struct ErrorData {
    pub kind: ErrorKind,
    pub message: String,
    pub span: Option<Span>,
    pub trace: Vec<TraceFrame>,
    pub notes: Vec<String>,
    /// The exception object a script raised or caught, when there is one.
    pub exception: Option<Exception>,
}

/// An exception object carried by an error (the script's value, kept as
/// `Any` so that errors sit below values; compared by identity).
#[derive(Clone)]
pub struct Exception(pub Rc<dyn std::any::Any>);

impl fmt::Debug for Exception {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<exception>")
    }
}

impl PartialEq for Exception {
    fn eq(&self, other: &Exception) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind, message: impl Into<String>) -> Error {
        Error(Box::new(ErrorData {
            kind,
            message: message.into(),
            span: None,
            trace: Vec::new(),
            notes: Vec::new(),
            exception: None,
        }))
    }

    pub fn type_error(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Type, m)
    }
    pub fn value(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Value, m)
    }
    pub fn shape(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Shape, m)
    }
    pub fn index(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Index, m)
    }
    pub fn name(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Name, m)
    }
    pub fn memory(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Memory, m)
    }
    pub fn linalg(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::LinAlg, m)
    }
    pub fn io(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Io, m)
    }
    pub fn zero_division(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::ZeroDivision, m)
    }
    pub fn internal(m: impl Into<String>) -> Error {
        Error::new(ErrorKind::Internal, m)
    }

    /// Attaches a span if the error has none yet.
    pub fn at(mut self, span: Span) -> Error {
        if self.span.is_none() {
            self.span = Some(span);
        }
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Error {
        self.notes.push(note.into());
        self
    }

    /// Whether the REPL should ask for another line rather than report this.
    pub fn is_incomplete_input(&self) -> bool {
        self.kind == ErrorKind::Syntax && self.notes.iter().any(|n| n == INCOMPLETE)
    }
}

const INCOMPLETE: &str = "the input ended early";

impl From<SyntaxError> for Error {
    fn from(e: SyntaxError) -> Error {
        let mut err = Error::new(ErrorKind::Syntax, e.message).at(e.span);
        if e.incomplete {
            err.notes.push(INCOMPLETE.into());
        }
        err
    }
}

impl std::ops::Deref for Error {
    type Target = ErrorData;
    fn deref(&self) -> &ErrorData {
        &self.0
    }
}

impl std::ops::DerefMut for Error {
    fn deref_mut(&mut self) -> &mut ErrorData {
        &mut self.0
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}
