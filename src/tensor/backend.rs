//! Finding, checking and opening the backend library, and calling it.
//!
//! The library is opened once per process (the first time any engine uses a
//! tensor); each engine then makes its own backend instance from it, with its
//! own table of tensors, models and optimizers, its own no-grad regions and
//! its own activation callbacks.

use super::convert::from_ret;
use super::TensorState;
use crate::error::{Error, ErrorKind, Result};
use crate::value::{Args, Context, Value};
use arr_torch_abi::{self as abi, Arg, Backend, Handle, Op, Ret};
use std::path::PathBuf;
use std::rc::Rc;
use std::sync::OnceLock;

/// Where `libarr_torch.so` may be: `$ARR_TORCH_LIB` (then nowhere else),
/// beside the `arr` executable, or in the workspace's `target/release`
/// (tests and `cargo run` of a debug build).
fn candidates() -> Vec<PathBuf> {
    let name = format!(
        "{}arr_torch{}",
        std::env::consts::DLL_PREFIX,
        std::env::consts::DLL_SUFFIX
    );
    let mut v = Vec::new();
    // An explicit path is the only one tried.
    if let Some(p) = std::env::var_os("ARR_TORCH_LIB").filter(|p| !p.is_empty()) {
        return vec![PathBuf::from(p)];
    }
    if let Ok(exe) = std::env::current_exe() {
        let mut dir = exe.parent().map(|p| p.to_path_buf());
        for _ in 0..3 {
            let Some(d) = dir else { break };
            v.push(d.join(&name));
            v.push(d.join("release").join(&name));
            dir = d.parent().map(|p| p.to_path_buf());
        }
    }
    v
}

pub const INSTALL_HINT: &str = "build it with `.ci/setup-torch` (prepares the pinned libtorch in ~/.cache/arr and builds target/release/libarr_torch.so), or set ARR_TORCH_LIB to the library's path";

/// The opened library: what makes a backend instance.
struct Library {
    entry: abi::EntryFn,
}

/// Opens the library with the flags its libtorch needs.
fn open(path: &std::path::Path) -> std::result::Result<libloading::Library, String> {
    let failed = |e: libloading::Error| {
        format!(
            "could not load the libtorch backend {}: {e}; it needs the libtorch it was built against (the pinned libtorch 2.13, or the one LIBTORCH named at build time; a missing or different libtorch gives this error); {INSTALL_HINT}",
            path.display()
        )
    };
    // SAFETY: the library is arr's own backend; its initialisers are
    // libtorch's, and the fingerprint is checked before any Rust value
    // crosses the boundary.
    #[cfg(target_os = "linux")]
    {
        // RTLD_DEEPBIND: libtorch must bind its BLAS calls (sgemm_ and
        // friends) to the MKL inside libtorch_cpu, not to the OpenBLAS that
        // arr already loaded for its arrays; otherwise two thread pools
        // fight over the cores and training runs several times slower.
        // (A glibc flag: other systems do not have it.)
        use libloading::os::unix::{Library as Unix, RTLD_LOCAL, RTLD_NOW};
        unsafe { Unix::open(Some(path), RTLD_NOW | RTLD_LOCAL | libc::RTLD_DEEPBIND) }
            .map(libloading::Library::from)
            .map_err(failed)
    }
    #[cfg(not(target_os = "linux"))]
    {
        unsafe { libloading::Library::new(path) }.map_err(failed)
    }
}

fn load_library() -> std::result::Result<Library, String> {
    let paths = candidates();
    let Some(path) = paths.iter().find(|p| p.is_file()) else {
        return Err(format!(
            "tensors need arr's libtorch backend (libarr_torch.so), which was not found; {INSTALL_HINT}"
        ));
    };
    let lib = open(path)?;
    let not_backend =
        |e: libloading::Error| format!("{} is not an arr backend: {e}", path.display());
    // SAFETY: the symbol is a C function returning a static C string.
    let fp = unsafe {
        let f: libloading::Symbol<abi::FingerprintFn> =
            lib.get(abi::FINGERPRINT_SYMBOL).map_err(not_backend)?;
        std::ffi::CStr::from_ptr(f()).to_string_lossy().into_owned()
    };
    if fp != abi::fingerprint() {
        return Err(format!(
            "the libtorch backend {} was built for a different arr (it reports \"{fp}\", this arr is \"{}\"); rebuild it with `.ci/setup-torch`",
            path.display(),
            abi::fingerprint()
        ));
    }
    // SAFETY: the contract matches (the fingerprint just checked); from now
    // on the backend allocates through this program's allocator, so values
    // that cross (allocated on one side, freed on the other) share one
    // allocator whatever `#[global_allocator]` this program uses.
    let entry = unsafe {
        let set: libloading::Symbol<abi::alloc::SetAllocatorFn> = lib
            .get(abi::alloc::SET_ALLOCATOR_SYMBOL)
            .map_err(not_backend)?;
        set(abi::alloc::host_allocator());
        let entry: libloading::Symbol<abi::EntryFn> = lib.get(abi::ENTRY).map_err(not_backend)?;
        *entry
    };
    // The library stays loaded for the life of the process.
    std::mem::forget(lib);
    Ok(Library { entry })
}

/// The process's backend library, opened on first use.
fn library() -> std::result::Result<&'static Library, String> {
    static LIB: OnceLock<std::result::Result<Library, String>> = OnceLock::new();
    LIB.get_or_init(load_library).as_ref().map_err(Clone::clone)
}

/// One engine's backend instance.
pub struct Instance {
    backend: Box<dyn Backend>,
}

impl std::fmt::Debug for Instance {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("<libtorch backend>")
    }
}

impl Instance {
    /// Runs `op`; a panic that escaped the backend is an internal error.
    pub fn call(
        &self,
        op: Op,
        args: Vec<Arg>,
        kwargs: Vec<(String, Arg)>,
        io: &mut dyn abi::HostIo,
    ) -> std::result::Result<Ret, String> {
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.backend.call(op.id(), args, kwargs, io)
        }))
        .unwrap_or_else(|p| {
            Err(format!(
                "{op}: internal error in the torch backend: {}",
                abi::panic_message(&*p)
            ))
        })
    }

    pub fn release(&self, handle: Handle) {
        let _ = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            self.backend.release(handle)
        }));
    }

    pub fn describe(&self) -> String {
        self.backend.describe()
    }
}

/// Makes this engine's backend instance, seeding it as `seed(n)` asked.
fn instantiate(seed: Option<i64>) -> std::result::Result<Rc<Instance>, String> {
    let lib = library()?;
    let entry = lib.entry;
    let backend = std::panic::catch_unwind(entry)
        .unwrap_or_else(|p| Err(format!("backend: {}", abi::panic_message(&*p))))?;
    let inst = Rc::new(Instance { backend });
    if let Some(n) = seed {
        inst.call(Op::ManualSeed, vec![Arg::Int(n)], Vec::new(), &mut NoIo)?;
    }
    Ok(inst)
}

/// This engine's backend, made on first use.
pub fn instance(cx: &mut dyn Context) -> Result<Rc<Instance>> {
    let st = cx.extensions().get::<TensorState>();
    if st.backend.is_none() {
        st.backend = Some(instantiate(st.seed));
    }
    match &st.backend {
        Some(Ok(b)) => Ok(b.clone()),
        Some(Err(m)) => Err(Error::new(ErrorKind::Import, m.clone())),
        None => Err(Error::internal("the backend was not made")),
    }
}

/// Why the backend cannot be used, or `None` when it can (without making
/// an instance; `cuda_available()` asks this).
pub fn unavailable() -> Option<String> {
    library().err()
}

/// Host services for a backend operation where no interpreter is at hand.
pub struct NoIo;

impl abi::HostIo for NoIo {
    fn write(&mut self, text: &str) {
        print!("{text}");
    }
    fn is_terminal(&self) -> bool {
        false
    }
    fn interrupted(&self) -> bool {
        false
    }
    fn call_function(&mut self, _: u64, _: Handle) -> std::result::Result<Handle, String> {
        Err("an arr function cannot run here (no interpreter)".into())
    }
}

/// Host services for a running backend operation: output, Ctrl-C and arr
/// functions called back (activations).
pub struct Io<'a> {
    pub cx: &'a mut dyn Context,
    pub backend: Rc<Instance>,
}

impl abi::HostIo for Io<'_> {
    fn write(&mut self, text: &str) {
        self.cx.write(text)
    }
    fn is_terminal(&self) -> bool {
        self.cx.is_terminal()
    }
    fn interrupted(&self) -> bool {
        self.cx.interrupt_pending()
    }
    fn call_function(&mut self, func: u64, x: Handle) -> std::result::Result<Handle, String> {
        // A panic in arr's code must not unwind into the backend.
        std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| self.run_function(func, x)))
            .unwrap_or_else(|p| {
                Err(format!(
                    "internal error in an activation: {}",
                    abi::panic_message(&*p)
                ))
            })
    }
}

impl Io<'_> {
    fn run_function(&mut self, func: u64, x: Handle) -> std::result::Result<Handle, String> {
        let f = self
            .cx
            .extensions()
            .get::<TensorState>()
            .funcs
            .get(func as usize)
            .cloned()
            .ok_or("the activation function no longer exists")?;
        let b = self.backend.clone();
        // The input handle stays the backend's: this value holds its own.
        let retained = b
            .call(Op::Retain, vec![Arg::Obj(x)], Vec::new(), &mut NoIo)
            .and_then(|r| from_ret(r, &b).map_err(|e| e.message.clone()))?;
        let name = crate::value::format::value_repr(&f);
        let r = self
            .cx
            .call(&f, Args::new(vec![retained]))
            .map_err(|e| format!("activation {name}: {}", e.message))?;
        let Some(o) = super::object::as_tensor(&r) else {
            return Err(format!(
                "activation {name} must return a tensor, not {}",
                r.type_name()
            ));
        };
        // A handle of the backend's own for the result, which it takes over.
        b.call(Op::Retain, vec![Arg::Obj(o.handle)], Vec::new(), &mut NoIo)?
            .into_obj(Op::Retain)
            .map(|(h, _)| h)
    }
}

/// Calls backend operation `op` for an engine.
/// What one backend call costs of the operation budget.
pub const BACKEND_CALL_COST: u64 = 200;

pub fn bcall(
    cx: &mut dyn Context,
    b: &Rc<Instance>,
    op: Op,
    args: Vec<Arg>,
    kwargs: Vec<(String, Arg)>,
) -> Result<Ret> {
    // A call into libtorch costs far more than a loop step (and under
    // `grad` each one grows the tape).
    cx.charge(BACKEND_CALL_COST)?;
    let mut io = Io {
        cx,
        backend: b.clone(),
    };
    let r = b.call(op, args, kwargs, &mut io);
    r.map_err(|m| {
        // fit stops between batches on Ctrl-C: report it as an interruption
        // (the REPL keeps its variables) and clear the request.
        if let Err(e) = io.cx.check_interrupt() {
            return e;
        }
        if m.starts_with(abi::PROTOCOL_ERROR) || m.contains("internal error") {
            Error::internal(m.replace(abi::RUNTIME_ERROR_MARK, ""))
        } else if m.contains(abi::RUNTIME_ERROR_MARK) {
            Error::new(ErrorKind::Runtime, m.replace(abi::RUNTIME_ERROR_MARK, ""))
        } else if m.contains("got an unexpected keyword argument") {
            Error::new(ErrorKind::Type, m)
        } else {
            Error::new(ErrorKind::Value, m)
        }
    })
}

/// Calls `op` and converts its result to a value.
pub fn call_value(
    cx: &mut dyn Context,
    b: &Rc<Instance>,
    op: Op,
    args: Vec<Arg>,
    kwargs: Vec<(String, Arg)>,
) -> Result<Value> {
    let r = bcall(cx, b, op, args, kwargs)?;
    from_ret(r, b)
}

/// Calls `op` where no interpreter is at hand (printing, dropping).
pub fn call_plain(b: &Rc<Instance>, op: Op, args: Vec<Arg>) -> Result<Ret> {
    b.call(op, args, Vec::new(), &mut NoIo)
        .map_err(|m| Error::new(ErrorKind::Value, m.replace(abi::RUNTIME_ERROR_MARK, "")))
}

/// A protocol error as an arr error.
pub fn protocol(m: String) -> Error {
    Error::internal(m)
}
