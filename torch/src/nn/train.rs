//! Training and inference: `compile`, `fit` (with Keras's progress lines
//! and history), `evaluate` and `predict`.

use super::loss::{correct, labels, loss_of, LOSSES};
use super::model::Model;
use super::optim::{optimizer_from, Optimizer};
use crate::call::{as_bool, as_int, float_or, int_or, Call, Handler};
use crate::ops::shape_str;
use crate::{arg_type, te, Res, TorchBackend};
use arr_torch_abi::{Arg, HostIo, Op, Ret};
use std::time::Instant;
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[
    (Op::ModelCompile, compile),
    (Op::ModelFit, fit),
    (Op::ModelEvaluate, evaluate_op),
    (Op::ModelPredict, predict_op),
];

/// What `compile` set: the loss, the metrics and the optimizer.
pub(crate) struct Compiled {
    pub(crate) loss: String,
    pub(crate) metrics: Vec<String>,
    pub(crate) opt: Optimizer,
}

impl Compiled {
    fn wants_accuracy(&self) -> bool {
        self.metrics.iter().any(|k| k == "accuracy")
    }
}

/// `compile(optimizer=, loss=, metrics=)`.
fn compile(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let opt = optimizer_from(b, c.get(1, "optimizer"))?;
    let loss = match c.get(2, "loss") {
        Arg::Str(s) if LOSSES.contains(&s.as_str()) => s.clone(),
        Arg::Str(s) => {
            return Err(format!(
                "unknown loss \"{s}\" (expected one of {})",
                LOSSES.join(", ")
            ))
        }
        Arg::None => {
            return Err("compile() needs loss=, e.g. loss=\"categorical_crossentropy\"".into())
        }
        other => {
            return Err(format!(
                "compile(loss=) must be a name, not {}",
                arg_type(other)
            ))
        }
    };
    let metrics = match c.get(3, "metrics") {
        Arg::None => Vec::new(),
        Arg::List(v) => v
            .iter()
            .map(|m| match m {
                Arg::Str(s) if s == "accuracy" || s == "acc" => Ok("accuracy".to_string()),
                Arg::Str(s) => Err(format!("unknown metric \"{s}\" (expected \"accuracy\")")),
                o => Err(format!("metrics must be names, not {}", arg_type(o))),
            })
            .collect::<Res<Vec<_>>>()?,
        other => {
            return Err(format!(
                "compile(metrics=) must be a list, not {}",
                arg_type(other)
            ))
        }
    };
    b.with_model(&c.this(), |m| {
        let mut opt = opt;
        if m.built {
            opt.attach(&m.parameters())?;
        }
        m.compiled = Some(Compiled { loss, metrics, opt });
        Ok(Ret::None)
    })
}

/// Turns fit/evaluate data into tensors on the model's device, checking
/// the labels against the loss.
fn prepare(b: &TorchBackend, m: &mut Model, x: &Arg, y: &Arg, what: &str) -> Res<(Tensor, Tensor)> {
    let xt = b
        .tensor(x, what)?
        .f_to_kind(Kind::Float)
        .and_then(|t| t.f_to_device(m.device))
        .map_err(te(what))?;
    let yt = b.tensor(y, what)?.f_to_device(m.device).map_err(te(what))?;
    let (nx, ny) = (
        xt.size().first().copied().unwrap_or(0),
        yt.size().first().copied().unwrap_or(0),
    );
    if xt.dim() == 0 || yt.dim() == 0 || nx != ny {
        return Err(format!(
            "{what}: x and y must have the same number of samples, but x has shape {} and y has shape {}",
            shape_str(&xt.size()),
            shape_str(&yt.size())
        ));
    }
    m.check_input(&xt, what)?;
    let loss = m
        .compiled
        .as_ref()
        .map(|c| c.loss.clone())
        .unwrap_or_default();
    let out_shape = m
        .layers
        .last()
        .map(|l| l.out_shape.clone())
        .unwrap_or_default();
    let yt = labels(&loss, yt, nx, &out_shape, what)?;
    Ok((xt, yt))
}

fn fmt_metric(v: f64) -> String {
    if v.abs() > 1e-3 || v == 0.0 {
        format!("{v:.4}")
    } else {
        format!("{v:.4e}")
    }
}

fn fmt_step(secs: f64) -> String {
    if secs >= 1.0 {
        format!("{}s/step", secs.round() as i64)
    } else if secs >= 1e-3 {
        format!("{}ms/step", (secs * 1e3).round() as i64)
    } else {
        format!("{}us/step", (secs * 1e6).round() as i64)
    }
}

/// Keras's progress line: `3/10 ━━━━━━       1s 20ms/step - loss: 0.5000`.
fn progress(cur: usize, total: usize, elapsed: f64, logs: &[(String, f64)], done: bool) -> String {
    let width = total.to_string().len();
    let filled = (cur * 20).checked_div(total).unwrap_or(20).min(20);
    let bar: String = "━".repeat(filled) + &" ".repeat(20 - filled);
    let per = if cur > 0 { elapsed / cur as f64 } else { 0.0 };
    let time = if done {
        format!("{}s {}", elapsed.round() as i64, fmt_step(per))
    } else {
        format!(
            "{}s {}",
            (per * (total - cur) as f64).round() as i64,
            fmt_step(per)
        )
    };
    let mut s = format!("{cur:>width$}/{total} {bar} {time}");
    s += &metrics_text(logs.to_vec());
    s
}

/// ` - name: value` for each metric, in alphabetical order.
fn metrics_text(mut logs: Vec<(String, f64)>) -> String {
    logs.sort_by(|a, b| a.0.cmp(&b.0));
    logs.iter()
        .map(|(k, v)| format!(" - {k}: {}", fmt_metric(*v)))
        .collect()
}

struct EvalResult {
    loss: f64,
    acc: Option<f64>,
}

fn evaluate(
    b: &TorchBackend,
    io: &mut dyn HostIo,
    m: &Model,
    x: &Tensor,
    y: &Tensor,
    batch: i64,
) -> Res<EvalResult> {
    let c = m
        .compiled
        .as_ref()
        .ok_or("evaluate(): compile the model first")?;
    let _g = tch::no_grad_guard();
    let n = x.size()[0];
    let (mut tl, mut tc) = (0.0, 0.0);
    let mut start = 0;
    while start < n {
        let len = batch.min(n - start);
        let xb = x.f_narrow(0, start, len).map_err(te("evaluate"))?;
        let yb = y.f_narrow(0, start, len).map_err(te("evaluate"))?;
        let (out, pre) = m.forward(b, io, &xb, false)?;
        let l = loss_of(&c.loss, &out, &pre, &yb)
            .and_then(|l| l.f_double_value(&[]))
            .map_err(te("evaluate"))?;
        tl += l * len as f64;
        if c.wants_accuracy() {
            tc += correct(&c.loss, &out, &yb).map_err(te("evaluate"))?;
        }
        start += len;
    }
    let nf = n.max(1) as f64;
    Ok(EvalResult {
        loss: tl / nf,
        acc: c.wants_accuracy().then_some(tc / nf),
    })
}

/// `fit`'s settings, read from its arguments.
struct FitOptions {
    epochs: i64,
    batch: i64,
    shuffle: bool,
    verbose: i64,
    split: f64,
}

fn fit_options(c: &Call) -> Res<FitOptions> {
    let epochs = int_or(c.get(3, "epochs"), 1, "fit(epochs=)")?;
    let batch = int_or(c.get(4, "batch_size"), 32, "fit(batch_size=)")?;
    if epochs < 0 || batch <= 0 {
        return Err(format!(
            "fit(): epochs must be >= 0 and batch_size > 0 (got {epochs} and {batch})"
        ));
    }
    let shuffle = as_bool(c.kw("shuffle"), "fit(shuffle=)", true)?;
    let verbose = match c.kw("verbose") {
        Arg::None => 1,
        Arg::Str(s) if s == "auto" => 1,
        a => as_int(a, "fit(verbose=)")?,
    };
    let split = float_or(c.kw("validation_split"), 0.0, "fit(validation_split=)")?;
    if !(0.0..1.0).contains(&split) {
        return Err(format!(
            "fit(): validation_split must be in [0, 1), not {split}"
        ));
    }
    Ok(FitOptions {
        epochs,
        batch,
        shuffle,
        verbose,
        split,
    })
}

/// Training and validation data.
struct FitData {
    x: Tensor,
    y: Tensor,
    val: Option<(Tensor, Tensor)>,
}

/// The validation data: `validation_data=(x, y)`, or the last
/// `validation_split` of the samples (as Keras, before shuffling).
fn hold_out(
    b: &TorchBackend,
    m: &mut Model,
    c: &Call,
    x: Tensor,
    y: Tensor,
    split: f64,
) -> Res<FitData> {
    let n_all = x.size()[0];
    match c.kw("validation_data") {
        Arg::List(v) if v.len() == 2 => {
            let val = prepare(b, m, &v[0], &v[1], "fit(validation_data=)")?;
            Ok(FitData {
                x,
                y,
                val: Some(val),
            })
        }
        Arg::None if split > 0.0 => {
            let nv = ((n_all as f64) * split) as i64;
            let nt = n_all - nv;
            if nt <= 0 || nv <= 0 {
                return Err(format!("fit(): validation_split={split} leaves no samples to train or validate on ({n_all} samples)"));
            }
            let e = te("fit()");
            Ok(FitData {
                x: x.f_narrow(0, 0, nt).map_err(&e)?,
                y: y.f_narrow(0, 0, nt).map_err(&e)?,
                val: Some((
                    x.f_narrow(0, nt, nv).map_err(&e)?,
                    y.f_narrow(0, nt, nv).map_err(&e)?,
                )),
            })
        }
        Arg::None => Ok(FitData { x, y, val: None }),
        other => Err(format!(
            "fit(): validation_data must be a tuple (x, y), not {}",
            arg_type(other)
        )),
    }
}

/// One training run's fixed facts.
struct Run {
    o: FitOptions,
    /// Batches per epoch.
    steps: usize,
    loss: String,
    want_acc: bool,
    /// Whether progress lines redraw in place.
    tty: bool,
}

/// `fit(x, y, epochs=1, batch_size=32, shuffle=, verbose=,
/// validation_split=, validation_data=)`: the history, metric by metric.
fn fit(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    b.with_model(&c.this(), |m| {
        if m.compiled.is_none() {
            return Err("fit(): compile the model first, e.g. model.compile(optimizer=\"adam\", loss=\"categorical_crossentropy\")".into());
        }
        let (x, y) = prepare(b, m, c.get(1, "x"), c.get(2, "y"), "fit()")?;
        let o = fit_options(c)?;
        let data = hold_out(b, m, c, x, y, o.split)?;
        // Every option is read by now: an unknown one stops fit before
        // training, not after.
        c.reject_unread()?;
        let n = data.x.size()[0];
        let (loss, want_acc) = {
            let cm = m.compiled.as_ref().ok_or("compile first")?;
            (cm.loss.clone(), cm.wants_accuracy())
        };
        let run = Run {
            steps: ((n + o.batch - 1) / o.batch) as usize,
            o,
            loss,
            want_acc,
            tty: c.io.is_terminal(),
        };
        let mut hist: Vec<(String, Vec<f64>)> = Vec::new();
        for epoch in 0..run.o.epochs {
            for (k, v) in fit_epoch(b, m, c.io, &run, &data, epoch)? {
                match hist.iter_mut().find(|(n, _)| *n == k) {
                    Some((_, l)) => l.push(v),
                    None => hist.push((k, vec![v])),
                }
            }
        }
        // Keras 3 lists the history's metrics in alphabetical order.
        hist.sort_by(|a, b| a.0.cmp(&b.0));
        Ok(Ret::Dict(
            hist.into_iter()
                .map(|(k, v)| (k, Ret::List(v.into_iter().map(Ret::Float).collect())))
                .collect(),
        ))
    })
}

/// One epoch: training on shuffled batches, then validation; returns the
/// epoch's metrics (`loss`, `accuracy`, `val_loss`, `val_accuracy`).
fn fit_epoch(
    b: &TorchBackend,
    m: &mut Model,
    io: &mut dyn HostIo,
    run: &Run,
    data: &FitData,
    epoch: i64,
) -> Res<Vec<(String, f64)>> {
    if run.o.verbose == 1 {
        io.write(&format!("Epoch {}/{}\n", epoch + 1, run.o.epochs));
    }
    let t0 = Instant::now();
    let (tl, tc, seen) = train_batches(b, m, io, run, data, epoch, t0)?;
    let mut logs = vec![("loss".to_string(), tl / seen.max(1) as f64)];
    if run.want_acc {
        logs.push(("accuracy".into(), tc / seen.max(1) as f64));
    }
    if let Some((vx, vy)) = &data.val {
        let r = evaluate(b, io, m, vx, vy, run.o.batch)?;
        logs.push(("val_loss".into(), r.loss));
        if let Some(a) = r.acc {
            logs.push(("val_accuracy".into(), a));
        }
    }
    let elapsed = t0.elapsed().as_secs_f64();
    match run.o.verbose {
        1 => {
            let line = progress(run.steps, run.steps, elapsed, &logs, true);
            if run.tty {
                io.write(&format!("\r{line}\x1b[K\n"));
            } else {
                io.write(&format!("{line}\n"));
            }
        }
        2 => io.write(&format!(
            "Epoch {}/{} - {}s - {}{}\n",
            epoch + 1,
            run.o.epochs,
            elapsed.round() as i64,
            fmt_step(elapsed / run.steps.max(1) as f64),
            metrics_text(logs.clone())
        )),
        _ => {}
    }
    Ok(logs)
}

/// The training batches of one epoch: (summed loss, correct predictions,
/// samples seen).
fn train_batches(
    b: &TorchBackend,
    m: &mut Model,
    io: &mut dyn HostIo,
    run: &Run,
    data: &FitData,
    epoch: i64,
    t0: Instant,
) -> Res<(f64, f64, i64)> {
    let e = te("fit()");
    let (n, batch) = (data.x.size()[0], run.o.batch);
    let order = if run.o.shuffle {
        Tensor::f_randperm(n, (Kind::Int64, m.device)).map_err(&e)?
    } else {
        Tensor::f_arange(n, (Kind::Int64, m.device)).map_err(&e)?
    };
    let (mut tl, mut tc, mut seen) = (0.0f64, 0.0f64, 0i64);
    let mut last_draw = Instant::now();
    for s in 0..run.steps {
        if io.interrupted() {
            return Err("fit(): interrupted".into());
        }
        let start = s as i64 * batch;
        let len = batch.min(n - start);
        let idx = order.f_narrow(0, start, len).map_err(&e)?;
        let xb = data.x.f_index_select(0, &idx).map_err(&e)?;
        let yb = data.y.f_index_select(0, &idx).map_err(&e)?;
        let (out, lv) = train_step(b, m, io, run, (&xb, &yb), (epoch, s))?;
        tl += lv * len as f64;
        seen += len;
        if run.want_acc {
            let _g = tch::no_grad_guard();
            tc += correct(&run.loss, &out, &yb).map_err(&e)?;
        }
        let redraw = last_draw.elapsed().as_secs_f64() > 0.05 || s + 1 == run.steps;
        if run.o.verbose == 1 && run.tty && redraw {
            last_draw = Instant::now();
            let mut logs = vec![("loss".to_string(), tl / seen as f64)];
            if run.want_acc {
                logs.push(("accuracy".into(), tc / seen as f64));
            }
            io.write(&format!(
                "\r{}\x1b[K",
                progress(s + 1, run.steps, t0.elapsed().as_secs_f64(), &logs, false)
            ));
        }
    }
    Ok((tl, tc, seen))
}

/// One optimisation step on batch `(x, y)`, batch `at.1` of epoch `at.0`:
/// the model's output and the loss.
fn train_step(
    b: &TorchBackend,
    m: &mut Model,
    io: &mut dyn HostIo,
    run: &Run,
    (xb, yb): (&Tensor, &Tensor),
    at: (i64, usize),
) -> Res<(Tensor, f64)> {
    let e = te("fit()");
    m.compiled
        .as_mut()
        .ok_or("compile first")?
        .opt
        .zero_grad()?;
    let (out, pre) = m.forward(b, io, xb, true)?;
    let loss = loss_of(&run.loss, &out, &pre, yb).map_err(&e)?;
    let lv = loss.f_double_value(&[]).map_err(&e)?;
    if !lv.is_finite() {
        return Err(format!(
            "fit(): the loss became {lv} at epoch {}, batch {}; training stopped (try a lower learning rate, or check the inputs for NaN/inf)",
            at.0 + 1,
            at.1 + 1
        ));
    }
    loss.f_backward().map_err(&e)?;
    m.compiled.as_mut().ok_or("compile first")?.opt.step()?;
    Ok((out, lv))
}

/// `evaluate(x, y, batch_size=32, verbose=0)`: the loss, or [loss,
/// accuracy].
fn evaluate_op(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    b.with_model(&c.this(), |m| {
        if m.compiled.is_none() {
            return Err("evaluate(): compile the model first".into());
        }
        let (x, y) = prepare(b, m, c.get(1, "x"), c.get(2, "y"), "evaluate()")?;
        let batch = match c.kw("batch_size") {
            Arg::None => 32,
            a => as_int(a, "evaluate(batch_size=)")?.max(1),
        };
        let verbose = match c.kw("verbose") {
            Arg::None => 0,
            Arg::Str(s) if s == "auto" => 1,
            a => as_int(a, "evaluate(verbose=)")?,
        };
        let r = evaluate(b, c.io, m, &x, &y, batch)?;
        if verbose > 0 {
            let mut logs = vec![("loss".to_string(), r.loss)];
            if let Some(a) = r.acc {
                logs.push(("accuracy".into(), a));
            }
            let steps = ((x.size()[0] + batch - 1) / batch) as usize;
            c.io.write(&format!("{}\n", progress(steps, steps, 0.0, &logs, true)));
        }
        Ok(match r.acc {
            Some(a) => Ret::List(vec![Ret::Float(r.loss), Ret::Float(a)]),
            None => Ret::Float(r.loss),
        })
    })
}

/// `predict(x, batch_size=32)`: the outputs, batch by batch.
fn predict_op(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let batch = match c.kw("batch_size") {
        Arg::None => 32,
        a => as_int(a, "predict(batch_size=)")?.max(1),
    };
    let t = b.with_model(&c.this(), |m| {
        let (x, io) = c.get_and_io(1, "x");
        predict(b, io, m, x, batch)
    })?;
    Ok(b.put_tensor(t))
}

fn predict(
    b: &TorchBackend,
    io: &mut dyn HostIo,
    m: &mut Model,
    x: &Arg,
    batch: i64,
) -> Res<Tensor> {
    let xt = b
        .tensor(x, "predict()")?
        .f_to_kind(Kind::Float)
        .and_then(|t| t.f_to_device(m.device))
        .map_err(te("predict()"))?;
    m.check_input(&xt, "predict()")?;
    let _g = tch::no_grad_guard();
    let n = xt.size()[0];
    let mut outs = Vec::new();
    let mut start = 0;
    while start < n {
        let len = batch.min(n - start);
        let xb = xt.f_narrow(0, start, len).map_err(te("predict()"))?;
        outs.push(m.forward(b, io, &xb, false)?.0);
        start += len;
    }
    if outs.is_empty() {
        let mut s = vec![0];
        s.extend(
            m.layers
                .last()
                .map(|l| l.out_shape.clone())
                .unwrap_or_default(),
        );
        return Tensor::f_zeros(s.as_slice(), (Kind::Float, m.device)).map_err(te("predict()"));
    }
    Tensor::f_cat(&outs, 0).map_err(te("predict()"))
}
