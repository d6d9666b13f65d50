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
        self.interp.eval_source(&name, code, None)
    }

    /// Runs a script file (its imports resolve relative to it).
    pub fn eval_file(&mut self, path: &Path) -> Result<Value, Error> {
        if !self.interp.file_access {
            return Err(Error::io(format!(
                "cannot run {}: file access is disabled in this engine",
                path.display()
            )));
        }
        let text = std::fs::read_to_string(path)
            .map_err(|e| Error::io(format!("cannot read {}: {e}", path.display())))?;
        let canon = path.canonicalize().ok();
        self.interp
            .eval_source(&path.display().to_string(), &text, canon)
    }

    /// Evaluates code and converts the result.
    pub fn eval_as<T: FromValue>(&mut self, code: &str) -> Result<T, Error> {
        let v = self.eval(code)?;
        T::from_value(&v)
    }

    /// Binds a global variable.
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
        self.interp.call_value(&f, args)
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
