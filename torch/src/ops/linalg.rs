//! Linear algebra: products (`matmul`, `dot`, `inner`, `outer`) and the
//! `linalg` functions (inverse, solve, decompositions, norms, rank).

use super::{common_kind, float, is_float, operands, ret, shape_str, shapes_msg};
use crate::call::{as_bool, unhandled, Call, Handler};
use crate::{arg_type, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Matmul, product),
    (Op::Dot, product),
    (Op::Inner, product),
    (Op::Outer, product),
    (Op::Inv, unary),
    (Op::Det, unary),
    (Op::Trace, unary),
    (Op::Cholesky, unary),
    (Op::Pinv, unary),
    (Op::Solve, solve),
    (Op::Svd, svd),
    (Op::Qr, qr),
    (Op::Eigh, eigh),
    (Op::Norm, norm),
    (Op::Lstsq, lstsq),
    (Op::MatrixRank, matrix_rank),
];

/// `matmul`, `dot`, `inner`, `outer` of `a` and `b`, in their common kind
/// (bools multiply as integers).
fn product(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let (x, y) = operands(b, c)?;
    let err = shapes_msg(op, &x, &y);
    let k = common_kind(x.kind(), y.kind());
    let k = if k == Kind::Bool { Kind::Int64 } else { k };
    let (x, y) = (
        x.f_to_kind(k).map_err(te(op.name()))?,
        y.f_to_kind(k).map_err(te(op.name()))?,
    );
    if op == Op::Matmul && (x.dim() == 0 || y.dim() == 0) {
        return Err(format!(
            "matmul: a scalar operand is not allowed (shapes {} and {}); use * instead",
            shape_str(&x.size()),
            shape_str(&y.size())
        ));
    }
    if op == Op::Matmul || (op == Op::Dot && x.dim() >= 1 && y.dim() >= 1) {
        check_inner(&x.size(), &y.size())?;
    }
    let r = match op {
        Op::Outer => x
            .f_reshape([-1])
            .and_then(|x| x.f_outer(&y.f_reshape([-1])?)),
        Op::Inner => x.f_inner(&y),
        Op::Dot if x.dim() == 0 || y.dim() == 0 => x.f_mul(&y),
        Op::Matmul | Op::Dot => x.f_matmul(&y),
        op => return Err(unhandled(op)),
    };
    Ok(b.put_tensor(r.map_err(err)?))
}

/// Checks that the last axis of the left operand of a product meets the
/// right one's (its only axis, or its second-to-last).
fn check_inner(sa: &[i64], sc: &[i64]) -> Res<()> {
    let ka = sa[sa.len() - 1];
    let kc = if sc.len() == 1 {
        sc[0]
    } else {
        sc[sc.len() - 2]
    };
    if ka != kc {
        return Err(format!(
            "shapes {} and {} cannot be multiplied: the last axis of the left ({ka}) != {} of the right ({kc})",
            shape_str(sa),
            shape_str(sc),
            if sc.len() == 1 { "the only axis" } else { "the second-to-last axis" }
        ));
    }
    Ok(())
}

/// `inv`, `det`, `trace`, `cholesky`, `pinv`: one matrix in, one tensor out.
fn unary(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let r = match c.op {
        Op::Inv => Tensor::f_linalg_inv(&x),
        Op::Det => Tensor::f_linalg_det(&x),
        Op::Trace => x.f_trace(),
        Op::Cholesky => x.f_linalg_cholesky(false),
        Op::Pinv => x.f_linalg_pinv(1e-15, false),
        op => return Err(unhandled(op)),
    };
    ret(b, c.op, r)
}

fn solve(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let (x, y) = operands(b, c)?;
    ret(b, c.op, Tensor::f_linalg_solve(&x, &y, true))
}

/// `svd(a, full_matrices=true)`: NumPy's (U, S, Vh); torch.svd gives V.
fn svd(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let full = c.as_bool(1, "full_matrices", op, true)?;
    let (u, s, v) = c.a0(b)?.f_svd(!full, true).map_err(te(op))?;
    let vh = v
        .f_transpose(-2, -1)
        .and_then(|t| t.f_contiguous())
        .map_err(te(op))?;
    Ok(Ret::Tuple(vec![
        b.put_tensor(u),
        b.put_tensor(s),
        b.put_tensor(vh),
    ]))
}

fn qr(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let (q, r) = Tensor::f_linalg_qr(&c.a0(b)?, "reduced").map_err(te(c.op.name()))?;
    Ok(Ret::Tuple(vec![b.put_tensor(q), b.put_tensor(r)]))
}

fn eigh(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let (w, v) = c.a0(b)?.f_linalg_eigh("L").map_err(te(c.op.name()))?;
    Ok(Ret::Tuple(vec![b.put_tensor(w), b.put_tensor(v)]))
}

/// `norm(x, ord=none, axis=none, keepdims=false)`, as NumPy: the
/// Frobenius/2-norm by default, vector p-norms along one axis.
fn norm(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let x = float(&c.a0(b)?, op)?;
    let nd = x.dim();
    let ax = super::axes(c.get(2, "axis"), nd, op)?;
    let keep = as_bool(c.get(3, "keepdims"), "norm(keepdims=)", false)?;
    let dims = ax.unwrap_or_else(|| (0..nd as i64).collect());
    let dims = dims.as_slice();
    let ord = match c.get(1, "ord") {
        Arg::None => None,
        Arg::Str(s) if s == "fro" => None,
        Arg::Int(i) => Some(*i as f64),
        Arg::Float(f) => Some(*f),
        other => {
            return Err(format!(
                "norm(): ord={} is not available for tensors; use norm(t.numpy(), ord=...)",
                match other {
                    Arg::Str(s) => format!("\"{s}\""),
                    o => arg_type(o).to_string(),
                }
            ))
        }
    };
    let vector = nd <= 1 || dims.len() == 1;
    let r = match ord {
        None => x
            .f_square()
            .and_then(|s| s.f_sum_dim_intlist(dims, keep, None::<Kind>))
            .and_then(|s| s.f_sqrt()),
        Some(p) if vector => {
            let a = x.f_abs().map_err(te(op.name()))?;
            if p == f64::INFINITY {
                a.f_amax(dims, keep)
            } else if p == f64::NEG_INFINITY {
                a.f_amin(dims, keep)
            } else if p == 0.0 {
                a.f_ne(0)
                    .and_then(|n| n.f_to_kind(x.kind()))
                    .and_then(|n| n.f_sum_dim_intlist(dims, keep, None::<Kind>))
            } else {
                a.f_pow_tensor_scalar(p)
                    .and_then(|s| s.f_sum_dim_intlist(dims, keep, None::<Kind>))
                    .and_then(|s| s.f_pow_tensor_scalar(1.0 / p))
            }
        }
        Some(p) => {
            return Err(format!(
                "norm(): matrix norms with ord={p} are not available for tensors; use norm(t.numpy(), ord={p})"
            ))
        }
    };
    ret(b, op, r)
}

/// `lstsq(a, b)`: (solution, residuals, rank, singular values).
fn lstsq(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let (x, y) = operands(b, c)?;
    let k = common_kind(common_kind(x.kind(), y.kind()), Kind::Float);
    let (x, y) = (
        x.f_to_kind(k).map_err(te(op))?,
        y.f_to_kind(k).map_err(te(op))?,
    );
    let (s, r, rank, sv) = x.f_linalg_lstsq(&y, None, "gelsd").map_err(te(op))?;
    Ok(Ret::Tuple(vec![
        b.put_tensor(s),
        b.put_tensor(r),
        b.put_tensor(rank),
        b.put_tensor(sv),
    ]))
}

/// `matrix_rank(a)`, with NumPy's tolerance: S.max() * max(M, N) * eps.
fn matrix_rank(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let e = te(op.name());
    let x = c.a0(b)?;
    let x = if is_float(x.kind()) {
        x
    } else {
        x.f_to_kind(Kind::Double).map_err(&e)?
    };
    if x.dim() < 2 {
        let r = x
            .f_ne(0)
            .and_then(|n| n.f_any())
            .and_then(|a| a.f_to_kind(Kind::Int64));
        return ret(b, op, r);
    }
    let (_, s, _) = x.f_svd(true, false).map_err(&e)?;
    let sz = x.size();
    let mn = sz[sz.len() - 1].max(sz[sz.len() - 2]) as f64;
    let eps = if x.kind() == Kind::Double {
        f64::EPSILON
    } else {
        f32::EPSILON as f64
    };
    let smax = s.f_amax([-1i64].as_slice(), true).map_err(&e)?;
    let tol = smax.f_mul_scalar(mn * eps).map_err(&e)?;
    let r = s
        .f_gt_tensor(&tol)
        .and_then(|g| g.f_sum_dim_intlist([-1i64].as_slice(), false, Kind::Int64));
    ret(b, op, r)
}
