//! Tensor operations, called by the names arr gives its array builtins.
//! Semantics follow PyTorch where the two differ from NumPy in dtype rules
//! (float32 default, int / int gives float32), and arr's (NumPy's) where
//! the name promises it: `std`/`var` default to `ddof=0`, `median`
//! averages the two middle values, `argmax` without an axis indexes the
//! flattened tensor.

use crate::{arg_type, dtype_of, kind_name, parse_device, te, to_host, Res, TorchBackend};
use arr_torch_abi::{Arg, DType, Ret};
use tch::{Device, Kind, Tensor};

/// Looks up keyword `name`, else positional `pos`.
pub fn get<'a>(args: &'a [Arg], kwargs: &'a [(String, Arg)], pos: usize, name: &str) -> &'a Arg {
    kwargs
        .iter()
        .find(|(k, _)| k == name)
        .map(|(_, v)| v)
        .or_else(|| args.get(pos))
        .unwrap_or(&Arg::None)
}

pub fn as_bool(a: &Arg, what: &str, default: bool) -> Res<bool> {
    match a {
        Arg::None => Ok(default),
        Arg::Bool(b) => Ok(*b),
        Arg::Int(i) => Ok(*i != 0),
        other => Err(format!(
            "{what} must be true or false, not {}",
            arg_type(other)
        )),
    }
}

pub fn as_int(a: &Arg, what: &str) -> Res<i64> {
    match a {
        Arg::Int(i) => Ok(*i),
        Arg::Bool(b) => Ok(*b as i64),
        other => Err(format!(
            "{what} must be an integer, not {}",
            arg_type(other)
        )),
    }
}

pub fn as_float(a: &Arg, what: &str) -> Res<f64> {
    match a {
        Arg::Int(i) => Ok(*i as f64),
        Arg::Float(f) => Ok(*f),
        Arg::Bool(b) => Ok(*b as i64 as f64),
        other => Err(format!("{what} must be a number, not {}", arg_type(other))),
    }
}

pub fn as_str<'a>(a: &'a Arg, what: &str) -> Res<&'a str> {
    match a {
        Arg::Str(s) => Ok(s),
        other => Err(format!("{what} must be a string, not {}", arg_type(other))),
    }
}

pub fn as_ints(a: &Arg, what: &str) -> Res<Vec<i64>> {
    match a {
        Arg::List(items) => items.iter().map(|i| as_int(i, what)).collect(),
        Arg::Int(i) => Ok(vec![*i]),
        Arg::Array(h) if h.dtype == DType::Int64 => Ok(h
            .data
            .chunks_exact(8)
            .map(|c| i64::from_ne_bytes(c.try_into().unwrap_or([0; 8])))
            .collect()),
        other => Err(format!("{what} must be integers, not {}", arg_type(other))),
    }
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

fn norm_axis(ax: i64, ndim: usize, op: &str) -> Res<i64> {
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
fn axes(a: &Arg, ndim: usize, op: &str) -> Res<Option<Vec<i64>>> {
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
        "bool" => Kind::Bool,
        other => {
            return Err(format!(
                "unknown dtype \"{other}\" (tensors take float32, float64, int64 or bool)"
            ))
        }
    })
}

fn is_float(k: Kind) -> bool {
    matches!(k, Kind::Float | Kind::Double | Kind::Half | Kind::BFloat16)
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
fn operand(b: &TorchBackend, a: &Arg, other: Option<&Tensor>, what: &str) -> Res<Tensor> {
    let (ok, dev) = other
        .map(|t| (Some(t.kind()), t.device()))
        .unwrap_or((None, Device::Cpu));
    let scalar_kind = |is_float: bool, is_bool: bool| -> Kind {
        match ok {
            Some(k) if is_float && !super::ops::is_float(k) => Kind::Float,
            Some(k) if !is_float && !is_bool && k == Kind::Bool => Kind::Int64,
            Some(k) => k,
            None if is_float => Kind::Float,
            None if is_bool => Kind::Bool,
            None => Kind::Int64,
        }
    };
    match a {
        Arg::Float(f) => {
            Tensor::f_scalar_tensor(*f, (scalar_kind(true, false), dev)).map_err(te(what))
        }
        Arg::Int(i) => {
            Tensor::f_scalar_tensor(*i, (scalar_kind(false, false), dev)).map_err(te(what))
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

/// Both operands of a binary operation as tensors on one device.
fn pair(b: &TorchBackend, x: &Arg, y: &Arg, op: &str) -> Res<(Tensor, Tensor)> {
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

fn shapes_msg(op: &str, a: &Tensor, c: &Tensor) -> impl Fn(tch::TchError) -> String {
    let ctx = format!(
        "{op}: tensors of shapes {} and {}",
        shape_str(&a.size()),
        shape_str(&c.size())
    );
    move |e| te(&ctx)(e)
}

fn binary(b: &TorchBackend, op: &str, x: &Arg, y: &Arg) -> Res<Tensor> {
    let (a, c) = pair(b, x, y, op)?;
    let err = shapes_msg(op, &a, &c);
    match op {
        "add" => a.f_add(&c),
        "sub" => a.f_sub(&c),
        "mul" => a.f_mul(&c),
        "div" => a.f_div(&c),
        "floordiv" => a.f_div_tensor_mode(&c, "floor"),
        "mod" => a.f_remainder_tensor(&c),
        "pow" => a.f_pow(&c),
        "eq" => a.f_eq_tensor(&c),
        "ne" => a.f_ne_tensor(&c),
        "lt" => a.f_lt_tensor(&c),
        "le" => a.f_le_tensor(&c),
        "gt" => a.f_gt_tensor(&c),
        "ge" => a.f_ge_tensor(&c),
        "and" => a.f_bitwise_and_tensor(&c),
        "or" => a.f_bitwise_or_tensor(&c),
        "xor" => a.f_bitwise_xor_tensor(&c),
        "maximum" => a.f_maximum(&c),
        "minimum" => a.f_minimum(&c),
        "matmul" | "dot" | "inner" | "outer" => {
            let k = common_kind(a.kind(), c.kind());
            let k = if k == Kind::Bool { Kind::Int64 } else { k };
            let (a, c) = (
                a.f_to_kind(k).map_err(te(op))?,
                c.f_to_kind(k).map_err(te(op))?,
            );
            if op == "matmul" && (a.dim() == 0 || c.dim() == 0) {
                return Err(format!(
                    "matmul: a scalar operand is not allowed (shapes {} and {}); use * instead",
                    shape_str(&a.size()),
                    shape_str(&c.size())
                ));
            }
            if op == "matmul" || (op == "dot" && a.dim() >= 1 && c.dim() >= 1) {
                let (sa, sc) = (a.size(), c.size());
                let ka = sa[sa.len() - 1];
                let kc = if sc.len() == 1 { sc[0] } else { sc[sc.len() - 2] };
                if ka != kc {
                    return Err(format!(
                        "shapes {} and {} cannot be multiplied: the last axis of the left ({ka}) != {} of the right ({kc})",
                        shape_str(&sa),
                        shape_str(&sc),
                        if sc.len() == 1 { "the only axis" } else { "the second-to-last axis" }
                    ));
                }
            }
            match op {
                "outer" => a
                    .f_reshape([-1])
                    .and_then(|a| a.f_outer(&c.f_reshape([-1])?)),
                "inner" => a.f_inner(&c),
                "dot" if a.dim() == 0 || c.dim() == 0 => a.f_mul(&c),
                _ => a.f_matmul(&c),
            }
        }
        _ => return Err(format!("unknown binary operation {op}")),
    }
    .map_err(err)
}

fn unary(t: &Tensor, op: &str) -> Res<Tensor> {
    let float = || -> Res<Tensor> {
        if is_float(t.kind()) {
            Ok(t.shallow_clone())
        } else {
            t.f_to_kind(Kind::Float).map_err(te(op))
        }
    };
    let r = match op {
        "neg" => {
            if t.kind() == Kind::Bool {
                return Err("the - operator is not supported on bool tensors; use ~ or not".into());
            }
            t.f_neg()
        }
        "invert" => {
            if is_float(t.kind()) {
                return Err(format!(
                    "~ needs a bool or integer tensor, not {}",
                    kind_name(t.kind())
                ));
            }
            t.f_bitwise_not()
        }
        "abs" => t.f_abs(),
        "sqrt" => float()?.f_sqrt(),
        "exp" => float()?.f_exp(),
        "log" => float()?.f_log(),
        "log2" => float()?.f_log2(),
        "log10" => float()?.f_log10(),
        "sin" => float()?.f_sin(),
        "cos" => float()?.f_cos(),
        "tan" => float()?.f_tan(),
        "tanh" => float()?.f_tanh(),
        "sinh" => float()?.f_sinh(),
        "cosh" => float()?.f_cosh(),
        "arcsin" => float()?.f_arcsin(),
        "arccos" => float()?.f_arccos(),
        "arctan" => float()?.f_arctan(),
        "floor" => t.f_floor(),
        "ceil" => t.f_ceil(),
        "round" => t.f_round(),
        "sign" => t.f_sign(),
        "isnan" => t.f_isnan(),
        "isinf" => t.f_isinf(),
        "relu" => t.f_relu(),
        "sigmoid" => float()?.f_sigmoid(),
        "gelu" => float()?.f_gelu("none"),
        _ => return Err(format!("unknown operation {op}")),
    };
    r.map_err(te(op))
}

/// A differentiable copy (value semantics: results never alias inputs).
pub fn copy(t: &Tensor) -> Res<Tensor> {
    let mut r = t.f_zeros_like().map_err(te("copy"))?;
    r.f_copy_(t).map_err(te("copy"))?;
    Ok(r)
}

fn reduce(b: &TorchBackend, op: &str, args: &[Arg], kw: &[(String, Arg)]) -> Res<Tensor> {
    let t = b.tensor(get(args, kw, 0, "a"), op)?;
    let nd = t.dim();
    let ax = axes(get(args, kw, 1, "axis"), nd, op)?;
    let keep = as_bool(
        get(args, kw, 2, "keepdims"),
        &format!("{op}(keepdims=)"),
        false,
    )?;
    if t.numel() == 0 && matches!(op, "min" | "max" | "argmin" | "argmax") {
        return Err(format!("{op}(): attempt to get {op} of an empty tensor"));
    }
    let all: Vec<i64> = (0..nd as i64).collect();
    let dims = ax.clone().unwrap_or_else(|| all.clone());
    let float = |t: &Tensor| -> Res<Tensor> {
        if is_float(t.kind()) {
            Ok(t.shallow_clone())
        } else {
            t.f_to_kind(Kind::Float).map_err(te(op))
        }
    };
    let r = match op {
        "sum" => {
            if nd == 0 {
                return Ok(t);
            }
            t.f_sum_dim_intlist(dims.as_slice(), keep, None::<Kind>)
        }
        "mean" => {
            if nd == 0 {
                return float(&t);
            }
            float(&t)?.f_mean_dim(dims.as_slice(), keep, None::<Kind>)
        }
        "std" | "var" => {
            let ddof = match get(args, kw, 3, "ddof") {
                Arg::None => 0,
                a => as_int(a, &format!("{op}(ddof=)"))?,
            };
            let f = float(&t)?;
            if nd == 0 {
                return f.f_mul_scalar(0.0).map_err(te(op));
            }
            if op == "std" {
                f.f_std_correction(dims.as_slice(), ddof, keep)
            } else {
                f.f_var_correction(dims.as_slice(), ddof, keep)
            }
        }
        "prod" => {
            let mut r = t.shallow_clone();
            let mut ds = dims.clone();
            ds.sort_unstable();
            for d in ds.iter().rev() {
                r = r.f_prod_dim_int(*d, keep, None::<Kind>).map_err(te(op))?;
            }
            Ok(r)
        }
        "min" | "max" => {
            if nd == 0 {
                return Ok(t);
            }
            if op == "max" {
                t.f_amax(dims.as_slice(), keep)
            } else {
                t.f_amin(dims.as_slice(), keep)
            }
        }
        "argmin" | "argmax" => {
            let d = match &ax {
                None => None,
                Some(v) if v.len() == 1 => Some(v[0]),
                _ => return Err(format!("{op}(): axis must be a single integer")),
            };
            if op == "argmax" {
                t.f_argmax(d, false)
            } else {
                t.f_argmin(d, false)
            }
        }
        "any" | "all" => {
            let bt = t.f_ne(0).map_err(te(op))?;
            let mut r = bt;
            let mut ds = dims.clone();
            ds.sort_unstable();
            for d in ds.iter().rev() {
                r = if op == "any" {
                    r.f_any_dim(*d, keep)
                } else {
                    r.f_all_dim(*d, keep)
                }
                .map_err(te(op))?;
            }
            Ok(r)
        }
        "cumsum" => match &ax {
            None => t.f_reshape([-1]).and_then(|r| r.f_cumsum(0, None::<Kind>)),
            Some(v) => t.f_cumsum(v[0], None::<Kind>),
        },
        "median" => {
            let f = float(&t)?;
            let q = Tensor::f_scalar_tensor(0.5, (f.kind(), f.device())).map_err(te(op))?;
            match &ax {
                None => f
                    .f_reshape([-1])
                    .and_then(|r| r.f_quantile(&q, 0, false, "linear")),
                Some(v) if v.len() == 1 => f.f_quantile(&q, v[0], keep, "linear"),
                _ => return Err("median(): axis must be none or one integer".into()),
            }
        }
        _ => return Err(format!("unknown reduction {op}")),
    };
    r.map_err(te(op))
}

/// A NumPy-style index applied to a tensor; `Ok(None)` if it holds an
/// advanced (array/tensor) index, which `advanced` handles.
fn basic_index(b: &TorchBackend, t: &Tensor, idx: &[Arg]) -> Res<(Tensor, Vec<(i64, Tensor)>)> {
    let consumed = idx
        .iter()
        .filter(|a| !matches!(a, Arg::NewAxis | Arg::Ellipsis))
        .count() as i64;
    let nd = t.dim() as i64;
    if idx.iter().filter(|a| matches!(a, Arg::Ellipsis)).count() > 1 {
        return Err("an index can only have a single ellipsis (...)".into());
    }
    if consumed > nd {
        return Err(format!(
            "too many indices for a tensor: the tensor is {nd}-dimensional, but {consumed} were indexed"
        ));
    }
    let mut r = t.shallow_clone();
    let mut dim = 0i64; // position in the result
    let mut advanced: Vec<(i64, Tensor)> = Vec::new();
    let mut src = 0i64; // axis of the input being consumed
    for a in idx {
        match a {
            Arg::Int(i) => {
                let n = t.size()[src as usize];
                let j = if *i < 0 { i + n } else { *i };
                if j < 0 || j >= n {
                    return Err(format!(
                        "index {i} is out of bounds for axis {src} with size {n}"
                    ));
                }
                r = r.f_select(dim, j).map_err(te("index"))?;
                src += 1;
            }
            Arg::Slice(start, stop, step) => {
                let n = t.size()[src as usize];
                let step = step.unwrap_or(1);
                if step == 0 {
                    return Err("slice step cannot be zero".into());
                }
                if step > 0 {
                    let clampi = |v: i64| -> i64 {
                        let v = if v < 0 { v + n } else { v };
                        v.clamp(0, n)
                    };
                    let s = start.map(clampi).unwrap_or(0);
                    let e = stop.map(clampi).unwrap_or(n).max(s);
                    r = r.f_slice(dim, s, e, step).map_err(te("index"))?;
                } else {
                    // Negative steps: select the positions explicitly.
                    let clampn = |v: i64| -> i64 {
                        let v = if v < 0 { v + n } else { v };
                        v.clamp(-1, n - 1)
                    };
                    let s = start.map(clampn).unwrap_or(n - 1);
                    let e = stop.map(clampn).unwrap_or(-1);
                    let pos: Vec<i64> =
                        (0..).map(|k| s + k * step).take_while(|&p| p > e).collect();
                    let it = Tensor::from_slice(&pos)
                        .f_to_device(r.device())
                        .map_err(te("index"))?;
                    r = r.f_index_select(dim, &it).map_err(te("index"))?;
                }
                dim += 1;
                src += 1;
            }
            Arg::NewAxis => {
                r = r.f_unsqueeze(dim).map_err(te("index"))?;
                dim += 1;
            }
            Arg::Ellipsis => {
                let skip = nd - consumed;
                dim += skip;
                src += skip;
            }
            other => {
                let it = match other {
                    Arg::List(_) | Arg::Array(_) | Arg::Obj(_) => b.tensor(other, "index")?,
                    o => {
                        return Err(format!(
                            "only integers, slices, ..., newaxis and integer or bool arrays are valid indices, not {}",
                            arg_type(o)
                        ))
                    }
                };
                let it = it.f_to_device(r.device()).map_err(te("index"))?;
                if it.kind() == Kind::Bool {
                    let ms = it.size();
                    for (k, &m) in ms.iter().enumerate() {
                        let n = t.size().get(src as usize + k).copied().unwrap_or(-1);
                        if m != n {
                            return Err(format!(
                                "boolean index did not match the tensor along axis {}: the axis has size {n} but the index has size {m}",
                                src as usize + k
                            ));
                        }
                    }
                    advanced.push((dim, it));
                    dim += ms.len() as i64;
                    src += ms.len() as i64;
                } else if matches!(it.kind(), Kind::Int64 | Kind::Int) {
                    let n = t.size()[src as usize];
                    if it.numel() > 0 {
                        let mx = it
                            .f_max()
                            .and_then(|m| m.f_int64_value(&[]))
                            .map_err(te("index"))?;
                        let mn = it
                            .f_min()
                            .and_then(|m| m.f_int64_value(&[]))
                            .map_err(te("index"))?;
                        if mx >= n || mn < -n {
                            let bad = if mx >= n { mx } else { mn };
                            return Err(format!(
                                "index {bad} is out of bounds for axis {src} with size {n}"
                            ));
                        }
                    }
                    advanced.push((dim, it));
                    dim += 1;
                    src += 1;
                } else {
                    return Err(format!(
                        "arrays used as indices must be integer or bool, not {}",
                        kind_name(it.kind())
                    ));
                }
            }
        }
    }
    Ok((r, advanced))
}

/// The advanced index items as the per-axis index tensors `index`/`index_put_` take.
fn adv_indices(adv: &[(i64, Tensor)]) -> Res<Vec<Option<Tensor>>> {
    let mut idx: Vec<Option<Tensor>> = Vec::new();
    for (d, t) in adv {
        while (idx.len() as i64) < *d {
            idx.push(None);
        }
        if t.kind() == Kind::Bool {
            // A k-dimensional mask is k index tensors (its nonzero positions).
            let nz = t.f_nonzero().map_err(te("index"))?;
            for k in 0..t.dim() as i64 {
                idx.push(Some(nz.f_select(1, k).map_err(te("index"))?));
            }
        } else {
            idx.push(Some(t.shallow_clone()));
        }
    }
    Ok(idx)
}

pub fn getitem(b: &TorchBackend, t: &Tensor, idx: &[Arg]) -> Res<Tensor> {
    let (r, adv) = basic_index(b, t, idx)?;
    if adv.is_empty() {
        return copy(&r);
    }
    let ix = adv_indices(&adv)?;
    r.f_index(&ix).map_err(te("index"))
}

pub fn setitem(b: &TorchBackend, t: &Tensor, idx: &[Arg], v: &Arg) -> Res<Tensor> {
    let out = copy(t)?;
    let (mut view, adv) = basic_index(b, &out, idx)?;
    let val = operand(b, v, Some(t), "index assignment")?
        .f_to_kind(t.kind())
        .map_err(te("index assignment"))?;
    if adv.is_empty() {
        let vs = val.size();
        let ts = view.size();
        let bval = val.f_broadcast_to(ts.as_slice()).map_err(|_| {
            format!(
                "could not broadcast a value of shape {} into an index result of shape {}",
                shape_str(&vs),
                shape_str(&ts)
            )
        })?;
        view.f_copy_(&bval).map_err(te("index assignment"))?;
    } else {
        let ix = adv_indices(&adv)?;
        let _ = view
            .f_index_put_(&ix, &val, false)
            .map_err(te("index assignment"))?;
    }
    Ok(out)
}

fn to_kind_device(t: &Tensor, what: &Arg) -> Res<Tensor> {
    let s = as_str(what, "to()")?;
    if let Ok(k) = parse_kind(s) {
        return t.f_to_kind(k).map_err(te("to"));
    }
    let d = parse_device(s)?;
    t.f_to_device(d).map_err(te("to"))
}

fn item(t: &Tensor) -> Res<Ret> {
    if t.numel() != 1 {
        return Err(format!(
            "only one-element tensors can be converted to scalars; this one has shape {}",
            shape_str(&t.size())
        ));
    }
    let f = t.f_reshape([-1]).map_err(te("item"))?;
    Ok(match dtype_of(t.kind())? {
        DType::Bool => Ret::Bool(f.f_int64_value(&[0]).map_err(te("item"))? != 0),
        DType::Int64 => Ret::Int(f.f_int64_value(&[0]).map_err(te("item"))?),
        _ => Ret::Float(f.f_double_value(&[0]).map_err(te("item"))?),
    })
}

fn tensors_of(b: &TorchBackend, a: &Arg, op: &str) -> Res<Vec<Tensor>> {
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

pub fn call(b: &TorchBackend, op: &str, args: Vec<Arg>, kw: Vec<(String, Arg)>) -> Res<Ret> {
    let a0 = || b.tensor(get(&args, &kw, 0, "a"), op);
    let t = |r: Result<Tensor, tch::TchError>| -> Res<Ret> { Ok(b.put_tensor(r.map_err(te(op))?)) };
    match op {
        "tensor" => {
            let src = get(&args, &kw, 0, "x");
            let mut r = match src {
                Arg::Obj(_) => copy(&b.tensor(src, op)?)?.f_detach().map_err(te(op))?,
                Arg::Array(h) => {
                    let r = crate::from_host(h)?;
                    if h.dtype == DType::Float64 {
                        r.f_to_kind(Kind::Float).map_err(te(op))?
                    } else {
                        r
                    }
                }
                Arg::Float(f) => {
                    Tensor::f_scalar_tensor(*f, (Kind::Float, Device::Cpu)).map_err(te(op))?
                }
                other => b.tensor(other, "tensor()")?,
            };
            if let Arg::Str(s) = get(&args, &kw, 1, "dtype") {
                r = r.f_to_kind(parse_kind(s)?).map_err(te(op))?;
            }
            if let Arg::Str(s) = get(&args, &kw, 2, "device") {
                r = r.f_to_device(parse_device(s)?).map_err(te(op))?;
            }
            if as_bool(
                get(&args, &kw, 3, "requires_grad"),
                "tensor(requires_grad=)",
                false,
            )? {
                if !is_float(r.kind()) {
                    return Err(format!(
                        "only float tensors can require gradients, not {}; pass dtype=\"float32\" or float data",
                        kind_name(r.kind())
                    ));
                }
                r = r.f_set_requires_grad(true).map_err(te(op))?;
            }
            Ok(b.put_tensor(r))
        }
        // A tensor that keeps an array's dtype (used by grad of arrays).
        "from_array" => {
            let mut r = b.tensor(get(&args, &kw, 0, "x"), op)?;
            if as_bool(get(&args, &kw, 1, "requires_grad"), op, false)? {
                if !is_float(r.kind()) {
                    r = r.f_to_kind(Kind::Double).map_err(te(op))?;
                }
                r = r
                    .f_detach()
                    .and_then(|r| r.f_set_requires_grad(true))
                    .map_err(te(op))?;
            }
            Ok(b.put_tensor(r))
        }
        "numpy" | "array" => Ok(Ret::Array(to_host(&a0()?)?)),
        "item" => item(&a0()?),
        "bool" => {
            let x = a0()?;
            if x.numel() != 1 {
                return Err(format!(
                    "the truth value of a tensor with more than one element is ambiguous (shape {}); use any() or all()",
                    shape_str(&x.size())
                ));
            }
            match item(&x)? {
                Ret::Bool(v) => Ok(Ret::Bool(v)),
                Ret::Int(v) => Ok(Ret::Bool(v != 0)),
                Ret::Float(v) => Ok(Ret::Bool(v != 0.0)),
                _ => Ok(Ret::Bool(false)),
            }
        }
        "meta" => {
            let x = a0()?;
            Ok(Ret::Tuple(vec![
                Ret::List(x.size().iter().map(|&d| Ret::Int(d)).collect()),
                Ret::Str(kind_name(x.kind()).into()),
                Ret::Str(crate::device_name(x.device())),
                Ret::Bool(x.requires_grad()),
                Ret::Bool(x.f_is_leaf().unwrap_or(true)),
            ]))
        }
        "grad_of" => {
            let x = a0()?;
            let g = x.f_grad().map_err(te(op))?;
            if g.defined() {
                Ok(b.put_tensor(g))
            } else {
                Ok(Ret::None)
            }
        }
        "to" | "astype" => {
            let x = a0()?;
            Ok(b.put_tensor(to_kind_device(&x, get(&args, &kw, 1, "device"))?))
        }
        "cpu" => t(a0()?.f_to_device(Device::Cpu)),
        "cuda" => t(a0()?.f_to_device(parse_device("cuda")?)),
        "float" => t(a0()?.f_to_kind(Kind::Float)),
        "double" => t(a0()?.f_to_kind(Kind::Double)),
        "long" => t(a0()?.f_to_kind(Kind::Int64)),
        "detach" => {
            let x = a0()?;
            t(copy(&x)?.f_detach())
        }
        "requires_grad_" => {
            let x = a0()?;
            let on = as_bool(get(&args, &kw, 1, "requires_grad"), op, true)?;
            if on && !is_float(x.kind()) {
                return Err(format!(
                    "only float tensors can require gradients, not {}",
                    kind_name(x.kind())
                ));
            }
            let _ = x.f_set_requires_grad(on).map_err(te(op))?;
            Ok(Ret::None)
        }
        "backward" => {
            let x = a0()?;
            if !x.requires_grad() {
                return Err(
                    "backward(): the tensor does not require grad; create the inputs with requires_grad=true"
                        .into(),
                );
            }
            if x.numel() != 1 {
                return Err(format!(
                    "backward(): the tensor must hold one element (a loss), not shape {}; reduce it with sum() or mean() first",
                    shape_str(&x.size())
                ));
            }
            x.f_backward().map_err(te(op))?;
            Ok(Ret::None)
        }
        "zero_grad" => {
            let mut x = a0()?;
            x.zero_grad();
            Ok(Ret::None)
        }
        // Gradients of one scalar output with respect to inputs.
        "autograd" => {
            let out = a0()?;
            let inputs = match get(&args, &kw, 1, "inputs") {
                Arg::List(items) => items
                    .iter()
                    .map(|i| b.tensor(i, op))
                    .collect::<Res<Vec<_>>>()?,
                _ => return Err("autograd: inputs must be a list".into()),
            };
            let create = as_bool(get(&args, &kw, 2, "create_graph"), op, false)?;
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
        "no_grad_enter" => {
            b.no_grad.borrow_mut().push(tch::no_grad_guard());
            Ok(Ret::None)
        }
        "no_grad_exit" => {
            b.no_grad.borrow_mut().pop();
            Ok(Ret::None)
        }
        "manual_seed" => {
            let s = as_int(get(&args, &kw, 0, "seed"), "seed")?;
            tch::manual_seed(s);
            Ok(Ret::None)
        }
        "cuda_available" => Ok(Ret::Bool(tch::Cuda::is_available())),
        "len" => {
            let x = a0()?;
            if x.dim() == 0 {
                return Err("len() of a 0-d tensor".into());
            }
            Ok(Ret::Int(x.size()[0]))
        }
        "getitem" => {
            let x = a0()?;
            let idx = match get(&args, &kw, 1, "index") {
                Arg::List(i) => i.clone(),
                _ => return Err("getitem: bad index".into()),
            };
            Ok(b.put_tensor(getitem(b, &x, &idx)?))
        }
        "setitem" => {
            let x = a0()?;
            let idx = match get(&args, &kw, 1, "index") {
                Arg::List(i) => i.clone(),
                _ => return Err("setitem: bad index".into()),
            };
            Ok(b.put_tensor(setitem(b, &x, &idx, get(&args, &kw, 2, "value"))?))
        }
        "add" | "sub" | "mul" | "div" | "floordiv" | "mod" | "pow" | "eq" | "ne" | "lt" | "le"
        | "gt" | "ge" | "and" | "or" | "xor" | "maximum" | "minimum" | "matmul" | "dot"
        | "inner" | "outer" => {
            let x = get(&args, &kw, 0, "a");
            let y = get(&args, &kw, 1, "b");
            Ok(b.put_tensor(binary(b, op, x, y)?))
        }
        "neg" | "invert" | "abs" | "sqrt" | "exp" | "log" | "log2" | "log10" | "sin" | "cos"
        | "tan" | "tanh" | "sinh" | "cosh" | "arcsin" | "arccos" | "arctan" | "floor" | "ceil"
        | "round" | "sign" | "isnan" | "isinf" | "relu" | "sigmoid" | "gelu" => {
            Ok(b.put_tensor(unary(&a0()?, op)?))
        }
        "sum" | "mean" | "std" | "var" | "prod" | "min" | "max" | "argmin" | "argmax" | "any"
        | "all" | "cumsum" | "median" => Ok(b.put_tensor(reduce(b, op, &args, &kw)?)),
        "reshape" => {
            let x = a0()?;
            let mut shape = Vec::new();
            for a in args.iter().skip(1) {
                shape.extend(as_ints(a, "reshape()")?);
            }
            if let Some((_, a)) = kw.iter().find(|(k, _)| k == "shape") {
                shape = as_ints(a, "reshape()")?;
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
            t(x.f_reshape(shape.as_slice()))
        }
        "ravel" | "flatten" => t(a0()?.f_reshape([-1])),
        "transpose" => {
            let x = a0()?;
            match get(&args, &kw, 1, "axes") {
                Arg::None => {
                    let p: Vec<i64> = (0..x.dim() as i64).rev().collect();
                    t(x.f_permute(p.as_slice()))
                }
                a => {
                    let p = as_ints(a, "transpose(axes=)")?;
                    if p.len() != x.dim() {
                        return Err(format!(
                            "transpose(): axes {} do not match a tensor of dimension {}",
                            shape_str(&p),
                            x.dim()
                        ));
                    }
                    let p = p
                        .iter()
                        .map(|&d| norm_axis(d, x.dim(), op))
                        .collect::<Res<Vec<_>>>()?;
                    t(x.f_permute(p.as_slice()))
                }
            }
        }
        "expand_dims" => {
            let x = a0()?;
            let ax = as_int(get(&args, &kw, 1, "axis"), "expand_dims(axis=)")?;
            let ax = norm_axis(ax, x.dim() + 1, op)?;
            t(x.f_unsqueeze(ax))
        }
        "squeeze" => {
            let x = a0()?;
            match get(&args, &kw, 1, "axis") {
                Arg::None => t(x.f_squeeze()),
                a => {
                    let ds = as_ints(a, "squeeze(axis=)")?;
                    let ds = ds
                        .iter()
                        .map(|&d| norm_axis(d, x.dim(), op))
                        .collect::<Res<Vec<_>>>()?;
                    for &d in &ds {
                        if x.size()[d as usize] != 1 {
                            return Err(format!(
                                "cannot select an axis to squeeze out which has size not equal to one (axis {d} of shape {})",
                                shape_str(&x.size())
                            ));
                        }
                    }
                    t(x.f_squeeze_dims(ds.as_slice()))
                }
            }
        }
        "concatenate" | "stack" | "vstack" | "hstack" => {
            let ts = tensors_of(b, get(&args, &kw, 0, "arrays"), op)?;
            if ts.is_empty() {
                return Err(format!("{op}() needs at least one tensor"));
            }
            let ax = match get(&args, &kw, 1, "axis") {
                Arg::None => 0,
                a => as_int(a, &format!("{op}(axis=)"))?,
            };
            let r = match op {
                "stack" => Tensor::f_stack(&ts, ax),
                "vstack" => Tensor::f_vstack(&ts),
                "hstack" => Tensor::f_hstack(&ts),
                _ => Tensor::f_cat(&ts, ax),
            };
            r.map_err(|e| {
                let shapes: Vec<String> = ts.iter().map(|t| shape_str(&t.size())).collect();
                te(&format!("{op}: tensors of shapes {}", shapes.join(", ")))(e)
            })
            .map(|r| b.put_tensor(r))
        }
        "where" => {
            let c = b.tensor(get(&args, &kw, 0, "condition"), op)?;
            let c = c.f_ne(0).map_err(te(op))?;
            let (x, y) = pair(b, get(&args, &kw, 1, "x"), get(&args, &kw, 2, "y"), op)?;
            let k = common_kind(x.kind(), y.kind());
            let (x, y) = (
                x.f_to_kind(k).map_err(te(op))?,
                y.f_to_kind(k).map_err(te(op))?,
            );
            t(x.f_where_self(&c, &y))
        }
        "clip" => {
            let x = a0()?;
            let lo = operand(b, get(&args, &kw, 1, "a_min"), Some(&x), op)?;
            let hi = operand(b, get(&args, &kw, 2, "a_max"), Some(&x), op)?;
            t(x.f_clamp_tensor(Some(&lo), Some(&hi)))
        }
        "sort" | "argsort" => {
            let x = a0()?;
            let ax = match get(&args, &kw, 1, "axis") {
                Arg::None => -1,
                a => as_int(a, &format!("{op}(axis=)"))?,
            };
            if x.dim() == 0 {
                return Err(format!("{op}(): a 0-d tensor cannot be sorted"));
            }
            let ax = norm_axis(ax, x.dim(), op)?;
            // Stable, as arr's argsort for arrays.
            let (v, i) = x.f_sort_stable(true, ax, false).map_err(te(op))?;
            Ok(b.put_tensor(if op == "sort" { v } else { i }))
        }
        "unique" => {
            let x = a0()?;
            let counts = as_bool(
                get(&args, &kw, 1, "return_counts"),
                "unique(return_counts=)",
                false,
            )?;
            let (u, _, c) = x
                .f_reshape([-1])
                .and_then(|f| f.f_internal_unique2(true, false, counts))
                .map_err(te(op))?;
            if counts {
                Ok(Ret::Tuple(vec![b.put_tensor(u), b.put_tensor(c)]))
            } else {
                Ok(b.put_tensor(u))
            }
        }
        "percentile" => {
            let x = a0()?;
            let f = if is_float(x.kind()) {
                x
            } else {
                x.f_to_kind(Kind::Float).map_err(te(op))?
            };
            let q = as_float(get(&args, &kw, 1, "q"), "percentile(q)")?;
            if !(0.0..=100.0).contains(&q) {
                return Err(format!(
                    "percentile(): q must be between 0 and 100, not {q}"
                ));
            }
            let qt = Tensor::f_scalar_tensor(q / 100.0, (f.kind(), f.device())).map_err(te(op))?;
            match get(&args, &kw, 2, "axis") {
                Arg::None => t(f
                    .f_reshape([-1])
                    .and_then(|r| r.f_quantile(&qt, 0, false, "linear"))),
                a => {
                    let ax = norm_axis(as_int(a, "percentile(axis=)")?, f.dim(), op)?;
                    t(f.f_quantile(&qt, ax, false, "linear"))
                }
            }
        }
        "split" => {
            let x = a0()?;
            let ax = match get(&args, &kw, 2, "axis") {
                Arg::None => 0,
                a => norm_axis(as_int(a, "split(axis=)")?, x.dim(), op)?,
            };
            let n = x.size().get(ax as usize).copied().unwrap_or(0);
            let parts = match get(&args, &kw, 1, "indices_or_sections") {
                Arg::Int(k) => {
                    if *k <= 0 || n % k != 0 {
                        return Err(format!(
                            "split(): an axis of length {n} does not divide into {k} equal sections"
                        ));
                    }
                    x.f_split(n / k, ax).map_err(te(op))?
                }
                a => x
                    .f_tensor_split_indices(as_ints(a, "split()")?.as_slice(), ax)
                    .map_err(te(op))?,
            };
            Ok(Ret::List(
                parts.into_iter().map(|p| b.put_tensor(p)).collect(),
            ))
        }
        "repeat" => {
            let x = a0()?;
            let r = as_int(get(&args, &kw, 1, "repeats"), "repeat(repeats)")?;
            if r < 0 {
                return Err(format!("repeat(): repeats must be >= 0, not {r}"));
            }
            match get(&args, &kw, 2, "axis") {
                Arg::None => t(x
                    .f_reshape([-1])
                    .and_then(|f| f.f_repeat_interleave_self_int(r, 0, None))),
                a => {
                    let ax = norm_axis(as_int(a, "repeat(axis=)")?, x.dim(), op)?;
                    t(x.f_repeat_interleave_self_int(r, ax, None))
                }
            }
        }
        "lstsq" => {
            let (x, y) = pair(b, get(&args, &kw, 0, "a"), get(&args, &kw, 1, "b"), op)?;
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
        "matrix_rank" => {
            // NumPy's tolerance: S.max() * max(M, N) * eps.
            let x = a0()?;
            let x = if is_float(x.kind()) {
                x
            } else {
                x.f_to_kind(Kind::Double).map_err(te(op))?
            };
            if x.dim() < 2 {
                return t(x
                    .f_ne(0)
                    .and_then(|n| n.f_any())
                    .and_then(|a| a.f_to_kind(Kind::Int64)));
            }
            let (_, s, _) = x.f_svd(true, false).map_err(te(op))?;
            let sz = x.size();
            let mn = sz[sz.len() - 1].max(sz[sz.len() - 2]) as f64;
            let eps = if x.kind() == Kind::Double {
                f64::EPSILON
            } else {
                f32::EPSILON as f64
            };
            let smax = s.f_amax([-1i64].as_slice(), true).map_err(te(op))?;
            let tol = smax.f_mul_scalar(mn * eps).map_err(te(op))?;
            t(s.f_gt_tensor(&tol)
                .and_then(|g| g.f_sum_dim_intlist([-1i64].as_slice(), false, Kind::Int64)))
        }
        // A new handle to the same tensor, for a result the host hands back.
        "retain" => Ok(b.put_tensor(a0()?)),
        "zeros_like" => t(a0()?.f_zeros_like()),
        "ones_like" => t(a0()?.f_ones_like()),
        "copy" => Ok(b.put_tensor(copy(&a0()?)?)),
        "inv" => t(Tensor::f_linalg_inv(&a0()?)),
        "det" => t(Tensor::f_linalg_det(&a0()?)),
        "trace" => t(a0()?.f_trace()),
        "solve" => {
            let (x, y) = pair(b, get(&args, &kw, 0, "a"), get(&args, &kw, 1, "b"), op)?;
            t(Tensor::f_linalg_solve(&x, &y, true))
        }
        "cholesky" => t(a0()?.f_linalg_cholesky(false)),
        "pinv" => t(a0()?.f_linalg_pinv(1e-15, false)),
        "svd" => {
            let full = as_bool(get(&args, &kw, 1, "full_matrices"), op, true)?;
            // NumPy's (U, S, Vh); torch.svd gives V.
            let (u, s, v) = a0()?.f_svd(!full, true).map_err(te(op))?;
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
        "qr" => {
            let (q, r) = Tensor::f_linalg_qr(&a0()?, "reduced").map_err(te(op))?;
            Ok(Ret::Tuple(vec![b.put_tensor(q), b.put_tensor(r)]))
        }
        "eigh" => {
            let (w, v) = a0()?.f_linalg_eigh("L").map_err(te(op))?;
            Ok(Ret::Tuple(vec![b.put_tensor(w), b.put_tensor(v)]))
        }
        "norm" => {
            let x = a0()?;
            let x = if is_float(x.kind()) {
                x
            } else {
                x.f_to_kind(Kind::Float).map_err(te(op))?
            };
            // norm(x, ord=none, axis=none, keepdims=false), as NumPy: the
            // Frobenius/2-norm by default, vector p-norms along one axis.
            let nd = x.dim();
            let ax = axes(get(&args, &kw, 2, "axis"), nd, op)?;
            let keep = as_bool(get(&args, &kw, 3, "keepdims"), "norm(keepdims=)", false)?;
            let all: Vec<i64> = (0..nd as i64).collect();
            let dims = ax.clone().unwrap_or(all);
            let e = te(op);
            let ord = match get(&args, &kw, 1, "ord") {
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
                    .and_then(|s| s.f_sum_dim_intlist(dims.as_slice(), keep, None::<Kind>))
                    .and_then(|s| s.f_sqrt()),
                Some(p) if vector => {
                    let a = x.f_abs().map_err(&e)?;
                    if p == f64::INFINITY {
                        a.f_amax(dims.as_slice(), keep)
                    } else if p == f64::NEG_INFINITY {
                        a.f_amin(dims.as_slice(), keep)
                    } else if p == 0.0 {
                        a.f_ne(0)
                            .and_then(|n| n.f_to_kind(x.kind()))
                            .and_then(|n| n.f_sum_dim_intlist(dims.as_slice(), keep, None::<Kind>))
                    } else {
                        a.f_pow_tensor_scalar(p)
                            .and_then(|s| s.f_sum_dim_intlist(dims.as_slice(), keep, None::<Kind>))
                            .and_then(|s| s.f_pow_tensor_scalar(1.0 / p))
                    }
                }
                Some(p) => {
                    return Err(format!(
                        "norm(): matrix norms with ord={p} are not available for tensors; use norm(t.numpy(), ord={p})"
                    ))
                }
            };
            t(r)
        }
        "tile" => {
            let x = a0()?;
            t(x.f_tile(as_ints(get(&args, &kw, 1, "reps"), "tile(reps=)")?.as_slice()))
        }
        "attr" => {
            let x = a0()?;
            match as_str(get(&args, &kw, 1, "name"), "attribute")? {
                "T" => {
                    let p: Vec<i64> = (0..x.dim() as i64).rev().collect();
                    t(x.f_permute(p.as_slice()))
                }
                other => Err(format!("tensor has no attribute '{other}'")),
            }
        }
        _ => Err(format!("{op}() is not available for tensors")),
    }
}
