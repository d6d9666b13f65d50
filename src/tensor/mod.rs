//! Tensors, autodiff and models: the host side of arr's libtorch backend.
//!
//! The backend (`torch/`, built as `libarr_torch.so`) is opened the first
//! time a script makes a tensor or a model, so NumPy-style scripts start
//! without libtorch. Backend objects appear in arr as `Value::Host` values
//! holding a handle ([`BackendObj`]); operators, builtins, indexing,
//! attributes and methods on them are forwarded by name. `grad` and
//! `value_and_grad` are implemented here: they run the arr function on
//! tensors that record a tape and ask libtorch for the gradients.

pub mod format;
pub mod layers;

use crate::builtins::Args;
use crate::error::{Error, ErrorKind, Result};
use crate::eval::Interp;
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::{DType, HostObject, NdArray, Value};
use arr_torch_abi::{self as abi, Arg, Backend, Handle, HostArray, ObjKind, Ret};
use std::any::Any;
use std::cell::OnceCell;
use std::path::PathBuf;
use std::rc::Rc;

thread_local! {
    static BACKEND: OnceCell<std::result::Result<&'static dyn Backend, String>> =
        const { OnceCell::new() };
}

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

const INSTALL_HINT: &str = "build it with `.ci/setup-torch` (prepares libtorch 2.13 in ~/.cache/arr and builds target/release/libarr_torch.so), or set ARR_TORCH_LIB to the library's path";

fn load() -> std::result::Result<&'static dyn Backend, String> {
    let paths = candidates();
    let Some(path) = paths.iter().find(|p| p.is_file()) else {
        return Err(format!(
            "tensors need arr's libtorch backend (libarr_torch.so), which was not found; {INSTALL_HINT}"
        ));
    };
    // SAFETY: the library is arr's own backend; its initialisers are
    // libtorch's, and the fingerprint below is checked before any Rust value
    // crosses the boundary.
    //
    // RTLD_DEEPBIND: libtorch must bind its BLAS calls (sgemm_ and friends)
    // to the MKL inside libtorch_cpu, not to the OpenBLAS that arr already
    // loaded for its arrays; otherwise two thread pools fight over the cores
    // and training runs several times slower.
    let lib = unsafe {
        libloading::os::unix::Library::open(
            Some(path),
            libloading::os::unix::RTLD_NOW | libloading::os::unix::RTLD_LOCAL | libc::RTLD_DEEPBIND,
        )
    }
    .map(libloading::Library::from)
    .map_err(|e| {
        format!(
            "could not load the libtorch backend {}: {e}; it needs the libtorch 2.13 it was built against (a missing or different libtorch gives this error); {INSTALL_HINT}",
            path.display()
        )
    })?;
    // SAFETY: the symbol is a C function returning a static C string.
    let fp = unsafe {
        let f: libloading::Symbol<abi::FingerprintFn> = lib
            .get(abi::FINGERPRINT_SYMBOL)
            .map_err(|e| format!("{} is not an arr backend: {e}", path.display()))?;
        std::ffi::CStr::from_ptr(f()).to_string_lossy().into_owned()
    };
    if fp != abi::fingerprint() {
        return Err(format!(
            "the libtorch backend {} was built for a different arr (it reports \"{fp}\", this arr is \"{}\"); rebuild it with `.ci/setup-torch`",
            path.display(),
            abi::fingerprint()
        ));
    }
    // SAFETY: the backend's allocator forwards to ours from now on, so the
    // values that cross (allocated on one side, freed on the other) share
    // one allocator whatever `#[global_allocator]` this program uses.
    unsafe {
        let set: libloading::Symbol<abi::alloc::SetAllocatorFn> = lib
            .get(abi::alloc::SET_ALLOCATOR_SYMBOL)
            .map_err(|e| format!("{} is not an arr backend: {e}", path.display()))?;
        set(abi::alloc::host_allocator());
    }
    // SAFETY: same compiler and interface, as the fingerprint just checked.
    let backend = unsafe {
        let entry: libloading::Symbol<abi::EntryFn> = lib
            .get(abi::ENTRY)
            .map_err(|e| format!("{} is not an arr backend: {e}", path.display()))?;
        entry()?
    };
    // The library stays loaded for the life of the process.
    std::mem::forget(lib);
    let backend: &'static dyn Backend = Box::leak(backend);
    if let Some(n) = SEED.try_with(|s| s.get()).ok().flatten() {
        backend.call(
            abi::Op::ManualSeed.id(),
            vec![Arg::Int(n)],
            Vec::new(),
            &mut Io(None),
        )?;
    }
    Ok(backend)
}

/// The backend, loaded on first use.
pub fn backend() -> Result<&'static dyn Backend> {
    BACKEND.with(|c| match c.get_or_init(load) {
        Ok(b) => Ok(*b),
        Err(m) => Err(Error::new(ErrorKind::Import, m.clone())),
    })
}

/// The backend if it is already loaded (never loads it).
pub fn loaded() -> Option<&'static dyn Backend> {
    BACKEND
        .try_with(|c| c.get().and_then(|r| r.as_ref().ok().copied()))
        .ok()
        .flatten()
}

/// A tensor, model or optimizer living in the backend.
#[derive(Debug)]
pub struct BackendObj {
    pub handle: Handle,
    pub kind: ObjKind,
}

impl Drop for BackendObj {
    fn drop(&mut self) {
        if let Some(b) = loaded() {
            b.release(self.handle);
        }
    }
}

impl HostObject for BackendObj {
    fn type_name(&self) -> &str {
        self.kind_name()
    }

    fn repr(&self) -> String {
        let r = match self.kind {
            ObjKind::Tensor => format::tensor_repr(self.handle),
            ObjKind::Model => call_str("nn.model.repr", self.handle),
            ObjKind::Optimizer => call_str("nn.optimizer.repr", self.handle),
        };
        r.unwrap_or_else(|e| format!("<{}: {}>", self.type_name(), e.message))
    }

    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn call_str(op: &str, h: Handle) -> Result<String> {
    match bcall(None, op, vec![Arg::Obj(h)], Vec::new())? {
        Ret::Str(s) => Ok(s),
        _ => Ok(String::new()),
    }
}

pub fn as_obj(v: &Value) -> Option<&BackendObj> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<BackendObj>(),
        _ => None,
    }
}

pub fn is_tensor(v: &Value) -> bool {
    as_obj(v).is_some_and(|o| o.kind == ObjKind::Tensor)
}

fn contains_tensor(v: &Value) -> bool {
    match v {
        Value::Host(_) => is_tensor(v),
        Value::List(items) | Value::Tuple(items) => items.iter().any(contains_tensor),
        _ => false,
    }
}

/// Host services for a running backend operation.
struct Io<'a>(Option<&'a mut Interp>);

impl abi::HostIo for Io<'_> {
    fn write(&mut self, text: &str) {
        match &mut self.0 {
            Some(it) => it.write_out(text),
            None => print!("{text}"),
        }
    }
    fn is_terminal(&self) -> bool {
        use std::io::IsTerminal;
        match &self.0 {
            Some(it) if it.output.is_some() => false,
            _ => std::io::stdout().is_terminal(),
        }
    }
    fn interrupted(&self) -> bool {
        match &self.0 {
            Some(it) => it.interrupt.load(std::sync::atomic::Ordering::Relaxed),
            None => false,
        }
    }
    fn call_function(&mut self, func: u64, x: Handle) -> std::result::Result<Handle, String> {
        let Some(it) = self.0.as_deref_mut() else {
            return Err("an arr function cannot run here (no interpreter)".into());
        };
        let f = FUNCS
            .with(|v| v.borrow().get(func as usize).cloned())
            .ok_or("the activation function no longer exists")?;
        // The input handle stays the backend's: this value must not free it.
        let arg = from_ret(
            bcall(None, "retain", vec![Arg::Obj(x)], Vec::new()).map_err(|e| e.message.clone())?,
        )
        .map_err(|e| e.message.clone())?;
        let name = crate::value::format::value_repr(&f);
        let r = it
            .call(
                &f,
                Args::new(vec![arg]),
                crate::syntax::span::Span::default(),
            )
            .map_err(|e| format!("activation {name}: {}", e.message))?;
        let Some(o) = as_obj(&r).filter(|o| o.kind == ObjKind::Tensor) else {
            return Err(format!(
                "activation {name} must return a tensor, not {}",
                r.type_name()
            ));
        };
        // A handle of the backend's own for the result, which it takes over.
        match bcall(None, "retain", vec![Arg::Obj(o.handle)], Vec::new()) {
            Ok(Ret::Obj(h, _)) => Ok(h),
            Ok(_) => Err("activation: no result".into()),
            Err(e) => Err(e.message.clone()),
        }
    }
}

thread_local! {
    /// arr functions used as activations, named by index across the boundary.
    static FUNCS: std::cell::RefCell<Vec<Value>> = const { std::cell::RefCell::new(Vec::new()) };
}

const ACTIVATIONS: &[&str] = &["relu", "sigmoid", "tanh", "softmax", "gelu", "linear"];

fn func_arg(v: &Value, name: &str) -> Arg {
    if ACTIVATIONS.contains(&name) {
        return Arg::Str(name.to_string());
    }
    FUNCS.with(|f| {
        let mut f = f.borrow_mut();
        f.push(v.clone());
        Arg::Func((f.len() - 1) as u64)
    })
}

/// Calls backend operation `op`.
pub fn bcall(
    it: Option<&mut Interp>,
    op: &str,
    args: Vec<Arg>,
    kwargs: Vec<(String, Arg)>,
) -> Result<Ret> {
    let b = backend()?;
    let name = op.strip_prefix("nn.").unwrap_or(op);
    let op = abi::Op::from_name(name)
        .ok_or_else(|| Error::internal(format!("no backend operation named {name}")))?;
    let mut io = Io(it);
    b.call(op.id(), args, kwargs, &mut io).map_err(|m| {
        // fit stops between batches on Ctrl-C: report it as an interruption
        // (the REPL keeps its variables) and clear the request.
        if let Some(it) = io.0 {
            if it
                .interrupt
                .swap(false, std::sync::atomic::Ordering::Relaxed)
            {
                return Error::new(ErrorKind::Interrupted, "interrupted");
            }
        }
        Error::new(ErrorKind::Value, m)
    })
}

fn array_to_host(a: &NdArray) -> HostArray {
    /// The elements in row-major order as native-endian bytes.
    fn bytes<T: Copy, const N: usize>(x: &ndarray::ArrayD<T>, f: impl Fn(T) -> [u8; N]) -> Vec<u8> {
        let mut out = Vec::with_capacity(x.len() * N);
        match x.as_slice() {
            Some(s) => s.iter().for_each(|&v| out.extend_from_slice(&f(v))),
            None => x.iter().for_each(|&v| out.extend_from_slice(&f(v))),
        }
        out
    }
    let (dtype, data) = match a {
        NdArray::Bool(x) => (abi::DType::Bool, bytes(x, |v| [v as u8])),
        NdArray::Int(x) => (abi::DType::Int64, bytes(x, i64::to_ne_bytes)),
        NdArray::F32(x) => (abi::DType::Float32, bytes(x, f32::to_ne_bytes)),
        NdArray::F64(x) => (abi::DType::Float64, bytes(x, f64::to_ne_bytes)),
    };
    HostArray {
        dtype,
        shape: a.shape().to_vec(),
        data,
    }
}

pub fn host_to_array(h: &HostArray) -> Result<NdArray> {
    use ndarray::{ArrayD, IxDyn};
    let shape = IxDyn(&h.shape);
    let err = |e: ndarray::ShapeError| Error::value(format!("tensor data: {e}"));
    Ok(match h.dtype {
        abi::DType::Bool => NdArray::Bool(
            ArrayD::from_shape_vec(shape, h.data.iter().map(|&b| b != 0).collect()).map_err(err)?,
        ),
        abi::DType::Int64 => NdArray::Int(
            ArrayD::from_shape_vec(
                shape,
                h.data
                    .chunks_exact(8)
                    .map(|c| i64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
                    .collect(),
            )
            .map_err(err)?,
        ),
        abi::DType::Float32 => NdArray::F32(
            ArrayD::from_shape_vec(
                shape,
                h.data
                    .chunks_exact(4)
                    .map(|c| f32::from_ne_bytes(c.try_into().unwrap_or([0; 4])))
                    .collect(),
            )
            .map_err(err)?,
        ),
        abi::DType::Float64 => NdArray::F64(
            ArrayD::from_shape_vec(
                shape,
                h.data
                    .chunks_exact(8)
                    .map(|c| f64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
                    .collect(),
            )
            .map_err(err)?,
        ),
    })
}

/// An arr value as a backend argument.
pub fn to_arg(v: &Value) -> Result<Arg> {
    Ok(match v {
        Value::Undefined | Value::None => Arg::None,
        Value::Bool(b) => Arg::Bool(*b),
        Value::Int(i) => Arg::Int(*i),
        Value::Float(f) => Arg::Float(*f),
        Value::Str(s) => Arg::Str(s.to_string()),
        Value::Array(a) => Arg::Array(array_to_host(a)),
        Value::List(items) | Value::Tuple(items) => {
            Arg::List(items.iter().map(to_arg).collect::<Result<_>>()?)
        }
        Value::Range(r) => Arg::List(
            (0..r.len())
                .map(|k| Arg::Int(r.start + k as i64 * r.step))
                .collect(),
        ),
        Value::DType(d) => Arg::Str(d.name().to_string()),
        Value::Builtin(id) => func_arg(v, crate::builtins::name_of(*id)),
        Value::Func(c) => func_arg(v, &c.def.name),
        Value::Host(h) => {
            if let Some(o) = h.as_any().downcast_ref::<BackendObj>() {
                Arg::Obj(o.handle)
            } else if let Some(l) = h.as_any().downcast_ref::<layers::LayerSpec>() {
                l.to_arg()?
            } else {
                return Err(Error::type_error(format!(
                    "a {} cannot be passed to a tensor operation",
                    h.type_name()
                )));
            }
        }
        other => {
            return Err(Error::type_error(format!(
                "a {} cannot be passed to a tensor operation",
                other.type_name()
            )))
        }
    })
}

/// A backend result as an arr value.
pub fn from_ret(r: Ret) -> Result<Value> {
    Ok(match r {
        Ret::None => Value::None,
        Ret::Bool(b) => Value::Bool(b),
        Ret::Int(i) => Value::Int(i),
        Ret::Float(f) => Value::Float(f),
        Ret::Str(s) => Value::str(&s),
        Ret::Array(h) => Value::from_array(host_to_array(&h)?),
        Ret::Obj(handle, kind) => Value::Host(Rc::new(BackendObj { handle, kind })),
        Ret::List(v) => Value::list(v.into_iter().map(from_ret).collect::<Result<_>>()?),
        Ret::Tuple(v) => Value::tuple(v.into_iter().map(from_ret).collect::<Result<_>>()?),
        Ret::Dict(v) => Value::Dict(Rc::new(
            v.into_iter()
                .map(|(k, v)| Ok((Value::str(&k), from_ret(v)?)))
                .collect::<Result<_>>()?,
        )),
    })
}

/// Positional and keyword arguments for the backend.
type BackendArgs = (Vec<Arg>, Vec<(String, Arg)>);

fn args_to(args: &Args) -> Result<BackendArgs> {
    let pos = args.pos.iter().map(to_arg).collect::<Result<_>>()?;
    let kw = args
        .kw
        .iter()
        .map(|(k, v)| Ok((k.to_string(), to_arg(v)?)))
        .collect::<Result<_>>()?;
    Ok((pos, kw))
}

/// Runs `op` with arr arguments and returns an arr value.
pub fn call_op(it: Option<&mut Interp>, op: &str, args: &Args) -> Result<Value> {
    let (pos, kw) = args_to(args)?;
    from_ret(bcall(it, op, pos, kw)?)
}

fn op_name(op: BinOp) -> &'static str {
    match op {
        BinOp::Add => "add",
        BinOp::Sub => "sub",
        BinOp::Mul => "mul",
        BinOp::Div => "div",
        BinOp::FloorDiv => "floordiv",
        BinOp::Mod => "mod",
        BinOp::Pow => "pow",
        BinOp::MatMul => "matmul",
        BinOp::BitAnd => "and",
        BinOp::BitOr => "or",
        BinOp::Eq => "eq",
        BinOp::Ne => "ne",
        BinOp::Lt => "lt",
        BinOp::Le => "le",
        BinOp::Gt => "gt",
        BinOp::Ge => "ge",
    }
}

/// `a op b` where either side is a backend object.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    for v in [a, b] {
        if let Some(o) = as_obj(v) {
            if o.kind != ObjKind::Tensor {
                return Err(Error::type_error(format!(
                    "unsupported operand type for {}: {}",
                    op.symbol(),
                    v.type_name()
                )));
            }
        }
    }
    for v in [a, b] {
        let ok = matches!(
            v,
            Value::Host(_)
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Array(_)
                | Value::List(_)
        );
        if !ok {
            return Err(Error::type_error(format!(
                "unsupported operand types for {}: {} and {}",
                op.symbol(),
                a.type_name(),
                b.type_name()
            )));
        }
    }
    let r = bcall(None, op_name(op), vec![to_arg(a)?, to_arg(b)?], Vec::new())?;
    from_ret(r)
}

pub fn unary(op: UnOp, v: &Value) -> Result<Value> {
    match op {
        UnOp::Not => Ok(Value::Bool(!truthy(v)?)),
        UnOp::Neg => from_ret(bcall(None, "neg", vec![to_arg(v)?], Vec::new())?),
        UnOp::Invert => from_ret(bcall(None, "invert", vec![to_arg(v)?], Vec::new())?),
    }
}

pub fn truthy(v: &Value) -> Result<bool> {
    match as_obj(v) {
        Some(o) if o.kind == ObjKind::Tensor => {
            match bcall(None, "bool", vec![Arg::Obj(o.handle)], Vec::new())? {
                Ret::Bool(b) => Ok(b),
                _ => Ok(true),
            }
        }
        _ => Ok(true),
    }
}

/// Builtins the backend runs under their own name when given a tensor.
const TENSOR_BUILTINS: &[&str] = &[
    "len",
    "abs",
    "sqrt",
    "exp",
    "log",
    "log2",
    "log10",
    "sin",
    "cos",
    "tan",
    "tanh",
    "sinh",
    "cosh",
    "arcsin",
    "arccos",
    "arctan",
    "floor",
    "ceil",
    "round",
    "sign",
    "isnan",
    "isinf",
    "maximum",
    "minimum",
    "relu",
    "sigmoid",
    "gelu",
    "sum",
    "prod",
    "mean",
    "std",
    "var",
    "min",
    "max",
    "argmin",
    "argmax",
    "any",
    "all",
    "cumsum",
    "median",
    "reshape",
    "ravel",
    "flatten",
    "transpose",
    "expand_dims",
    "squeeze",
    "concatenate",
    "stack",
    "vstack",
    "hstack",
    "tile",
    "where",
    "clip",
    "dot",
    "matmul",
    "outer",
    "inner",
    "inv",
    "det",
    "solve",
    "svd",
    "qr",
    "cholesky",
    "eigh",
    "norm",
    "pinv",
    "trace",
    "zeros_like",
    "sort",
    "argsort",
    "unique",
    "percentile",
    "split",
    "repeat",
    "lstsq",
    "matrix_rank",
    "ones_like",
    "copy",
    "astype",
    "tensor",
    "bool",
];

/// The backend operation for builtin `name` called with a tensor.
fn tensor_op(name: &str) -> Option<&'static str> {
    match name {
        "array" => Some("numpy"),
        "float" => Some("item"),
        "int" => Some("item"),
        _ => TENSOR_BUILTINS.iter().find(|&&b| b == name).copied(),
    }
}

/// A builtin called with a tensor among its arguments: the backend's
/// version if there is one (`None`: the builtin handles the tensor itself,
/// e.g. print, type, or array-only builtins, whose `to_array` copies it out).
pub fn call_builtin(name: &str, args: &Args) -> Option<Result<Value>> {
    // Lists of tensors count only for the joining functions (len of a list
    // of tensors is the list's length).
    let joins = matches!(name, "concatenate" | "stack" | "vstack" | "hstack");
    let direct = args
        .pos
        .iter()
        .chain(args.kw.iter().map(|(_, v)| v))
        .any(|v| {
            if joins {
                contains_tensor(v)
            } else {
                is_tensor(v)
            }
        });
    if !direct {
        return None;
    }
    let r = call_op(None, tensor_op(name)?, args);
    Some(match (name, r) {
        ("float", Ok(Value::Int(i))) => Ok(Value::Float(i as f64)),
        ("float", Ok(Value::Bool(b))) => Ok(Value::Float(b as i64 as f64)),
        ("int", Ok(Value::Float(f))) => Ok(Value::Int(f.trunc() as i64)),
        ("int", Ok(Value::Bool(b))) => Ok(Value::Int(b as i64)),
        (_, r) => r,
    })
}

pub fn getitem(v: &Value, ix: Vec<Arg>) -> Result<Value> {
    let o = match as_obj(v) {
        Some(o) if o.kind == ObjKind::Tensor => o,
        _ => {
            return Err(Error::type_error(format!(
                "{} is not subscriptable",
                v.type_name()
            )))
        }
    };
    from_ret(bcall(
        None,
        "getitem",
        vec![Arg::Obj(o.handle), Arg::List(ix)],
        Vec::new(),
    )?)
}

/// `t[ix] = value` as a new tensor (tensors have value semantics too).
pub fn setitem(v: &Value, ix: Vec<Arg>, value: &Value) -> Result<Value> {
    let o = match as_obj(v) {
        Some(o) if o.kind == ObjKind::Tensor => o,
        _ => {
            return Err(Error::type_error(format!(
                "{} does not support item assignment",
                v.type_name()
            )))
        }
    };
    from_ret(bcall(
        None,
        "setitem",
        vec![Arg::Obj(o.handle), Arg::List(ix), to_arg(value)?],
        Vec::new(),
    )?)
}

/// The length of a tensor's first axis (an error for 0-d tensors).
pub fn len(v: &Value) -> Result<i64> {
    match bcall(None, "len", vec![to_arg(v)?], Vec::new())? {
        Ret::Int(n) => Ok(n),
        _ => Ok(0),
    }
}

/// One index item as a backend argument.
pub fn index_arg(v: &Value) -> Result<Arg> {
    match v {
        Value::None => Ok(Arg::NewAxis),
        Value::Float(f) => Err(Error::index(format!(
            "only integers, slices (:), ellipsis (...), none and integer or boolean arrays are valid indices (got the float {})",
            crate::value::format::py_float_repr(*f)
        ))),
        other => to_arg(other),
    }
}

fn meta(h: Handle) -> Result<(Vec<usize>, String, String, bool, bool)> {
    match bcall(None, "meta", vec![Arg::Obj(h)], Vec::new())? {
        Ret::Tuple(v) => {
            let mut it = v.into_iter();
            let shape = match it.next() {
                Some(Ret::List(s)) => s
                    .into_iter()
                    .map(|d| match d {
                        Ret::Int(i) => i as usize,
                        _ => 0,
                    })
                    .collect(),
                _ => Vec::new(),
            };
            let s = |r: Option<Ret>| match r {
                Some(Ret::Str(s)) => s,
                _ => String::new(),
            };
            let dtype = s(it.next());
            let device = s(it.next());
            let b = |r: Option<Ret>| matches!(r, Some(Ret::Bool(true)));
            let rg = b(it.next());
            let leaf = b(it.next());
            Ok((shape, dtype, device, rg, leaf))
        }
        _ => Err(Error::value("tensor metadata unavailable")),
    }
}

pub fn dtype_value(name: &str) -> Value {
    match name {
        "float32" => Value::DType(DType::Float32),
        "float64" => Value::DType(DType::Float64),
        "int64" => Value::DType(DType::Int64),
        "bool" => Value::DType(DType::Bool),
        other => Value::str(other),
    }
}

/// `obj.name` on a backend object.
pub fn attribute(v: &Value, name: &str) -> Option<Result<Value>> {
    let o = as_obj(v)?;
    if o.kind != ObjKind::Tensor {
        return None;
    }
    let r = (|| -> Result<Value> {
        Ok(match name {
            "shape" => Value::tuple(
                meta(o.handle)?
                    .0
                    .iter()
                    .map(|&d| Value::Int(d as i64))
                    .collect(),
            ),
            "ndim" => Value::Int(meta(o.handle)?.0.len() as i64),
            "size" => Value::Int(meta(o.handle)?.0.iter().product::<usize>() as i64),
            "dtype" => dtype_value(&meta(o.handle)?.1),
            "device" => Value::str(&meta(o.handle)?.2),
            "requires_grad" => Value::Bool(meta(o.handle)?.3),
            "is_leaf" => Value::Bool(meta(o.handle)?.4),
            "grad" => from_ret(bcall(
                None,
                "grad_of",
                vec![Arg::Obj(o.handle)],
                Vec::new(),
            )?)?,
            "T" => from_ret(bcall(
                None,
                "attr",
                vec![Arg::Obj(o.handle), Arg::Str("T".into())],
                Vec::new(),
            )?)?,
            _ => {
                let mut e = Error::type_error(format!("tensor has no attribute '{name}'"));
                let known = [
                    "shape",
                    "ndim",
                    "size",
                    "dtype",
                    "device",
                    "grad",
                    "requires_grad",
                    "is_leaf",
                    "T",
                ];
                if let Some(s) = crate::error::suggest(name, known.into_iter()) {
                    e = e.with_note(format!("did you mean '{s}'?"));
                }
                return Err(e);
            }
        })
    })();
    Some(r)
}

const TENSOR_METHODS: &[&str] = &[
    "numpy",
    "item",
    "to",
    "backward",
    "detach",
    "requires_grad_",
    "cpu",
    "cuda",
    "float",
    "double",
    "long",
];

const MODEL_METHODS: &[&str] = &[
    "compile",
    "fit",
    "evaluate",
    "predict",
    "summary",
    "save",
    "load",
    "parameters",
    "to",
];

/// `obj.name(args)` on a backend object; `None` when the object has no such
/// method of its own (the builtin of that name is tried next).
pub fn method(it: &mut Interp, v: &Value, name: &str, args: &Args) -> Option<Result<Value>> {
    let o = as_obj(v)?;
    let mut full = Args {
        pos: Vec::with_capacity(args.pos.len() + 1),
        kw: args.kw.clone(),
    };
    full.pos.push(v.clone());
    full.pos.extend(args.pos.iter().cloned());
    match o.kind {
        ObjKind::Tensor if TENSOR_METHODS.contains(&name) => Some(call_op(Some(it), name, &full)),
        ObjKind::Model if MODEL_METHODS.contains(&name) => {
            if matches!(name, "fit" | "evaluate" | "predict") {
                // Models compute in float32: convert float64 data on the way
                // in (one pass, half the bytes to copy).
                for v in full.pos.iter_mut().skip(1) {
                    *v = to_f32(v);
                }
                for (_, v) in full.kw.iter_mut() {
                    *v = to_f32(v);
                }
            }
            Some(call_op(Some(it), &format!("nn.model.{name}"), &full))
        }
        ObjKind::Optimizer if matches!(name, "step" | "zero_grad") => {
            Some(call_op(Some(it), &format!("nn.optimizer.{name}"), &full))
        }
        ObjKind::Model | ObjKind::Optimizer => Some(Err(Error::type_error(format!(
            "{} has no method '{name}'",
            o.kind_name()
        )))),
        _ => None,
    }
}

/// Float64 arrays (also inside tuples) as float32 arrays.
fn to_f32(v: &Value) -> Value {
    match v {
        Value::Array(a) => match &**a {
            NdArray::F64(x) => Value::array(NdArray::F32(
                crate::eval::kernels::map_contig(x, |v| v as f32)
                    .unwrap_or_else(|| x.mapv(|v| v as f32)),
            )),
            _ => v.clone(),
        },
        Value::Tuple(items) => Value::tuple(items.iter().map(to_f32).collect()),
        Value::List(items) => Value::list(items.iter().map(to_f32).collect()),
        _ => v.clone(),
    }
}

impl BackendObj {
    fn kind_name(&self) -> &'static str {
        match self.kind {
            ObjKind::Tensor => "tensor",
            ObjKind::Model => "Sequential",
            ObjKind::Optimizer => "optimizer",
        }
    }
}

/// Calling a host value: a model on data (`model(x, training=true)`), or a
/// function made by `grad`.
pub fn call_host(it: &mut Interp, h: &Rc<dyn HostObject>, args: Args) -> Result<Value> {
    if let Some(o) = h.as_any().downcast_ref::<BackendObj>() {
        if o.kind == ObjKind::Model {
            let mut full = args;
            full.pos.insert(0, Value::Host(h.clone()));
            return call_op(Some(it), "nn.model.call", &full);
        }
    }
    if let Some(g) = h.as_any().downcast_ref::<GradFn>() {
        return g.call(it, args);
    }
    Err(Error::type_error(format!(
        "{} is not callable",
        h.type_name()
    )))
}

/// `grad(f)` / `value_and_grad(f)`: a function returning the gradient of
/// `f` with respect to the arguments in `argnums`.
#[derive(Debug)]
pub struct GradFn {
    pub f: Value,
    pub argnums: Vec<usize>,
    pub with_value: bool,
    pub single: bool,
}

impl HostObject for GradFn {
    fn type_name(&self) -> &str {
        "function"
    }
    fn repr(&self) -> String {
        format!(
            "<{} of {}>",
            if self.with_value {
                "value_and_grad"
            } else {
                "grad"
            },
            crate::value::format::value_repr(&self.f)
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl GradFn {
    fn call(&self, it: &mut Interp, mut args: Args) -> Result<Value> {
        let mut inputs = Vec::new();
        let mut was_array = Vec::new();
        // Inputs this call made into graph leaves: their gradients (and the
        // value) are detached on the way out; inputs already on a tape (an
        // outer grad) keep the graph, so grad(grad(f)) works.
        let mut made = Vec::new();
        for &k in &self.argnums {
            let Some(v) = args.pos.get(k) else {
                return Err(Error::type_error(format!(
                    "grad: argument {k} was asked for (argnums) but only {} were given",
                    args.pos.len()
                )));
            };
            let arrayish = matches!(
                v,
                Value::Array(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::List(_)
            );
            let t = if arrayish {
                let a = crate::value::convert::to_array(v, "grad")?;
                if a.dtype() != DType::Float64 && a.dtype() != DType::Float32 {
                    Value::array(NdArray::F64(a.to_f64().into_owned()))
                } else {
                    Value::array(a.into_owned())
                }
            } else if is_tensor(v) {
                v.clone()
            } else {
                return Err(Error::type_error(format!(
                    "grad: argument {k} must be an array, a number or a tensor, not {}",
                    v.type_name()
                )));
            };
            let needs = match as_obj(&t) {
                Some(o) => !meta(o.handle)?.3,
                None => true,
            };
            let t = if needs {
                from_ret(bcall(
                    None,
                    "from_array",
                    vec![to_arg(&t)?, Arg::Bool(true)],
                    Vec::new(),
                )?)?
            } else {
                t
            };
            args.pos[k] = t.clone();
            inputs.push(t);
            was_array.push(arrayish);
            made.push(needs);
        }
        let f = self.f.clone();
        let out = it.call(&f, args, crate::syntax::span::Span::default())?;
        let out_arg = match &out {
            Value::Float(_) | Value::Int(_) => Arg::Float(match out {
                Value::Float(x) => x,
                Value::Int(i) => i as f64,
                _ => 0.0,
            }),
            v if is_tensor(v) => to_arg(v)?,
            Value::Array(a) if a.len() == 1 => to_arg(&out)?,
            other => {
                return Err(Error::type_error(format!(
                    "grad: the function must return a scalar, but it returned {}",
                    other.type_name()
                )))
            }
        };
        let ins = inputs.iter().map(to_arg).collect::<Result<Vec<_>>>()?;
        let grads = bcall(
            None,
            "autograd",
            vec![out_arg, Arg::List(ins), Arg::Bool(true)],
            Vec::new(),
        )?;
        let grads = match grads {
            Ret::List(v) => v,
            _ => Vec::new(),
        };
        let mut outv = Vec::new();
        let detach = |v: Value| -> Result<Value> {
            match as_obj(&v) {
                Some(o) if o.kind == ObjKind::Tensor => {
                    from_ret(bcall(None, "detach", vec![Arg::Obj(o.handle)], Vec::new())?)
                }
                _ => Ok(v),
            }
        };
        for ((g, arr), m) in grads.into_iter().zip(&was_array).zip(&made) {
            let g = from_ret(g)?;
            outv.push(if *arr {
                to_array_value(&g)?
            } else if *m {
                detach(g)?
            } else {
                g
            });
        }
        let g = if self.single && outv.len() == 1 {
            outv.remove(0)
        } else {
            Value::tuple(outv)
        };
        if self.with_value {
            let value = if was_array.iter().all(|&a| a) && is_tensor(&out) {
                to_array_value(&out)?
            } else if made.iter().all(|&m| m) {
                detach(out)?
            } else {
                out
            };
            Ok(Value::tuple(vec![value, g]))
        } else {
            Ok(g)
        }
    }
}

/// A tensor as an array value (0-d results become scalars).
pub fn to_array_value(v: &Value) -> Result<Value> {
    match as_obj(v) {
        Some(o) if o.kind == ObjKind::Tensor => {
            from_ret(bcall(None, "numpy", vec![Arg::Obj(o.handle)], Vec::new())?)
        }
        _ => Ok(v.clone()),
    }
}

thread_local! {
    static SEED: std::cell::Cell<Option<i64>> = const { std::cell::Cell::new(None) };
}

/// `seed(n)` seeds libtorch's generator too: now if it is loaded, or when it
/// loads, so dropout, shuffling and weight initialisation are reproducible.
pub fn set_seed(n: i64) {
    let _ = SEED.try_with(|s| s.set(Some(n)));
    if let Some(b) = loaded() {
        let _ = b.call(
            abi::Op::ManualSeed.id(),
            vec![Arg::Int(n)],
            Vec::new(),
            &mut Io(None),
        );
    }
}

/// Enters and leaves a no-grad region around `f()`.
pub fn no_grad(it: &mut Interp, f: &Value) -> Result<Value> {
    bcall(None, "no_grad_enter", Vec::new(), Vec::new())?;
    let r = it.call(
        f,
        Args::new(Vec::new()),
        crate::syntax::span::Span::default(),
    );
    let _ = bcall(None, "no_grad_exit", Vec::new(), Vec::new());
    r
}
