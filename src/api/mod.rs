//! The embedding surface, in the manner of Rhai: an [`Engine`] evaluates
//! code, exchanges variables with Rust, calls script functions, registers
//! native functions, enforces limits and captures `print`.

use crate::error::{Error, ErrorKind};
use crate::eval::{Interp, Limits};
use crate::value::convert::{FromValue, IntoValue};
use crate::value::{NativeFn, Value};
use std::cell::RefCell;
use std::path::Path;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Stops a running script from another thread: the script fails with an
/// "interrupted" error at its next loop iteration or call.
#[derive(Clone)]
pub struct InterruptHandle(Arc<AtomicBool>);

impl InterruptHandle {
    pub fn interrupt(&self) {
        self.0.store(true, Ordering::Relaxed);
    }
}

/// Parses a memory size: `4G`, `512MB`, `1.5GiB`, `100000` (bytes).
pub fn parse_size(text: &str) -> Option<usize> {
    let t = text.trim();
    let split = t.find(|c: char| c.is_ascii_alphabetic()).unwrap_or(t.len());
    let (num, unit) = t.split_at(split);
    let n: f64 = num.trim().parse().ok()?;
    let scale: f64 = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 1.0,
        "k" | "kb" | "kib" => 1024.0,
        "m" | "mb" | "mib" => 1024.0 * 1024.0,
        "g" | "gb" | "gib" => 1024.0 * 1024.0 * 1024.0,
        "t" | "tb" | "tib" => 1024.0 * 1024.0 * 1024.0 * 1024.0,
        _ => return None,
    };
    let bytes = n * scale;
    (bytes.is_finite() && bytes >= 0.0 && bytes < usize::MAX as f64).then_some(bytes as usize)
}

/// An arr interpreter for a Rust program.
///
/// # What the limits guarantee
///
/// - **Memory** ([`set_max_memory`](Engine::set_max_memory); default three
///   quarters of physical memory): every allocation a script causes
///   (arrays from any operation, broadcasting, indexing and literals;
///   strings; lists; files read) is checked before it is made, against the
///   limit and, for large ones, against what the process already holds; an
///   over-limit allocation is a `Memory` error naming the operation and the
///   size. The host is never aborted by an allocation failure a script
///   causes.
/// - **Elements** ([`set_max_array_elements`](Engine::set_max_array_elements)):
///   no array of more elements is made, by any operation.
/// - **Operations** ([`set_max_operations`](Engine::set_max_operations)):
///   loop iterations, calls, and the elements builtins and array operators
///   process, counted per `eval`/`call`; this bounds time spent in heavy
///   builtins too.
/// - **Nesting**: programs nest at most 1,000 levels (checked when parsed)
///   and calls at most [`set_max_call_depth`](Engine::set_max_call_depth)
///   (default 1,000) deep. Evaluation checks the stack every few levels and
///   continues on heap-allocated stack segments when it runs short, so any
///   thread with at least 1 MiB of stack (the main thread's 8 MiB, a
///   spawned thread's default 2 MiB) can run any script; deep recursion
///   ends in a `Recursion` error, and deeply nested values are printed and
///   dropped without recursion.
/// - **Interrupts** ([`interrupt_handle`](Engine::interrupt_handle)): the
///   running evaluation stops at its next loop iteration or call, and long
///   builtins (large sorts, factorizations) are abandoned at once; an
///   interrupt requested while nothing runs is cleared when the next
///   evaluation starts.
/// - **Sandbox** ([`set_file_access(false)`](Engine::set_file_access)):
///   nothing a script does reads or writes a file (`import`, `load`,
///   `save`, CSV, MNIST, `model.save`/`model.load`).
/// - **Panics**: a bug in arr that panics is caught at `eval`/`call` and
///   returned as an `Internal` error; the engine stays usable.
pub struct Engine {
    interp: Interp,
    counter: usize,
}

impl Default for Engine {
    fn default() -> Self {
        Engine::new()
    }
}

impl Engine {
    pub fn new() -> Engine {
        #[allow(unused_mut)]
        let mut interp = Interp::new();
        #[cfg(feature = "tensor")]
        crate::tensor::install(&mut interp);
        Engine { interp, counter: 0 }
    }

    /// Runs code; returns the value of its last statement if that is an
    /// expression, else `none`.
    pub fn eval(&mut self, code: &str) -> Result<Value, Error> {
        self.counter += 1;
        let name = format!("<eval {}>", self.counter);
        self.guarded(|it| it.eval_source(&name, code, None))
    }

    /// Runs `f` on the interpreter as one evaluation: a stale interrupt
    /// (requested while nothing ran) is cleared first, and a panic anywhere
    /// inside becomes an internal error, leaving the engine usable.
    fn guarded(
        &mut self,
        f: impl FnOnce(&mut Interp) -> Result<Value, Error>,
    ) -> Result<Value, Error> {
        self.interp.interrupt.store(false, Ordering::Relaxed);
        let interp = &mut self.interp;
        match std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| f(interp))) {
            Ok(Err(e)) => Err(self.interp.name_hint(e)),
            Ok(r) => r,
            Err(p) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_else(|| "unknown panic".into());
                Err(Error::internal(format!(
                    "internal error: {msg} (this is a bug in arr; the session is intact)"
                )))
            }
        }
    }

    /// `repr(v)` as the REPL echoes it (objects may run code for it).
    pub fn repr(&mut self, v: &Value) -> Result<String, Error> {
        let v = v.clone();
        let mut out = String::new();
        self.guarded(|it| {
            out = crate::value::format::repr_in(&v, it)?;
            Ok(Value::None)
        })?;
        Ok(out)
    }

    /// Runs code under a name of its own (shown in error locations).
    pub fn eval_named(&mut self, name: &str, code: &str) -> Result<Value, Error> {
        self.guarded(|it| it.eval_source(name, code, None))
    }

    /// Runs a script file (its imports resolve relative to it).
    pub fn eval_file(&mut self, path: &Path) -> Result<Value, Error> {
        if !self.interp.file_access {
            return Err(Error::io(format!(
                "cannot run {}: file access is disabled in this engine",
                path.display()
            )));
        }
        let bytes = std::fs::read(path)
            .map_err(|e| Error::io(format!("cannot read {}: {e}", path.display())))?;
        let name = path.display().to_string();
        let text = crate::syntax::decode_source(&name, bytes).map_err(Error::io)?;
        let canon = path.canonicalize().ok();
        self.guarded(|it| it.eval_source(&name, &text, canon))
    }

    /// Evaluates code and converts the result.
    pub fn eval_as<T: FromValue>(&mut self, code: &str) -> Result<T, Error> {
        let v = self.eval(code)?;
        T::from_value(&v)
    }

    /// Binds a global variable.
    /// `sys.argv` for scripts: the script's path, then its arguments.
    pub fn set_argv(&mut self, argv: Vec<String>) {
        self.interp.argv = argv;
    }

    /// For an error that is `sys.exit(status)` (or an uncaught
    /// `SystemExit`): the process exit status, and a message to print when
    /// the status was text. `None` for any other error.
    pub fn exit_status(&mut self, e: &crate::Error) -> Option<(u8, Option<String>)> {
        if e.kind != crate::ErrorKind::Exit {
            return None;
        }
        let exc = crate::object::exc::exception_of(e)?;
        let inst = crate::object::as_instance(&exc)?;
        let code = match &inst.field("args") {
            Some(Value::Tuple(t)) => t.first().cloned().unwrap_or(Value::None),
            _ => Value::None,
        };
        Some(match &code {
            Value::None => (0, None),
            Value::Int(i) => ((*i).clamp(0, 255) as u8, None),
            Value::Bool(b) => (*b as u8, None),
            other => (1, Some(crate::value::format::value_str(other))),
        })
    }

    pub fn set(&mut self, name: &str, value: impl IntoValue) {
        self.interp.set_global(name, value.into_value());
    }

    /// Reads a global variable.
    pub fn get(&self, name: &str) -> Option<Value> {
        self.interp.get_global(name)
    }

    /// Reads a global variable converted to a Rust type.
    pub fn get_as<T: FromValue>(&self, name: &str) -> Result<T, Error> {
        let v = self
            .get(name)
            .ok_or_else(|| Error::name(format!("name '{name}' is not defined")))?;
        T::from_value(&v)
    }

    /// Calls a script (or builtin) function by name with positional arguments.
    pub fn call(&mut self, name: &str, args: Vec<Value>) -> Result<Value, Error> {
        let f = self
            .get(name)
            .ok_or_else(|| Error::name(format!("name '{name}' is not defined")))?;
        if !f.is_callable() {
            return Err(Error::type_error(format!(
                "'{name}' is {}, not a function",
                f.type_name()
            )));
        }
        self.guarded(|it| it.call_value(&f, args))
    }

    /// Registers a Rust closure as a global function.
    pub fn register_fn(
        &mut self,
        name: &str,
        f: impl Fn(&[Value]) -> Result<Value, Error> + 'static,
    ) {
        let native = NativeFn {
            name: name.to_string(),
            func: Box::new(f),
        };
        self.interp.set_global(name, Value::Native(Rc::new(native)));
    }

    /// At most `n` loop iterations and calls per `eval`/`call`.
    pub fn set_max_operations(&mut self, n: u64) {
        self.interp.limits.max_operations = Some(n);
    }

    /// At most `n` nested script function calls.
    pub fn set_max_call_depth(&mut self, n: usize) {
        self.interp.limits.max_call_depth = n;
    }

    /// At most `n` elements in any array a script creates (by any
    /// operation: builtins, operators, broadcasting, indexing, literals).
    pub fn set_max_array_elements(&mut self, n: usize) {
        self.interp.limits.max_array_elements = Some(n);
    }

    /// At most `bytes` in any one allocation a script causes (an array, a
    /// string, a list); by default three quarters of physical memory. The
    /// check happens before the allocation, so the host never runs out of
    /// memory on a script's behalf.
    pub fn set_max_memory(&mut self, bytes: usize) {
        self.interp.limits.max_memory = bytes;
    }

    pub fn limits(&self) -> &Limits {
        &self.interp.limits
    }

    pub fn interrupt_handle(&self) -> InterruptHandle {
        InterruptHandle(self.interp.interrupt.clone())
    }

    /// Sends `print` output to `f` instead of stdout.
    pub fn on_print(&mut self, f: impl FnMut(&str) + 'static) {
        self.interp.output = Some(Box::new(f));
    }

    /// Collects `print` output in a shared buffer and returns it.
    pub fn capture_output(&mut self) -> Rc<RefCell<String>> {
        let buf = Rc::new(RefCell::new(String::new()));
        let b = buf.clone();
        self.on_print(move |s| b.borrow_mut().push_str(s));
        buf
    }

    /// Turns file access (`import`, `eval_file`, file builtins) on or off.
    pub fn set_file_access(&mut self, on: bool) {
        self.interp.file_access = on;
    }

    /// Renders an error with file:line:col and the source excerpt.
    pub fn render_error(&self, e: &Error) -> String {
        self.interp.sources.render(e)
    }

    /// The documentation of a builtin (core or installed), as `help` prints it.
    pub fn builtin_doc(&self, name: &str) -> Option<&'static str> {
        use crate::value::Context;
        self.interp.builtin(name).map(|b| b.doc)
    }

    /// Names of all defined globals (builtins and variables).
    pub fn global_names(&self) -> Vec<String> {
        self.interp.defined_names().map(str::to_string).collect()
    }

    /// The interpreter underneath, for the REPL and advanced embedders.
    pub fn interp(&mut self) -> &mut Interp {
        &mut self.interp
    }

    pub fn is_interrupted_error(e: &Error) -> bool {
        e.kind == ErrorKind::Interrupted
    }
}
