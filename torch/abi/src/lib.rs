//! The narrow interface between the `arr` interpreter and its libtorch
//! backend (`libarr_torch.so`), which arr opens only when a script first
//! uses a tensor. Tensors, models and optimizers live in the backend and are
//! named by handles; operations are called by [`Op`] with a list of plain
//! arguments.
//!
//! The contract: Rust values cross the boundary, so both sides must be
//! built from exactly this crate's source by the same compiler for the same
//! target, and must share one allocator. [`fingerprint`] identifies the
//! first three (a hash of this crate's source is taken at build time); the
//! host checks it before anything else crosses, and then installs its
//! allocator in the backend ([`alloc`]). A result the host cannot decode is
//! a "backend protocol error", never a guess; both sides catch panics at
//! every entry.

pub mod alloc;
pub mod ops;

pub use ops::Op;

use std::ffi::c_char;

/// Names an object (tensor, model, optimizer) owned by the backend.
pub type Handle = u64;

/// Element types that cross the boundary.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DType {
    Bool,
    Int64,
    Float32,
    Float64,
}

impl DType {
    pub fn size(self) -> usize {
        match self {
            DType::Bool => 1,
            DType::Float32 => 4,
            DType::Int64 | DType::Float64 => 8,
        }
    }
}

/// A dense, row-major array copied across the boundary (native-endian bytes).
#[derive(Clone, Debug, PartialEq)]
pub struct HostArray {
    pub dtype: DType,
    pub shape: Vec<usize>,
    pub data: Vec<u8>,
}

/// An argument of a backend operation.
#[derive(Clone, Debug)]
pub enum Arg {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(HostArray),
    /// A backend object (tensor, model, optimizer).
    Obj(Handle),
    List(Vec<Arg>),
    /// `start:stop:step` in an index.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    Ellipsis,
    NewAxis,
    /// A layer or other spec: a kind and its keyword arguments.
    Spec(String, Vec<(String, Arg)>),
    /// A function of the host's (an arr function used as an activation),
    /// called back through [`HostIo::call_function`].
    Func(u64),
}

/// What a backend object is, so the host can wrap it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ObjKind {
    Tensor,
    Model,
    Optimizer,
}

/// The result of a backend operation.
#[derive(Debug)]
pub enum Ret {
    None,
    Bool(bool),
    Int(i64),
    Float(f64),
    Str(String),
    Array(HostArray),
    Obj(Handle, ObjKind),
    List(Vec<Ret>),
    Tuple(Vec<Ret>),
    Dict(Vec<(String, Ret)>),
}

/// Services the host gives an operation while it runs (output, Ctrl-C).
pub trait HostIo {
    /// Writes text where `print` writes (no newline added).
    fn write(&mut self, text: &str);
    /// Whether output goes to a terminal (progress lines redraw in place).
    fn is_terminal(&self) -> bool;
    /// Whether the user asked to stop (Ctrl-C or an embedder's interrupt).
    fn interrupted(&self) -> bool;
    /// Calls host function `func` on the tensor `x` (a handle the backend
    /// made for the call) and returns a handle to the result tensor, which
    /// the backend takes over.
    fn call_function(&mut self, func: u64, x: Handle) -> Result<Handle, String>;
}

/// The backend as the host sees it.
pub trait Backend {
    /// Runs operation number `op` (an [`Op::id`]); an `Err` is a message for
    /// the user.
    fn call(
        &self,
        op: u32,
        args: Vec<Arg>,
        kwargs: Vec<(String, Arg)>,
        io: &mut dyn HostIo,
    ) -> Result<Ret, String>;
    /// Frees an object the host no longer refers to.
    fn release(&self, handle: Handle);
    /// A description of the libtorch in use (version, devices).
    fn describe(&self) -> String;
}

/// Exported by the backend with the C ABI: its [`fingerprint`] as a
/// NUL-terminated string, checked before [`ENTRY`] is called.
pub const FINGERPRINT_SYMBOL: &[u8] = b"arr_torch_fingerprint\0";
pub type FingerprintFn = unsafe extern "C" fn() -> *const c_char;

/// Exported by the backend (Rust ABI, same compiler): makes the backend.
pub const ENTRY: &[u8] = b"arr_torch_backend\0";
pub type EntryFn = fn() -> Result<Box<dyn Backend>, String>;

/// Identifies this interface: crate version, a hash of its source, the
/// target, the compiler, the allocator rule and the layout of the types that
/// cross the boundary. Host and backend must agree exactly.
pub fn fingerprint() -> String {
    use std::mem::{align_of, size_of};
    format!(
        "arr-torch-abi {} src {} {} ({}) alloc=host-forwarded [{} {} {} {} {} {}]",
        env!("CARGO_PKG_VERSION"),
        env!("ARR_ABI_SOURCE_HASH"),
        env!("ARR_ABI_TARGET"),
        env!("ARR_ABI_RUSTC"),
        size_of::<Arg>(),
        size_of::<Ret>(),
        size_of::<HostArray>(),
        size_of::<Result<Ret, String>>(),
        align_of::<Arg>(),
        size_of::<Box<dyn Backend>>(),
    )
}

/// The prefix of every message about a result the host could not decode.
pub const PROTOCOL_ERROR: &str = "backend protocol error";

/// Marks a message that libtorch itself raised (PyTorch's `RuntimeError`:
/// a second backward through a freed graph, mismatched shapes in matmul),
/// as opposed to the backend's own checks (`ValueError`); the host removes it.
pub const RUNTIME_ERROR_MARK: &str = "\u{1}runtime\u{1}";

impl Ret {
    /// What kind of result this is, for protocol errors.
    pub fn kind(&self) -> &'static str {
        match self {
            Ret::None => "none",
            Ret::Bool(_) => "a bool",
            Ret::Int(_) => "an int",
            Ret::Float(_) => "a float",
            Ret::Str(_) => "a string",
            Ret::Array(_) => "an array",
            Ret::Obj(..) => "an object",
            Ret::List(_) => "a list",
            Ret::Tuple(_) => "a tuple",
            Ret::Dict(_) => "a dict",
        }
    }

    fn unexpected(&self, op: Op, expected: &str) -> String {
        format!(
            "{PROTOCOL_ERROR}: {op} returned {}, expected {expected}",
            self.kind()
        )
    }

    pub fn into_bool(self, op: Op) -> Result<bool, String> {
        match self {
            Ret::Bool(b) => Ok(b),
            other => Err(other.unexpected(op, "a bool")),
        }
    }

    pub fn into_int(self, op: Op) -> Result<i64, String> {
        match self {
            Ret::Int(i) => Ok(i),
            other => Err(other.unexpected(op, "an int")),
        }
    }

    pub fn into_str(self, op: Op) -> Result<String, String> {
        match self {
            Ret::Str(s) => Ok(s),
            other => Err(other.unexpected(op, "a string")),
        }
    }

    pub fn into_list(self, op: Op) -> Result<Vec<Ret>, String> {
        match self {
            Ret::List(v) => Ok(v),
            other => Err(other.unexpected(op, "a list")),
        }
    }

    pub fn into_tuple(self, op: Op) -> Result<Vec<Ret>, String> {
        match self {
            Ret::Tuple(v) => Ok(v),
            other => Err(other.unexpected(op, "a tuple")),
        }
    }

    pub fn into_obj(self, op: Op) -> Result<(Handle, ObjKind), String> {
        match self {
            Ret::Obj(h, k) => Ok((h, k)),
            other => Err(other.unexpected(op, "an object")),
        }
    }
}

impl HostArray {
    /// Checks that the data holds exactly the elements the shape asks for.
    pub fn check(&self) -> Result<usize, String> {
        let n = self
            .shape
            .iter()
            .try_fold(1usize, |acc, &d| acc.checked_mul(d))
            .ok_or_else(|| format!("{PROTOCOL_ERROR}: array shape {:?} overflows", self.shape))?;
        match n.checked_mul(self.dtype.size()) {
            Some(bytes) if bytes == self.data.len() => Ok(n),
            _ => Err(format!(
                "{PROTOCOL_ERROR}: array of shape {:?} and dtype {:?} carries {} bytes",
                self.shape,
                self.dtype,
                self.data.len()
            )),
        }
    }
}

/// The message of a caught panic.
pub fn panic_message(p: &(dyn std::any::Any + Send)) -> String {
    p.downcast_ref::<String>()
        .cloned()
        .or_else(|| p.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "unknown panic".into())
}
