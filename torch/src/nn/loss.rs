//! Losses and the accuracy metric: the names `compile(loss=)` takes, the
//! labels each expects, the loss of a batch and its correct predictions.

use super::layer::Act;
use super::model::shape_none;
use crate::ops::shape_str;
use crate::{te, Res};
use tch::{Kind, Reduction, Tensor};

pub(crate) const LOSSES: &[&str] = &[
    "categorical_crossentropy",
    "sparse_categorical_crossentropy",
    "binary_crossentropy",
    "mse",
    "mean_squared_error",
    "mae",
    "mean_absolute_error",
];

/// The loss of a batch; `pre` is the last layer's pre-activation output,
/// used for numerically stable cross-entropies after softmax/sigmoid.
pub(crate) fn loss_of(
    loss: &str,
    out: &Tensor,
    pre: &Option<(Tensor, Act)>,
    y: &Tensor,
) -> Result<Tensor, tch::TchError> {
    const EPS: f64 = 1e-7;
    match loss {
        "categorical_crossentropy" => {
            let logp = match pre {
                Some((z, Act::Softmax)) => z.f_log_softmax(-1, None::<Kind>)?,
                _ => out.f_clamp(EPS, 1.0 - EPS)?.f_log()?,
            };
            y.f_mul(&logp)?
                .f_sum_dim_intlist([-1i64].as_slice(), false, None::<Kind>)?
                .f_mean(None::<Kind>)?
                .f_neg()
        }
        "sparse_categorical_crossentropy" => {
            let logp = match pre {
                Some((z, Act::Softmax)) => z.f_log_softmax(-1, None::<Kind>)?,
                _ => out.f_clamp(EPS, 1.0 - EPS)?.f_log()?,
            };
            logp.f_nll_loss(y, None::<Tensor>, Reduction::Mean, -100)
        }
        "binary_crossentropy" => match pre {
            Some((z, Act::Sigmoid)) => z.f_binary_cross_entropy_with_logits(
                y,
                None::<Tensor>,
                None::<Tensor>,
                Reduction::Mean,
            ),
            _ => out.f_clamp(EPS, 1.0 - EPS)?.f_binary_cross_entropy(
                y,
                None::<Tensor>,
                Reduction::Mean,
            ),
        },
        "mae" | "mean_absolute_error" => out.f_l1_loss(y, Reduction::Mean),
        _ => out.f_mse_loss(y, Reduction::Mean),
    }
}

/// Number of correct predictions in a batch (for the "accuracy" metric).
pub(crate) fn correct(loss: &str, out: &Tensor, y: &Tensor) -> Result<f64, tch::TchError> {
    let hits = match loss {
        "sparse_categorical_crossentropy" => out.f_argmax(-1, false)?.f_eq_tensor(y)?,
        "binary_crossentropy" => out.f_gt(0.5)?.f_to_kind(Kind::Float)?.f_eq_tensor(y)?,
        _ if out.dim() >= 2 && out.size().last().copied().unwrap_or(1) > 1 => out
            .f_argmax(-1, false)?
            .f_eq_tensor(&y.f_argmax(-1, false)?)?,
        _ => out.f_round()?.f_eq_tensor(&y.f_round()?)?,
    };
    hits.f_to_kind(Kind::Double)?
        .f_sum(None::<Kind>)?
        .f_double_value(&[])
}

/// Checks labels `yt` (`nx` samples, on the model's device) against the
/// loss and the model's output shape, and converts them to what the loss
/// takes.
pub(crate) fn labels(
    loss: &str,
    yt: Tensor,
    nx: i64,
    out_shape: &[i64],
    what: &str,
) -> Res<Tensor> {
    let classes = out_shape.last().copied().unwrap_or(1);
    let yk = yt.kind();
    let int_labels = matches!(yk, Kind::Int64 | Kind::Int | Kind::Bool);
    Ok(match loss {
        "categorical_crossentropy" => {
            if int_labels || yt.dim() == 1 || yt.size().last().copied() != Some(classes) {
                return Err(format!(
                    "{what}: categorical_crossentropy needs one-hot labels of shape ({nx}, {classes}), but y has shape {} ({}); use to_categorical(y, {classes}) or loss=\"sparse_categorical_crossentropy\"",
                    shape_str(&yt.size()),
                    crate::kind_name(yk)
                ));
            }
            yt.f_to_kind(Kind::Float).map_err(te(what))?
        }
        "sparse_categorical_crossentropy" => class_labels(yt, nx, classes, what)?,
        _ => {
            let yt = yt.f_to_kind(Kind::Float).map_err(te(what))?;
            if yt.size()[1..] != out_shape[..] {
                if yt.dim() == 1 && out_shape == [1] {
                    yt.f_reshape([-1, 1]).map_err(te(what))?
                } else {
                    return Err(format!(
                        "{what}: y has shape {} but the model outputs {}",
                        shape_str(&yt.size()),
                        shape_none(out_shape)
                    ));
                }
            } else {
                yt
            }
        }
    })
}

/// Integer class labels, one per sample, from 0 to `classes - 1`.
fn class_labels(yt: Tensor, nx: i64, classes: i64, what: &str) -> Res<Tensor> {
    let yt = if yt.dim() == 2 && yt.size()[1] == 1 {
        yt.f_reshape([-1]).map_err(te(what))?
    } else {
        yt
    };
    if yt.dim() != 1 {
        return Err(format!(
            "{what}: sparse_categorical_crossentropy needs integer class labels of shape ({nx},), but y has shape {}; for one-hot labels use loss=\"categorical_crossentropy\"",
            shape_str(&yt.size())
        ));
    }
    let yt = yt.f_to_kind(Kind::Int64).map_err(te(what))?;
    let (lo, hi) = (
        yt.f_min()
            .and_then(|t| t.f_int64_value(&[]))
            .map_err(te(what))?,
        yt.f_max()
            .and_then(|t| t.f_int64_value(&[]))
            .map_err(te(what))?,
    );
    if lo < 0 || hi >= classes {
        return Err(format!(
            "{what}: labels must be class numbers from 0 to {}, but y holds {}",
            classes - 1,
            if lo < 0 { lo } else { hi }
        ));
    }
    Ok(yt)
}
