//! Diagonals and index sets (`diagonal fill_diagonal diag_indices
//! tril_indices triu_indices ...`), in-place fills (`copyto place
//! putmask`), float cleanups (`nan_to_num isposinf isneginf sinc`) and
//! the shape queries `ndim shape size isscalar`.

use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{norm_axis, to_array, to_f64, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("diagonal", diagonal, "diagonal(a, offset=0, axis1=0, axis2=1)\n\nThe diagonal of the 2-D slices over axis1 and axis2 (offset above or below), as a new array.\n\n>>> diagonal(arange(9).reshape(3, 3), 1)\narray([1, 5])");
    r.add("fill_diagonal", fill_diagonal, "fill_diagonal(a, val, wrap=False)\n\nSets the main diagonal of a (all axes equal; for 2-D, tall arrays wrap when wrap=True) to val, cycling through val's elements; updates the variable a.\n\n>>> a = zeros((2, 2)); fill_diagonal(a, 5); a\narray([[5., 0.],\n       [0., 5.]])");
    r.add("diag_indices", diag_indices, "diag_indices(n, ndim=2)\n\nThe index arrays of the main diagonal of an n x n (x ...) array.\n\n>>> diag_indices(3)\n(array([0, 1, 2]), array([0, 1, 2]))");
    r.add("diag_indices_from", diag_indices_from, "diag_indices_from(arr)\n\ndiag_indices for an array whose axes are all equal.\n\n>>> diag_indices_from(zeros((2, 2)))\n(array([0, 1]), array([0, 1]))");
    r.add("tril_indices", tril_indices, "tril_indices(n, k=0, m=None)\n\nThe (row, column) index arrays of the lower triangle (on and below diagonal k) of an n x m array.\n\n>>> tril_indices(3)\n(array([0, 1, 1, 2, 2, 2]), array([0, 0, 1, 0, 1, 2]))");
    r.add("triu_indices", triu_indices, "triu_indices(n, k=0, m=None)\n\nThe (row, column) index arrays of the upper triangle (on and above diagonal k) of an n x m array.\n\n>>> triu_indices(3, 1)\n(array([0, 0, 1]), array([1, 2, 2]))");
    r.add("tril_indices_from", tril_indices_from, "tril_indices_from(arr, k=0)\n\ntril_indices for the shape of a 2-D array.\n\n>>> tril_indices_from(zeros((2, 3)))\n(array([0, 1, 1]), array([0, 0, 1]))");
    r.add("triu_indices_from", triu_indices_from, "triu_indices_from(arr, k=0)\n\ntriu_indices for the shape of a 2-D array.\n\n>>> triu_indices_from(zeros((2, 3)))\n(array([0, 0, 0, 1, 1]), array([0, 1, 2, 1, 2]))");
    r.add("copyto", copyto, "copyto(dst, src, casting='same_kind', where=True)\n\nCopies src (broadcast, cast to dst's dtype) into dst where `where` holds; updates the variable dst.\n\n>>> a = zeros(3); copyto(a, [1, 2, 3], where=[True, False, True]); a\narray([1., 0., 3.])");
    r.add("place", place, "place(arr, mask, vals)\n\nSets the elements of arr where mask is true to vals, used in order and repeated as needed; updates the variable arr.\n\n>>> a = arange(5); place(a, a > 2, [9, 8]); a\narray([0, 1, 2, 9, 8])");
    r.add("putmask", putmask, "putmask(a, mask, values)\n\nSets a.flat[n] = values[n % len(values)] wherever mask.flat[n] is true; updates the variable a.\n\n>>> a = arange(5); putmask(a, a > 2, [7, 8]); a\narray([0, 1, 2, 8, 7])");
    r.add("nan_to_num", nan_to_num, "nan_to_num(x, copy=True, nan=0.0, posinf=None, neginf=None)\n\nx with NaN replaced by nan and infinities by posinf/neginf (the dtype's largest and smallest finite values by default).\n\n>>> nan_to_num(array([nan, inf, -inf, 1.5]))\narray([ 0.00000000e+000,  1.79769313e+308, -1.79769313e+308,\n        1.50000000e+000])");
    r.add("isposinf", isposinf, "isposinf(x)\n\nTrue where x is positive infinity.\n\n>>> isposinf(array([inf, -inf, 1.0]))\narray([ True, False, False])");
    r.add("isneginf", isneginf, "isneginf(x)\n\nTrue where x is negative infinity.\n\n>>> isneginf(array([inf, -inf, 1.0]))\narray([False,  True, False])");
    r.add("sinc", sinc, "sinc(x)\n\nThe normalized sinc function sin(pi x) / (pi x), 1 at 0.\n\n>>> sinc(array([0.0, 0.5]))\narray([1.        , 0.63661977])");
    r.add(
        "ndim",
        ndim,
        "ndim(a)\n\nThe number of dimensions of a (0 for a scalar).\n\n>>> ndim([[1, 2]])\n2",
    );
    r.add("shape", shape, "shape(a)\n\nThe shape of a as a tuple (() for a scalar).\n\n>>> shape([[1, 2, 3]])\n(1, 3)");
    r.add("size", size, "size(a, axis=None)\n\nThe number of elements of a, or its length along axis.\n\n>>> size([[1, 2, 3]], 1)\n3");
    r.add("isscalar", isscalar, "isscalar(element)\n\nWhether element is a number, a bool, a string or a 0-d-less NumPy scalar (not an array or a list).\n\n>>> isscalar(3.1), isscalar([3.1])\n(True, False)");
}

fn arr(v: &Value, what: &str) -> Result<NdArray> {
    Ok(to_array(v, what)?.into_owned())
}

fn ints(v: Vec<i64>) -> Result<Value> {
    let n = v.len();
    Ok(Value::array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), v).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn opt_i64(v: &Value, default: i64, what: &str) -> Result<i64> {
    match v {
        Value::None => Ok(default),
        v => to_i64(v, what),
    }
}

fn diagonal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, offset, axis1, axis2] = args.bind("diagonal", ["a", "offset", "axis1", "axis2"], 1)?;
    let x = arr(&a, "diagonal()")?;
    if x.ndim() < 2 {
        return Err(Error::value(
            "diagonal(): diag requires an array of at least two dimensions",
        ));
    }
    let k = opt_i64(&offset, 0, "diagonal(offset=)")?;
    let a1 = norm_axis(
        opt_i64(&axis1, 0, "diagonal(axis1=)")?,
        x.ndim(),
        "diagonal()",
    )?;
    let a2 = norm_axis(
        opt_i64(&axis2, 1, "diagonal(axis2=)")?,
        x.ndim(),
        "diagonal()",
    )?;
    if a1 == a2 {
        return Err(Error::value(
            "diagonal(): axis1 and axis2 cannot be the same",
        ));
    }
    // Move the two axes last, then walk the diagonal of each 2-D slice.
    let mut perm: Vec<usize> = (0..x.ndim()).filter(|&d| d != a1 && d != a2).collect();
    perm.push(a1);
    perm.push(a2);
    let y = crate::map_array!(&x, v => v.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned());
    let s = y.shape().to_vec();
    let (r, c) = (s[s.len() - 2] as i64, s[s.len() - 1] as i64);
    let (r0, c0) = if k >= 0 {
        (0, k)
    } else {
        (k.saturating_neg(), 0)
    };
    let len = (r - r0).min(c - c0).max(0) as usize;
    let outer: usize = s[..s.len() - 2].iter().product();
    let mut flat_idx = Vec::with_capacity(outer * len);
    for o in 0..outer {
        for i in 0..len {
            let (ri, ci) = (r0 as usize + i, c0 as usize + i);
            flat_idx.push((o * (r * c) as usize + ri * c as usize + ci) as i64);
        }
    }
    let flat = super::shape::reshape_to(&y, &[-1])?;
    let picked = take_flat(&flat, flat_idx)?;
    let mut out_shape: Vec<i64> = s[..s.len() - 2].iter().map(|&d| d as i64).collect();
    out_shape.push(len as i64);
    super::shape::reshape_to(&picked, &out_shape).map(Value::array)
}

fn take_flat(flat: &NdArray, idx: Vec<i64>) -> Result<NdArray> {
    let n = idx.len();
    let ind = NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), idx).map_err(|e| Error::value(e.to_string()))?,
    );
    Ok(
        match crate::array::index::get_array(flat, &[crate::array::index::Idx::Array(ind)])? {
            crate::array::Picked::Array(a) => a,
            crate::array::Picked::Scalar(s) => s.to_array(),
        },
    )
}

/// Writes `vals` (cycled) at the flat positions `pos` of `a`.
fn write_flat(a: &NdArray, pos: &[usize], vals: &NdArray, cycle_by_pos: bool) -> Result<NdArray> {
    let shape: Vec<i64> = a.shape().iter().map(|&d| d as i64).collect();
    let flat = super::shape::reshape_to(a, &[-1])?;
    let v = super::shape::reshape_to(&vals.astype(a.dtype()), &[-1])?;
    if v.is_empty() {
        if pos.is_empty() {
            return Ok(a.clone());
        }
        return Err(Error::value("cannot place values from an empty array"));
    }
    let out = crate::with_pair!(&flat, &v, f, w => {
        let mut f = f.clone();
        let w: Vec<_> = w.iter().copied().collect();
        for (k, &p) in pos.iter().enumerate() {
            let src = if cycle_by_pos { p } else { k };
            f[[p].as_slice()] = w[src % w.len()];
        }
        crate::array::Element::wrap(f)
    }, return Err(Error::internal("write_flat: dtypes differ after the cast")));
    super::shape::reshape_to(&out, &shape)
}

fn fill_diagonal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, val, wrap] = args.bind("fill_diagonal", ["a", "val", "wrap"], 2)?;
    let x = arr(&a, "fill_diagonal()")?;
    let wrap = super::opt_bool(&wrap, "fill_diagonal", "wrap", false)?;
    if x.ndim() < 2 {
        return Err(Error::value("fill_diagonal(): array must be at least 2-d"));
    }
    let s = x.shape();
    let (step, end) = if x.ndim() == 2 {
        let end = if wrap {
            s[0] * s[1]
        } else {
            s[1].min(s[0]) * s[1]
        };
        (s[1] + 1, end)
    } else {
        if s.iter().any(|&d| d != s[0]) {
            return Err(Error::value(
                "fill_diagonal(): All dimensions of input must be of equal length",
            ));
        }
        let mut step = 0usize;
        let mut m = 1usize;
        for &d in s.iter().rev() {
            step += m;
            m *= d;
        }
        (step, x.len())
    };
    let pos: Vec<usize> = (0..end).step_by(step.max(1)).collect();
    let v = arr(&val, "fill_diagonal(val=)")?;
    write_flat(&x, &pos, &v, false).map(Value::array)
}

fn diag_pair(n: usize, ndim: usize) -> Result<Value> {
    crate::value::convert::check_list("diag_indices", ndim)?;
    let row: Vec<i64> = (0..n as i64).collect();
    Ok(Value::tuple(
        (0..ndim)
            .map(|_| ints(row.clone()))
            .collect::<Result<_>>()?,
    ))
}

fn diag_indices(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, nd] = args.bind("diag_indices", ["n", "ndim"], 1)?;
    let n = to_i64(&n, "diag_indices(n=)")?.max(0) as usize;
    crate::array::alloc::check("diag_indices", n, 8)?;
    diag_pair(n, opt_i64(&nd, 2, "diag_indices(ndim=)")?.max(0) as usize)
}

fn diag_indices_from(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("diag_indices_from", ["arr"], 1)?;
    let x = arr(&a, "diag_indices_from()")?;
    if x.ndim() < 2 {
        return Err(Error::value(
            "diag_indices_from(): input array must be at least 2-d",
        ));
    }
    if x.shape().iter().any(|&d| d != x.shape()[0]) {
        return Err(Error::value(
            "diag_indices_from(): All dimensions of input must be of equal length",
        ));
    }
    diag_pair(x.shape()[0], x.ndim())
}

fn tri_idx(n: i64, k: i64, m: i64, lower: bool) -> Result<Value> {
    let (n, m) = (n.max(0), m.max(0));
    crate::array::alloc::check("tril_indices", (n as usize).saturating_mul(m as usize), 16)?;
    let (mut r, mut c) = (Vec::new(), Vec::new());
    for i in 0..n {
        for j in 0..m {
            let keep = if lower { j - i <= k } else { j - i >= k };
            if keep {
                r.push(i);
                c.push(j);
            }
        }
    }
    Ok(Value::tuple(vec![ints(r)?, ints(c)?]))
}

fn tril_indices(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, k, m] = args.bind("tril_indices", ["n", "k", "m"], 1)?;
    let n = to_i64(&n, "tril_indices(n=)")?;
    tri_idx(
        n,
        opt_i64(&k, 0, "tril_indices(k=)")?,
        opt_i64(&m, n, "tril_indices(m=)")?,
        true,
    )
}

fn triu_indices(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, k, m] = args.bind("triu_indices", ["n", "k", "m"], 1)?;
    let n = to_i64(&n, "triu_indices(n=)")?;
    tri_idx(
        n,
        opt_i64(&k, 0, "triu_indices(k=)")?,
        opt_i64(&m, n, "triu_indices(m=)")?,
        false,
    )
}

fn from_2d(a: &Value, what: &str) -> Result<(i64, i64)> {
    let x = arr(a, what)?;
    if x.ndim() != 2 {
        return Err(Error::value(format!("{what}: input array must be 2-d")));
    }
    Ok((x.shape()[0] as i64, x.shape()[1] as i64))
}

fn tril_indices_from(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, k] = args.bind("tril_indices_from", ["arr", "k"], 1)?;
    let (n, m) = from_2d(&a, "tril_indices_from()")?;
    tri_idx(n, opt_i64(&k, 0, "tril_indices_from(k=)")?, m, true)
}

fn triu_indices_from(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, k] = args.bind("triu_indices_from", ["arr", "k"], 1)?;
    let (n, m) = from_2d(&a, "triu_indices_from()")?;
    tri_idx(n, opt_i64(&k, 0, "triu_indices_from(k=)")?, m, false)
}

fn copyto(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [dst, src, casting, where_] = args.bind("copyto", ["dst", "src", "casting", "where"], 2)?;
    let d = arr(&dst, "copyto(dst=)")?;
    let s = arr(&src, "copyto(src=)")?;
    let casting = match &casting {
        Value::None => "same_kind".to_string(),
        v => crate::value::convert::to_str(v, "copyto(casting=)")?.to_string(),
    };
    let rank = |t: DType| match t {
        DType::Bool => 0,
        t if t.is_unsigned() => 1,
        t if t.is_signed() => 2,
        _ => 3,
    };
    let ok = match casting.as_str() {
        "unsafe" => true,
        "same_kind" => {
            rank(s.dtype()) <= rank(d.dtype()) || s.dtype().promote(d.dtype()) == d.dtype()
        }
        "safe" => s.dtype().promote(d.dtype()) == d.dtype(),
        "no" | "equiv" => s.dtype() == d.dtype(),
        c => return Err(Error::value(format!("copyto(): invalid casting '{c}'"))),
    };
    // A Python scalar source is weak: it takes dst's dtype.
    if !ok && !matches!(src, Value::Int(_) | Value::Float(_) | Value::Bool(_)) {
        return Err(Error::type_error(format!(
            "copyto(): Cannot cast array data from dtype('{}') to dtype('{}') according to the rule '{casting}'",
            s.dtype(),
            d.dtype()
        )));
    }
    let sh = IxDyn(d.shape());
    let s = s.astype(d.dtype());
    let s = crate::map_array!(&s, x => x
        .broadcast(sh.clone())
        .ok_or_else(|| Error::value(format!(
            "copyto(): could not broadcast input array from shape {:?} into shape {:?}",
            x.shape(),
            d.shape()
        )))?
        .to_owned());
    let mask = match &where_ {
        Value::None | Value::Bool(true) => return Ok(Value::array(s)),
        w => arr(w, "copyto(where=)")?.to_bool().into_owned(),
    };
    let m = mask
        .broadcast(sh)
        .ok_or_else(|| Error::value("copyto(): where= could not be broadcast to dst"))?;
    let out = crate::with_pair!(&d, &s, a, b => {
        let mut a = a.clone();
        ndarray::Zip::from(&mut a).and(b).and(&m).for_each(|p, &q, &k| if k { *p = q });
        crate::array::Element::wrap(a)
    }, return Err(Error::internal("copyto: dtypes differ after the cast")));
    Ok(Value::array(out))
}

fn mask_positions(a: &NdArray, mask: &Value, what: &str) -> Result<Vec<usize>> {
    let m = arr(mask, what)?;
    if m.len() != a.len() {
        return Err(Error::value(format!(
            "{what}: mask and data must be the same size ({} and {})",
            m.len(),
            a.len()
        )));
    }
    Ok(m.to_bool()
        .iter()
        .enumerate()
        .filter(|(_, &b)| b)
        .map(|(i, _)| i)
        .collect())
}

fn place(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, mask, vals] = args.bind("place", ["arr", "mask", "vals"], 3)?;
    let x = arr(&a, "place()")?;
    let pos = mask_positions(&x, &mask, "place()")?;
    write_flat(&x, &pos, &arr(&vals, "place(vals=)")?, false).map(Value::array)
}

fn putmask(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, mask, values] = args.bind("putmask", ["a", "mask", "values"], 3)?;
    let x = arr(&a, "putmask()")?;
    let pos = mask_positions(&x, &mask, "putmask()")?;
    write_flat(&x, &pos, &arr(&values, "putmask(values=)")?, true).map(Value::array)
}

fn nan_to_num(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, copy, nan, posinf, neginf] =
        args.bind("nan_to_num", ["x", "copy", "nan", "posinf", "neginf"], 1)?;
    super::opt_bool(&copy, "nan_to_num", "copy", true)?;
    let scalar = matches!(x, Value::Float(_) | Value::Int(_) | Value::Bool(_));
    let a = arr(&x, "nan_to_num()")?;
    if !a.dtype().is_float() {
        return Ok(if scalar { x } else { Value::array(a) });
    }
    let (big, small) = if a.dtype() == DType::Float32 {
        (f32::MAX as f64, f32::MIN as f64)
    } else {
        (f64::MAX, f64::MIN)
    };
    let opt = |v: &Value, d: f64, what: &str| -> Result<f64> {
        match v {
            Value::None => Ok(d),
            v => to_f64(v, what),
        }
    };
    let n = opt(&nan, 0.0, "nan_to_num(nan=)")?;
    let p = opt(&posinf, big, "nan_to_num(posinf=)")?;
    let q = opt(&neginf, small, "nan_to_num(neginf=)")?;
    let f = move |v: f64| {
        if v.is_nan() {
            n
        } else if v == f64::INFINITY {
            p
        } else if v == f64::NEG_INFINITY {
            q
        } else {
            v
        }
    };
    let out = match &a {
        NdArray::F32(x) => NdArray::F32(x.mapv(|v| f(v as f64) as f32)),
        other => NdArray::F64(other.to_f64().mapv(f)),
    };
    Ok(Value::from_array(out))
}

fn inf_test(x: &Value, name: &str, want: f64) -> Result<Value> {
    let a = arr(x, &format!("{name}()"))?;
    let out = NdArray::Bool(a.to_f64().mapv(|v| v == want));
    Ok(Value::from_array(out))
}

fn isposinf(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("isposinf", ["x"], 1)?;
    inf_test(&x, "isposinf", f64::INFINITY)
}

fn isneginf(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("isneginf", ["x"], 1)?;
    inf_test(&x, "isneginf", f64::NEG_INFINITY)
}

fn sinc(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("sinc", ["x"], 1)?;
    let f = |v: f64| {
        let y = std::f64::consts::PI * if v == 0.0 { 1.0e-20 } else { v };
        y.sin() / y
    };
    let a = arr(&x, "sinc()")?;
    let out = match &a {
        NdArray::F32(v) => NdArray::F32(v.mapv(|e| f(e as f64) as f32)),
        other => NdArray::F64(other.to_f64().mapv(f)),
    };
    Ok(Value::from_array(out))
}

fn ndim(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("ndim", ["a"], 1)?;
    Ok(Value::Int(arr(&a, "ndim()")?.ndim() as i64))
}

fn shape(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("shape", ["a"], 1)?;
    let x = arr(&a, "shape()")?;
    Ok(Value::tuple(
        x.shape().iter().map(|&d| Value::Int(d as i64)).collect(),
    ))
}

fn size(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis] = args.bind("size", ["a", "axis"], 1)?;
    let x = arr(&a, "size()")?;
    match axis {
        Value::None => Ok(Value::Int(x.len() as i64)),
        ax => {
            let ax = norm_axis(to_i64(&ax, "size(axis=)")?, x.ndim(), "size()")?;
            Ok(Value::Int(x.shape()[ax] as i64))
        }
    }
}

fn isscalar(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("isscalar", ["element"], 1)?;
    Ok(Value::Bool(match &x {
        Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::Str(_) => true,
        // NumPy scalars of arr's unboxed-less dtypes are 0-d arrays here.
        Value::Array(a) => {
            a.ndim() == 0 && (a.dtype() == DType::Float32 || a.dtype().is_sized_int())
        }
        v => crate::value::bigint::as_big(v).is_some(),
    }))
}
