//! The builtin registry. Each family registers its functions with a doc text
//! that is both `help(name)` and a tested example (lines after `>>> ` are run
//! and must print what follows them).

pub mod bits;
pub mod calculus;
pub mod complex;
mod complex_fmt;
pub mod complex_fns;
pub mod construct;
pub mod contract;
pub mod core;
pub mod create;
pub mod data;
pub mod decomp;
pub mod elementwise;
pub mod fft;
pub mod fillers;
pub mod generator;
pub mod index_tricks;
pub mod io;
pub mod linalg;
pub mod math;
pub mod norm;
pub mod npconfig;
pub mod npy;
pub mod order;
pub mod pieces;
mod pycopy;
pub mod pyfile;
pub mod pyobj;
pub mod pyrandom;
pub mod pyre;
pub mod pyre_match;
pub mod python;
pub mod random;
pub mod random_dists;
pub mod random_state;
pub mod rearrange;
pub mod records;
pub mod records_dtype;
mod records_fmt;
mod records_ops;
pub mod reduce;
pub mod select;
pub mod setops;
pub mod shape;
pub mod sort;
pub mod stats;
pub mod stdjson;
pub mod stdmods;
mod stdmods_more;
pub mod text;
pub mod textio;
pub mod ufunc;
pub mod uniq;
pub mod windows;
pub mod ziggurat;

use crate::error::Result;
use crate::value::DType;
use std::collections::HashMap;
use std::sync::LazyLock;

pub use crate::value::{Args, Builtin, BuiltinFn, Context, Value};

/// A family's builtins, as it registers them.
#[derive(Default)]
pub struct Registry {
    list: Vec<Builtin>,
    index: HashMap<&'static str, usize>,
}

impl Registry {
    pub fn add(&mut self, name: &'static str, func: BuiltinFn, doc: &'static str) {
        self.index.insert(name, self.list.len());
        self.list.push(Builtin {
            name,
            doc,
            func,
            pure: false,
        });
    }

    /// Marks the builtins registered from `start` on as pure (see
    /// [`Builtin::pure`]), but those named in `except`.
    fn mark_pure(&mut self, start: usize, except: &[&str]) {
        for b in &mut self.list[start..] {
            b.pure = !except.contains(&b.name);
        }
    }

    pub fn all(&self) -> &[Builtin] {
        &self.list
    }

    pub fn lookup(&self, name: &str) -> Option<&Builtin> {
        self.index.get(name).map(|&i| &self.list[i])
    }
}

static REGISTRY: LazyLock<Registry> = LazyLock::new(|| {
    let mut r = Registry::default();
    // Pure families first (no output, files or random state).
    core::register(&mut r);
    create::register(&mut r);
    shape::register(&mut r);
    shape::register_more(&mut r);
    reduce::register(&mut r);
    linalg::register(&mut r);
    decomp::register(&mut r);
    math::register(&mut r);
    elementwise::register(&mut r);
    rearrange::register(&mut r);
    windows::register(&mut r);
    construct::register(&mut r);
    contract::register(&mut r);
    npconfig::register(&mut r);
    stats::register(&mut r);
    select::register(&mut r);
    order::register(&mut r);
    setops::register(&mut r);
    sort::register(&mut r);
    uniq::register(&mut r);
    bits::register(&mut r);
    generator::register(&mut r);
    pieces::register(&mut r);
    fillers::register(&mut r);
    calculus::register(&mut r);
    textio::register(&mut r);
    index_tricks::register(&mut r);
    complex_fns::register(&mut r);
    fft::register(&mut r);
    r.mark_pure(0, &["print", "perf_counter", "help"]);
    io::register(&mut r);
    random::register(&mut r);
    random_dists::register(&mut r);
    pyrandom::register(&mut r);
    data::register(&mut r);
    python::register(&mut r);
    pyfile::register(&mut r);
    pyobj::register(&mut r);
    r
});

/// The core builtins (families an engine installs, such as tensors, come
/// on top: `Interp::install`).
pub fn all() -> &'static [Builtin] {
    REGISTRY.all()
}

pub fn lookup(name: &str) -> Option<&'static Builtin> {
    REGISTRY.lookup(name)
}

/// A core builtin's number (what the resolver records for method calls,
/// `a.sum()` falling back to `sum(a)`).
pub fn index_of(name: &str) -> Option<u32> {
    REGISTRY.index.get(name).map(|&i| i as u32)
}

/// The core builtin of a number from [`index_of`].
pub fn at(index: u32) -> Option<&'static Builtin> {
    REGISTRY.list.get(index as usize)
}

/// Builtins that update the variable passed as their first argument.
pub fn mutates_first_argument(b: &Builtin) -> bool {
    matches!(
        b.name,
        "shuffle" | "put" | "copyto" | "place" | "putmask" | "fill_diagonal" | "put_along_axis"
    )
}

/// Global constants bound at start-up.
pub fn constants() -> Vec<(&'static str, Value)> {
    let mut out = pyre::constants();
    out.extend(ufunc::constants());
    out.extend(index_tricks::constants());
    out.extend([
        ("pi", Value::Float(std::f64::consts::PI)),
        ("e", Value::Float(std::f64::consts::E)),
        ("inf", Value::Float(f64::INFINITY)),
        ("nan", Value::Float(f64::NAN)),
        ("newaxis", Value::None),
        // `np.__version__`: the NumPy release whose behaviour arr's `numpy`
        // follows (its twin tests' goldens come from it).
        ("__numpy_version__", Value::str("2.4.6")),
        ("Ellipsis", crate::object::types::ellipsis()),
        ("float32", Value::DType(DType::Float32)),
        ("float64", Value::DType(DType::Float64)),
        ("int64", Value::DType(DType::Int64)),
        ("int8", Value::DType(DType::Int8)),
        ("int16", Value::DType(DType::Int16)),
        ("int32", Value::DType(DType::Int32)),
        ("uint8", Value::DType(DType::UInt8)),
        ("uint16", Value::DType(DType::UInt16)),
        ("uint32", Value::DType(DType::UInt32)),
        ("uint64", Value::DType(DType::UInt64)),
        (
            "complex128",
            Value::Host(std::rc::Rc::new(complex::ComplexDType(false))),
        ),
        (
            "complex64",
            Value::Host(std::rc::Rc::new(complex::ComplexDType(true))),
        ),
    ]);
    out
}

/// Work at least this large (elements) runs where Ctrl-C can abandon it.
pub const INTERRUPTIBLE_MIN: usize = 1 << 20;

/// The stack of a worker thread.
const WORKER_STACK: usize = 256 << 20;

/// Runs long work (a large sort, a LAPACK factorization) where Ctrl-C can
/// abandon it: on a worker thread, while this thread watches the
/// interrupt flag. Interrupted, the call returns at once with an
/// interruption (the session keeps its variables); the worker finishes in
/// the background and its result is dropped. Small work runs inline.
pub fn interruptible<T: Send + 'static>(
    cx: &mut dyn Context,
    size: usize,
    work: impl FnOnce() -> Result<T> + Send + 'static,
) -> Result<T> {
    if size < INTERRUPTIBLE_MIN {
        return work();
    }
    let (tx, rx) = std::sync::mpsc::channel();
    let spawned = std::thread::Builder::new()
        .name("arr-work".into())
        // OpenBLAS keeps its blocking buffers on the calling thread's stack
        // (dgetrf of a 400x400 matrix overflowed the default 2 MiB); the
        // pages are touched only as used.
        .stack_size(WORKER_STACK)
        .spawn(move || {
            // An error crosses back as its parts (an `Error` holds `Rc`s).
            let r = std::panic::catch_unwind(std::panic::AssertUnwindSafe(work))
                .map(|r| r.map_err(|e| (e.kind, e.message.clone(), e.notes.clone())));
            let _ = tx.send(r);
        });
    if let Err(e) = spawned {
        return Err(crate::error::Error::internal(format!(
            "cannot start a worker thread: {e}"
        )));
    }
    loop {
        match rx.recv_timeout(std::time::Duration::from_millis(20)) {
            Ok(Ok(r)) => {
                return r.map_err(|(kind, message, notes)| {
                    let mut e = crate::error::Error::new(kind, message);
                    e.notes = notes;
                    e
                })
            }
            Ok(Err(p)) => {
                let msg = p
                    .downcast_ref::<String>()
                    .cloned()
                    .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
                    .unwrap_or_default();
                return Err(crate::error::Error::internal(format!(
                    "internal error in a worker: {msg}"
                )));
            }
            Err(std::sync::mpsc::RecvTimeoutError::Timeout) => cx.check_interrupt()?,
            Err(std::sync::mpsc::RecvTimeoutError::Disconnected) => {
                return Err(crate::error::Error::internal("a worker thread stopped"))
            }
        }
    }
}

/// `dtype=` when given.
pub fn opt_dtype(v: &Value, fname: &str) -> Result<Option<DType>> {
    match v {
        Value::None => Ok(None),
        v => crate::value::convert::to_dtype(v, &format!("{fname}(dtype=)")).map(Some),
    }
}

pub fn opt_bool(v: &Value, fname: &str, name: &str, default: bool) -> Result<bool> {
    match v {
        Value::None => Ok(default),
        v => crate::value::convert::to_bool(v, &format!("{fname}({name}=)")),
    }
}
