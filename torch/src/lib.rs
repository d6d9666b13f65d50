//! arr's tensor backend: tensors, autodiff and Keras-style models on
//! libtorch through `tch`. Built as a shared library that the `arr` binary
//! opens the first time a script uses a tensor (see `arr_torch_abi`), so
//! NumPy-style scripts never pay libtorch's start-up cost.
//!
//! Objects live in a handle table; the host refers to them by handle and
//! calls operations by [`Op`]. Each operation has one handler, listed in
//! the `TABLE` of its family's file (`ops/` for tensors, `nn/` for models
//! and optimizers); `handler` finds it by the operation's number. Every
//! libtorch call goes through `f_` methods, so a bad input becomes an error
//! message, never a panic across the boundary.

mod call;
mod nn;
mod ops;

use arr_torch_abi::{Arg, Backend, DType, Handle, HostArray, HostIo, ObjKind, Op, Ret};
use call::{Call, Handler, Table};
use std::cell::{Cell, RefCell};
use std::collections::HashMap;
use std::ffi::c_char;
use std::sync::OnceLock;
use tch::{Device, Kind, Tensor};

pub type Res<T> = Result<T, String>;

/// Turns a libtorch error into a message: the first line of its text, which
/// holds the reason; the C++ back-trace that follows is dropped.
pub fn te(context: &str) -> impl Fn(tch::TchError) -> String + '_ {
    move |e| {
        let text = e.to_string();
        let first = text
            .lines()
            .map(str::trim)
            .find(|l| !l.is_empty() && !l.starts_with("Exception raised from"))
            .unwrap_or("libtorch error")
            .trim_start_matches("Torch(\"")
            .trim_end_matches("\")")
            .trim_start_matches("Internal torch error: ")
            .to_string();
        let mark = arr_torch_abi::RUNTIME_ERROR_MARK;
        if context.is_empty() {
            format!("{mark}{first}")
        } else {
            format!("{mark}{context}: {first}")
        }
    }
}

pub enum Obj {
    Tensor(Tensor),
    Model(Box<nn::Model>),
    Optimizer(Box<nn::Optimizer>),
}

pub struct TorchBackend {
    objs: RefCell<HashMap<Handle, Obj>>,
    next: Cell<Handle>,
    /// Active `no_grad` regions.
    no_grad: RefCell<Vec<tch::NoGradGuard>>,
}

impl TorchBackend {
    pub fn put(&self, o: Obj) -> Handle {
        let h = self.next.get();
        self.next.set(h + 1);
        self.objs.borrow_mut().insert(h, o);
        h
    }

    /// Removes an object from the table and returns it.
    pub fn take(&self, h: Handle) -> Option<Obj> {
        self.objs.borrow_mut().remove(&h)
    }

    pub fn put_tensor(&self, t: Tensor) -> Ret {
        Ret::Obj(self.put(Obj::Tensor(t)), ObjKind::Tensor)
    }

    /// A tensor argument: a tensor handle, or an array or scalar made into
    /// one (arrays keep their dtype).
    pub fn tensor(&self, a: &Arg, what: &str) -> Res<Tensor> {
        match a {
            Arg::Obj(h) => match self.objs.borrow().get(h) {
                Some(Obj::Tensor(t)) => Ok(t.shallow_clone()),
                Some(_) => Err(format!("{what} must be a tensor, not a model or optimizer")),
                None => Err(format!("{what}: the tensor no longer exists")),
            },
            Arg::Array(a) => from_host(a),
            Arg::Bool(b) => {
                Tensor::f_scalar_tensor(*b as i64, (Kind::Bool, Device::Cpu)).map_err(te(what))
            }
            Arg::Int(i) => {
                Tensor::f_scalar_tensor(*i, (Kind::Int64, Device::Cpu)).map_err(te(what))
            }
            Arg::Float(f) => {
                Tensor::f_scalar_tensor(*f, (Kind::Double, Device::Cpu)).map_err(te(what))
            }
            Arg::List(items) => {
                let ts = items
                    .iter()
                    .map(|i| self.tensor(i, what))
                    .collect::<Res<Vec<_>>>()?;
                Tensor::f_stack(&ts, 0).map_err(te(what))
            }
            other => Err(format!(
                "{what} must be a tensor or array, not {}",
                arg_type(other)
            )),
        }
    }

    pub fn with_model<R>(&self, a: &Arg, f: impl FnOnce(&mut nn::Model) -> Res<R>) -> Res<R> {
        let h = match a {
            Arg::Obj(h) => *h,
            _ => return Err("expected a model".into()),
        };
        // Take the model out so `f` may use the table (its tensors) freely.
        let mut m = match self.objs.borrow_mut().remove(&h) {
            Some(Obj::Model(m)) => m,
            Some(other) => {
                self.objs.borrow_mut().insert(h, other);
                return Err("expected a model".into());
            }
            None => return Err("the model no longer exists".into()),
        };
        let r = f(&mut m);
        self.objs.borrow_mut().insert(h, Obj::Model(m));
        r
    }

    pub fn with_optimizer<R>(
        &self,
        a: &Arg,
        f: impl FnOnce(&mut nn::Optimizer) -> Res<R>,
    ) -> Res<R> {
        let h = match a {
            Arg::Obj(h) => *h,
            _ => return Err("expected an optimizer".into()),
        };
        match self.objs.borrow_mut().get_mut(&h) {
            Some(Obj::Optimizer(o)) => f(o),
            _ => Err("expected an optimizer".into()),
        }
    }
}

pub fn arg_type(a: &Arg) -> &'static str {
    match a {
        Arg::None => "none",
        Arg::Bool(_) => "bool",
        Arg::Int(_) => "int",
        Arg::Float(_) => "float",
        Arg::Str(_) => "str",
        Arg::Array(_) => "array",
        Arg::Obj(_) => "object",
        Arg::List(_) => "list",
        Arg::Slice(..) => "slice",
        Arg::Ellipsis => "...",
        Arg::NewAxis => "newaxis",
        Arg::Spec(..) => "layer",
        Arg::Func(_) => "function",
    }
}

pub fn kind_of(d: DType) -> Kind {
    match d {
        DType::Bool => Kind::Bool,
        DType::Int64 => Kind::Int64,
        DType::Float32 => Kind::Float,
        DType::Float64 => Kind::Double,
    }
}

pub fn dtype_of(k: Kind) -> Res<DType> {
    Ok(match k {
        Kind::Bool => DType::Bool,
        Kind::Int64 | Kind::Int | Kind::Int16 | Kind::Int8 | Kind::Uint8 => DType::Int64,
        Kind::Float | Kind::Half | Kind::BFloat16 => DType::Float32,
        Kind::Double => DType::Float64,
        other => return Err(format!("tensors of {other:?} cannot be used in arr")),
    })
}

pub fn kind_name(k: Kind) -> &'static str {
    match k {
        Kind::Bool => "bool",
        Kind::Int64 => "int64",
        Kind::Float => "float32",
        Kind::Double => "float64",
        Kind::Int => "int32",
        Kind::Int16 => "int16",
        Kind::Int8 => "int8",
        Kind::Uint8 => "uint8",
        Kind::Half => "float16",
        Kind::BFloat16 => "bfloat16",
        _ => "other",
    }
}

pub fn from_host(a: &HostArray) -> Res<Tensor> {
    let shape: Vec<i64> = a.shape.iter().map(|&d| d as i64).collect();
    Tensor::f_from_data_size(&a.data, &shape, kind_of(a.dtype)).map_err(te("tensor"))
}

pub fn to_host(t: &Tensor) -> Res<HostArray> {
    let dtype = dtype_of(t.kind())?;
    let t = t
        .f_detach()
        .and_then(|t| t.f_to_device(Device::Cpu))
        .and_then(|t| t.f_to_kind(kind_of(dtype)))
        .and_then(|t| t.f_contiguous())
        .map_err(te("numpy()"))?;
    let n = t.numel();
    let mut data = vec![0u8; n * dtype.size()];
    t.f_copy_data_u8(&mut data, n).map_err(te("numpy()"))?;
    Ok(HostArray {
        dtype,
        shape: t.size().iter().map(|&d| d as usize).collect(),
        data,
    })
}

pub fn parse_device(s: &str) -> Res<Device> {
    match s {
        "cpu" => Ok(Device::Cpu),
        "cuda" | "gpu" => {
            if tch::Cuda::is_available() {
                Ok(Device::Cuda(0))
            } else {
                Err(format!(
                    "device \"{s}\" was asked for, but no CUDA GPU is available (cuda_available() is false); use \"cpu\""
                ))
            }
        }
        s if s.starts_with("cuda:") => {
            let n: usize = s[5..]
                .parse()
                .map_err(|_| format!("unknown device \"{s}\""))?;
            if n < tch::Cuda::device_count() as usize {
                Ok(Device::Cuda(n))
            } else {
                Err(format!(
                    "device \"{s}\" was asked for, but only {} CUDA device(s) are available",
                    tch::Cuda::device_count()
                ))
            }
        }
        _ => Err(format!(
            "unknown device \"{s}\" (expected \"cpu\", \"cuda\" or \"cuda:N\")"
        )),
    }
}

pub fn device_name(d: Device) -> String {
    match d {
        Device::Cpu => "cpu".into(),
        Device::Cuda(n) => format!("cuda:{n}"),
        other => format!("{other:?}").to_lowercase(),
    }
}

/// Every family's handlers.
const TABLES: &[&[Table]] = &[ops::TABLES, nn::TABLES];

/// The handler of `op`, from a table indexed by operation number (built
/// once from [`TABLES`]).
fn handler(op: Op) -> Option<Handler> {
    static BY_ID: OnceLock<Vec<Option<Handler>>> = OnceLock::new();
    BY_ID
        .get_or_init(|| {
            let mut by_id: Vec<Option<Handler>> = vec![None; Op::ALL.len()];
            for &(op, h) in TABLES.iter().copied().flatten().copied().flatten() {
                by_id[op.id() as usize] = Some(h);
            }
            by_id
        })
        .get(op.id() as usize)
        .copied()
        .flatten()
}

/// Runs `f`, turning a panic into an error message: no Rust panic crosses
/// into the host.
fn guarded<R>(what: &str, f: impl FnOnce() -> Res<R>) -> Res<R> {
    std::panic::catch_unwind(std::panic::AssertUnwindSafe(f)).unwrap_or_else(|p| {
        Err(format!(
            "{what}: internal error in the torch backend: {}",
            arr_torch_abi::panic_message(&*p)
        ))
    })
}

impl Backend for TorchBackend {
    fn call(
        &self,
        op: u32,
        args: Vec<Arg>,
        kwargs: Vec<(String, Arg)>,
        io: &mut dyn HostIo,
    ) -> Result<Ret, String> {
        let Some(op) = Op::from_id(op) else {
            return Err(format!(
                "{}: unknown operation number {op}",
                arr_torch_abi::PROTOCOL_ERROR
            ));
        };
        // libtorch reports most errors as C++ exceptions (turned into `Err`
        // by the `f_` methods); a Rust panic must not cross into the host.
        guarded(op.name(), || {
            let h = handler(op).ok_or_else(|| call::unhandled(op))?;
            let mut c = Call {
                op,
                args,
                kwargs,
                io,
                read: std::cell::Cell::new(0),
            };
            let r = h(self, &mut c)?;
            // A keyword the operation never looked at is not silently dropped.
            c.reject_unread()?;
            Ok(r)
        })
    }

    fn release(&self, handle: Handle) {
        let _ = guarded("release", || {
            self.take(handle);
            Ok(())
        });
    }

    fn describe(&self) -> String {
        guarded("describe", || {
            Ok(format!(
                "libtorch {} ({} CUDA device(s))",
                option_env!("ARR_LIBTORCH_VERSION").unwrap_or("2.13.0"),
                tch::Cuda::device_count()
            ))
        })
        .unwrap_or_else(|e| e)
    }
}

/// Every Rust allocation of the backend goes through the host's allocator
/// once the host has installed it (see `arr_torch_abi::alloc`).
#[global_allocator]
static ALLOCATOR: arr_torch_abi::alloc::Forwarding = arr_torch_abi::alloc::Forwarding;

/// C ABI: installs the host's allocator; called once, right after the
/// fingerprint check.
///
/// # Safety
/// `a` must point to a `HostAllocator` that lives as long as the process.
#[no_mangle]
pub unsafe extern "C" fn arr_torch_set_allocator(a: *const arr_torch_abi::alloc::HostAllocator) {
    // SAFETY: the caller's contract; nothing the backend allocated before
    // (only the fingerprint, never freed) is freed afterwards.
    unsafe { arr_torch_abi::alloc::Forwarding::install(a) }
}

/// C ABI: the interface fingerprint, checked by the host first.
#[no_mangle]
pub extern "C" fn arr_torch_fingerprint() -> *const c_char {
    static FP: OnceLock<std::ffi::CString> = OnceLock::new();
    FP.get_or_init(|| std::ffi::CString::new(arr_torch_abi::fingerprint()).unwrap_or_default())
        .as_ptr()
}

/// Rust ABI (same compiler, checked by the fingerprint): makes the backend.
#[no_mangle]
pub fn arr_torch_backend() -> Result<Box<dyn Backend>, String> {
    guarded("backend", || {
        Ok(Box::new(TorchBackend {
            objs: RefCell::new(HashMap::new()),
            next: Cell::new(1),
            no_grad: RefCell::new(Vec::new()),
        }) as Box<dyn Backend>)
    })
}

#[cfg(test)]
mod tests {
    use super::{Op, TABLES};

    /// Every operation of the interface has exactly one handler.
    #[test]
    fn every_op_has_one_handler() {
        let mut count = vec![0usize; Op::ALL.len()];
        for table in TABLES.iter().copied().flatten() {
            for (op, _) in table.iter() {
                count[op.id() as usize] += 1;
            }
        }
        let missing: Vec<Op> = Op::ALL
            .iter()
            .copied()
            .filter(|op| count[op.id() as usize] == 0)
            .collect();
        let twice: Vec<Op> = Op::ALL
            .iter()
            .copied()
            .filter(|op| count[op.id() as usize] > 1)
            .collect();
        assert!(
            missing.is_empty() && twice.is_empty(),
            "operations without a handler: {missing:?}; with more than one: {twice:?}"
        );
    }

    /// Dispatch finds a handler for every operation.
    #[test]
    fn dispatch_covers_every_op() {
        for &op in Op::ALL {
            assert!(super::handler(op).is_some(), "no handler for {op}");
        }
    }
}
