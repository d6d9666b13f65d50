//! NumPy's constructors from shapes and diagonals: `diag diagflat tri triu
//! tril meshgrid indices unravel_index ravel_multi_index atleast_1d/2d/3d
//! ascontiguousarray fromiter ndenumerate ndindex logspace geomspace`.

use super::rearrange::arr;
use super::{Args, Context, Registry};
use crate::array::{DType, Element, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{to_f64, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, Dimension, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("diag", diag, "diag(v, k=0)\n\nThe k-th diagonal of a 2-d array, or a 2-d array with v on its k-th diagonal.\n\n>>> diag([1, 2])\narray([[1, 0],\n       [0, 2]])");
    r.add("diagflat", diagflat, "diagflat(v, k=0)\n\nA 2-d array with the flattened v on its k-th diagonal.\n\n>>> diagflat([[1, 2]])\narray([[1, 0],\n       [0, 2]])");
    r.add("tri", tri, "tri(N, M=None, k=0, dtype=float)\n\nOnes at and below the k-th diagonal, zeros elsewhere.\n\n>>> tri(2)\narray([[1., 0.],\n       [1., 1.]])");
    r.add("triu", triu, "triu(m, k=0)\n\nThe array with the elements below the k-th diagonal zeroed (of the last two axes).\n\n>>> triu([[1, 2], [3, 4]])\narray([[1, 2],\n       [0, 4]])");
    r.add("tril", tril, "tril(m, k=0)\n\nThe array with the elements above the k-th diagonal zeroed.\n\n>>> tril([[1, 2], [3, 4]])\narray([[1, 0],\n       [3, 4]])");
    r.add("meshgrid", meshgrid, "meshgrid(*xi, indexing='xy', sparse=False)\n\nCoordinate arrays from coordinate vectors (a tuple of arrays).\n\n>>> X, Y = meshgrid([1, 2], [5, 6, 7]); X.shape\n(3, 2)");
    r.add("indices", indices, "indices(dimensions, dtype=int, sparse=False)\n\nAn array of the index grids of a shape, one per axis.\n\n>>> indices((2, 2))[0]\narray([[0, 0],\n       [1, 1]])");
    r.add("unravel_index", unravel_index, "unravel_index(indices, shape, order='C')\n\nThe coordinates (a tuple) of flat indices in an array of the given shape.\n\n>>> unravel_index(99, (6, 7, 8))\n(1, 5, 3)");
    r.add("ravel_multi_index", ravel_multi_index, "ravel_multi_index(multi_index, dims, mode='raise', order='C')\n\nThe flat indices of coordinate arrays.\n\n>>> ravel_multi_index(([3, 6], [4, 5]), (7, 6))\narray([22, 41])");
    r.add("atleast_1d", atleast_1d, "atleast_1d(*arys)\n\nThe inputs as arrays of at least one dimension (a tuple for several).\n\n>>> atleast_1d(1.0)\narray([1.])");
    r.add("atleast_2d", atleast_2d, "atleast_2d(*arys)\n\nThe inputs as arrays of at least two dimensions.\n\n>>> atleast_2d([1, 2]).shape\n(1, 2)");
    r.add("atleast_3d", atleast_3d, "atleast_3d(*arys)\n\nThe inputs as arrays of at least three dimensions.\n\n>>> atleast_3d([1, 2]).shape\n(1, 2, 1)");
    r.add("ascontiguousarray", ascontiguousarray, "ascontiguousarray(a, dtype=None)\n\nThe array in C order (arr's arrays always are), at least 1-d.\n\n>>> ascontiguousarray(5)\narray([5])");
    r.add("fromiter", fromiter, "fromiter(iter, dtype, count=-1)\n\nA 1-d array from an iterable (a generator, a range, ...).\n\n>>> fromiter(range(4), dtype=float)\narray([0., 1., 2., 3.])");
    r.add("ndenumerate", ndenumerate, "ndenumerate(arr)\n\nPairs (index tuple, value) of every element, in C order.\n\n>>> list(ndenumerate([[1, 2]]))\n[((0, 0), 1), ((0, 1), 2)]");
    r.add("ndindex", ndindex, "ndindex(*shape)\n\nEvery index tuple of a shape, in C order.\n\n>>> list(ndindex(2, 2))\n[(0, 0), (0, 1), (1, 0), (1, 1)]");
    r.add("logspace", logspace, "logspace(start, stop, num=50, endpoint=True, base=10.0)\n\nNumbers spaced evenly on a log scale: base ** linspace(start, stop, num).\n\n>>> logspace(0, 2, 3)\narray([  1.,  10., 100.])");
    r.add("geomspace", geomspace, "geomspace(start, stop, num=50, endpoint=True)\n\nNumbers spaced evenly on a log scale, from start to stop.\n\n>>> geomspace(1, 1000, 4)\narray([   1.,   10.,  100., 1000.])");
}

fn k_arg(v: &Value, what: &str) -> Result<i64> {
    match v {
        Value::None => Ok(0),
        v => to_i64(v, what),
    }
}

/// The 2-d array of `v` on diagonal `k`.
fn on_diagonal(v: &NdArray, k: i64) -> Result<NdArray> {
    let n = v.len();
    let size = n
        .checked_add(k.unsigned_abs() as usize)
        .ok_or_else(|| Error::value("diag(): k is too large"))?;
    crate::array::alloc::check_shape("diag", &[size, size], v.dtype().itemsize())?;
    fn build<T: Element>(x: &ArrayD<T>, size: usize, k: i64) -> ArrayD<T> {
        let mut out = ArrayD::from_elem(IxDyn(&[size, size]), T::default());
        for (i, &val) in x.iter().enumerate() {
            let (r, c) = if k >= 0 {
                (i, i + k as usize)
            } else {
                (i + k.unsigned_abs() as usize, i)
            };
            out[[r, c].as_slice()] = val;
        }
        out
    }
    Ok(crate::map_array!(v, x => build(x, size, k)))
}

/// Diagonal `k` of a 2-d array.
fn diagonal_of(m: &NdArray, k: i64) -> NdArray {
    let (rows, cols) = (m.shape()[0] as i64, m.shape()[1] as i64);
    let (r0, c0) = if k >= 0 {
        (0, k)
    } else {
        (k.saturating_neg(), 0)
    };
    let len = (rows - r0).min(cols - c0).max(0) as usize;
    crate::map_array!(m, x => {
        let vals: Vec<_> = (0..len)
            .map(|i| x[[r0 as usize + i, c0 as usize + i].as_slice()])
            .collect();
        ArrayD::from_shape_vec(IxDyn(&[len]), vals).unwrap_or_else(|_| ArrayD::from_elem(IxDyn(&[0]), Default::default()))
    })
}

fn diag(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [v, k] = args.bind("diag", ["v", "k"], 1)?;
    let x = arr(&v, "diag()")?;
    let k = k_arg(&k, "diag(k=)")?;
    match x.ndim() {
        1 => on_diagonal(&x, k).map(Value::from_array),
        2 => Ok(Value::from_array(diagonal_of(&x, k))),
        _ => Err(Error::value("diag(): Input must be 1- or 2-d.")),
    }
}

fn diagflat(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [v, k] = args.bind("diagflat", ["v", "k"], 1)?;
    let x = crate::builtins::shape::reshape_to(&arr(&v, "diagflat()")?, &[-1])?;
    on_diagonal(&x, k_arg(&k, "diagflat(k=)")?).map(Value::from_array)
}

fn tri(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, m, k, dtype] = args.bind("tri", ["N", "M", "k", "dtype"], 1)?;
    let n = to_i64(&n, "tri(N=)")?.max(0) as usize;
    let m = match m {
        Value::None => n,
        v => to_i64(&v, "tri(M=)")?.max(0) as usize,
    };
    let k = k_arg(&k, "tri(k=)")?;
    crate::array::alloc::check_shape("tri", &[n, m], 8)?;
    let ones = ArrayD::from_shape_fn(IxDyn(&[n, m]), |ix| {
        if (ix[1] as i64) - (ix[0] as i64) <= k {
            1.0
        } else {
            0.0
        }
    });
    let dt = match dtype {
        Value::None => DType::Float64,
        v => crate::value::convert::to_dtype(&v, "tri(dtype=)")?,
    };
    Ok(Value::from_array(NdArray::F64(ones).astype(dt)))
}

/// Keeps elements where `keep(col - row)` on the last two axes.
fn triangle(m: &Value, k: &Value, what: &str, upper: bool) -> Result<Value> {
    let mut x = arr(m, what)?;
    let k = k_arg(k, what)?;
    if x.ndim() == 0 {
        return Err(Error::type_error(format!(
            "{what}: array of dimension 0 has no triangle (at least 1-d needed)"
        )));
    }
    if x.ndim() == 1 {
        // A vector is the row repeated, as NumPy does.
        let n = x.len();
        x = crate::map_array!(&x, v => v
            .broadcast(IxDyn(&[n, n]))
            .map(|b| b.to_owned())
            .unwrap_or_else(|| v.clone()));
    }
    let nd = x.ndim();
    fn apply<T: Element>(x: &ArrayD<T>, nd: usize, k: i64, upper: bool) -> ArrayD<T> {
        let mut out = x.clone();
        for (ix, v) in out.indexed_iter_mut() {
            let d = ix[nd - 1] as i64 - ix[nd - 2] as i64;
            let keep = if upper { d >= k } else { d <= k };
            if !keep {
                *v = T::default();
            }
        }
        out
    }
    Ok(Value::from_array(
        crate::map_array!(&x, v => apply(v, nd, k, upper)),
    ))
}

fn triu(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m, k] = args.bind("triu", ["m", "k"], 1)?;
    triangle(&m, &k, "triu()", true)
}

fn tril(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [m, k] = args.bind("tril", ["m", "k"], 1)?;
    triangle(&m, &k, "tril()", false)
}

fn meshgrid(_: &mut dyn Context, args: Args) -> Result<Value> {
    let mut indexing = "xy".to_string();
    let mut sparse = false;
    for (k, v) in &args.kw {
        match &**k {
            "indexing" => {
                indexing = crate::value::format::value_str(v);
                if indexing != "xy" && indexing != "ij" {
                    return Err(Error::value(
                        "meshgrid(): Valid values for `indexing` are 'xy' and 'ij'.",
                    ));
                }
            }
            "sparse" => sparse = super::opt_bool(v, "meshgrid", "sparse", false)?,
            "copy" => {}
            other => {
                return Err(Error::type_error(format!(
                    "meshgrid() got an unexpected keyword argument '{other}'"
                )))
            }
        }
    }
    let xs: Vec<NdArray> = args
        .pos
        .iter()
        .map(|v| crate::builtins::shape::reshape_to(&arr(v, "meshgrid()")?, &[-1]))
        .collect::<Result<_>>()?;
    let n = xs.len();
    let mut shape: Vec<usize> = xs.iter().map(|x| x.len()).collect();
    if indexing == "xy" && n > 1 {
        shape.swap(0, 1);
    }
    let mut out = Vec::with_capacity(n);
    for (i, x) in xs.iter().enumerate() {
        let mut axis = i;
        if indexing == "xy" && n > 1 && i < 2 {
            axis = 1 - i;
        }
        let mut s1 = vec![1i64; n];
        s1[axis] = x.len() as i64;
        let shaped = crate::builtins::shape::reshape_to(x, &s1)?;
        if sparse {
            out.push(Value::from_array(shaped));
        } else {
            crate::array::alloc::check_shape("meshgrid", &shape, x.dtype().itemsize())?;
            let full = crate::map_array!(&shaped, v => v
                .broadcast(IxDyn(&shape))
                .map(|b| b.to_owned())
                .ok_or_else(|| Error::value("meshgrid(): cannot broadcast"))?);
            out.push(Value::from_array(full));
        }
    }
    Ok(Value::tuple(out))
}

fn dims_of(v: &Value, what: &str) -> Result<Vec<usize>> {
    match v {
        Value::Tuple(_) | Value::List(_) | Value::Array(_) => {
            crate::value::convert::to_i64_list(v, what)?
                .into_iter()
                .map(|d| {
                    usize::try_from(d).map_err(|_| {
                        Error::value(format!("{what}: negative dimensions are not allowed"))
                    })
                })
                .collect()
        }
        v => Ok(vec![usize::try_from(to_i64(v, what)?).map_err(|_| {
            Error::value(format!("{what}: negative dimensions are not allowed"))
        })?]),
    }
}

fn indices(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [dimensions, dtype, sparse] = args.bind("indices", ["dimensions", "dtype", "sparse"], 1)?;
    // A generator of sizes (`indices(len(x) for x in arrays)`) is a shape too.
    let dimensions = match &dimensions {
        Value::Host(_) => Value::tuple(crate::value::convert::iter_values(&dimensions, cx)?),
        _ => dimensions,
    };
    let shape = dims_of(&dimensions, "indices()")?;
    let sparse = super::opt_bool(&sparse, "indices", "sparse", false)?;
    let dt = match dtype {
        Value::None => DType::Int64,
        v => crate::value::convert::to_dtype(&v, "indices(dtype=)")?,
    };
    let n = shape.len();
    let grid = |i: usize, full: bool| -> Result<NdArray> {
        let s: Vec<usize> = if full {
            shape.clone()
        } else {
            (0..n).map(|d| if d == i { shape[d] } else { 1 }).collect()
        };
        crate::array::alloc::check_shape("indices", &s, 8)?;
        Ok(NdArray::Int(ArrayD::from_shape_fn(IxDyn(&s), |ix| ix[i] as i64)).astype(dt))
    };
    if sparse {
        return Ok(Value::tuple(
            (0..n)
                .map(|i| grid(i, false).map(Value::from_array))
                .collect::<Result<_>>()?,
        ));
    }
    let parts: Vec<NdArray> = (0..n).map(|i| grid(i, true)).collect::<Result<_>>()?;
    if parts.is_empty() {
        return Ok(Value::from_array(
            NdArray::Int(ArrayD::from_elem(IxDyn(&[0]), 0)).astype(dt),
        ));
    }
    crate::builtins::shape::stack_arrays(&parts, 0, "indices()").map(Value::from_array)
}

fn order_arg(v: &Value, what: &str) -> Result<bool> {
    match v {
        Value::None => Ok(false),
        Value::Str(s) if &**s == "C" => Ok(false),
        Value::Str(s) if &**s == "F" => Ok(true),
        _ => Err(Error::value(format!(
            "{what}: only 'C' or 'F' order is permitted"
        ))),
    }
}

fn unravel_index(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [ind, shape, order] = args.bind("unravel_index", ["indices", "shape", "order"], 2)?;
    let fortran = order_arg(&order, "unravel_index()")?;
    let dims = dims_of(&shape, "unravel_index()")?;
    let ia = arr(&ind, "unravel_index()")?;
    if ia.dtype().is_float() {
        return Err(Error::type_error(
            "unravel_index(): only int indices permitted",
        ));
    }
    let total: usize = dims
        .iter()
        .try_fold(1usize, |a, &d| a.checked_mul(d))
        .ok_or_else(|| Error::value("unravel_index(): dimensions are too large"))?;
    let flat: Vec<i64> = ia.to_i64().iter().copied().collect();
    let mut cols: Vec<Vec<i64>> = vec![Vec::with_capacity(flat.len()); dims.len()];
    for &i in &flat {
        if i < 0 || i as usize >= total {
            return Err(Error::value(format!(
                "unravel_index(): index {i} is out of bounds for array with size {total}"
            )));
        }
        let mut rem = i as usize;
        let order: Vec<usize> = if fortran {
            (0..dims.len()).collect()
        } else {
            (0..dims.len()).rev().collect()
        };
        for d in order {
            cols[d].push((rem % dims[d]) as i64);
            rem /= dims[d];
        }
    }
    let shape_i = ia.shape().to_vec();
    let out: Vec<Value> = cols
        .into_iter()
        .map(|c| {
            if shape_i.is_empty() {
                Ok(Value::Int(c[0]))
            } else {
                ArrayD::from_shape_vec(IxDyn(&shape_i), c)
                    .map(|a| Value::from_array(NdArray::Int(a)))
                    .map_err(|e| Error::value(e.to_string()))
            }
        })
        .collect::<Result<_>>()?;
    Ok(Value::tuple(out))
}

fn ravel_multi_index(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [multi, dims, mode, order] = args.bind(
        "ravel_multi_index",
        ["multi_index", "dims", "mode", "order"],
        2,
    )?;
    let fortran = order_arg(&order, "ravel_multi_index()")?;
    let dims = dims_of(&dims, "ravel_multi_index()")?;
    let parts = crate::value::convert::items_of(&multi, "ravel_multi_index")?;
    if parts.len() != dims.len() {
        return Err(Error::value(format!(
            "ravel_multi_index(): parameter multi_index must be a sequence of length {}",
            dims.len()
        )));
    }
    let modes: Vec<String> = match &mode {
        Value::None => vec!["raise".into(); dims.len()],
        Value::Str(s) => vec![s.to_string(); dims.len()],
        v => crate::value::convert::items_of(v, "ravel_multi_index")?
            .iter()
            .map(crate::value::format::value_str)
            .collect(),
    };
    if modes.len() != dims.len()
        || modes
            .iter()
            .any(|m| !["raise", "wrap", "clip"].contains(&m.as_str()))
    {
        return Err(Error::value(
            "ravel_multi_index(): clipmode must be one of 'clip', 'raise', or 'wrap'",
        ));
    }
    let arrays: Vec<NdArray> = parts
        .iter()
        .map(|p| arr(p, "ravel_multi_index()"))
        .collect::<Result<_>>()?;
    let mut shape: Vec<usize> = Vec::new();
    for a in &arrays {
        shape = crate::array::broadcast::broadcast_shapes(&shape, a.shape()).ok_or_else(|| {
            Error::value("ravel_multi_index(): shape mismatch: objects cannot be broadcast to a single shape")
        })?;
    }
    let cols: Vec<Vec<i64>> = arrays
        .iter()
        .map(|a| {
            let x = a.to_i64();
            x.broadcast(IxDyn(&shape))
                .map(|b| b.iter().copied().collect())
                .ok_or_else(|| Error::value("ravel_multi_index(): cannot broadcast"))
        })
        .collect::<Result<_>>()?;
    let count = cols.first().map(Vec::len).unwrap_or(0);
    let mut out = Vec::with_capacity(count);
    #[allow(clippy::needless_range_loop)]
    for k in 0..count {
        let mut flat: i64 = 0;
        let order: Vec<usize> = if fortran {
            (0..dims.len()).rev().collect()
        } else {
            (0..dims.len()).collect()
        };
        for d in order {
            let n = dims[d] as i64;
            let mut v = cols[d][k];
            match modes[d].as_str() {
                "wrap" => v = v.rem_euclid(n.max(1)),
                "clip" => v = v.clamp(0, (n - 1).max(0)),
                _ => {
                    if v < 0 || v >= n {
                        return Err(Error::value(
                            "ravel_multi_index(): invalid entry in coordinates array",
                        ));
                    }
                }
            }
            flat = flat
                .checked_mul(n)
                .and_then(|f| f.checked_add(v))
                .ok_or_else(|| Error::value("ravel_multi_index(): invalid dims: array size defined by dims is larger than the maximum possible size."))?;
        }
        out.push(flat);
    }
    if shape.is_empty() {
        return Ok(Value::Int(out.first().copied().unwrap_or(0)));
    }
    Ok(Value::from_array(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&shape), out).map_err(|e| Error::value(e.to_string()))?,
    )))
}

/// `atleast_Nd` of each argument (a tuple for several).
fn at_least(args: Args, what: &str, grow: fn(&[usize]) -> Vec<usize>) -> Result<Value> {
    args.no_keywords(what)?;
    let mut out = Vec::with_capacity(args.pos.len());
    for v in &args.pos {
        let a = arr(v, what)?;
        let shape: Vec<i64> = grow(a.shape()).into_iter().map(|d| d as i64).collect();
        out.push(Value::from_array(crate::builtins::shape::reshape_to(
            &a, &shape,
        )?));
    }
    Ok(if out.len() == 1 {
        out.remove(0)
    } else {
        Value::tuple(out)
    })
}

fn atleast_1d(_: &mut dyn Context, args: Args) -> Result<Value> {
    at_least(args, "atleast_1d", |s| {
        if s.is_empty() {
            vec![1]
        } else {
            s.to_vec()
        }
    })
}

fn atleast_2d(_: &mut dyn Context, args: Args) -> Result<Value> {
    at_least(args, "atleast_2d", |s| match s.len() {
        0 => vec![1, 1],
        1 => vec![1, s[0]],
        _ => s.to_vec(),
    })
}

fn atleast_3d(_: &mut dyn Context, args: Args) -> Result<Value> {
    at_least(args, "atleast_3d", |s| match s.len() {
        0 => vec![1, 1, 1],
        1 => vec![1, s[0], 1],
        2 => vec![s[0], s[1], 1],
        _ => s.to_vec(),
    })
}

fn ascontiguousarray(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, dtype] = args.bind("ascontiguousarray", ["a", "dtype"], 1)?;
    let mut x = arr(&a, "ascontiguousarray()")?;
    if x.ndim() == 0 {
        x = crate::builtins::shape::reshape_to(&x, &[1])?;
    }
    if !matches!(dtype, Value::None) {
        x = x.astype(crate::value::convert::to_dtype(
            &dtype,
            "ascontiguousarray(dtype=)",
        )?);
    }
    Ok(Value::from_array(x))
}

fn fromiter(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [it, dtype, count] = args.bind("fromiter", ["iter", "dtype", "count"], 1)?;
    if let Value::None = dtype {
        return Err(Error::type_error(
            "fromiter() missing required argument 'dtype' (pos 2)",
        ));
    }
    let dt = crate::value::convert::to_dtype(&dtype, "fromiter(dtype=)")?;
    let count = match count {
        Value::None => -1,
        v => to_i64(&v, "fromiter(count=)")?,
    };
    let items = crate::value::convert::iter_values(&it, cx)?;
    let items: Vec<Value> = if count >= 0 {
        if (items.len() as i64) < count {
            return Err(Error::value(format!(
                "fromiter(): iterator too short: Expected {count} but iterator had only {} items.",
                items.len()
            )));
        }
        items.into_iter().take(count as usize).collect()
    } else {
        items
    };
    let vals: Vec<f64> = items
        .iter()
        .map(|v| to_f64(v, "fromiter()"))
        .collect::<Result<_>>()?;
    let ints: Option<Vec<i64>> = if dt == DType::Float64 || dt == DType::Float32 {
        None
    } else {
        Some(
            items
                .iter()
                .map(|v| match v {
                    Value::Bool(b) => Ok(*b as i64),
                    v => to_i64(v, "fromiter()")
                        .or_else(|_| to_f64(v, "fromiter()").map(|f| f as i64)),
                })
                .collect::<Result<_>>()?,
        )
    };
    let n = vals.len();
    let a = match ints {
        Some(iv) => NdArray::Int(
            ArrayD::from_shape_vec(IxDyn(&[n]), iv).map_err(|e| Error::value(e.to_string()))?,
        ),
        None => NdArray::F64(
            ArrayD::from_shape_vec(IxDyn(&[n]), vals).map_err(|e| Error::value(e.to_string()))?,
        ),
    };
    Ok(Value::from_array(a.astype(dt)))
}

fn index_tuple(ix: &[usize]) -> Value {
    Value::tuple(ix.iter().map(|&i| Value::Int(i as i64)).collect())
}

fn ndenumerate(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("ndenumerate", ["arr"], 1)?;
    let x = arr(&a, "ndenumerate()")?;
    crate::value::convert::check_list("ndenumerate", x.len())?;
    cx.charge(x.len() as u64)?;
    let mut out = Vec::with_capacity(x.len());
    crate::with_array!(&x, v => {
        for (ix, val) in v.indexed_iter() {
            let s = val.to_scalar().map(Value::from).unwrap_or_else(|| {
                Value::from_array(NdArray::F64(ArrayD::from_elem(IxDyn(&[]), 0.0)))
            });
            out.push(Value::tuple(vec![index_tuple(ix.slice()), s]));
        }
    });
    Ok(Value::list(out))
}

fn ndindex(cx: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("ndindex")?;
    let shape: Vec<usize> = match args.pos.as_slice() {
        [v @ (Value::Tuple(_) | Value::List(_))] => dims_of(v, "ndindex()")?,
        items => items
            .iter()
            .map(|v| {
                dims_of(v, "ndindex()")?.first().copied().ok_or_else(|| {
                    Error::type_error(
                        "ndindex(): each dimension must be an integer, not an empty shape",
                    )
                })
            })
            .collect::<Result<_>>()?,
    };
    let total = crate::array::alloc::check_shape("ndindex", &shape, 8)?;
    crate::value::convert::check_list("ndindex", total)?;
    cx.charge(total as u64)?;
    let grid = ArrayD::from_elem(IxDyn(&shape), 0u8);
    let out: Vec<Value> = grid
        .indexed_iter()
        .map(|(ix, _)| index_tuple(ix.slice()))
        .collect();
    Ok(Value::list(out))
}

fn spaced(start: f64, stop: f64, num: usize, endpoint: bool) -> Vec<f64> {
    let div = if endpoint { num.saturating_sub(1) } else { num };
    let step = if div > 0 {
        (stop - start) / div as f64
    } else {
        0.0
    };
    let mut v: Vec<f64> = (0..num).map(|i| start + i as f64 * step).collect();
    if endpoint && num > 1 {
        v[num - 1] = stop;
    }
    v
}

fn num_arg(v: &Value, what: &str) -> Result<usize> {
    match v {
        Value::None => Ok(50),
        v => usize::try_from(to_i64(v, what)?)
            .map_err(|_| Error::value(format!("{what}: Number of samples must be non-negative."))),
    }
}

fn logspace(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [start, stop, num, endpoint, base] =
        args.bind("logspace", ["start", "stop", "num", "endpoint", "base"], 2)?;
    let num = num_arg(&num, "logspace(num=)")?;
    crate::array::alloc::check("logspace", num, 8)?;
    let endpoint = super::opt_bool(&endpoint, "logspace", "endpoint", true)?;
    let base = if let Value::None = base {
        10.0
    } else {
        to_f64(&base, "logspace(base=)")?
    };
    let e = spaced(
        to_f64(&start, "logspace()")?,
        to_f64(&stop, "logspace()")?,
        num,
        endpoint,
    );
    let v: Vec<f64> = e.into_iter().map(|x| base.powf(x)).collect();
    Ok(Value::from_array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&[num]), v).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn geomspace(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [start, stop, num, endpoint] =
        args.bind("geomspace", ["start", "stop", "num", "endpoint"], 2)?;
    let num = num_arg(&num, "geomspace(num=)")?;
    crate::array::alloc::check("geomspace", num, 8)?;
    let endpoint = super::opt_bool(&endpoint, "geomspace", "endpoint", true)?;
    let (a, b) = (
        to_f64(&start, "geomspace()")?,
        to_f64(&stop, "geomspace()")?,
    );
    if a == 0.0 || b == 0.0 {
        return Err(Error::value(
            "geomspace(): Geometric sequence cannot include zero",
        ));
    }
    let neg = a < 0.0 && b < 0.0;
    let (la, lb) = (a.abs().log10(), b.abs().log10());
    let mut v: Vec<f64> = spaced(la, lb, num, endpoint)
        .into_iter()
        .map(|x| 10f64.powf(x))
        .collect();
    if num > 0 {
        v[0] = a.abs();
        if endpoint && num > 1 {
            v[num - 1] = b.abs();
        }
    }
    if neg {
        v.iter_mut().for_each(|x| *x = -*x);
    }
    Ok(Value::from_array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&[num]), v).map_err(|e| Error::value(e.to_string()))?,
    )))
}
