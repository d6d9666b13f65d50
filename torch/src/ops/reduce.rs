//! Reductions over axes (`sum`, `mean`, `std`, `argmax`, ...), and the
//! operations that order or count values (`sort`, `unique`, `percentile`).

use super::{axes, float, norm_axis, ret};
use crate::call::{as_int, int_or, unhandled, Call, Handler};
use crate::{te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Sum, reduce),
    (Op::Mean, reduce),
    (Op::Std, reduce),
    (Op::Var, reduce),
    (Op::Prod, reduce),
    (Op::Min, reduce),
    (Op::Max, reduce),
    (Op::Argmin, reduce),
    (Op::Argmax, reduce),
    (Op::Any, reduce),
    (Op::All, reduce),
    (Op::Cumsum, reduce),
    (Op::Median, reduce),
    (Op::Sort, sort),
    (Op::Argsort, sort),
    (Op::Unique, unique),
    (Op::Percentile, percentile),
];

/// A reduction's operand and axes.
struct Over {
    t: Tensor,
    /// `axis=` (normalised), none for all axes.
    ax: Option<Vec<i64>>,
    /// The axes to reduce: `ax`, or all of them.
    dims: Vec<i64>,
    keep: bool,
}

/// `<op>(a, axis=none, keepdims=false)`.
fn reduce(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let t = c.a0(b)?;
    let nd = t.dim();
    let ax = axes(c.get(1, "axis"), nd, op)?;
    let keep = c.as_bool(2, "keepdims", &format!("{op}(keepdims=)"), false)?;
    if t.numel() == 0 && matches!(op, Op::Min | Op::Max | Op::Argmin | Op::Argmax) {
        return Err(format!("{op}(): attempt to get {op} of an empty tensor"));
    }
    let dims = ax.clone().unwrap_or_else(|| (0..nd as i64).collect());
    let o = Over { t, ax, dims, keep };
    let r = match op {
        Op::Sum | Op::Mean | Op::Min | Op::Max => o.simple(op)?,
        Op::Std | Op::Var => {
            // `ddof=` (NumPy's, default 0) or PyTorch's `unbiased=` and
            // `correction=` (`t.std()` passes correction=1, PyTorch's default).
            let ddof = match (
                c.get(usize::MAX, "unbiased"),
                c.get(usize::MAX, "correction"),
            ) {
                (Arg::Bool(u), _) => *u as i64,
                (_, Arg::None) => int_or(c.get(3, "ddof"), 0, &format!("{op}(ddof=)"))?,
                (_, k) => int_or(k, 1, &format!("{op}(correction=)"))?,
            };
            o.spread(op, ddof)?
        }
        Op::Prod | Op::Any | Op::All => o.axis_by_axis(op)?,
        Op::Argmin | Op::Argmax | Op::Cumsum | Op::Median => o.along_one(op)?,
        op => return Err(unhandled(op)),
    };
    Ok(b.put_tensor(r))
}

impl Over {
    /// `sum`, `mean`, `min`, `max`: over all reduced axes at once.
    fn simple(&self, op: Op) -> Res<Tensor> {
        let (t, dims, keep) = (&self.t, self.dims.as_slice(), self.keep);
        if t.dim() == 0 {
            return match op {
                Op::Mean => float(t, op),
                _ => Ok(t.shallow_clone()),
            };
        }
        match op {
            Op::Sum => t.f_sum_dim_intlist(dims, keep, None::<Kind>),
            Op::Mean => float(t, op)?.f_mean_dim(dims, keep, None::<Kind>),
            Op::Max => t.f_amax(dims, keep),
            Op::Min => t.f_amin(dims, keep),
            op => return Err(unhandled(op)),
        }
        .map_err(te(op.name()))
    }

    /// `std`, `var` with `ddof` (a 0-d tensor's spread is 0).
    fn spread(&self, op: Op, ddof: i64) -> Res<Tensor> {
        let f = float(&self.t, op)?;
        if self.t.dim() == 0 {
            return f.f_mul_scalar(0.0).map_err(te(op.name()));
        }
        let dims = self.dims.as_slice();
        match op {
            Op::Std => f.f_std_correction(dims, ddof, self.keep),
            Op::Var => f.f_var_correction(dims, ddof, self.keep),
            op => return Err(unhandled(op)),
        }
        .map_err(te(op.name()))
    }

    /// `prod`, `any`, `all`: one axis at a time, last first.
    fn axis_by_axis(&self, op: Op) -> Res<Tensor> {
        let e = te(op.name());
        let mut r = match op {
            Op::Prod => self.t.shallow_clone(),
            Op::Any | Op::All => self.t.f_ne(0).map_err(&e)?,
            op => return Err(unhandled(op)),
        };
        let mut ds = self.dims.clone();
        ds.sort_unstable();
        for &d in ds.iter().rev() {
            r = match op {
                Op::Prod => r.f_prod_dim_int(d, self.keep, None::<Kind>),
                Op::Any => r.f_any_dim(d, self.keep),
                Op::All => r.f_all_dim(d, self.keep),
                op => return Err(unhandled(op)),
            }
            .map_err(&e)?;
        }
        Ok(r)
    }

    /// `argmin`, `argmax`, `cumsum`, `median`: along one axis, or over the
    /// flattened tensor.
    fn along_one(&self, op: Op) -> Res<Tensor> {
        let t = &self.t;
        let r = match op {
            Op::Argmin | Op::Argmax => {
                let d = match &self.ax {
                    None => None,
                    Some(v) if v.len() == 1 => Some(v[0]),
                    _ => return Err(format!("{op}(): axis must be a single integer")),
                };
                if op == Op::Argmax {
                    t.f_argmax(d, false)
                } else {
                    t.f_argmin(d, false)
                }
            }
            Op::Cumsum => match self.ax.as_deref() {
                None => t.f_reshape([-1]).and_then(|r| r.f_cumsum(0, None::<Kind>)),
                Some(&[d]) => t.f_cumsum(d, None::<Kind>),
                Some(_) => return Err(format!("{op}(): axis must be none or a single integer")),
            },
            Op::Median => {
                let f = float(t, op)?;
                let q =
                    Tensor::f_scalar_tensor(0.5, (f.kind(), f.device())).map_err(te(op.name()))?;
                match &self.ax {
                    None => f
                        .f_reshape([-1])
                        .and_then(|r| r.f_quantile(&q, 0, false, "linear")),
                    Some(v) if v.len() == 1 => f.f_quantile(&q, v[0], self.keep, "linear"),
                    _ => return Err("median(): axis must be none or one integer".into()),
                }
            }
            op => return Err(unhandled(op)),
        };
        r.map_err(te(op.name()))
    }
}

/// `sort(a, axis=-1)`, `argsort(a, axis=-1)`: stable, as arr's argsort for
/// arrays.
fn sort(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let x = c.a0(b)?;
    let ax = int_or(c.get(1, "axis"), -1, &format!("{op}(axis=)"))?;
    if x.dim() == 0 {
        return Err(format!("{op}(): a 0-d tensor cannot be sorted"));
    }
    let ax = norm_axis(ax, x.dim(), op)?;
    let (v, i) = x.f_sort_stable(true, ax, false).map_err(te(op.name()))?;
    Ok(b.put_tensor(if op == Op::Sort { v } else { i }))
}

/// `unique(a, return_counts=false)`: the sorted distinct values.
fn unique(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let counts = c.as_bool(1, "return_counts", "unique(return_counts=)", false)?;
    let (u, _, n) = x
        .f_reshape([-1])
        .and_then(|f| f.f_internal_unique2(true, false, counts))
        .map_err(te(c.op.name()))?;
    if counts {
        Ok(Ret::Tuple(vec![b.put_tensor(u), b.put_tensor(n)]))
    } else {
        Ok(b.put_tensor(u))
    }
}

/// `percentile(a, q, axis=none)`, with linear interpolation.
fn percentile(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let f = float(&c.a0(b)?, op)?;
    let q = c.as_float(1, "q", "percentile(q)")?;
    if !(0.0..=100.0).contains(&q) {
        return Err(format!(
            "percentile(): q must be between 0 and 100, not {q}"
        ));
    }
    let qt = Tensor::f_scalar_tensor(q / 100.0, (f.kind(), f.device())).map_err(te(op.name()))?;
    let r = match c.get(2, "axis") {
        Arg::None => f
            .f_reshape([-1])
            .and_then(|r| r.f_quantile(&qt, 0, false, "linear")),
        a => {
            let ax = norm_axis(as_int(a, "percentile(axis=)")?, f.dim(), op)?;
            f.f_quantile(&qt, ax, false, "linear")
        }
    };
    ret(b, op, r)
}
