//! Python's text files: `open(path, mode)` (read, write, append) with
//! `read readline readlines write writelines close`, line iteration and
//! `with open(...) as f`; and `sys.stdout`/`sys.stderr`. Every file
//! operation passes the engine's file-access check.

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::value::{HostValue, Value};
use std::any::Any;
use std::cell::RefCell;
use std::io::Write;
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("open", open, "open(file, mode='r', encoding=None)\n\nA text file: mode 'r' reads, 'w' writes (truncating), 'a' appends. Use `with open(p) as f { ... }`; iterating gives lines.\n\n>>> callable(open)\nTrue");
}

#[derive(Debug)]
enum State {
    Reading { text: String, pos: usize },
    Writing(std::fs::File),
    Closed,
}

#[derive(Debug)]
pub struct File {
    name: String,
    mode: String,
    state: RefCell<State>,
}

fn open(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [file, mode, encoding, newline] =
        args.bind("open", ["file", "mode", "encoding", "newline"], 1)?;
    let Value::Str(path) = &file else {
        return Err(Error::type_error(format!(
            "open(): expected str, bytes or os.PathLike object, not {}",
            file.py_type_name()
        )));
    };
    let mode = match &mode {
        Value::None => "r".to_string(),
        Value::Str(m) => m.to_string(),
        other => {
            return Err(Error::type_error(format!(
                "open() argument 'mode' must be str, not {}",
                other.py_type_name()
            )))
        }
    };
    match &encoding {
        Value::None => {}
        Value::Str(e) if matches!(e.to_ascii_lowercase().as_str(), "utf-8" | "utf8") => {}
        _ => {
            return Err(Error::value(
                "open(): arr reads and writes UTF-8 text only (encoding='utf-8')",
            ))
        }
    }
    let _ = newline;
    cx.check_file_access("open()")?;
    let io = |e: std::io::Error| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            ErrorKind::FileNotFound
        } else {
            ErrorKind::Io
        };
        Error::new(
            kind,
            format!(
                "[Errno {}] {}: '{path}'",
                e.raw_os_error().unwrap_or(0),
                kind_text(&e)
            ),
        )
    };
    let state = match mode.trim_end_matches('t') {
        "r" => {
            // Read in chunks within the memory limit and Ctrl-C: a device
            // such as /dev/zero never ends.
            let mut f = std::fs::File::open(&**path).map_err(io)?;
            // A device or pipe is read up to a bound (/dev/zero never ends).
            let regular = f.metadata().map(|m| m.is_file()).unwrap_or(false);
            const DEVICE_LIMIT: usize = 64 << 20;
            let mut bytes = Vec::new();
            let mut chunk = vec![0u8; 1 << 20];
            loop {
                let n = std::io::Read::read(&mut f, &mut chunk).map_err(io)?;
                if n == 0 {
                    break;
                }
                if !regular && bytes.len() + n > DEVICE_LIMIT {
                    return Err(Error::io(format!(
                        "open(): '{path}' is not a regular file and gave more than {} MiB",
                        DEVICE_LIMIT >> 20
                    )));
                }
                cx.check_alloc("open()", bytes.len().saturating_add(n), 1)?;
                cx.check_interrupt()?;
                bytes.extend_from_slice(&chunk[..n]);
            }
            let text = String::from_utf8(bytes)
                .map_err(|e| Error::value(format!("open(): '{path}' is not UTF-8 text ({e})")))?;
            State::Reading { text, pos: 0 }
        }
        "w" => State::Writing(std::fs::File::create(&**path).map_err(io)?),
        "a" => State::Writing(
            std::fs::OpenOptions::new()
                .append(true)
                .create(true)
                .open(&**path)
                .map_err(io)?,
        ),
        other => {
            return Err(Error::value(format!(
            "open(): mode '{other}' is not supported (arr reads and writes text: 'r', 'w' or 'a')"
        )))
        }
    };
    Ok(Value::Host(Rc::new(File {
        name: path.to_string(),
        mode,
        state: RefCell::new(state),
    })))
}

fn kind_text(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "No such file or directory".into(),
        std::io::ErrorKind::PermissionDenied => "Permission denied".into(),
        _ => e.to_string(),
    }
}

impl File {
    fn closed() -> Error {
        Error::value("I/O operation on closed file.")
    }

    fn read_lines(&self, limit: Option<usize>) -> Result<Vec<Value>> {
        let mut st = self.state.borrow_mut();
        let State::Reading { text, pos } = &mut *st else {
            return Err(match &*st {
                State::Closed => File::closed(),
                _ => Error::new(ErrorKind::Io, "not readable"),
            });
        };
        let mut out = Vec::new();
        while *pos < text.len() && limit.is_none_or(|n| out.len() < n) {
            let end = text[*pos..].find('\n').map_or(text.len(), |i| *pos + i + 1);
            out.push(Value::str(&text[*pos..end]));
            *pos = end;
        }
        Ok(out)
    }

    fn method(&self, name: &str, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        match name {
            "read" => {
                let mut st = self.state.borrow_mut();
                match &mut *st {
                    State::Reading { text, pos } => {
                        let rest = Value::str(&text[*pos..]);
                        *pos = text.len();
                        Ok(rest)
                    }
                    State::Closed => Err(File::closed()),
                    State::Writing(_) => Err(Error::new(ErrorKind::Io, "not readable")),
                }
            }
            "readline" => Ok(self
                .read_lines(Some(1))?
                .pop()
                .unwrap_or_else(|| Value::str(""))),
            "readlines" => Ok(Value::list(self.read_lines(None)?)),
            "write" | "writelines" => {
                let texts = match (name, args.pos.as_slice()) {
                    ("write", [Value::Str(s)]) => vec![s.to_string()],
                    ("writelines", [v]) => crate::value::convert::iter_values(v, cx)?
                        .iter()
                        .map(|x| match x {
                            Value::Str(s) => Ok(s.to_string()),
                            other => Err(Error::type_error(format!(
                                "write() argument must be str, not {}",
                                other.py_type_name()
                            ))),
                        })
                        .collect::<Result<_>>()?,
                    (_, [other]) => {
                        return Err(Error::type_error(format!(
                            "write() argument must be str, not {}",
                            other.py_type_name()
                        )))
                    }
                    _ => {
                        return Err(Error::type_error(format!(
                            "{name}() takes exactly one argument"
                        )))
                    }
                };
                cx.check_file_access("write()")?;
                let mut st = self.state.borrow_mut();
                let State::Writing(f) = &mut *st else {
                    return Err(match &*st {
                        State::Closed => File::closed(),
                        _ => Error::new(ErrorKind::Io, "not writable"),
                    });
                };
                let mut n = 0;
                for t in &texts {
                    f.write_all(t.as_bytes())
                        .map_err(|e| Error::io(format!("write(): {e}")))?;
                    n += t.chars().count();
                }
                Ok(if name == "write" {
                    Value::Int(n as i64)
                } else {
                    Value::None
                })
            }
            "close" | "__exit__" => {
                *self.state.borrow_mut() = State::Closed;
                Ok(if name == "close" {
                    Value::None
                } else {
                    Value::Bool(false)
                })
            }
            "flush" => Ok(Value::None),
            _ => Err(Error::new(
                ErrorKind::Attribute,
                format!("'TextIOWrapper' object has no attribute '{name}'"),
            )),
        }
    }
}

impl HostValue for File {
    fn type_name(&self) -> String {
        "TextIOWrapper".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<_io.TextIOWrapper name='{}' mode='{}' encoding='UTF-8'>",
            self.name, self.mode
        )
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        Some(self.read_lines(None))
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(Ok(match name {
            "name" => Value::str(&self.name),
            "mode" => Value::str(&self.mode),
            "closed" => Value::Bool(matches!(*self.state.borrow(), State::Closed)),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        if name == "__enter__" {
            return Some(Ok(this.clone()));
        }
        Some(self.method(name, args, cx))
    }
}

/// `sys.stdout` and `sys.stderr`.
#[derive(Debug)]
pub struct Stream {
    pub stderr: bool,
}

impl HostValue for Stream {
    fn type_name(&self) -> String {
        "TextIOWrapper".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<_io.TextIOWrapper name='<{}>' mode='w' encoding='utf-8'>",
            if self.stderr { "stderr" } else { "stdout" }
        )
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        Some(match (name, args.pos.as_slice()) {
            ("write", [Value::Str(s)]) => {
                if self.stderr {
                    eprint!("{s}");
                } else {
                    cx.write(s);
                }
                Ok(Value::Int(s.chars().count() as i64))
            }
            ("write", _) => Err(Error::type_error("write() argument must be str")),
            ("flush", _) => Ok(Value::None),
            _ => Err(Error::new(
                ErrorKind::Attribute,
                format!("'TextIOWrapper' object has no attribute '{name}'"),
            )),
        })
    }
}
