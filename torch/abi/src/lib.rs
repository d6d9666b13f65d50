//! The narrow interface between the `arr` interpreter and its libtorch
//! backend (`libarr_torch.so`), which arr opens only when a script first
//! uses a tensor. Tensors, models and optimizers live in the backend and are
//! named by handles; operations are called by name with a list of plain
//! arguments. Both sides are built from this crate by the same compiler,
//! which [`fingerprint`] checks before anything else crosses the boundary.

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
    /// Runs operation `op`; an `Err` is a message for the user.
    fn call(
        &self,
        op: &str,
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

/// Identifies this interface: crate version, compiler, and the layout of the
/// types that cross the boundary. Host and backend must agree exactly.
pub fn fingerprint() -> String {
    use std::mem::{align_of, size_of};
    format!(
        "arr-torch-abi {} ({}) [{} {} {} {} {} {}]",
        env!("CARGO_PKG_VERSION"),
        env!("ARR_ABI_RUSTC"),
        size_of::<Arg>(),
        size_of::<Ret>(),
        size_of::<HostArray>(),
        size_of::<Result<Ret, String>>(),
        align_of::<Arg>(),
        size_of::<Box<dyn Backend>>(),
    )
}
