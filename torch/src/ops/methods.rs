//! PyTorch's own tensor methods and functions, where they differ from the
//! NumPy-named builtins (`t.view`, `t.permute`, `t.transpose(0, 1)`,
//! `topk`, `masked_fill`, in-place `add_`/`uniform_`), the random creators
//! on libtorch's generator (`torch.randn` after `torch.manual_seed(0)` gives
//! PyTorch's numbers), and `torch.nn.functional`'s losses and activations.
//! One operation, `torch_method`, whose first argument names the method;
//! the host sends `t.name(args)` as `torch_method("name", t, args)`.

use super::{copy, float, is_float, operand, parse_kind};
use crate::call::{as_bool, as_float, as_int, as_ints, as_str, float_or, int_or, Call, Handler};
use crate::{kind_name, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Device, Kind, Reduction, Tensor};

pub const TABLE: &[(Op, Handler)] = &[(Op::TorchMethod, method)];

fn method(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let name = match c.args.first() {
        Some(Arg::Str(s)) => s.clone(),
        _ => return Err("torch_method: the first argument must name the method".into()),
    };
    c.args.remove(0);
    let what = format!("{name}()");
    if let Some(r) = creator(b, c, &name, &what)? {
        return Ok(r);
    }
    match name.as_str() {
        "autograd_grad" => return autograd_grad(b, c),
        "set_num_threads" => {
            let n = c.as_int(0, "num", &what)?;
            let n = i32::try_from(n)
                .ok()
                .filter(|&n| n > 0)
                .ok_or_else(|| format!("set_num_threads expects a positive integer, got {n}"))?;
            tch::set_num_threads(n);
            return Ok(Ret::None);
        }
        "get_num_threads" => return Ok(Ret::Int(i64::from(tch::get_num_threads()))),
        _ => {}
    }
    let x = c.a0(b)?;
    if let Some(r) = shape_method(b, c, &name, &what, &x)? {
        return Ok(r);
    }
    if let Some(r) = value_method(b, c, &name, &what, &x)? {
        return Ok(r);
    }
    if let Some(r) = in_place(b, c, &name, &what, &x)? {
        return Ok(r);
    }
    if let Some(r) = functional(b, c, &name, &what, &x)? {
        return Ok(r);
    }
    Err(format!("tensor has no method '{name}'"))
}

/// Sizes given as separate ints or as one tuple, from argument `from` on
/// (`view(2, 3)`, `view((2, 3))`), or keyword `kw`.
fn sizes(c: &Call, from: usize, kw: &str, what: &str) -> Res<Vec<i64>> {
    match c.kw(kw) {
        Arg::None => {}
        a => return as_ints(a, what),
    }
    let mut out = Vec::new();
    for a in c.args.iter().skip(from) {
        out.extend(as_ints(a, what)?);
    }
    Ok(out)
}

fn options(c: &Call, what: &str, default: Kind, device: Device) -> Res<(Kind, Device)> {
    let kind = match c.kw("dtype") {
        Arg::None => default,
        a => parse_kind(as_str(a, what)?)?,
    };
    let device = match c.kw("device") {
        Arg::None => device,
        a => crate::parse_device(as_str(a, what)?)?,
    };
    Ok((kind, device))
}

fn finish(b: &TorchBackend, c: &Call, what: &str, t: Tensor) -> Res<Ret> {
    let t = if as_bool(c.kw("requires_grad"), what, false)? {
        t.f_set_requires_grad(true).map_err(te(what))?
    } else {
        t
    };
    Ok(b.put_tensor(t))
}

/// `torch.rand/randn(*size)`, `randint(low=0, high, size)`, `randperm(n)`,
/// `normal(mean, std, size)`, `rand_like/randn_like(t)`.
fn creator(b: &TorchBackend, c: &Call, name: &str, what: &str) -> Res<Option<Ret>> {
    let cpu = Device::Cpu;
    let t = match name {
        "rand" | "randn" => {
            let size = sizes(c, 0, "size", what)?;
            let opts = options(c, what, Kind::Float, cpu)?;
            if name == "rand" {
                Tensor::f_rand(size.as_slice(), opts)
            } else {
                Tensor::f_randn(size.as_slice(), opts)
            }
            .map_err(te(what))?
        }
        "randint" => {
            // randint(high, size) or randint(low, high, size)
            let (low, high, size) = match (c.args.len(), c.kw("size")) {
                (3, _) => (
                    as_int(&c.args[0], what)?,
                    as_int(&c.args[1], what)?,
                    as_ints(&c.args[2], what)?,
                ),
                (2, Arg::None) => (0, as_int(&c.args[0], what)?, as_ints(&c.args[1], what)?),
                (2, s) => (
                    as_int(&c.args[0], what)?,
                    as_int(&c.args[1], what)?,
                    as_ints(s, what)?,
                ),
                (1, s) if !matches!(s, Arg::None) => {
                    (0, as_int(&c.args[0], what)?, as_ints(s, what)?)
                }
                _ => return Err("randint(low=0, high, size): give high and size".into()),
            };
            if low >= high {
                return Err(format!(
                    "randint(): expected low < high, but got low={low} and high={high}"
                ));
            }
            let opts = options(c, what, Kind::Int64, cpu)?;
            Tensor::f_randint_low(low, high, size.as_slice(), opts).map_err(te(what))?
        }
        "randperm" => {
            let n = c.as_int(0, "n", what)?;
            if n < 0 {
                return Err(format!("randperm(): n must be non-negative, got {n}"));
            }
            Tensor::f_randperm(n, options(c, what, Kind::Int64, cpu)?).map_err(te(what))?
        }
        "normal" => {
            let mean = float_or(c.get(0, "mean"), 0.0, what)?;
            let std = float_or(c.get(1, "std"), 1.0, what)?;
            let size = as_ints(c.get(2, "size"), what)?;
            let mut t = Tensor::f_empty(size.as_slice(), options(c, what, Kind::Float, cpu)?)
                .map_err(te(what))?;
            t.f_normal_(mean, std).map_err(te(what))?
        }
        "rand_like" | "randn_like" => {
            let x = c.a0(b)?;
            let opts = options(c, what, x.kind(), x.device())?;
            let size = x.size();
            if name == "rand_like" {
                Tensor::f_rand(size.as_slice(), opts)
            } else {
                Tensor::f_randn(size.as_slice(), opts)
            }
            .map_err(te(what))?
        }
        _ => return Ok(None),
    };
    finish(b, c, what, t).map(Some)
}

fn done(b: &TorchBackend, what: &str, r: Result<Tensor, tch::TchError>) -> Res<Option<Ret>> {
    Ok(Some(b.put_tensor(r.map_err(te(what))?)))
}

fn dim_of(x: &Tensor, d: i64, what: &str) -> Res<i64> {
    let n = x.dim().max(1) as i64;
    if d < -n || d >= n {
        return Err(format!(
            "{what}: Dimension out of range (expected to be in range of [{}, {}], but got {d})",
            -n,
            n - 1
        ));
    }
    Ok(if d < 0 { d + n } else { d })
}

fn tensors(b: &TorchBackend, parts: Vec<Tensor>) -> Ret {
    Ret::Tuple(parts.into_iter().map(|p| b.put_tensor(p)).collect())
}

/// Views and rearrangements.
fn shape_method(
    b: &TorchBackend,
    c: &Call,
    name: &str,
    what: &str,
    x: &Tensor,
) -> Res<Option<Ret>> {
    let e = te(what);
    let r = match name {
        "view" => {
            let s = sizes(c, 1, "size", what)?;
            if x.is_contiguous() {
                x.f_view_(s.as_slice())
            } else {
                return Err("view size is not compatible with input tensor's size and stride (at least one dimension spans across two contiguous subspaces). Use .reshape(...) instead.".into());
            }
        }
        "view_as" | "reshape_as" => x.f_reshape(c.tensor(b, 1, "other")?.size().as_slice()),
        "expand" => x.f_expand(sizes(c, 1, "size", what)?.as_slice(), false),
        "expand_as" => x.f_expand_as(&c.tensor(b, 1, "other")?),
        "repeat" => x.f_repeat(sizes(c, 1, "repeats", what)?.as_slice()),
        "permute" => x.f_permute(sizes(c, 1, "dims", what)?.as_slice()),
        "transpose" | "swapaxes" | "swapdims" => {
            let d0 = dim_of(x, c.as_int(1, "dim0", what)?, what)?;
            let d1 = dim_of(x, c.as_int(2, "dim1", what)?, what)?;
            x.f_transpose(d0, d1)
        }
        "t" => match x.dim() {
            0 | 1 => Ok(x.shallow_clone()),
            2 => x.f_transpose(0, 1),
            n => {
                return Err(format!(
                    "t() expects a tensor with <= 2 dimensions, but self is {n}D"
                ))
            }
        },
        "unsqueeze" => {
            let d = c.as_int(1, "dim", what)?;
            let n = x.dim() as i64 + 1;
            if d < -n || d >= n {
                return Err(format!("{what}: Dimension out of range (expected to be in range of [{}, {}], but got {d})", -n, n - 1));
            }
            x.f_unsqueeze(d)
        }
        "squeeze" => match c.get(1, "dim") {
            Arg::None => x.f_squeeze(),
            a => {
                let dims = as_ints(a, what)?
                    .into_iter()
                    .map(|d| dim_of(x, d, what))
                    .collect::<Res<Vec<_>>>()?;
                x.f_squeeze_dims(dims.as_slice())
            }
        },
        "flatten" => {
            let start = int_or(c.get(1, "start_dim"), 0, what)?;
            let end = int_or(c.get(2, "end_dim"), -1, what)?;
            if x.dim() == 0 {
                x.f_reshape([1])
            } else {
                let (s, t) = (dim_of(x, start, what)?, dim_of(x, end, what)?);
                if s > t {
                    return Err(
                        "flatten() has invalid args: start_dim cannot come after end_dim".into(),
                    );
                }
                x.f_flatten(s, t)
            }
        }
        "contiguous" => x.f_contiguous(),
        "clone" => return Ok(Some(b.put_tensor(copy(x)?))),
        "narrow" => {
            let d = dim_of(x, c.as_int(1, "dim", what)?, what)?;
            x.f_narrow(d, c.as_int(2, "start", what)?, c.as_int(3, "length", what)?)
        }
        "chunk" => {
            let n = c.as_int(1, "chunks", what)?;
            if n <= 0 {
                return Err(format!(
                    "chunk expects `chunks` to be greater than 0, got: {n}"
                ));
            }
            let d = dim_of(x, int_or(c.get(2, "dim"), 0, what)?, what)?;
            return Ok(Some(tensors(b, x.f_chunk(n, d).map_err(e)?)));
        }
        "split" => {
            let d = dim_of(x, int_or(c.get(2, "dim"), 0, what)?, what)?;
            let parts = match c.get(1, "split_size_or_sections") {
                Arg::Int(n) if *n > 0 => x.f_split(*n, d),
                Arg::Int(n) => {
                    return Err(format!(
                        "split expects split_size be non-negative, but got split_size={n}"
                    ))
                }
                a => x.f_split_with_sizes(as_ints(a, what)?.as_slice(), d),
            };
            return Ok(Some(tensors(b, parts.map_err(e)?)));
        }
        "flip" => x.f_flip(sizes(c, 1, "dims", what)?.as_slice()),
        "roll" => {
            let shifts = as_ints(c.get(1, "shifts"), what)?;
            let dims = match c.get(2, "dims") {
                Arg::None => Vec::new(),
                a => as_ints(a, what)?,
            };
            x.f_roll(shifts.as_slice(), dims.as_slice())
        }
        "tril" => x.f_tril(int_or(c.get(1, "diagonal"), 0, what)?),
        "triu" => x.f_triu(int_or(c.get(1, "diagonal"), 0, what)?),
        "diag" => {
            if x.dim() > 2 {
                return Err(format!(
                    "diag(): Supports 1D or 2D tensors. Got {}D",
                    x.dim()
                ));
            }
            x.f_diag(int_or(c.get(1, "diagonal"), 0, what)?)
        }
        "diagonal" => x.f_diagonal(
            int_or(c.get(1, "offset"), 0, what)?,
            int_or(c.get(2, "dim1"), 0, what)?,
            int_or(c.get(3, "dim2"), 1, what)?,
        ),
        _ => return Ok(None),
    };
    done(b, what, r)
}

/// The kind a conversion method names (`int()`, `half()`, `type(dtype)`).
fn conversion(name: &str) -> Option<Kind> {
    Some(match name {
        "int" => Kind::Int,
        "short" => Kind::Int16,
        "char" => Kind::Int8,
        "byte" => Kind::Uint8,
        "half" => Kind::Half,
        "bfloat16" => Kind::BFloat16,
        "bool" => Kind::Bool,
        _ => return None,
    })
}

fn scalar_arg(a: &Arg, what: &str) -> Res<tch::Scalar> {
    match a {
        Arg::Int(i) => Ok(tch::Scalar::int(*i)),
        Arg::Bool(v) => Ok(tch::Scalar::int(*v as i64)),
        other => Ok(tch::Scalar::float(as_float(other, what)?)),
    }
}

/// Element-wise and reducing methods that keep PyTorch's semantics.
fn value_method(
    b: &TorchBackend,
    c: &Call,
    name: &str,
    what: &str,
    x: &Tensor,
) -> Res<Option<Ret>> {
    let e = te(what);
    if let Some(k) = conversion(name) {
        return done(b, what, x.f_to_kind(k));
    }
    let r = match name {
        "type" => match c.get(1, "dtype") {
            Arg::None => {
                let t = match x.kind() {
                    Kind::Float => "torch.FloatTensor",
                    Kind::Double => "torch.DoubleTensor",
                    Kind::Int64 => "torch.LongTensor",
                    Kind::Int => "torch.IntTensor",
                    Kind::Bool => "torch.BoolTensor",
                    Kind::Half => "torch.HalfTensor",
                    Kind::Uint8 => "torch.ByteTensor",
                    _ => "torch.Tensor",
                };
                return Ok(Some(Ret::Str(t.into())));
            }
            a => x.f_to_kind(parse_kind(as_str(a, what)?)?),
        },
        "masked_fill" => {
            let mask = c.tensor(b, 1, "mask")?;
            x.f_masked_fill(&mask, scalar_arg(c.get(2, "value"), what)?)
        }
        "gather" => {
            let d = dim_of(x, c.as_int(1, "dim", what)?, what)?;
            x.f_gather(d, &c.tensor(b, 2, "index")?, false)
        }
        "index_select" => {
            let d = dim_of(x, c.as_int(1, "dim", what)?, what)?;
            x.f_index_select(d, &c.tensor(b, 2, "index")?)
        }
        "topk" => {
            let k = c.as_int(1, "k", what)?;
            let d = dim_of(x, int_or(c.get(2, "dim"), -1, what)?, what)?;
            if k < 0 || k > x.size().get(d as usize).copied().unwrap_or(1) {
                return Err(format!("topk(): selected index k out of range (k={k})"));
            }
            let largest = as_bool(c.get(3, "largest"), what, true)?;
            let sorted = as_bool(c.get(4, "sorted"), what, true)?;
            let (v, i) = x.f_topk(k, d, largest, sorted).map_err(e)?;
            return Ok(Some(tensors(b, vec![v, i])));
        }
        "sort" | "argsort" => {
            let d = dim_of(x, int_or(c.get(1, "dim"), -1, what)?, what)?;
            let desc = as_bool(c.get(2, "descending"), what, false)?;
            let stable = as_bool(c.kw("stable"), what, false)?;
            let (v, i) = x.f_sort_stable(stable, d, desc).map_err(e)?;
            if name == "argsort" {
                return Ok(Some(b.put_tensor(i)));
            }
            return Ok(Some(tensors(b, vec![v, i])));
        }
        "clamp" | "clip" => clamp(c, what, x)?,
        "softmax" | "log_softmax" => {
            let d = match c.get(1, "dim") {
                // PyTorch's implicit dim (deprecated): 0 for 0-, 1- and 3-d.
                Arg::None => i64::from(!matches!(x.dim(), 0 | 1 | 3)),
                a => dim_of(x, as_int(a, what)?, what)?,
            };
            let kind = match c.kw("dtype") {
                Arg::None => None,
                a => Some(parse_kind(as_str(a, what)?)?),
            };
            let x = float(x, Op::TorchMethod)?;
            if name == "softmax" {
                x.f_softmax(d, kind)
            } else {
                x.f_log_softmax(d, kind)
            }
        }
        "median" => match c.get(1, "dim") {
            // PyTorch's median is the lower of the two middle values.
            Arg::None => x.f_median(),
            a => {
                let d = dim_of(x, as_int(a, what)?, what)?;
                let keep = as_bool(c.get(2, "keepdim"), what, false)?;
                let (v, i) = x.f_median_dim(d, keep).map_err(e)?;
                return Ok(Some(tensors(b, vec![v, i])));
            }
        },
        "log1p" => float(x, Op::TorchMethod)?.f_log1p(),
        "expm1" => float(x, Op::TorchMethod)?.f_expm1(),
        "reciprocal" => float(x, Op::TorchMethod)?.f_reciprocal(),
        "rsqrt" => float(x, Op::TorchMethod)?.f_rsqrt(),
        "square" => x.f_square(),
        "neg" | "negative" => x.f_neg(),
        "std" | "var" => {
            let dims = match c.get(1, "dim") {
                Arg::None => None,
                a => Some(as_ints(a, what)?),
            };
            let correction = match (c.kw("unbiased"), c.kw("correction"), c.kw("ddof")) {
                (Arg::Bool(u), _, _) => *u as i64,
                (_, Arg::None, Arg::None) => 1,
                (_, Arg::None, d) => as_int(d, what)?,
                (_, k, _) => as_int(k, what)?,
            };
            let keep = as_bool(c.get(2, "keepdim"), what, false)?;
            let x = float(x, Op::TorchMethod)?;
            if name == "std" {
                x.f_std_correction(dims.as_deref(), correction, keep)
            } else {
                x.f_var_correction(dims.as_deref(), correction, keep)
            }
        }
        "new_zeros" | "new_ones" | "new_empty" | "new_full" => {
            let size = as_ints(c.get(1, "size"), what)?;
            let opts = options(c, what, x.kind(), x.device())?;
            let t = match name {
                "new_ones" => Tensor::f_ones(size.as_slice(), opts),
                "new_full" => Tensor::f_full(
                    size.as_slice(),
                    scalar_arg(c.get(2, "fill_value"), what)?,
                    opts,
                ),
                _ => Tensor::f_zeros(size.as_slice(), opts),
            }
            .map_err(e)?;
            return finish(b, c, what, t).map(Some);
        }
        "new_tensor" => {
            let t = b.tensor(c.get(1, "data"), what)?;
            let (k, d) = options(c, what, x.kind(), x.device())?;
            let t = t.f_to_kind(k).and_then(|t| t.f_to_device(d)).map_err(e)?;
            return finish(b, c, what, t).map(Some);
        }
        _ => return Ok(None),
    };
    done(b, what, r)
}

fn clamp(c: &Call, what: &str, x: &Tensor) -> Res<Result<Tensor, tch::TchError>> {
    let lo = c.get(1, "min");
    let hi = c.get(2, "max");
    Ok(match (lo, hi) {
        (Arg::None, Arg::None) => {
            return Err("torch.clamp: At least one of 'min' or 'max' must not be None".into())
        }
        (lo, Arg::None) => x.f_clamp_min(scalar_arg(lo, what)?),
        (Arg::None, hi) => x.f_clamp_max(scalar_arg(hi, what)?),
        (lo, hi) => x.f_clamp(scalar_arg(lo, what)?, scalar_arg(hi, what)?),
    })
}

/// In-place methods: they change the tensor itself (every name for it sees
/// the change, as in PyTorch) and return it.
fn in_place(b: &TorchBackend, c: &Call, name: &str, what: &str, x: &Tensor) -> Res<Option<Ret>> {
    let mut t = x.shallow_clone();
    let r = match name {
        "add_" | "sub_" | "mul_" | "div_" => {
            let mut other = operand(b, c.get(1, "other"), Some(x), what)?;
            if let Arg::Float(_) | Arg::Int(_) = c.kw("alpha") {
                let alpha = as_float(c.kw("alpha"), what)?;
                other = other.f_mul_scalar(alpha).map_err(te(what))?;
            }
            match name {
                "add_" => t.f_add_(&other),
                "sub_" => t.f_sub_(&other),
                "mul_" => t.f_mul_(&other),
                _ => t.f_div_(&other),
            }
        }
        "clamp_" | "clip_" => match (c.get(1, "min"), c.get(2, "max")) {
            (Arg::None, Arg::None) => {
                return Err("clamp_: At least one of 'min' or 'max' must not be None".into())
            }
            (lo, Arg::None) => t.f_clamp_min_(scalar_arg(lo, what)?),
            (Arg::None, hi) => t.f_clamp_max_(scalar_arg(hi, what)?),
            (lo, hi) => t.f_clamp_(scalar_arg(lo, what)?, scalar_arg(hi, what)?),
        },
        "uniform_" => {
            let lo = float_or(c.get(1, "a"), 0.0, what)?;
            let hi = float_or(c.get(2, "b"), 1.0, what)?;
            float_only(x, what)?;
            t.f_uniform_(lo, hi)
        }
        "normal_" => {
            let mean = float_or(c.get(1, "mean"), 0.0, what)?;
            let std = float_or(c.get(2, "std"), 1.0, what)?;
            float_only(x, what)?;
            t.f_normal_(mean, std)
        }
        "bernoulli_" => t.f_bernoulli_float_(float_or(c.get(1, "p"), 0.5, what)?),
        "masked_fill_" => {
            let mask = c.tensor(b, 1, "mask")?;
            t.f_masked_fill_(&mask, scalar_arg(c.get(2, "value"), what)?)
        }
        "random_" => t.f_random_(),
        "relu_" => t.f_relu_(),
        "abs_" => t.f_abs_(),
        "neg_" => t.f_neg_(),
        "sqrt_" => t.f_sqrt_(),
        "exp_" => t.f_exp_(),
        _ => return Ok(None),
    };
    done(b, what, r)
}

fn float_only(x: &Tensor, what: &str) -> Res<()> {
    if is_float(x.kind()) {
        Ok(())
    } else {
        Err(format!(
            "{what}: expected a float tensor, got {}",
            kind_name(x.kind())
        ))
    }
}

fn reduction(c: &Call, what: &str) -> Res<Reduction> {
    Ok(match c.kw("reduction") {
        Arg::None => Reduction::Mean,
        a => match as_str(a, what)? {
            "mean" => Reduction::Mean,
            "sum" => Reduction::Sum,
            "none" => Reduction::None,
            other => return Err(format!("{other} is not a valid value for reduction")),
        },
    })
}

/// `torch.nn.functional`: losses (input first, then target) and
/// activations with options.
fn functional(b: &TorchBackend, c: &Call, name: &str, what: &str, x: &Tensor) -> Res<Option<Ret>> {
    let target = |kind: Option<Kind>| -> Res<Tensor> {
        let t = c.tensor(b, 1, "target")?;
        match kind {
            Some(k) if t.kind() != k => t.f_to_kind(k).map_err(te(what)),
            _ => Ok(t),
        }
    };
    let weight = |pos: usize, kw: &str| -> Res<Option<Tensor>> {
        match c.get(pos, kw) {
            Arg::None => Ok(None),
            _ => c.tensor(b, pos, kw).map(Some),
        }
    };
    let r = match name {
        "cross_entropy" | "nll_loss" => {
            let t = target(None)?;
            let w = weight(2, "weight")?;
            let ignore = int_or(c.kw("ignore_index"), -100, what)?;
            let red = reduction(c, what)?;
            if name == "cross_entropy" {
                let smoothing = float_or(c.kw("label_smoothing"), 0.0, what)?;
                x.f_cross_entropy_loss(&t, w, red, ignore, smoothing)
            } else {
                x.f_nll_loss(&t, w, red, ignore)
            }
        }
        "mse_loss" => x.f_mse_loss(&target(Some(x.kind()))?, reduction(c, what)?),
        "l1_loss" => x.f_l1_loss(&target(Some(x.kind()))?, reduction(c, what)?),
        "smooth_l1_loss" => x.f_smooth_l1_loss(
            &target(Some(x.kind()))?,
            reduction(c, what)?,
            float_or(c.kw("beta"), 1.0, what)?,
        ),
        "huber_loss" => x.f_huber_loss(
            &target(Some(x.kind()))?,
            reduction(c, what)?,
            float_or(c.kw("delta"), 1.0, what)?,
        ),
        "binary_cross_entropy" => x.f_binary_cross_entropy(
            &target(Some(x.kind()))?,
            weight(2, "weight")?,
            reduction(c, what)?,
        ),
        "binary_cross_entropy_with_logits" => x.f_binary_cross_entropy_with_logits(
            &target(Some(x.kind()))?,
            weight(2, "weight")?,
            weight(usize::MAX, "pos_weight")?,
            reduction(c, what)?,
        ),
        "kl_div" => x.f_kl_div(
            &target(Some(x.kind()))?,
            reduction(c, what)?,
            as_bool(c.kw("log_target"), what, false)?,
        ),
        "one_hot" => x.f_one_hot(int_or(c.get(1, "num_classes"), -1, what)?),
        "dropout" => {
            let p = float_or(c.get(1, "p"), 0.5, what)?;
            if !(0.0..=1.0).contains(&p) {
                return Err(format!(
                    "dropout probability has to be between 0 and 1, but got {p}"
                ));
            }
            x.f_dropout(p, as_bool(c.get(2, "training"), what, true)?)
        }
        "linear" => {
            let w = c.tensor(b, 1, "weight")?;
            x.f_linear(&w, weight(2, "bias")?)
        }
        "leaky_relu" => {
            let slope = float_or(c.get(1, "negative_slope"), 0.01, what)?;
            let pos = x.f_gt(0).map_err(te(what))?;
            x.f_mul_scalar(slope)
                .and_then(|neg| x.f_where_self(&pos, &neg))
        }
        "elu" => {
            let alpha = float_or(c.get(1, "alpha"), 1.0, what)?;
            let pos = x.f_gt(0).map_err(te(what))?;
            x.f_expm1()
                .and_then(|m| m.f_mul_scalar(alpha))
                .and_then(|neg| x.f_where_self(&pos, &neg))
        }
        "silu" => x.f_silu(),
        "softplus" => {
            let beta = float_or(c.get(1, "beta"), 1.0, what)?;
            let threshold = float_or(c.get(2, "threshold"), 20.0, what)?;
            if beta == 1.0 && threshold == 20.0 {
                x.f_softplus()
            } else {
                let bx = x.f_mul_scalar(beta).map_err(te(what))?;
                let soft = bx
                    .f_exp()
                    .and_then(|t| t.f_log1p())
                    .and_then(|t| t.f_div_scalar(beta))
                    .map_err(te(what))?;
                let big = bx.f_gt(threshold).map_err(te(what))?;
                x.f_where_self(&big, &soft)
            }
        }
        "gelu_tanh" => x.f_gelu("tanh"),
        "normalize" => {
            let p = float_or(c.get(1, "p"), 2.0, what)?;
            let d = dim_of(x, int_or(c.get(2, "dim"), 1, what)?, what)?;
            let eps = float_or(c.get(3, "eps"), 1e-12, what)?;
            x.f_norm_scalaropt_dim(p, [d].as_slice(), true)
                .and_then(|n| n.f_clamp_min(eps))
                .and_then(|n| n.f_expand_as(x))
                .and_then(|n| x.f_div(&n))
        }
        _ => return Ok(None),
    };
    done(b, what, r)
}

fn tensor_list(b: &TorchBackend, a: &Arg, what: &str) -> Res<Vec<Tensor>> {
    match a {
        Arg::List(items) => items.iter().map(|i| b.tensor(i, what)).collect(),
        other => Ok(vec![b.tensor(other, what)?]),
    }
}

/// `torch.autograd.grad(outputs, inputs, grad_outputs=None,
/// retain_graph=None, create_graph=False, allow_unused=False)`: the
/// gradients as a tuple, without touching `.grad`.
fn autograd_grad(b: &TorchBackend, c: &Call) -> Res<Ret> {
    let what = "torch.autograd.grad()";
    let outputs = tensor_list(b, c.get(0, "outputs"), what)?;
    let inputs = tensor_list(b, c.get(1, "inputs"), what)?;
    let weights = match c.get(2, "grad_outputs") {
        Arg::None => None,
        a => Some(tensor_list(b, a, what)?),
    };
    let create = as_bool(c.get(4, "create_graph"), what, false)?;
    let keep = as_bool(c.get(3, "retain_graph"), what, create)?;
    let allow_unused = as_bool(c.get(6, "allow_unused"), what, false)?;
    let _ = c.get(5, "only_inputs");
    let mut roots = Vec::new();
    for (k, out) in outputs.iter().enumerate() {
        if !out.requires_grad() {
            return Err(format!(
                "{what}: element {k} of outputs does not require grad and does not have a grad_fn"
            ));
        }
        let root = match weights.as_ref().and_then(|w| w.get(k)) {
            Some(g) => out
                .f_mul(&g.f_detach().map_err(te(what))?)
                .and_then(|p| p.f_sum(None))
                .map_err(te(what))?,
            None if out.numel() == 1 => out.shallow_clone(),
            None => return Err(format!("{what}: grad can be implicitly created only for scalar outputs (output {k} has {} elements); pass grad_outputs=", out.numel())),
        };
        roots.push(root);
    }
    let root = match roots.len() {
        1 => roots.pop().ok_or("no outputs")?,
        _ => Tensor::f_stack(&roots, 0)
            .and_then(|t| t.f_sum(None))
            .map_err(te(what))?,
    };
    let grads = Tensor::f_run_backward(&[&root], &inputs, keep, create).map_err(te(what))?;
    let mut res = Vec::new();
    for (k, g) in grads.into_iter().enumerate() {
        if g.defined() {
            res.push(b.put_tensor(g));
        } else if allow_unused {
            res.push(Ret::None);
        } else {
            return Err(format!("{what}: One of the differentiated Tensors (input {k}) appears to not have been used in the graph. Set allow_unused=True if this is the desired behavior."));
        }
    }
    Ok(Ret::Tuple(res))
}
