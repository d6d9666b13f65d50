//! Optimizers: made on their own (`adam(model.parameters())`, then `step`
//! and `zero_grad`) or by `compile(optimizer=)`.

use crate::call::{as_bool, as_float, float_or, unhandled, Call, Handler};
use crate::{arg_type, te, Obj, Res, TorchBackend};
use arr_torch_abi::{Arg, ObjKind, Op, Ret};
use tch::Tensor;

pub const TABLE: &[(Op, Handler)] = &[
    (Op::Optimizer, optimizer),
    (Op::OptimizerStep, method),
    (Op::OptimizerZeroGrad, method),
    (Op::OptimizerRepr, method),
    (Op::OptimizerSetLr, method),
];

pub struct Optimizer {
    kind: String,
    lr: f64,
    momentum: f64,
    weight_decay: f64,
    /// The less common options (Keras's defaults unless given).
    opts: Options,
    params: Vec<Tensor>,
    copt: Option<tch::COptimizer>,
}

/// Adam's betas and epsilon, RMSprop's alpha (Keras's rho), SGD's
/// dampening and Nesterov momentum, AMSGrad, centered RMSprop.
#[derive(Clone, Copy)]
pub(crate) struct Options {
    pub betas: (f64, f64),
    pub eps: f64,
    pub alpha: f64,
    pub dampening: f64,
    pub nesterov: bool,
    pub amsgrad: bool,
    pub centered: bool,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            betas: (0.9, 0.999),
            eps: 1e-7,
            alpha: 0.9,
            dampening: 0.0,
            nesterov: false,
            amsgrad: false,
            centered: false,
        }
    }
}

impl Optimizer {
    pub(crate) fn new(
        kind: &str,
        lr: Option<f64>,
        momentum: f64,
        wd: Option<f64>,
    ) -> Res<Optimizer> {
        let (lr0, wd0) = match kind {
            "sgd" => (0.01, 0.0),
            "adam" | "rmsprop" => (0.001, 0.0),
            "adamw" => (0.001, 0.004),
            other => {
                return Err(format!(
                    "unknown optimizer \"{other}\" (expected sgd, adam, adamw or rmsprop)"
                ))
            }
        };
        let lr = lr.unwrap_or(lr0);
        if !(lr > 0.0 && lr.is_finite()) {
            return Err(format!(
                "{kind}: the learning rate must be positive, not {lr}"
            ));
        }
        Ok(Optimizer {
            kind: kind.into(),
            lr,
            momentum,
            weight_decay: wd.unwrap_or(wd0),
            opts: Options::default(),
            params: Vec::new(),
            copt: None,
        })
    }

    /// The same optimizer with no parameters and no state.
    pub(crate) fn fresh(&self) -> Optimizer {
        Optimizer {
            kind: self.kind.clone(),
            lr: self.lr,
            momentum: self.momentum,
            weight_decay: self.weight_decay,
            opts: self.opts,
            params: Vec::new(),
            copt: None,
        }
    }

    /// Makes the optimizer update `params` (afresh).
    pub(crate) fn attach(&mut self, params: &[Tensor]) -> Res<()> {
        let e = te(&self.kind);
        let o = self.opts;
        let (b1, b2) = o.betas;
        let mut c = match self.kind.as_str() {
            "sgd" => tch::COptimizer::sgd(
                self.lr,
                self.momentum,
                o.dampening,
                self.weight_decay,
                o.nesterov,
            ),
            "adam" => tch::COptimizer::adam(self.lr, b1, b2, self.weight_decay, o.eps, o.amsgrad),
            "adamw" => tch::COptimizer::adamw(self.lr, b1, b2, self.weight_decay, o.eps, o.amsgrad),
            _ => tch::COptimizer::rms_prop(
                self.lr,
                o.alpha,
                o.eps,
                self.weight_decay,
                self.momentum,
                o.centered,
            ),
        }
        .map_err(&e)?;
        for p in params {
            c.add_parameters(p, 0).map_err(&e)?;
        }
        self.params = params.iter().map(|p| p.shallow_clone()).collect();
        self.copt = Some(c);
        Ok(())
    }

    pub(crate) fn step(&mut self) -> Res<()> {
        match &self.copt {
            Some(c) => c.step().map_err(te("step")),
            None => Err(format!(
                "{}: this optimizer has no parameters; create it as {}(model.parameters()) or pass it to compile()",
                self.kind, self.kind
            )),
        }
    }

    /// A new learning rate (a scheduler's, or `param_groups[0]["lr"] = ...`).
    pub(crate) fn set_lr(&mut self, lr: f64) -> Res<()> {
        if !(lr >= 0.0 && lr.is_finite()) {
            return Err(format!(
                "{}: the learning rate must be a non-negative number, not {lr}",
                self.kind
            ));
        }
        if let Some(c) = &mut self.copt {
            c.set_learning_rate(lr).map_err(te("set_lr"))?;
        }
        self.lr = lr;
        Ok(())
    }

    pub(crate) fn zero_grad(&mut self) -> Res<()> {
        for p in &mut self.params {
            p.zero_grad();
        }
        Ok(())
    }
}

/// `compile(optimizer=)`: a name, an optimizer (copied without its
/// parameters) or none (rmsprop, as Keras).
pub(crate) fn optimizer_from(b: &TorchBackend, a: &Arg) -> Res<Optimizer> {
    match a {
        Arg::Str(s) => Optimizer::new(s, None, 0.0, None),
        Arg::Obj(_) => b.with_optimizer(a, |o| Ok(o.fresh())),
        Arg::None => Optimizer::new("rmsprop", None, 0.0, None),
        other => Err(format!(
            "compile(optimizer=) must be a name or an optimizer, not {}",
            arg_type(other)
        )),
    }
}

/// `optimizer(kind, params=none, lr=, momentum=, weight_decay=)`.
fn optimizer(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let kind = c.as_str(0, "kind", "optimizer")?.to_string();
    let lr = match c.get(2, "lr") {
        Arg::None => match c.kw("learning_rate") {
            Arg::None => None,
            a => Some(as_float(a, "learning_rate=")?),
        },
        a => Some(as_float(a, "lr=")?),
    };
    let momentum = float_or(c.kw("momentum"), 0.0, "momentum=")?;
    let wd = match c.kw("weight_decay") {
        Arg::None => None,
        a => Some(as_float(a, "weight_decay=")?),
    };
    let mut o = Optimizer::new(&kind, lr, momentum, wd)?;
    o.opts = options(c)?;
    match c.get(1, "params") {
        Arg::None => {}
        Arg::List(ps) => {
            let ts = ps
                .iter()
                .map(|p| b.tensor(p, &kind))
                .collect::<Res<Vec<_>>>()?;
            for t in &ts {
                if !t.requires_grad() {
                    return Err(format!(
                        "{kind}(): every parameter must be a tensor with requires_grad=true"
                    ));
                }
            }
            o.attach(&ts)?;
        }
        other => {
            return Err(format!(
                "{kind}(): params must be a list of tensors, not {}",
                arg_type(other)
            ))
        }
    }
    Ok(Ret::Obj(
        b.put(Obj::Optimizer(Box::new(o))),
        ObjKind::Optimizer,
    ))
}

/// The keywords of [`Options`], PyTorch's and Keras's spellings.
fn options(c: &Call) -> Res<Options> {
    let mut o = Options::default();
    if let a @ Arg::List(_) = c.kw("betas") {
        match as_floats(a, "betas=")?.as_slice() {
            [b1, b2] => o.betas = (*b1, *b2),
            _ => return Err("betas= must be two numbers".into()),
        }
    }
    o.betas.0 = float_or(c.kw("beta_1"), o.betas.0, "beta_1=")?;
    o.betas.1 = float_or(c.kw("beta_2"), o.betas.1, "beta_2=")?;
    o.eps = float_or(c.kw("eps"), o.eps, "eps=")?;
    o.eps = float_or(c.kw("epsilon"), o.eps, "epsilon=")?;
    o.alpha = float_or(c.kw("alpha"), o.alpha, "alpha=")?;
    o.alpha = float_or(c.kw("rho"), o.alpha, "rho=")?;
    o.dampening = float_or(c.kw("dampening"), 0.0, "dampening=")?;
    o.nesterov = as_bool(c.kw("nesterov"), "nesterov=", false)?;
    o.amsgrad = as_bool(c.kw("amsgrad"), "amsgrad=", false)?;
    o.centered = as_bool(c.kw("centered"), "centered=", false)?;
    if o.nesterov && o.dampening != 0.0 {
        return Err("Nesterov momentum requires a momentum and zero dampening".into());
    }
    Ok(o)
}

fn as_floats(a: &Arg, what: &str) -> Res<Vec<f64>> {
    match a {
        Arg::List(items) => items.iter().map(|x| as_float(x, what)).collect(),
        other => Ok(vec![as_float(other, what)?]),
    }
}

/// `step()`, `zero_grad()` and the printed form of an optimizer.
fn method(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let op = c.op;
    let lr = match op {
        Op::OptimizerSetLr => c.as_float(1, "lr", "set_lr()")?,
        _ => 0.0,
    };
    b.with_optimizer(&c.this(), |o| match op {
        Op::OptimizerStep => o.step().map(|_| Ret::None),
        Op::OptimizerZeroGrad => o.zero_grad().map(|_| Ret::None),
        Op::OptimizerRepr => Ok(Ret::Str(format!("<optimizer {} lr={}>", o.kind, o.lr))),
        Op::OptimizerSetLr => o.set_lr(lr).map(|_| Ret::None),
        op => Err(unhandled(op)),
    })
}
