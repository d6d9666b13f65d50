//! Element-wise operations: arithmetic, comparisons and logic between two
//! operands (with broadcasting and PyTorch's promotion of scalars), unary
//! maths, `clip` and `where`.

use super::{common_kind, float, is_float, operand, operands, pair, ret, shapes_msg};
use crate::call::{unhandled, Call, Handler};
use crate::{kind_name, te, Res, TorchBackend};
use arr_torch_abi::{Op, Ret};
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Add, binary),
    (Op::Sub, binary),
    (Op::Mul, binary),
    (Op::Div, binary),
    (Op::FloorDiv, binary),
    (Op::Mod, binary),
    (Op::Pow, binary),
    (Op::Eq, binary),
    (Op::Ne, binary),
    (Op::Lt, binary),
    (Op::Le, binary),
    (Op::Gt, binary),
    (Op::Ge, binary),
    (Op::And, binary),
    (Op::Or, binary),
    (Op::Xor, binary),
    (Op::Maximum, binary),
    (Op::Minimum, binary),
    (Op::Neg, unary),
    (Op::Invert, unary),
    (Op::Abs, unary),
    (Op::Sqrt, unary),
    (Op::Exp, unary),
    (Op::Log, unary),
    (Op::Log2, unary),
    (Op::Log10, unary),
    (Op::Sin, unary),
    (Op::Cos, unary),
    (Op::Tan, unary),
    (Op::Tanh, unary),
    (Op::Sinh, unary),
    (Op::Cosh, unary),
    (Op::Arcsin, unary),
    (Op::Arccos, unary),
    (Op::Arctan, unary),
    (Op::Floor, unary),
    (Op::Ceil, unary),
    (Op::Round, unary),
    (Op::Sign, unary),
    (Op::Isnan, unary),
    (Op::Isinf, unary),
    (Op::Relu, unary),
    (Op::Sigmoid, unary),
    (Op::Gelu, unary),
    (Op::Clip, clip),
    (Op::Where, where_),
];

/// `a <op> b`.
fn binary(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let (x, y) = operands(b, c)?;
    let err = shapes_msg(c.op, &x, &y);
    let r = match c.op {
        Op::Add => x.f_add(&y),
        Op::Sub => x.f_sub(&y),
        Op::Mul => x.f_mul(&y),
        Op::Div => x.f_div(&y),
        Op::FloorDiv => x.f_div_tensor_mode(&y, "floor"),
        Op::Mod => x.f_remainder_tensor(&y),
        Op::Pow => x.f_pow(&y),
        Op::Eq => x.f_eq_tensor(&y),
        Op::Ne => x.f_ne_tensor(&y),
        Op::Lt => x.f_lt_tensor(&y),
        Op::Le => x.f_le_tensor(&y),
        Op::Gt => x.f_gt_tensor(&y),
        Op::Ge => x.f_ge_tensor(&y),
        Op::And => x.f_bitwise_and_tensor(&y),
        Op::Or => x.f_bitwise_or_tensor(&y),
        Op::Xor => x.f_bitwise_xor_tensor(&y),
        Op::Maximum => x.f_maximum(&y),
        Op::Minimum => x.f_minimum(&y),
        op => return Err(unhandled(op)),
    };
    Ok(b.put_tensor(r.map_err(err)?))
}

/// `<op>(a)`; the maths functions work in floating point.
fn unary(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let t = c.a0(b)?;
    let op = c.op;
    let r = match op {
        Op::Neg => {
            if t.kind() == Kind::Bool {
                return Err("the - operator is not supported on bool tensors; use ~ or not".into());
            }
            t.f_neg()
        }
        Op::Invert => {
            if is_float(t.kind()) {
                return Err(format!(
                    "~ needs a bool or integer tensor, not {}",
                    kind_name(t.kind())
                ));
            }
            t.f_bitwise_not()
        }
        Op::Abs => t.f_abs(),
        Op::Floor => t.f_floor(),
        Op::Ceil => t.f_ceil(),
        Op::Round => t.f_round(),
        Op::Sign => t.f_sign(),
        Op::Isnan => t.f_isnan(),
        Op::Isinf => t.f_isinf(),
        Op::Relu => t.f_relu(),
        _ => float_unary(&float(&t, op)?, op)?,
    };
    ret(b, op, r)
}

/// The unary operations that take a float tensor.
fn float_unary(t: &Tensor, op: Op) -> Res<Result<Tensor, tch::TchError>> {
    Ok(match op {
        Op::Sqrt => t.f_sqrt(),
        Op::Exp => t.f_exp(),
        Op::Log => t.f_log(),
        Op::Log2 => t.f_log2(),
        Op::Log10 => t.f_log10(),
        Op::Sin => t.f_sin(),
        Op::Cos => t.f_cos(),
        Op::Tan => t.f_tan(),
        Op::Tanh => t.f_tanh(),
        Op::Sinh => t.f_sinh(),
        Op::Cosh => t.f_cosh(),
        Op::Arcsin => t.f_arcsin(),
        Op::Arccos => t.f_arccos(),
        Op::Arctan => t.f_arctan(),
        Op::Sigmoid => t.f_sigmoid(),
        Op::Gelu => t.f_gelu("none"),
        op => return Err(unhandled(op)),
    })
}

/// `clip(a, a_min, a_max)`.
fn clip(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let x = c.a0(b)?;
    let lo = operand(b, c.get(1, "a_min"), Some(&x), op)?;
    let hi = operand(b, c.get(2, "a_max"), Some(&x), op)?;
    ret(b, c.op, x.f_clamp_tensor(Some(&lo), Some(&hi)))
}

/// `where(condition, x, y)`.
fn where_(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let cond = b.tensor(c.get(0, "condition"), op)?;
    let cond = cond.f_ne(0).map_err(te(op))?;
    let (x, y) = pair(b, c.get(1, "x"), c.get(2, "y"), c.op)?;
    let k = common_kind(x.kind(), y.kind());
    let (x, y) = (
        x.f_to_kind(k).map_err(te(op))?,
        y.f_to_kind(k).map_err(te(op))?,
    );
    ret(b, c.op, x.f_where_self(&cond, &y))
}
