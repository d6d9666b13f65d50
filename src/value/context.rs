//! What a builtin or a host object may ask of the interpreter running it:
//! calling a value, writing output, the engine's limits and sandbox, Ctrl-C,
//! and per-engine state of builtin families. Builtins see this trait, never
//! the interpreter itself.

use super::{Args, Builtin, Value};
use crate::error::{Error, ErrorKind, Result};
use std::any::{Any, TypeId};
use std::collections::HashMap;

/// What one file operation (a save, a load) costs of the operation budget.
pub const FILE_OPERATION_COST: u64 = 100;

pub trait Context {
    /// The interpreter behind this context, for the evaluator's own host
    /// objects (generators resume on it).
    fn as_any_mut(&mut self) -> Option<&mut dyn std::any::Any> {
        None
    }

    /// Calls any callable value (a script function, a builtin, a host object).
    fn call(&mut self, f: &Value, args: Args) -> Result<Value>;

    /// Writes text where `print` writes (no newline added).
    fn write(&mut self, text: &str);

    /// Writes a warning where diagnostics go (stderr unless captured).
    fn warn(&mut self, text: &str);

    /// Whether output goes to a terminal (progress lines redraw in place).
    fn is_terminal(&self) -> bool;

    /// Checks an allocation of `elems` items of `itemsize` bytes that `what`
    /// is about to make against the engine's limits.
    fn check_alloc(&self, what: &str, elems: usize, itemsize: usize) -> Result<()>;

    /// Fails unless the engine allows `what` to touch the file system; a
    /// file operation also costs [`FILE_OPERATION_COST`] operations of the
    /// budget (system calls take far longer than a loop step).
    fn check_file_access(&mut self, what: &str) -> Result<()>;

    /// Fails with an interruption if Ctrl-C (or an embedder's interrupt) is
    /// pending, clearing it.
    fn check_interrupt(&mut self) -> Result<()>;

    /// Whether an interrupt is pending (without clearing it).
    fn interrupt_pending(&self) -> bool;

    /// Charges `work` units (about one per element touched) to the engine's
    /// operation budget.
    fn charge(&mut self, work: u64) -> Result<()>;

    /// Per-engine state of builtin families (the random generator, the
    /// tensor backend), created on first use.
    fn extensions(&mut self) -> &mut Extensions;

    /// The builtin of this name, among the core ones and the families this
    /// engine installed.
    fn builtin(&self, name: &str) -> Option<&'static Builtin>;

    /// The global variable of this name (a builtin, a standard-library
    /// function or a script's own), if it holds a value.
    fn global(&self, name: &str) -> Option<Value>;

    /// `sys.argv`: the script's path and arguments.
    fn argv(&self) -> Vec<String> {
        Vec::new()
    }

    /// `sys.getrecursionlimit()`: the deepest call nesting allowed.
    fn recursion_limit(&self) -> usize {
        1000
    }

    /// `sys.setrecursionlimit(n)`; the interpreter bounds it by what its
    /// stack handling allows.
    fn set_recursion_limit(&mut self, n: usize) -> Result<()> {
        let _ = n;
        Err(Error::new(
            ErrorKind::Runtime,
            "sys.setrecursionlimit() is not available here",
        ))
    }

    /// A module attribute's value by its qualified name (`math_sqrt`, a
    /// standard-library function; else the global of that name).
    fn module_global(&mut self, name: &str) -> Option<Value> {
        self.global(name)
    }

    /// `obj.name(args)` as a script calls it.
    fn call_method(&mut self, obj: &Value, name: &str, args: Args) -> Result<Value>;

    /// `obj.name` as a script reads it.
    fn get_attribute(&mut self, obj: &Value, name: &str) -> Result<Value>;

    /// `template % values` for a string template (Python's printf-style
    /// formatting, which lives above this layer).
    fn percent_format(&mut self, template: &str, values: &Value) -> Result<String>;
}

/// Per-engine state, one value per type.
#[derive(Default)]
pub struct Extensions {
    map: HashMap<TypeId, Box<dyn Any>>,
}

impl Extensions {
    /// The state of type `T`, made with `T::default()` on first use.
    pub fn get<T: Any + Default>(&mut self) -> &mut T {
        self.map
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(T::default()))
            .downcast_mut::<T>()
            .expect("the map holds a T under T's TypeId")
    }

    /// The state of type `T` if it exists.
    pub fn try_get<T: Any>(&mut self) -> Option<&mut T> {
        self.map
            .get_mut(&TypeId::of::<T>())
            .and_then(|b| b.downcast_mut::<T>())
    }

    pub fn insert<T: Any>(&mut self, v: T) {
        self.map.insert(TypeId::of::<T>(), Box::new(v));
    }
}
