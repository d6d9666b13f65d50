//! Tensor operations, called by the names arr gives its array builtins.
//! Semantics follow PyTorch where the two differ from NumPy in dtype rules
//! (float32 default, int / int gives float32), and arr's (NumPy's) where
//! the name promises it: `std`/`var` default to `ddof=0`, `median`
//! averages the two middle values, `argmax` without an axis indexes the
//! flattened tensor.
//!
//! Each family file exports a `TABLE` of its operations and their handlers;
//! this module holds the helpers they share (operands, axes, dtypes).

pub mod autograd;
pub mod create;
pub mod elementwise;
pub mod index;
pub mod linalg;
pub mod methods;
pub mod reduce;
pub mod shape;

use crate::call::{as_ints, Table};
use crate::{kind_name, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Device, Kind, Tensor};

/// The tensor operations' handlers, family by family.
pub const TABLES: &[Table] = &[
    create::TABLE,
    autograd::TABLE,
    elementwise::TABLE,
    reduce::TABLE,
    shape::TABLE,
    index::TABLE,
    linalg::TABLE,
    methods::TABLE,
];

/// A new handle for the result of a libtorch call (its error names `op`).
pub fn ret(b: &TorchBackend, op: Op, r: Result<Tensor, tch::TchError>) -> Res<Ret> {
    Ok(b.put_tensor(r.map_err(te(op.name()))?))
}

pub fn shape_str(s: &[i64]) -> String {
    match s {
        [d] => format!("({d},)"),
        _ => format!(
            "({})",
            s.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

pub fn norm_axis(ax: i64, ndim: usize, op: Op) -> Res<i64> {
    let n = ndim as i64;
    let a = if ax < 0 { ax + n } else { ax };
    if a < 0 || a >= n.max(1) || (n == 0 && ax != 0 && ax != -1) {
        Err(format!(
            "{op}(): axis {ax} is out of bounds for a tensor of dimension {ndim}"
        ))
    } else {
        Ok(a)
    }
}

/// `axis=`: none (all axes), an int or a tuple of ints.
pub fn axes(a: &Arg, ndim: usize, op: Op) -> Res<Option<Vec<i64>>> {
    match a {
        Arg::None => Ok(None),
        other => {
            let v = as_ints(other, &format!("{op}(axis=)"))?;
            v.iter()
                .map(|&x| norm_axis(x, ndim, op))
                .collect::<Res<Vec<_>>>()
                .map(Some)
        }
    }
}

pub fn parse_kind(s: &str) -> Res<Kind> {
    Ok(match s {
        "float32" | "float" => Kind::Float,
        "float64" | "double" => Kind::Double,
        "int64" | "int" | "long" => Kind::Int64,
        "int32" => Kind::Int,
        "int16" | "short" => Kind::Int16,
        "int8" => Kind::Int8,
        "uint8" => Kind::Uint8,
        "float16" | "half" => Kind::Half,
        "bfloat16" => Kind::BFloat16,
        "bool" => Kind::Bool,
        other => {
            return Err(format!(
                "unknown dtype \"{other}\" (tensors take float32, float64, float16, bfloat16, int64, int32, int16, int8, uint8 or bool)"
            ))
        }
    })
}

pub fn is_float(k: Kind) -> bool {
    matches!(k, Kind::Float | Kind::Double | Kind::Half | Kind::BFloat16)
}

/// `t` itself if it is a float tensor, else `t` as float32.
pub fn float(t: &Tensor, op: Op) -> Res<Tensor> {
    if is_float(t.kind()) {
        Ok(t.shallow_clone())
    } else {
        t.f_to_kind(Kind::Float).map_err(te(op.name()))
    }
}

fn rank(k: Kind) -> u8 {
    match k {
        Kind::Bool => 0,
        Kind::Int64 | Kind::Int | Kind::Int16 | Kind::Int8 | Kind::Uint8 => 1,
        Kind::Float | Kind::Half | Kind::BFloat16 => 2,
        _ => 3,
    }
}

/// The common kind of two tensors (PyTorch's promotion between dimensioned
/// tensors), used where libtorch wants equal dtypes (matmul, cat).
pub fn common_kind(a: Kind, b: Kind) -> Kind {
    if rank(a) >= rank(b) {
        a
    } else {
        b
    }
}

/// Makes an operand a tensor beside `other`: scalars become "weak" (they
/// take the tensor's kind unless a float meets an integer tensor, which
/// gives float32, as in PyTorch), arrays keep their category but float
/// arrays take a float tensor's precision.
pub fn operand(b: &TorchBackend, a: &Arg, other: Option<&Tensor>, what: &str) -> Res<Tensor> {
    let (ok, dev) = other
        .map(|t| (Some(t.kind()), t.device()))
        .unwrap_or((None, Device::Cpu));
    let scalar_kind = |is_float: bool, is_bool: bool| -> Kind {
        match ok {
            Some(k) if is_float && !self::is_float(k) => Kind::Float,
            Some(k) if !is_float && !is_bool && k == Kind::Bool => Kind::Int64,
            Some(k) => k,
            None if is_float => Kind::Float,
            None if is_bool => Kind::Bool,
            None => Kind::Int64,
        }
    };
    match a {
        // Made as a double, then converted: a value beyond float32 becomes
        // an infinity, as in PyTorch (libtorch refuses such a scalar, and
        // tch then panics while dropping it).
        Arg::Float(f) => Tensor::f_scalar_tensor(*f, (Kind::Double, dev))
            .and_then(|t| t.f_to_kind(scalar_kind(true, false)))
            .map_err(te(what)),
        Arg::Int(i) => {
            let k = scalar_kind(false, false);
            if !int_fits(*i, k) {
                return Err(format!(
                    "{what}: value {i} cannot be converted to {} without overflow",
                    kind_name(k)
                ));
            }
            Tensor::f_scalar_tensor(*i, (Kind::Int64, dev))
                .and_then(|t| t.f_to_kind(k))
                .map_err(te(what))
        }
        Arg::Bool(v) => {
            Tensor::f_scalar_tensor(*v as i64, (scalar_kind(false, true), dev)).map_err(te(what))
        }
        Arg::Array(h) => {
            let t = crate::from_host(h)?;
            let k = match (t.kind(), ok) {
                (Kind::Double, Some(k)) if is_float(k) => k,
                (Kind::Double, _) => Kind::Float,
                (k, _) => k,
            };
            t.f_to_device(dev)
                .and_then(|t| t.f_to_kind(k))
                .map_err(te(what))
        }
        other => b.tensor(other, what),
    }
}

/// Whether the integer `i` is a value of the kind `k` (floating kinds take
/// every integer, rounded).
fn int_fits(i: i64, k: Kind) -> bool {
    match k {
        Kind::Uint8 => u8::try_from(i).is_ok(),
        Kind::Int8 => i8::try_from(i).is_ok(),
        Kind::Int16 => i16::try_from(i).is_ok(),
        Kind::Int => i32::try_from(i).is_ok(),
        Kind::Bool => i == 0 || i == 1,
        _ => true,
    }
}

/// Both operands of a binary operation as tensors on one device.
pub fn pair(b: &TorchBackend, x: &Arg, y: &Arg, op: Op) -> Res<(Tensor, Tensor)> {
    let op = op.name();
    let x_is_t = matches!(x, Arg::Obj(_));
    let y_is_t = matches!(y, Arg::Obj(_));
    if x_is_t && y_is_t {
        let (a, c) = (b.tensor(x, op)?, b.tensor(y, op)?);
        if a.device() != c.device() && a.dim() > 0 && c.dim() > 0 {
            return Err(format!(
                "{op}: tensors are on different devices ({} and {}); move one with .to(device)",
                crate::device_name(a.device()),
                crate::device_name(c.device())
            ));
        }
        Ok((a, c))
    } else if x_is_t {
        let a = b.tensor(x, op)?;
        let c = operand(b, y, Some(&a), op)?;
        Ok((a, c))
    } else {
        let c = b.tensor(y, op)?;
        let a = operand(b, x, Some(&c), op)?;
        Ok((a, c))
    }
}

/// Arguments `a` and `b` of a call, as [`pair`].
pub fn operands(b: &TorchBackend, c: &crate::call::Call) -> Res<(Tensor, Tensor)> {
    pair(b, c.get(0, "a"), c.get(1, "b"), c.op)
}

/// A libtorch error of a binary operation, with both operands' shapes.
pub fn shapes_msg(op: Op, a: &Tensor, c: &Tensor) -> impl Fn(tch::TchError) -> String {
    let ctx = format!(
        "{op}: tensors of shapes {} and {}",
        shape_str(&a.size()),
        shape_str(&c.size())
    );
    move |e| te(&ctx)(e)
}

/// A differentiable copy (value semantics: results never alias inputs).
pub fn copy(t: &Tensor) -> Res<Tensor> {
    let mut r = t.f_zeros_like().map_err(te("copy"))?;
    r.f_copy_(t).map_err(te("copy"))?;
    Ok(r)
}
