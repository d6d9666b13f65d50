//! The tree walker. `Interp` holds a program's state (globals, sources,
//! limits, I/O settings, per-engine state of builtin families); the work is
//! split by what it evaluates: statements (`stmt`), expressions (`expr`),
//! calls (`call`), assignment places (`place`) and attributes and methods
//! (`attr`). Control flow travels in `Flow`, never in errors. Builtins and
//! host objects see the interpreter only through `value::Context`.

mod attr;
mod call;
mod comp;
mod endless;
mod expr;
pub mod fuse;
pub mod generator;
mod matching;
mod methods;
mod place;
mod pyexpr;
mod pystmt;
mod stmt;

pub use attr::attribute;

use crate::error::{Error, ErrorKind, Result, Sources};
use crate::resolve::{self, GlobalNames};
use crate::syntax::{self, FileId};
use crate::value::{Args, Builtin, Context, Extensions, Value};
use std::cell::RefCell;
use std::collections::{HashMap, HashSet};
use std::io::Write;
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

/// Limits that stop a runaway script with an error.
#[derive(Clone, Debug)]
pub struct Limits {
    /// Loop iterations plus function calls; `None` for no limit.
    pub max_operations: Option<u64>,
    /// Nested function calls.
    pub max_call_depth: usize,
    /// Elements of any one array; `None` for no limit.
    pub max_array_elements: Option<usize>,
    /// Bytes of any one allocation (array, string, list); by default three
    /// quarters of physical memory.
    pub max_memory: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_operations: None,
            max_call_depth: 1000,
            max_array_elements: None,
            max_memory: crate::array::alloc::default_max_bytes(),
        }
    }
}

pub type OutputSink = Box<dyn FnMut(&str)>;

/// Levels of expression and statement nesting plus calls that one
/// evaluation may reach: far more than any real program needs, few enough
/// that the heap-grown stack stays within a few hundred megabytes.
pub const MAX_EVAL_NESTING: usize = 200_000;
/// When less stack than this is left, recursion continues on a new
/// segment of [`STACK_SEGMENT`] bytes (any thread size works).
const RED_ZONE: usize = 1 << 20;
const STACK_SEGMENT: usize = 8 << 20;

/// The interpreter: globals, sources, limits and I/O settings.
pub struct Interp {
    pub globals: Vec<Value>,
    pub names: GlobalNames,
    pub sources: Sources,
    file_paths: Vec<Option<PathBuf>>,
    pub limits: Limits,
    ops: u64,
    depth: usize,
    /// Levels of nested evaluation (expressions, blocks, calls).
    nesting: usize,
    pub interrupt: Arc<AtomicBool>,
    pub output: Option<OutputSink>,
    /// Where warnings go (stderr when `None`).
    pub warnings: Option<OutputSink>,
    pub file_access: bool,
    imported: HashSet<PathBuf>,
    /// Per-engine state of builtin families (random generator, tensors).
    pub extensions: Extensions,
    /// Builtins of families installed on top of the core ones.
    installed: HashMap<&'static str, &'static Builtin>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    /// Where the host call running now was made: script code that a host
    /// object calls back (a method of a class, `__init__`) reports errors
    /// there.
    call_site: crate::syntax::Span,
    /// The exceptions being handled, innermost last (what a bare `raise`
    /// re-raises).
    handling: Vec<Error>,
    /// The generators running now, innermost last: where `yield` sends
    /// its value.
    gens: Vec<generator::GenCtx>,
    /// Which of [`crate::LAZY_STDLIB`] have been run.
    lazy_loaded: Vec<bool>,
    /// Emptied frames of finished calls, reused for the next calls'
    /// arguments (saves an allocation per call).
    frame_pool: Vec<Vec<Value>>,
    /// Whether the loop that ended last left by `break` (for `else`).
    loop_broke: bool,
    /// The globals arr itself defines (builtins, constants, the standard
    /// library), as they were before any script ran: what module
    /// attributes resolve to (`np.linalg.inv` is arr's `inv` even after a
    /// script assigns `inv = ...`).
    library: HashMap<Rc<str>, Value>,
}

pub enum Flow {
    Normal(Value),
    Break,
    Continue,
    Return(Value),
}

/// One function activation.
pub struct Frame<'c> {
    locals: Vec<Value>,
    cells: Vec<Rc<RefCell<Value>>>,
    captures: &'c [Rc<RefCell<Value>>],
}

impl Frame<'_> {
    fn top() -> Frame<'static> {
        Frame {
            locals: Vec::new(),
            cells: Vec::new(),
            captures: &[],
        }
    }
}

impl Default for Interp {
    fn default() -> Self {
        Interp::new()
    }
}

impl Interp {
    pub fn new() -> Interp {
        let mut it = Interp {
            globals: Vec::new(),
            names: GlobalNames::default(),
            sources: Sources::new(),
            file_paths: Vec::new(),
            limits: Limits::default(),
            ops: 0,
            depth: 0,
            nesting: 0,
            interrupt: Arc::new(AtomicBool::new(false)),
            output: None,
            warnings: None,
            file_access: true,
            imported: HashSet::new(),
            extensions: Extensions::default(),
            installed: HashMap::new(),
            argv: Vec::new(),
            call_site: crate::syntax::Span::default(),
            handling: Vec::new(),
            gens: Vec::new(),
            lazy_loaded: vec![false; crate::LAZY_STDLIB.len()],
            frame_pool: Vec::new(),
            loop_broke: false,
            library: HashMap::new(),
        };
        for b in crate::builtins::all() {
            it.set_global(b.name, Value::Builtin(b));
        }
        for (name, v) in crate::builtins::constants() {
            it.set_global(name, v);
        }
        for (name, v) in crate::object::exc::all() {
            it.set_global(name, v);
        }
        it.set_global("NotImplemented", crate::object::wrappers::not_implemented());
        // `if __name__ == "__main__":` runs, as in a script run by Python.
        it.set_global("__name__", Value::str("__main__"));
        it.load_stdlib();
        it.library = it
            .defined_names()
            .map(|n| n.to_string())
            .collect::<Vec<_>>()
            .into_iter()
            .filter_map(|n| {
                let v = it.get_global(&n)?;
                Some((Rc::from(n.as_str()), v))
            })
            .collect();
        it
    }

    /// Adds a family of builtins (tensors, or an embedder's own) as globals.
    pub fn install(&mut self, family: &'static [Builtin]) {
        for b in family {
            self.installed.insert(b.name, b);
            self.library.insert(b.name.into(), Value::Builtin(b));
            self.set_global(b.name, Value::Builtin(b));
        }
    }

    /// The builtins of the installed families.
    pub fn installed(&self) -> impl Iterator<Item = &'static Builtin> + '_ {
        self.installed.values().copied()
    }

    fn load_stdlib(&mut self) {
        for (name, src) in crate::STDLIB {
            // The standard library is part of the binary and tested; an error
            // here is a bug, reported rather than hidden.
            if let Err(e) = self.eval_source(name, src, None) {
                eprintln!("{}", self.sources.render(&e));
            }
        }
    }

    /// An empty vector with room for `cap` values, from the pool of
    /// finished frames when one is there.
    #[inline]
    fn frame_vec(&mut self, cap: usize) -> Vec<Value> {
        match self.frame_pool.pop() {
            Some(mut v) => {
                v.reserve(cap);
                v
            }
            None => Vec::with_capacity(cap),
        }
    }

    /// Gives a finished frame's vector back to the pool.
    #[inline]
    fn recycle_frame(&mut self, mut v: Vec<Value>) {
        v.clear();
        if self.frame_pool.len() < 64 && v.capacity() <= 256 {
            self.frame_pool.push(v);
        }
    }

    /// A `_py_` global of a lazily loaded stdlib module: runs the files not
    /// run yet, in order, up to the file named by the global's prefix, or
    /// else until one defines it.
    fn lazy_global(&mut self, name: &str) -> Option<Value> {
        if !name.starts_with("_py_") {
            return None;
        }
        let own = crate::LAZY_STDLIB.iter().position(|(file, _)| {
            let stem = file
                .trim_start_matches("<stdlib>/")
                .trim_end_matches(".arr");
            name.strip_prefix('_')
                .and_then(|n| n.strip_prefix(stem))
                .is_some_and(|rest| rest.starts_with('_'))
        });
        // The files before it first: a file may use the ones listed before
        // it (statistics uses fractions).
        let order = own
            .map(|i| 0..i + 1)
            .into_iter()
            .flatten()
            .chain(0..crate::LAZY_STDLIB.len());
        for i in order {
            if self.lazy_loaded[i] {
                continue;
            }
            self.load_lazy(i);
            if let Some(v) = self.library.get(name) {
                return Some(v.clone());
            }
        }
        None
    }

    /// Runs the lazily loaded stdlib file `i` and files its `_py_` globals
    /// in the library. The running evaluation's counters are kept (this
    /// happens in the middle of a program).
    fn load_lazy(&mut self, i: usize) {
        let (file, src) = crate::LAZY_STDLIB[i];
        self.lazy_loaded[i] = true;
        let saved = (self.ops, self.depth, self.nesting);
        let result = (|| {
            let id = self.add_source(file, src, None);
            let mut stmts = syntax::parse_program(src, id)?;
            resolve::resolve_program(&mut stmts, &mut self.names)?;
            self.globals.resize(
                self.names.names.len().max(self.globals.len()),
                Value::Undefined,
            );
            self.run_top(&stmts)
        })();
        (self.ops, self.depth, self.nesting) = saved;
        // Part of the binary and tested: an error here is a bug,
        // reported rather than hidden.
        if let Err(e) = result {
            eprintln!("{}", self.sources.render(&e));
        }
        let defined: Vec<String> = self
            .defined_names()
            .filter(|n| n.starts_with("_py_"))
            .map(str::to_string)
            .collect();
        for n in defined {
            if let Some(v) = self.get_global(&n) {
                self.library.entry(Rc::from(n.as_str())).or_insert(v);
            }
        }
    }

    pub fn set_global(&mut self, name: &str, v: Value) {
        let name: Rc<str> = name.into();
        let slot = self.names.slot(&name) as usize;
        if self.globals.len() <= slot {
            self.globals.resize(slot + 1, Value::Undefined);
        }
        self.globals[slot] = v;
    }

    pub fn get_global(&self, name: &str) -> Option<Value> {
        let slot = self.names.get(name)? as usize;
        match self.globals.get(slot) {
            Some(Value::Undefined) | None => None,
            Some(v) => Some(v.clone()),
        }
    }

    /// Names of the globals that hold a value.
    pub fn defined_names(&self) -> impl Iterator<Item = &str> {
        self.names
            .names
            .iter()
            .enumerate()
            .filter(|(i, _)| !matches!(self.globals.get(*i), Some(Value::Undefined) | None))
            .map(|(_, n)| &**n)
    }

    /// Writes to the print sink (stdout unless captured).
    pub fn write_out(&mut self, s: &str) {
        match &mut self.output {
            Some(f) => f(s),
            None => {
                let mut out = std::io::stdout().lock();
                // A closed pipe (`arr x.arr | head`) is not an error worth a panic.
                let _ = out.write_all(s.as_bytes());
                let _ = out.flush();
            }
        }
    }

    pub fn add_source(&mut self, name: &str, text: &str, path: Option<PathBuf>) -> FileId {
        let id = self.sources.add(name, text);
        let idx = id as usize;
        if self.file_paths.len() <= idx {
            self.file_paths.resize(idx + 1, None);
        }
        self.file_paths[idx] = path;
        id
    }

    /// Parses, resolves and runs a program; returns the value of its last
    /// statement when that is an expression (what the REPL echoes).
    pub fn eval_source(&mut self, name: &str, text: &str, path: Option<PathBuf>) -> Result<Value> {
        let file = self.add_source(name, text, path);
        let mut stmts = syntax::parse_program(text, file)?;
        resolve::resolve_program(&mut stmts, &mut self.names)?;
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.ops = 0;
        self.depth = 0;
        self.nesting = 0;
        let _limits = self.alloc_scope();
        self.run_top(&stmts)
    }

    /// Evaluates one expression source (used by `:time`).
    pub fn eval_expr_source(&mut self, name: &str, text: &str) -> Result<Value> {
        let file = self.add_source(name, text, None);
        let mut e = syntax::parse_expr(text, file)?;
        resolve::resolve_expr(&mut e, &mut self.names)?;
        self.globals.resize(
            self.names.names.len().max(self.globals.len()),
            Value::Undefined,
        );
        self.ops = 0;
        self.depth = 0;
        let _limits = self.alloc_scope();
        self.eval(&e, &mut Frame::top())
    }

    /// Counts one loop iteration or call against the operation limit and
    /// stops on Ctrl-C.
    #[inline]
    fn tick(&mut self) -> Result<()> {
        self.ops += 1;
        if self.interrupt.load(Ordering::Relaxed) {
            self.interrupt.store(false, Ordering::Relaxed);
            return Err(Error::new(ErrorKind::Interrupted, "interrupted"));
        }
        if let Some(max) = self.limits.max_operations {
            if self.ops > max {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!("operation limit exceeded: more than {max} loop iterations and calls"),
                ));
            }
        }
        Ok(())
    }

    /// Fails once evaluation nests deeper than [`MAX_EVAL_NESTING`].
    fn check_nesting(&self) -> Result<()> {
        if self.nesting > MAX_EVAL_NESTING {
            return Err(Error::new(
                ErrorKind::Recursion,
                format!(
                    "evaluation nested too deeply (more than {MAX_EVAL_NESTING} levels of calls, blocks and expressions)"
                ),
            ));
        }
        Ok(())
    }

    /// Installs this engine's allocation limits for an evaluation.
    pub fn alloc_scope(&self) -> crate::array::alloc::Scope {
        crate::array::alloc::scope(crate::array::alloc::AllocLimits {
            max_elements: self.limits.max_array_elements,
            max_bytes: self.limits.max_memory,
        })
    }
}

impl Context for Interp {
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        Some(self)
    }

    fn call(&mut self, f: &Value, args: Args) -> Result<Value> {
        let site = self.call_site;
        self.call_value_args(f, args, site)
    }

    fn write(&mut self, text: &str) {
        self.write_out(text)
    }

    fn warn(&mut self, text: &str) {
        match &mut self.warnings {
            Some(f) => f(text),
            None => eprintln!("warning: {text}"),
        }
    }

    fn is_terminal(&self) -> bool {
        use std::io::IsTerminal;
        self.output.is_none() && std::io::stdout().is_terminal()
    }

    fn check_alloc(&self, what: &str, elems: usize, itemsize: usize) -> Result<()> {
        crate::array::alloc::check(what, elems, itemsize)
    }

    fn check_file_access(&mut self, what: &str) -> Result<()> {
        if self.file_access {
            self.charge(crate::value::context::FILE_OPERATION_COST)
        } else {
            Err(Error::io(format!(
                "{what}: file access is disabled in this engine"
            )))
        }
    }

    fn check_interrupt(&mut self) -> Result<()> {
        if self.interrupt.swap(false, Ordering::Relaxed) {
            return Err(Error::new(ErrorKind::Interrupted, "interrupted"));
        }
        Ok(())
    }

    fn interrupt_pending(&self) -> bool {
        self.interrupt.load(Ordering::Relaxed)
    }

    fn charge(&mut self, work: u64) -> Result<()> {
        self.ops = self.ops.saturating_add(work);
        if let Some(max) = self.limits.max_operations {
            if self.ops > max {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!("operation limit exceeded: more than {max} loop iterations and calls"),
                ));
            }
        }
        Ok(())
    }

    fn extensions(&mut self) -> &mut Extensions {
        &mut self.extensions
    }

    fn builtin(&self, name: &str) -> Option<&'static Builtin> {
        crate::builtins::lookup(name).or_else(|| self.installed.get(name).copied())
    }

    fn global(&self, name: &str) -> Option<Value> {
        self.get_global(name)
    }

    fn module_global(&mut self, name: &str) -> Option<Value> {
        crate::builtins::stdmods::lookup(name)
            .or_else(|| crate::builtins::stdmods::constant(name, self))
            .or_else(|| self.library.get(name).cloned())
            .or_else(|| self.lazy_global(name))
    }

    fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> Result<Value> {
        let span = crate::syntax::Span::default();
        self.method_call(obj.clone(), name, args, None, span, span)
    }

    fn get_attribute(&mut self, obj: &Value, name: &str) -> Result<Value> {
        self.attribute(obj, name)
    }

    fn percent_format(&mut self, template: &str, values: &Value) -> Result<String> {
        crate::builtins::text::percent(self, template, values)
    }

    fn argv(&self) -> Vec<String> {
        self.argv.clone()
    }

    fn recursion_limit(&self) -> usize {
        self.limits.max_call_depth
    }

    fn set_recursion_limit(&mut self, n: usize) -> Result<()> {
        // Deep recursion runs on heap-grown stack segments; nesting past
        // MAX_EVAL_NESTING is refused anyway, so the limit stays below it.
        self.limits.max_call_depth = n.min(MAX_EVAL_NESTING / 4);
        Ok(())
    }
}
