//! Making tensors and converting them: from host data, to host data and
//! scalars, between dtypes and devices.

use super::{copy, is_float, parse_kind, ret, shape_str};
use crate::call::{as_str, unhandled, Call, Handler};
use crate::{dtype_of, kind_name, parse_device, te, to_host, Res, TorchBackend};
use arr_torch_abi::{Arg, DType, Op, Ret};
use tch::{Device, Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Tensor, tensor),
    (Op::FromArray, from_array),
    (Op::Numpy, numpy),
    (Op::Item, item),
    (Op::Bool, bool),
    (Op::Meta, meta),
    (Op::To, to),
    (Op::Astype, astype),
    (Op::Cpu, convert),
    (Op::Cuda, convert),
    (Op::Float, convert),
    (Op::Double, convert),
    (Op::Long, convert),
    (Op::Retain, retain),
    (Op::ZerosLike, like),
    (Op::OnesLike, like),
    (Op::Copy, copy_op),
    (Op::ManualSeed, manual_seed),
    (Op::CudaAvailable, cuda_available),
];

/// `tensor(x, dtype=, device=, requires_grad=)`: a new tensor (a copy,
/// detached, when `x` is one); float data becomes float32.
fn tensor(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let src = c.get(0, "x");
    let mut r = match src {
        Arg::Obj(_) => copy(&b.tensor(src, op)?)?.f_detach().map_err(te(op))?,
        Arg::Array(h) => {
            let r = crate::from_host(h)?;
            if h.dtype == DType::Float64 {
                r.f_to_kind(Kind::Float).map_err(te(op))?
            } else {
                r
            }
        }
        // Made as a double, then converted: beyond float32 is an infinity.
        Arg::Float(f) => Tensor::f_scalar_tensor(*f, (Kind::Double, Device::Cpu))
            .and_then(|t| t.f_to_kind(Kind::Float))
            .map_err(te(op))?,
        other => b.tensor(other, "tensor()")?,
    };
    if let Arg::Str(s) = c.get(1, "dtype") {
        r = r.f_to_kind(parse_kind(s)?).map_err(te(op))?;
    }
    if let Arg::Str(s) = c.get(2, "device") {
        r = r.f_to_device(parse_device(s)?).map_err(te(op))?;
    }
    if c.as_bool(3, "requires_grad", "tensor(requires_grad=)", false)? {
        if !is_float(r.kind()) {
            return Err(format!(
                "only float tensors can require gradients, not {}; pass dtype=\"float32\" or float data",
                kind_name(r.kind())
            ));
        }
        r = r.f_set_requires_grad(true).map_err(te(op))?;
    }
    Ok(b.put_tensor(r))
}

/// A tensor that keeps an array's dtype (used by grad of arrays).
fn from_array(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let mut r = c.tensor(b, 0, "x")?;
    if c.as_bool(1, "requires_grad", op, false)? {
        if !is_float(r.kind()) {
            r = r.f_to_kind(Kind::Double).map_err(te(op))?;
        }
        r = r
            .f_detach()
            .and_then(|r| r.f_set_requires_grad(true))
            .map_err(te(op))?;
    }
    Ok(b.put_tensor(r))
}

fn numpy(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    Ok(Ret::Array(to_host(&c.a0(b)?)?))
}

fn item(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    scalar(&c.a0(b)?)
}

/// The value of a one-element tensor.
fn scalar(t: &Tensor) -> Res<Ret> {
    if t.numel() != 1 {
        return Err(format!(
            "only one-element tensors can be converted to scalars; this one has shape {}",
            shape_str(&t.size())
        ));
    }
    let f = t.f_reshape([-1]).map_err(te("item"))?;
    Ok(match dtype_of(t.kind())? {
        DType::Bool => Ret::Bool(f.f_int64_value(&[0]).map_err(te("item"))? != 0),
        DType::Int64 => Ret::Int(f.f_int64_value(&[0]).map_err(te("item"))?),
        _ => Ret::Float(f.f_double_value(&[0]).map_err(te("item"))?),
    })
}

/// The truth value of a one-element tensor.
fn bool(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    if x.numel() != 1 {
        return Err(format!(
            "the truth value of a tensor with more than one element is ambiguous (shape {}); use any() or all()",
            shape_str(&x.size())
        ));
    }
    match scalar(&x)? {
        Ret::Bool(v) => Ok(Ret::Bool(v)),
        Ret::Int(v) => Ok(Ret::Bool(v != 0)),
        Ret::Float(v) => Ok(Ret::Bool(v != 0.0)),
        _ => Ok(Ret::Bool(false)),
    }
}

/// (shape, dtype, device, requires_grad, is_leaf), for the host's wrapper.
fn meta(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    Ok(Ret::Tuple(vec![
        Ret::List(x.size().iter().map(|&d| Ret::Int(d)).collect()),
        Ret::Str(kind_name(x.kind()).into()),
        Ret::Str(crate::device_name(x.device())),
        Ret::Bool(x.requires_grad()),
        Ret::Bool(x.f_is_leaf().unwrap_or(true)),
    ]))
}

/// `to(dtype or device)`, `astype(dtype)`.
fn to(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let s = as_str(c.get(1, "device"), "to()")?;
    let r = match parse_kind(s) {
        Ok(k) => x.f_to_kind(k).map_err(te("to"))?,
        Err(_) => x.f_to_device(parse_device(s)?).map_err(te("to"))?,
    };
    Ok(b.put_tensor(r))
}

/// `astype(t, dtype)`: a dtype only (a device is `to`'s).
fn astype(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let s = as_str(c.get(1, "dtype"), "astype(dtype=)")?;
    let k = parse_kind(s)?;
    Ok(b.put_tensor(x.f_to_kind(k).map_err(te("astype"))?))
}

/// `cpu()`, `cuda()`, `float()`, `double()`, `long()`.
fn convert(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let r = match c.op {
        Op::Cpu => x.f_to_device(Device::Cpu),
        Op::Cuda => x.f_to_device(parse_device("cuda")?),
        Op::Float => x.f_to_kind(Kind::Float),
        Op::Double => x.f_to_kind(Kind::Double),
        Op::Long => x.f_to_kind(Kind::Int64),
        op => return Err(unhandled(op)),
    };
    ret(b, c.op, r)
}

/// A new handle to the same tensor, for a result the host hands back.
fn retain(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    Ok(b.put_tensor(c.a0(b)?))
}

/// `zeros_like`, `ones_like`.
fn like(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let r = match c.op {
        Op::ZerosLike => x.f_zeros_like(),
        Op::OnesLike => x.f_ones_like(),
        op => return Err(unhandled(op)),
    };
    ret(b, c.op, r)
}

fn copy_op(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    Ok(b.put_tensor(copy(&c.a0(b)?)?))
}

fn manual_seed(_: &TorchBackend, c: &mut Call) -> Res<Ret> {
    tch::manual_seed(c.as_int(0, "seed", "seed")?);
    Ok(Ret::None)
}

fn cuda_available(_: &TorchBackend, _: &mut Call) -> Res<Ret> {
    Ok(Ret::Bool(tch::Cuda::is_available()))
}
