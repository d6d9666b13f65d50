//! Values to backend arguments and backend results to values.

use super::backend::Instance;
use super::layers::LayerSpec;
use super::object::BackendObj;
use super::TensorState;
use crate::array::NdArray;
use crate::error::{Error, Result};
use crate::value::{Args, Context, Value};
use arr_torch_abi::{self as abi, Arg, HostArray, Ret};
use std::rc::Rc;

/// The activation names the backend knows; other functions are called back.
const ACTIVATIONS: &[&str] = &["relu", "sigmoid", "tanh", "softmax", "gelu", "linear"];

/// A function given to the backend: a known activation by name, any other
/// function as a number in this engine's callback table.
fn func_arg(v: &Value, name: &str, cx: &mut dyn Context) -> Arg {
    if ACTIVATIONS.contains(&name) {
        return Arg::Str(name.to_string());
    }
    let funcs = &mut cx.extensions().get::<TensorState>().funcs;
    let i = match funcs
        .iter()
        .position(|f| crate::value::ops::values_equal(f, v))
    {
        Some(i) => i,
        None => {
            funcs.push(v.clone());
            funcs.len() - 1
        }
    };
    Arg::Func(i as u64)
}

pub fn array_to_host(a: &NdArray) -> HostArray {
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
        // The sized integer dtypes travel as int64 (the backend's integer).
        other => (abi::DType::Int64, bytes(&other.to_i64(), i64::to_ne_bytes)),
    };
    HostArray {
        dtype,
        shape: a.shape().to_vec(),
        data,
    }
}

/// A backend array as an arr array; data that does not match its shape is a
/// protocol error.
pub fn host_to_array(h: &HostArray) -> Result<NdArray> {
    use ndarray::{ArrayD, IxDyn};
    h.check().map_err(Error::internal)?;
    let shape = IxDyn(&h.shape);
    let err = |e: ndarray::ShapeError| Error::internal(format!("tensor data: {e}"));
    fn words<const N: usize, T>(data: &[u8], f: impl Fn([u8; N]) -> T) -> Vec<T> {
        data.chunks_exact(N)
            .map(|c| {
                let mut w = [0u8; N];
                w.copy_from_slice(c);
                f(w)
            })
            .collect()
    }
    Ok(match h.dtype {
        abi::DType::Bool => NdArray::Bool(
            ArrayD::from_shape_vec(shape, h.data.iter().map(|&b| b != 0).collect()).map_err(err)?,
        ),
        abi::DType::Int64 => NdArray::Int(
            ArrayD::from_shape_vec(shape, words(&h.data, i64::from_ne_bytes)).map_err(err)?,
        ),
        abi::DType::Float32 => NdArray::F32(
            ArrayD::from_shape_vec(shape, words(&h.data, f32::from_ne_bytes)).map_err(err)?,
        ),
        abi::DType::Float64 => NdArray::F64(
            ArrayD::from_shape_vec(shape, words(&h.data, f64::from_ne_bytes)).map_err(err)?,
        ),
    })
}

/// An arr value as a backend argument.
pub fn to_arg(v: &Value, cx: &mut dyn Context, b: &Rc<Instance>) -> Result<Arg> {
    to_arg_at(v, cx, b, 0)
}

/// Lists nested deeper than this are not passed to the backend (its
/// arguments are converted, sent and dropped recursively).
const MAX_ARG_NESTING: usize = 64;

fn to_arg_at(v: &Value, cx: &mut dyn Context, b: &Rc<Instance>, depth: usize) -> Result<Arg> {
    Ok(match v {
        Value::Undefined | Value::None => Arg::None,
        Value::Bool(x) => Arg::Bool(*x),
        Value::Int(i) => Arg::Int(*i),
        Value::Float(f) => Arg::Float(*f),
        Value::Str(s) => Arg::Str(s.to_string()),
        Value::Array(a) => Arg::Array(array_to_host(a)),
        Value::List(_) | Value::Tuple(_) => {
            let items = crate::value::convert::seq_items(v).unwrap_or_default();
            if depth >= MAX_ARG_NESTING {
                return Err(Error::value(format!(
                    "lists nested more than {MAX_ARG_NESTING} deep cannot be passed to a tensor operation"
                )));
            }
            Arg::List(
                items
                    .iter()
                    .map(|v| to_arg_at(v, cx, b, depth + 1))
                    .collect::<Result<_>>()?,
            )
        }
        Value::Range(r) => {
            crate::array::alloc::check(
                "a range passed to a tensor operation",
                r.len(),
                std::mem::size_of::<Arg>(),
            )?;
            Arg::List(
                (0..r.len())
                    .map(|k| Arg::Int(r.start + k as i64 * r.step))
                    .collect(),
            )
        }
        Value::DType(d) => Arg::Str(d.name().to_string()),
        Value::Builtin(f) => func_arg(v, f.name, cx),
        Value::Func(c) => func_arg(v, &c.def.name, cx),
        Value::Host(h) if h.as_shape().is_some() => Arg::List(
            h.as_shape()
                .unwrap_or_default()
                .into_iter()
                .map(Arg::Int)
                .collect(),
        ),
        Value::Host(h) if h.as_any().is::<super::types::TorchDType>() => {
            match h.as_any().downcast_ref::<super::types::TorchDType>() {
                Some(d) => Arg::Str(d.0.clone()),
                None => Arg::None,
            }
        }
        Value::Host(h) => {
            if let Some(o) = h.as_any().downcast_ref::<BackendObj>() {
                if !Rc::ptr_eq(&o.backend, b) {
                    return Err(Error::value(format!(
                        "this {} belongs to another engine's backend",
                        o.kind_name()
                    )));
                }
                Arg::Obj(o.handle)
            } else if let Some(l) = h.as_any().downcast_ref::<LayerSpec>() {
                l.to_arg(cx, b)?
            } else if h.is_callable() {
                func_arg(v, "", cx)
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

/// Positional and keyword arguments for the backend.
pub type BackendArgs = (Vec<Arg>, Vec<(String, Arg)>);

pub fn args_to(args: &Args, cx: &mut dyn Context, b: &Rc<Instance>) -> Result<BackendArgs> {
    let pos = args
        .pos
        .iter()
        .map(|v| to_arg(v, cx, b))
        .collect::<Result<_>>()?;
    let kw = args
        .kw
        .iter()
        .map(|(k, v)| Ok((k.to_string(), to_arg(v, cx, b)?)))
        .collect::<Result<_>>()?;
    Ok((pos, kw))
}

/// A backend result as an arr value; objects keep the instance that owns
/// them, to release them when dropped.
pub fn from_ret(r: Ret, b: &Rc<Instance>) -> Result<Value> {
    Ok(match r {
        Ret::None => Value::None,
        Ret::Bool(x) => Value::Bool(x),
        Ret::Int(i) => Value::Int(i),
        Ret::Float(f) => Value::Float(f),
        Ret::Str(s) => Value::str(&s),
        Ret::Array(h) => Value::from_array(host_to_array(&h)?),
        Ret::Obj(handle, kind) => Value::Host(Rc::new(BackendObj {
            handle,
            kind,
            backend: b.clone(),
        })),
        Ret::List(v) => Value::list(
            v.into_iter()
                .map(|r| from_ret(r, b))
                .collect::<Result<_>>()?,
        ),
        Ret::Tuple(v) => Value::tuple(
            v.into_iter()
                .map(|r| from_ret(r, b))
                .collect::<Result<_>>()?,
        ),
        Ret::Dict(v) => Value::dict(
            v.into_iter()
                .map(|(k, v)| Ok((Value::str(&k), from_ret(v, b)?)))
                .collect::<Result<_>>()?,
        ),
    })
}
