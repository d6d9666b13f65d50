//! Products that contract axes: `tensordot einsum convolve correlate
//! cross kron vdot`. Two-operand einsums without a shared batch label run
//! as a matrix product, as `tensordot` does.

use super::rearrange::arr;
use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{to_i64, to_i64_list};
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("tensordot", tensordot, "tensordot(a, b, axes=2)\n\nSums products over the given axes of a and b (the last `axes` of a with the first of b for an int).\n\n>>> tensordot(ones((2, 3)), ones((3, 4)), axes=1).shape\n(2, 4)");
    r.add("einsum", einsum, "einsum(subscripts, *operands)\n\nEinstein summation: 'ij,jk->ik' is a matrix product, 'ii' a trace, 'ij->ji' a transpose.\n\n>>> einsum('ij,jk->ik', [[1, 2], [3, 4]], [[1, 0], [0, 1]])\narray([[1, 2],\n       [3, 4]])");
    r.add("convolve", convolve, "convolve(a, v, mode='full')\n\nDiscrete linear convolution of two 1-d arrays (modes full, same, valid).\n\n>>> convolve([1, 2, 3], [0, 1, 0.5])\narray([0. , 1. , 2.5, 4. , 1.5])");
    r.add("correlate", correlate, "correlate(a, v, mode='valid')\n\nCross-correlation of two 1-d arrays.\n\n>>> correlate([1, 2, 3], [0, 1, 0.5])\narray([3.5])");
    r.add("cross", cross, "cross(a, b, axisa=-1, axisb=-1, axisc=-1, axis=None)\n\nCross product of 3-vectors (broadcasting over the other axes).\n\n>>> cross([1, 0, 0], [0, 1, 0])\narray([0, 0, 1])");
    r.add("kron", kron, "kron(a, b)\n\nKronecker product: blocks of b scaled by each element of a.\n\n>>> kron([1, 10], [1, 2])\narray([ 1,  2, 10, 20])");
    r.add("vdot", vdot, "vdot(a, b)\n\nDot product of the flattened arrays.\n\n>>> vdot([[1, 2], [3, 4]], [[1, 1], [1, 1]])\n10");
}

fn permute(a: &NdArray, perm: &[usize]) -> NdArray {
    crate::map_array!(a, x => x.view().permuted_axes(IxDyn(perm)).to_owned())
}

fn reshape(a: &NdArray, dims: &[usize]) -> Result<NdArray> {
    let d: Vec<i64> = dims.iter().map(|&x| x as i64).collect();
    crate::builtins::shape::reshape_to(a, &d)
}

/// Contracts axes `ca` of `a` with `cb` of `b`; the result's axes are a's
/// free axes then b's.
fn contract(a: &NdArray, b: &NdArray, ca: &[usize], cb: &[usize], what: &str) -> Result<NdArray> {
    for (&i, &j) in ca.iter().zip(cb) {
        if a.shape()[i] != b.shape()[j] {
            return Err(Error::value(format!("{what}: shape-mismatch for sum")));
        }
    }
    let fa: Vec<usize> = (0..a.ndim()).filter(|d| !ca.contains(d)).collect();
    let fb: Vec<usize> = (0..b.ndim()).filter(|d| !cb.contains(d)).collect();
    let pa: Vec<usize> = fa.iter().chain(ca).copied().collect();
    let pb: Vec<usize> = cb.iter().chain(&fb).copied().collect();
    let m: usize = fa.iter().map(|&d| a.shape()[d]).product();
    let k: usize = ca.iter().map(|&d| a.shape()[d]).product();
    let n: usize = fb.iter().map(|&d| b.shape()[d]).product();
    let a2 = reshape(&permute(a, &pa), &[m, k])?;
    let b2 = reshape(&permute(b, &pb), &[k, n])?;
    let prod = crate::array::matmul::matmul(&a2, &b2, what)?;
    let out: Vec<usize> = fa
        .iter()
        .map(|&d| a.shape()[d])
        .chain(fb.iter().map(|&d| b.shape()[d]))
        .collect();
    reshape(&prod, &out)
}

fn axes_list(v: &Value, what: &str) -> Result<Vec<i64>> {
    match v {
        Value::Int(i) => Ok(vec![*i]),
        v => to_i64_list(v, what),
    }
}

fn tensordot(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, axes] = args.bind("tensordot", ["a", "b", "axes"], 2)?;
    let x = arr(&a, "tensordot()")?;
    let y = arr(&b, "tensordot()")?;
    let (la, lb): (Vec<i64>, Vec<i64>) = match &axes {
        Value::None | Value::Int(_) => {
            let n = if let Value::Int(n) = axes { n } else { 2 };
            if n < 0 || n as usize > x.ndim() || n as usize > y.ndim() {
                return Err(Error::index(format!(
                    "tensordot(): axes={n} exceeds the arrays' dimensions"
                )));
            }
            let n = n as usize;
            (
                (x.ndim() - n..x.ndim()).map(|d| d as i64).collect(),
                (0..n).map(|d| d as i64).collect(),
            )
        }
        v => {
            let items = crate::value::convert::items_of(v, "tensordot")?;
            if items.len() != 2 {
                return Err(Error::value(
                    "tensordot(): axes must be an int or a pair of axis lists",
                ));
            }
            (
                axes_list(&items[0], "tensordot(axes=)")?,
                axes_list(&items[1], "tensordot(axes=)")?,
            )
        }
    };
    if la.len() != lb.len() {
        return Err(Error::value("tensordot(): shape-mismatch for sum"));
    }
    let fix = |v: &[i64], nd: usize| -> Result<Vec<usize>> {
        v.iter()
            .map(|&i| {
                let j = if i < 0 { i + nd as i64 } else { i };
                if j < 0 || j >= nd as i64 {
                    Err(Error::index("tensordot(): tuple index out of range"))
                } else {
                    Ok(j as usize)
                }
            })
            .collect()
    };
    let (ca, cb) = (fix(&la, x.ndim())?, fix(&lb, y.ndim())?);
    contract(&x, &y, &ca, &cb, "tensordot()").map(Value::from_array)
}

fn einsum_err(msg: impl Into<String>) -> Error {
    Error::new(ErrorKind::Value, format!("einsum(): {}", msg.into()))
}

/// The parsed subscripts: one label list per operand, and the output's.
fn parse_subscripts(s: &str, nops: usize) -> Result<(Vec<Vec<char>>, Vec<char>)> {
    let s: String = s.chars().filter(|c| !c.is_whitespace()).collect();
    if s.contains('.') {
        return Err(einsum_err(
            "ellipsis ('...') in subscripts is not supported in arr",
        ));
    }
    let (ins, out) = match s.split_once("->") {
        Some((i, o)) => (i.to_string(), Some(o.to_string())),
        None => (s.clone(), None),
    };
    let terms: Vec<Vec<char>> = ins.split(',').map(|t| t.chars().collect()).collect();
    let out_chars: Vec<char> = out.as_deref().unwrap_or("").chars().collect();
    for c in terms.iter().flatten().chain(&out_chars) {
        if !c.is_ascii_alphabetic() {
            return Err(einsum_err(format!(
                "invalid subscript '{c}' in einstein sum subscripts string, subscripts must be letters"
            )));
        }
    }
    if terms.len() > nops {
        return Err(einsum_err("fewer operands provided to einstein sum function than specified in the subscripts string"));
    }
    if terms.len() < nops {
        return Err(einsum_err("more operands provided to einstein sum function than specified in the subscripts string"));
    }
    let output: Vec<char> = match out {
        Some(o) => {
            let o: Vec<char> = o.chars().collect();
            for (i, c) in o.iter().enumerate() {
                if o[..i].contains(c) {
                    return Err(einsum_err(format!("einstein sum subscripts string includes output subscript '{c}' multiple times")));
                }
                if !terms.iter().any(|t| t.contains(c)) {
                    return Err(einsum_err(format!("einstein sum subscripts string included output subscript '{c}' which never appeared in an input")));
                }
            }
            o
        }
        None => {
            // Implicit: the labels seen once, in alphabetical order.
            let mut once: Vec<char> = terms
                .iter()
                .flatten()
                .copied()
                .filter(|c| terms.iter().flatten().filter(|d| *d == c).count() == 1)
                .collect();
            once.sort_unstable();
            once
        }
    };
    Ok((terms, output))
}

fn einsum(cx: &mut dyn Context, args: Args) -> Result<Value> {
    for (k, _) in &args.kw {
        if !matches!(&**k, "optimize") {
            return Err(Error::type_error(format!(
                "einsum() got an unexpected keyword argument '{k}'"
            )));
        }
    }
    let mut pos = args.pos.into_iter();
    let first = pos.next();
    let Some(Value::Str(spec)) = &first else {
        return Err(Error::type_error(
            "einsum(): the first argument must be the subscripts string",
        ));
    };
    let spec = spec.clone();
    let ops: Vec<NdArray> = pos.map(|v| arr(&v, "einsum()")).collect::<Result<_>>()?;
    let (terms, output) = parse_subscripts(&spec, ops.len())?;
    let dims = label_sizes(&terms, &ops)?;
    if let Some(r) = einsum_pair(&terms, &output, &ops) {
        return r.map(Value::from_array);
    }
    einsum_loop(cx, &terms, &output, &ops, &dims).map(Value::from_array)
}

/// The general einsum: every output element sums the products over the
/// summed labels.
fn einsum_loop(
    cx: &mut dyn Context,
    terms: &[Vec<char>],
    output: &[char],
    ops: &[NdArray],
    dims: &[(char, usize)],
) -> Result<NdArray> {
    let sum_labels: Vec<char> = dims
        .iter()
        .map(|(c, _)| *c)
        .filter(|c| !output.contains(c))
        .collect();
    let size = |c: &char| {
        dims.iter()
            .find(|(d, _)| d == c)
            .map(|(_, n)| *n)
            .unwrap_or(1)
    };
    let out_shape: Vec<usize> = output.iter().map(size).collect();
    let sum_shape: Vec<usize> = sum_labels.iter().map(size).collect();
    let n_out = crate::array::alloc::check_shape("einsum", &out_shape, 8)?;
    let n_sum: usize = sum_shape
        .iter()
        .try_fold(1usize, |a, &d| a.checked_mul(d))
        .ok_or_else(|| Error::new(ErrorKind::Memory, "einsum(): too much work"))?;
    cx.charge((n_out as u64).saturating_mul(n_sum as u64) / 64)?;
    let float = ops.iter().any(|o| o.dtype().is_float());
    let dt = ops.iter().fold(DType::Bool, |d, o| d.promote(o.dtype()));
    let fops: Vec<ArrayD<f64>> = ops.iter().map(|o| o.to_f64().into_owned()).collect();
    let iops: Vec<ArrayD<i64>> = if float {
        Vec::new()
    } else {
        ops.iter().map(|o| o.to_i64().into_owned()).collect()
    };
    // For each operand and axis: is the label an output (index into the
    // output position) or a summed one.
    let locate: Vec<Vec<(bool, usize)>> = terms
        .iter()
        .map(|t| {
            t.iter()
                .map(|c| match output.iter().position(|d| d == c) {
                    Some(p) => (true, p),
                    None => (false, sum_labels.iter().position(|d| d == c).unwrap_or(0)),
                })
                .collect()
        })
        .collect();
    let unravel = |mut i: usize, shape: &[usize]| -> Vec<usize> {
        let mut ix = vec![0; shape.len()];
        for d in (0..shape.len()).rev() {
            if shape[d] > 0 {
                ix[d] = i % shape[d];
                i /= shape[d];
            }
        }
        ix
    };
    let index_of = |k: usize, oi: &[usize], si: &[usize]| -> Vec<usize> {
        locate[k]
            .iter()
            .zip(ops[k].shape())
            .map(|(&(is_out, p), &n)| {
                let v = if is_out { oi[p] } else { si[p] };
                if n == 1 {
                    0
                } else {
                    v
                }
            })
            .collect()
    };
    let mut fout = Vec::with_capacity(if float { n_out } else { 0 });
    let mut iout = Vec::with_capacity(if float { 0 } else { n_out });
    for o in 0..n_out {
        let oi = unravel(o, &out_shape);
        if float {
            let mut acc = 0.0;
            for s in 0..n_sum {
                let si = unravel(s, &sum_shape);
                let mut p = 1.0;
                for (k, op) in fops.iter().enumerate() {
                    p *= op[index_of(k, &oi, &si).as_slice()];
                }
                acc += p;
            }
            fout.push(acc);
        } else {
            let mut acc = 0i64;
            for s in 0..n_sum {
                let si = unravel(s, &sum_shape);
                let mut p = 1i64;
                for (k, op) in iops.iter().enumerate() {
                    p = p.wrapping_mul(op[index_of(k, &oi, &si).as_slice()]);
                }
                acc = acc.wrapping_add(p);
            }
            iout.push(acc);
        }
    }
    let r = if float {
        NdArray::F64(
            ArrayD::from_shape_vec(IxDyn(&out_shape), fout)
                .map_err(|e| Error::value(e.to_string()))?,
        )
        .into_dtype(if dt == DType::Float32 {
            DType::Float32
        } else {
            DType::Float64
        })
    } else {
        NdArray::Int(
            ArrayD::from_shape_vec(IxDyn(&out_shape), iout)
                .map_err(|e| Error::value(e.to_string()))?,
        )
    };
    Ok(r)
}

fn mode_arg(v: &Value, default: &str, what: &str) -> Result<String> {
    let m = match v {
        Value::None => default.to_string(),
        Value::Str(s) => s.to_string(),
        Value::Int(0) => "valid".into(),
        Value::Int(1) => "same".into(),
        Value::Int(2) => "full".into(),
        other => crate::value::format::value_str(other),
    };
    if !["full", "same", "valid"].contains(&m.as_str()) {
        return Err(Error::value(format!(
            "{what}: mode must be one of 'valid', 'same', or 'full' (got '{m}')"
        )));
    }
    Ok(m)
}

/// Convolution of `a` and `v` (1-d), sliced for the mode.
fn convolve_arrays(a: &NdArray, v: &NdArray, mode: &str, what: &str) -> Result<NdArray> {
    if a.ndim() > 1 || v.ndim() > 1 {
        return Err(Error::value(format!(
            "{what}: object too deep for desired array"
        )));
    }
    if a.is_empty() {
        return Err(Error::value(format!("{what}: a cannot be empty")));
    }
    if v.is_empty() {
        return Err(Error::value(format!("{what}: v cannot be empty")));
    }
    let (a, v) = if v.len() > a.len() { (v, a) } else { (a, v) };
    let (n, m) = (a.len(), v.len());
    let full_len = n + m - 1;
    crate::array::alloc::check(what, full_len, 8)?;
    let (start, len) = match mode {
        "full" => (0, full_len),
        "same" => ((m - 1) / 2, n),
        _ => (m - 1, n - m + 1),
    };
    let float = a.dtype().is_float() || v.dtype().is_float();
    macro_rules! conv {
        ($x:expr, $y:expr, $zero:expr, $mul:expr, $add:expr) => {{
            let x: Vec<_> = $x.iter().copied().collect();
            let y: Vec<_> = $y.iter().copied().collect();
            (start..start + len)
                .map(|k| {
                    let lo = k.saturating_sub(m - 1);
                    let hi = k.min(n - 1);
                    let mut s = $zero;
                    for j in lo..=hi {
                        s = $add(s, $mul(x[j], y[k - j]));
                    }
                    s
                })
                .collect::<Vec<_>>()
        }};
    }
    Ok(if float {
        let out = conv!(
            a.to_f64(),
            v.to_f64(),
            0.0,
            |p: f64, q: f64| p * q,
            |s: f64, t: f64| s + t
        );
        NdArray::F64(
            ArrayD::from_shape_vec(IxDyn(&[len]), out).map_err(|e| Error::value(e.to_string()))?,
        )
    } else {
        let out = conv!(
            a.to_i64(),
            v.to_i64(),
            0i64,
            i64::wrapping_mul,
            i64::wrapping_add
        );
        NdArray::Int(
            ArrayD::from_shape_vec(IxDyn(&[len]), out).map_err(|e| Error::value(e.to_string()))?,
        )
    })
}

fn convolve(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, v, mode] = args.bind("convolve", ["a", "v", "mode"], 2)?;
    let mode = mode_arg(&mode, "full", "convolve()")?;
    let x = arr(&a, "convolve()")?;
    let y = arr(&v, "convolve()")?;
    let one = |z: NdArray| {
        if z.ndim() == 0 {
            reshape(&z, &[1])
        } else {
            Ok(z)
        }
    };
    convolve_arrays(&one(x)?, &one(y)?, &mode, "convolve()").map(Value::from_array)
}

fn correlate(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, v, mode] = args.bind("correlate", ["a", "v", "mode"], 2)?;
    let mode = mode_arg(&mode, "valid", "correlate()")?;
    let x = arr(&a, "correlate()")?;
    let y = arr(&v, "correlate()")?;
    let one = |z: NdArray| {
        if z.ndim() == 0 {
            reshape(&z, &[1])
        } else {
            Ok(z)
        }
    };
    let y = one(y)?;
    let rev = crate::map_array!(&y, t => { let mut w = t.view(); w.invert_axis(ndarray::Axis(0)); w.to_owned() });
    convolve_arrays(&one(x)?, &rev, &mode, "correlate()").map(Value::from_array)
}

fn cross(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, axisa, axisb, axisc, axis] =
        args.bind("cross", ["a", "b", "axisa", "axisb", "axisc", "axis"], 2)?;
    let x = arr(&a, "cross()")?;
    let y = arr(&b, "cross()")?;
    let pick = |v: &Value| -> Result<i64> {
        if !matches!(axis, Value::None) {
            return to_i64(&axis, "cross(axis=)");
        }
        if let Value::None = v {
            Ok(-1)
        } else {
            to_i64(v, "cross()")
        }
    };
    let (aa, ab, ac) = (pick(&axisa)?, pick(&axisb)?, pick(&axisc)?);
    let last = |z: &NdArray, ax: i64| -> Result<NdArray> {
        if z.ndim() == 0 {
            return Err(Error::new(
                ErrorKind::Axis,
                "cross(): axis -1 is out of bounds for array of dimension 0",
            ));
        }
        let d = crate::value::convert::norm_axis(ax, z.ndim(), "cross()")?;
        let mut perm: Vec<usize> = (0..z.ndim()).filter(|&k| k != d).collect();
        perm.push(d);
        Ok(permute(z, &perm))
    };
    let (x, y) = (last(&x, aa)?, last(&y, ab)?);
    let (nx, ny) = (x.shape()[x.ndim() - 1], y.shape()[y.ndim() - 1]);
    if !(nx == 2 || nx == 3) || !(ny == 2 || ny == 3) {
        return Err(Error::value(
            "cross(): incompatible dimensions for cross product\n(dimension must be 2 or 3)",
        ));
    }
    if nx != 3 || ny != 3 {
        return Err(Error::value(
            "cross(): 2-vectors are deprecated in NumPy and not supported in arr; use 3-vectors",
        ));
    }
    let lead = crate::array::broadcast::broadcast_shapes(
        &x.shape()[..x.ndim() - 1],
        &y.shape()[..y.ndim() - 1],
    )
    .ok_or_else(|| {
        Error::value("cross(): shape mismatch: objects cannot be broadcast to a single shape")
    })?;
    let mut full = lead.clone();
    full.push(3);
    let float = x.dtype().is_float() || y.dtype().is_float();
    let bx = x
        .to_f64()
        .broadcast(IxDyn(&full))
        .map(|v| v.to_owned())
        .ok_or_else(|| Error::value("cross(): shape mismatch"))?;
    let by = y
        .to_f64()
        .broadcast(IxDyn(&full))
        .map(|v| v.to_owned())
        .ok_or_else(|| Error::value("cross(): shape mismatch"))?;
    let mut out = ArrayD::<f64>::zeros(IxDyn(&full));
    let lanes = bx.len() / 3;
    let (xs, ys): (Vec<f64>, Vec<f64>) =
        (bx.iter().copied().collect(), by.iter().copied().collect());
    let mut flat = Vec::with_capacity(lanes * 3);
    for l in 0..lanes {
        let (p, q) = (&xs[3 * l..3 * l + 3], &ys[3 * l..3 * l + 3]);
        flat.extend([
            p[1] * q[2] - p[2] * q[1],
            p[2] * q[0] - p[0] * q[2],
            p[0] * q[1] - p[1] * q[0],
        ]);
    }
    if !flat.is_empty() {
        out =
            ArrayD::from_shape_vec(IxDyn(&full), flat).map_err(|e| Error::value(e.to_string()))?;
    }
    let mut r = NdArray::F64(out);
    if !float {
        r = r.astype(DType::Int64);
    }
    // The result's vector axis goes where axisc says.
    let nd = r.ndim();
    let c = crate::value::convert::norm_axis(ac, nd, "cross(axisc=)")?;
    let mut perm: Vec<usize> = (0..nd - 1).collect();
    perm.insert(c, nd - 1);
    Ok(Value::from_array(permute(&r, &perm)))
}

fn kron(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("kron", ["a", "b"], 2)?;
    let x = arr(&a, "kron()")?;
    let y = arr(&b, "kron()")?;
    let nd = x.ndim().max(y.ndim());
    let pad = |s: &[usize]| -> Vec<usize> {
        let mut v = vec![1; nd - s.len()];
        v.extend_from_slice(s);
        v
    };
    let (sa, sb) = (pad(x.shape()), pad(y.shape()));
    let shape: Vec<usize> = sa.iter().zip(&sb).map(|(p, q)| p * q).collect();
    crate::array::alloc::check_shape("kron", &shape, 8)?;
    let float = x.dtype().is_float() || y.dtype().is_float();
    let xa = reshape(&x, &sa)?;
    let ya = reshape(&y, &sb)?;
    let (fx, fy) = (xa.to_f64(), ya.to_f64());
    let (ix, iy) = (xa.to_i64(), ya.to_i64());
    let r = if float {
        NdArray::F64(ArrayD::from_shape_fn(IxDyn(&shape), |i| {
            let p: Vec<usize> = (0..nd).map(|d| i[d] / sb[d]).collect();
            let q: Vec<usize> = (0..nd).map(|d| i[d] % sb[d]).collect();
            fx[p.as_slice()] * fy[q.as_slice()]
        }))
    } else {
        NdArray::Int(ArrayD::from_shape_fn(IxDyn(&shape), |i| {
            let p: Vec<usize> = (0..nd).map(|d| i[d] / sb[d]).collect();
            let q: Vec<usize> = (0..nd).map(|d| i[d] % sb[d]).collect();
            ix[p.as_slice()].wrapping_mul(iy[q.as_slice()])
        }))
    };
    Ok(Value::from_array(r))
}

fn vdot(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("vdot", ["a", "b"], 2)?;
    let x = crate::builtins::shape::reshape_to(&arr(&a, "vdot()")?, &[-1])?;
    let y = crate::builtins::shape::reshape_to(&arr(&b, "vdot()")?, &[-1])?;
    if x.len() != y.len() {
        return Err(Error::value("vdot(): vectors have different lengths"));
    }
    let r = crate::array::matmul::matmul(&x, &y, "vdot()")?;
    Ok(Value::from_array(r))
}

/// Two operands, no label repeated within one, none shared and kept: a
/// tensordot (a matrix product). `None` when the einsum is not one.
fn einsum_pair(terms: &[Vec<char>], output: &[char], ops: &[NdArray]) -> Option<Result<NdArray>> {
    if ops.len() == 2 {
        let distinct = |t: &Vec<char>| t.iter().enumerate().all(|(i, c)| !t[..i].contains(c));
        let shared: Vec<char> = terms[0]
            .iter()
            .filter(|c| terms[1].contains(c))
            .copied()
            .collect();
        if distinct(&terms[0])
            && distinct(&terms[1])
            && shared.iter().all(|c| !output.contains(c))
            && terms
                .iter()
                .flatten()
                .all(|c| shared.contains(c) || output.contains(c))
            && shared.iter().all(|c| {
                let i = terms[0].iter().position(|d| d == c).unwrap_or(0);
                let j = terms[1].iter().position(|d| d == c).unwrap_or(0);
                ops[0].shape()[i] == ops[1].shape()[j]
            })
        {
            let ca: Vec<usize> = shared
                .iter()
                .filter_map(|c| terms[0].iter().position(|d| d == c))
                .collect();
            let cb: Vec<usize> = shared
                .iter()
                .filter_map(|c| terms[1].iter().position(|d| d == c))
                .collect();
            let r = match contract(&ops[0], &ops[1], &ca, &cb, "einsum()") {
                Ok(r) => r,
                Err(e) => return Some(Err(e)),
            };
            let labels: Vec<char> = terms[0]
                .iter()
                .chain(&terms[1])
                .filter(|c| !shared.contains(c))
                .copied()
                .collect();
            let perm: Vec<usize> = output
                .iter()
                .filter_map(|c| labels.iter().position(|d| d == c))
                .collect();
            return Some(Ok(permute(&r, &perm)));
        }
    }
    None
}

/// Each label's size, checked against every operand that has it.
fn label_sizes(terms: &[Vec<char>], ops: &[NdArray]) -> Result<Vec<(char, usize)>> {
    let mut dims: Vec<(char, usize)> = Vec::new();
    for (k, (t, op)) in terms.iter().zip(ops).enumerate() {
        if t.len() > op.ndim() {
            return Err(einsum_err(format!(
                "einstein sum subscripts string contains too many subscripts for operand {k}"
            )));
        }
        if t.len() < op.ndim() {
            return Err(einsum_err("operand has more dimensions than subscripts given in einstein sum, but no '...' ellipsis provided to broadcast the extra dimensions."));
        }
        for (c, &n) in t.iter().zip(op.shape()) {
            match dims.iter().find(|(d, _)| d == c) {
                Some(&(_, m)) if m != n && m != 1 && n != 1 => {
                    return Err(einsum_err(format!(
                        "operands could not be broadcast together with remapped shapes [original->remapped]: dimension {m} and {n} of label '{c}'"
                    )))
                }
                Some(_) => {
                    if let Some(e) = dims.iter_mut().find(|(d, _)| d == c) {
                        e.1 = e.1.max(n);
                    }
                }
                None => dims.push((*c, n)),
            }
        }
    }
    Ok(dims)
}
