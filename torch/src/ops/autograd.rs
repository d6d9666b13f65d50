//! Automatic differentiation: gradients, `backward`, `no_grad` regions.

use super::{copy, is_float, ret, shape_str};
use crate::call::{Call, Handler};
use crate::{kind_name, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::Tensor;

pub const TABLE: &[(Op, Handler)] = &[
    (Op::GradOf, grad_of),
    (Op::Detach, detach),
    (Op::RequiresGrad, requires_grad),
    (Op::Backward, backward),
    (Op::ZeroGrad, zero_grad),
    (Op::Autograd, autograd),
    (Op::NoGradEnter, no_grad_enter),
    (Op::NoGradExit, no_grad_exit),
    (Op::CopyInto, copy_into),
    (Op::Fill, copy_into),
    (Op::Zero, zero),
];

/// `dst.copy_(src)` and `dst.fill_(value)`: the tensor itself changes (its
/// other names see it); libtorch refuses a leaf that requires grad outside
/// `no_grad`, and shapes that do not broadcast.
fn copy_into(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let mut x = c.a0(b)?;
    let src = super::operand(b, c.get(1, "src"), Some(&x), op)?;
    x.f_copy_(&src).map_err(te(op))?;
    Ok(Ret::None)
}

fn zero(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let mut x = c.a0(b)?;
    // The in-place op hands back the same tensor; the handle is `x` already.
    let _same = x.f_zero_().map_err(te(c.op.name()))?;
    Ok(Ret::None)
}

/// A tensor's `.grad` (none before a backward pass).
fn grad_of(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let g = x.f_grad().map_err(te(c.op.name()))?;
    if g.defined() {
        Ok(b.put_tensor(g))
    } else {
        Ok(Ret::None)
    }
}

fn detach(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    ret(b, c.op, copy(&x)?.f_detach())
}

fn requires_grad(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let x = c.a0(b)?;
    let on = c.as_bool(1, "requires_grad", op, true)?;
    if on && !is_float(x.kind()) {
        return Err(format!(
            "only float tensors can require gradients, not {}",
            kind_name(x.kind())
        ));
    }
    let _ = x.f_set_requires_grad(on).map_err(te(op))?;
    Ok(Ret::None)
}

/// `t.backward(gradient=None, retain_graph=None, create_graph=False)`.
/// A `gradient` weighs the outputs: the pass runs from `(t * gradient).sum()`,
/// which hands exactly `gradient` to `t`.
fn backward(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    if !x.requires_grad() {
        return Err(
            "backward(): the tensor does not require grad; create the inputs with requires_grad=true"
                .into(),
        );
    }
    let create = c.as_bool(usize::MAX, "create_graph", "backward(create_graph=)", false)?;
    let keep = c.as_bool(
        usize::MAX,
        "retain_graph",
        "backward(retain_graph=)",
        create,
    )?;
    let mut root = match c.get(1, "gradient") {
        Arg::None => {
            if x.numel() != 1 {
                return Err(format!(
                    "backward(): grad can be implicitly created only for scalar outputs, and this tensor has shape {}; pass gradient= or reduce it with sum() or mean() first",
                    shape_str(&x.size())
                ));
            }
            x
        }
        g => {
            let g = b.tensor(g, "backward(gradient=)")?;
            if g.size() != x.size() {
                return Err(format!(
                    "backward(): Mismatch in shape: gradient has a shape of {} and the tensor has a shape of {}",
                    shape_str(&g.size()),
                    shape_str(&x.size())
                ));
            }
            let g = g
                .f_to_kind(x.kind())
                .and_then(|g| g.f_detach())
                .map_err(te("backward"))?;
            x.f_mul(&g)
                .and_then(|p| p.f_sum(None))
                .map_err(te("backward"))?
        }
    };
    run_backward(&mut root, keep, create).map_err(te(""))?;
    Ok(Ret::None)
}

/// libtorch's backward pass from `root` (tch's `backward` always frees the
/// graph and never records one).
fn run_backward(root: &mut Tensor, keep: bool, create: bool) -> Result<(), tch::TchError> {
    // SAFETY: `root` is a live tensor; at_backward reports failure through
    // libtch's last-error slot, read (and freed) right after.
    let err = unsafe {
        torch_sys::at_backward(
            root.as_mut_ptr(),
            keep as libc::c_int,
            create as libc::c_int,
        );
        torch_sys::get_and_reset_last_err()
    };
    if err.is_null() {
        return Ok(());
    }
    // SAFETY: a non-null error is a NUL-terminated string libtch allocated
    // with malloc, ours to free.
    let text = unsafe {
        let s = std::ffi::CStr::from_ptr(err).to_string_lossy().into_owned();
        libc::free(err as *mut libc::c_void);
        s
    };
    Err(tch::TchError::Torch(text))
}

fn zero_grad(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let mut x = c.a0(b)?;
    x.zero_grad();
    Ok(Ret::None)
}

/// Gradients of one scalar output with respect to inputs.
fn autograd(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op.name();
    let out = c.a0(b)?;
    let inputs = match c.get(1, "inputs") {
        Arg::List(items) => items
            .iter()
            .map(|i| b.tensor(i, op))
            .collect::<Res<Vec<_>>>()?,
        _ => return Err("autograd: inputs must be a list".into()),
    };
    let create = c.as_bool(2, "create_graph", op, false)?;
    if out.numel() != 1 {
        return Err(format!(
            "grad: the function must return a scalar (one element), not shape {}",
            shape_str(&out.size())
        ));
    }
    if !is_float(out.kind()) {
        return Err(format!(
            "grad: the function must return a float, not {}",
            kind_name(out.kind())
        ));
    }
    let out = out.f_reshape([] as [i64; 0]).map_err(te(op))?;
    let grads = if out.requires_grad() {
        Tensor::f_run_backward(&[&out], &inputs, true, create).map_err(te("grad"))?
    } else {
        Vec::new()
    };
    let mut res = Vec::new();
    for (k, x) in inputs.iter().enumerate() {
        let g = grads.get(k).filter(|g| g.defined());
        let g = match g {
            Some(g) => g.shallow_clone(),
            None => x.f_zeros_like().map_err(te(op))?,
        };
        res.push(b.put_tensor(g));
    }
    Ok(Ret::List(res))
}

fn no_grad_enter(b: &TorchBackend, _: &mut Call) -> Res<Ret> {
    b.no_grad.borrow_mut().push(tch::no_grad_guard());
    Ok(Ret::None)
}

fn no_grad_exit(b: &TorchBackend, _: &mut Call) -> Res<Ret> {
    b.no_grad.borrow_mut().pop();
    Ok(Ret::None)
}
