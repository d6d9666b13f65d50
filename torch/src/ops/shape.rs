//! Shapes: reshaping, axes, joining and splitting, repeating.

use super::{common_kind, norm_axis, operand, ret, shape_str};
use crate::call::{as_int, as_ints, int_or, unhandled, Call, Handler};
use crate::{arg_type, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Len, len),
    (Op::Reshape, reshape),
    (Op::Ravel, ravel),
    (Op::Flatten, ravel),
    (Op::Transpose, transpose),
    (Op::ExpandDims, expand_dims),
    (Op::Squeeze, squeeze),
    (Op::Concatenate, join),
    (Op::Stack, join),
    (Op::Vstack, join),
    (Op::Hstack, join),
    (Op::Split, split),
    (Op::Repeat, repeat),
    (Op::Tile, tile),
    (Op::Attr, attr),
];

fn len(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    if x.dim() == 0 {
        return Err("len() of a 0-d tensor".into());
    }
    Ok(Ret::Int(x.size()[0]))
}

/// `reshape(a, d1, d2, ...)` or `reshape(a, shape=)`; one axis may be -1.
fn reshape(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let mut shape = Vec::new();
    for a in c.args.iter().skip(1) {
        shape.extend(as_ints(a, "reshape()")?);
    }
    match c.kw("shape") {
        Arg::None => {}
        a => shape = as_ints(a, "reshape()")?,
    }
    let known: i64 = shape.iter().filter(|&&d| d >= 0).product();
    let n = x.numel() as i64;
    let unknown = shape.iter().filter(|&&d| d < 0).count();
    if unknown > 1
        || (unknown == 0 && known != n)
        || (unknown == 1 && (known == 0 || n % known != 0))
    {
        return Err(format!(
            "cannot reshape a tensor of {n} elements (shape {}) into shape {}",
            shape_str(&x.size()),
            shape_str(&shape)
        ));
    }
    ret(b, c.op, x.f_reshape(shape.as_slice()))
}

/// `ravel`, `flatten`.
fn ravel(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    ret(b, c.op, c.a0(b)?.f_reshape([-1]))
}

/// The axes of `x` in reverse order.
fn reversed(x: &Tensor) -> Vec<i64> {
    (0..x.dim() as i64).rev().collect()
}

/// `transpose(a, axes=none)`: reversed axes by default.
fn transpose(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let p = match c.get(1, "axes") {
        Arg::None => reversed(&x),
        a => {
            let p = as_ints(a, "transpose(axes=)")?;
            if p.len() != x.dim() {
                return Err(format!(
                    "transpose(): axes {} do not match a tensor of dimension {}",
                    shape_str(&p),
                    x.dim()
                ));
            }
            p.iter()
                .map(|&d| norm_axis(d, x.dim(), c.op))
                .collect::<Res<Vec<_>>>()?
        }
    };
    ret(b, c.op, x.f_permute(p.as_slice()))
}

fn expand_dims(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let ax = c.as_int(1, "axis", "expand_dims(axis=)")?;
    let ax = norm_axis(ax, x.dim() + 1, c.op)?;
    ret(b, c.op, x.f_unsqueeze(ax))
}

/// `squeeze(a, axis=none)`: the given axes must have size 1.
fn squeeze(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let ds = match c.get(1, "axis") {
        Arg::None => return ret(b, c.op, x.f_squeeze()),
        a => as_ints(a, "squeeze(axis=)")?,
    };
    let ds = ds
        .iter()
        .map(|&d| norm_axis(d, x.dim(), c.op))
        .collect::<Res<Vec<_>>>()?;
    for &d in &ds {
        if x.size()[d as usize] != 1 {
            return Err(format!(
                "cannot select an axis to squeeze out which has size not equal to one (axis {d} of shape {})",
                shape_str(&x.size())
            ));
        }
    }
    ret(b, c.op, x.f_squeeze_dims(ds.as_slice()))
}

/// The items of a list as tensors of one kind (plain values take the kind
/// of the first tensor among them, as operands do).
fn tensors_of(b: &TorchBackend, a: &Arg, op: Op) -> Res<Vec<Tensor>> {
    let op = op.name();
    let items = match a {
        Arg::List(items) => items,
        other => {
            return Err(format!(
                "{op}() takes a list of tensors, not {}",
                arg_type(other)
            ))
        }
    };
    let first = items
        .iter()
        .find(|i| matches!(i, Arg::Obj(_)))
        .map(|i| b.tensor(i, op))
        .transpose()?;
    let ts = items
        .iter()
        .map(|i| match i {
            Arg::Obj(_) => b.tensor(i, op),
            other => operand(b, other, first.as_ref(), op),
        })
        .collect::<Res<Vec<_>>>()?;
    let k = ts.iter().fold(Kind::Bool, |k, t| common_kind(k, t.kind()));
    ts.iter().map(|t| t.f_to_kind(k).map_err(te(op))).collect()
}

/// `concatenate`, `stack`, `vstack`, `hstack` of a list of tensors.
fn join(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let ts = tensors_of(b, c.get(0, "arrays"), op)?;
    if ts.is_empty() {
        return Err(format!("{op}() needs at least one tensor"));
    }
    let ax = int_or(c.get(1, "axis"), 0, &format!("{op}(axis=)"))?;
    let r = match op {
        Op::Stack => Tensor::f_stack(&ts, ax),
        Op::Vstack => Tensor::f_vstack(&ts),
        Op::Hstack => Tensor::f_hstack(&ts),
        Op::Concatenate => Tensor::f_cat(&ts, ax),
        op => return Err(unhandled(op)),
    };
    r.map_err(|e| {
        let shapes: Vec<String> = ts.iter().map(|t| shape_str(&t.size())).collect();
        te(&format!("{op}: tensors of shapes {}", shapes.join(", ")))(e)
    })
    .map(|r| b.put_tensor(r))
}

/// `split(a, sections or indices, axis=0)`.
fn split(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let x = c.a0(b)?;
    let ax = match c.get(2, "axis") {
        Arg::None => 0,
        a => norm_axis(as_int(a, "split(axis=)")?, x.dim(), op)?,
    };
    let n = x.size().get(ax as usize).copied().unwrap_or(0);
    let parts = match c.get(1, "indices_or_sections") {
        Arg::Int(k) => {
            if *k <= 0 || n % k != 0 {
                return Err(format!(
                    "split(): an axis of length {n} does not divide into {k} equal sections"
                ));
            }
            x.f_split(n / k, ax).map_err(te(op.name()))?
        }
        a => x
            .f_tensor_split_indices(as_ints(a, "split()")?.as_slice(), ax)
            .map_err(te(op.name()))?,
    };
    Ok(Ret::List(
        parts.into_iter().map(|p| b.put_tensor(p)).collect(),
    ))
}

/// `repeat(a, repeats, axis=none)`: each element `repeats` times.
fn repeat(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let r = c.as_int(1, "repeats", "repeat(repeats)")?;
    if r < 0 {
        return Err(format!("repeat(): repeats must be >= 0, not {r}"));
    }
    let out = match c.get(2, "axis") {
        Arg::None => x
            .f_reshape([-1])
            .and_then(|f| f.f_repeat_interleave_self_int(r, 0, None)),
        a => {
            let ax = norm_axis(as_int(a, "repeat(axis=)")?, x.dim(), c.op)?;
            x.f_repeat_interleave_self_int(r, ax, None)
        }
    };
    ret(b, c.op, out)
}

fn tile(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    ret(
        b,
        c.op,
        x.f_tile(c.as_ints(1, "reps", "tile(reps=)")?.as_slice()),
    )
}

/// Tensor attributes the host does not keep itself (`.T`).
fn attr(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    match c.as_str(1, "name", "attribute")? {
        "T" => ret(b, c.op, x.f_permute(reversed(&x).as_slice())),
        other => Err(format!("tensor has no attribute '{other}'")),
    }
}
