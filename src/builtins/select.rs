//! Selection and broadcasting: `take_along_axis put_along_axis choose
//! select broadcast_to broadcast_arrays full_like`, and the matrix
//! helpers `matrix_power multi_dot`.

use super::rearrange::{arr, axis_error};
use super::stats::call;
use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::to_i64;
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("take_along_axis", take_along_axis, "take_along_axis(arr, indices, axis)\n\nValues at the indices along an axis (as argsort's or argmax(keepdims=True)'s).\n\n>>> take_along_axis([[3, 1], [2, 4]], [[1], [0]], 1)\narray([[1],\n       [2]])");
    r.add("put_along_axis", put_along_axis, "put_along_axis(arr, indices, values, axis)\n\nWrites values at the indices along an axis of the variable arr.\n\n>>> a = zeros((2, 2)); put_along_axis(a, [[1], [0]], 5, 1); a\narray([[0., 5.],\n       [5., 0.]])");
    r.add("choose", choose, "choose(a, choices, mode='raise')\n\nEach element from the choice its index in a names.\n\n>>> choose([0, 1, 0], [[1, 2, 3], [10, 20, 30]])\narray([ 1, 20,  3])");
    r.add("select", select, "select(condlist, choicelist, default=0)\n\nEach element from the first choice whose condition holds.\n\n>>> x = arange(5); select([x < 2, x > 3], [x, x * 10], -1)\narray([ 0,  1, -1, -1, 40])");
    r.add("broadcast_to", broadcast_to, "broadcast_to(array, shape)\n\nThe array repeated to a shape it broadcasts to.\n\n>>> broadcast_to([1, 2], (2, 2))\narray([[1, 2],\n       [1, 2]])");
    r.add("broadcast_arrays", broadcast_arrays, "broadcast_arrays(*args)\n\nThe arrays broadcast to their common shape (a tuple).\n\n>>> broadcast_arrays([1, 2], [[3], [4]])[0]\narray([[1, 2],\n       [1, 2]])");
    r.add("full_like", full_like, "full_like(a, fill_value, dtype=None)\n\nAn array of a's shape and dtype filled with a value.\n\n>>> full_like([1, 2, 3], 2.9)\narray([2, 2, 2])");
    r.add("matrix_power", matrix_power, "matrix_power(a, n)\n\nThe square matrix raised to the integer power n (the inverse for negative n).\n\n>>> matrix_power([[1, 1], [0, 1]], 3)\narray([[1, 3],\n       [0, 1]])");
    r.add("multi_dot", multi_dot, "multi_dot(arrays)\n\nThe product of a sequence of matrices.\n\n>>> multi_dot([eye(2), [[1, 2], [3, 4]], eye(2)])\narray([[1., 2.],\n       [3., 4.]])");
}

/// The full index tuple of each element of `indices` along `axis`.
fn along(
    a: &NdArray,
    indices: &NdArray,
    axis: &Value,
    what: &str,
) -> Result<(NdArray, NdArray, usize)> {
    if indices.dtype().is_float() {
        return Err(Error::index(format!(
            "{what}: `indices` must be an integer array"
        )));
    }
    let (a, indices, ax) = match axis {
        Value::None => {
            if indices.ndim() != 1 {
                return Err(Error::value(format!(
                    "{what}: when axis=None, `indices` must have a single dimension."
                )));
            }
            (
                crate::builtins::shape::reshape_to(a, &[-1])?,
                indices.clone(),
                0,
            )
        }
        v => {
            let ax = axis_error(to_i64(v, what)?, a.ndim(), what)?;
            if indices.ndim() != a.ndim() {
                return Err(Error::value(format!(
                    "{what}: `indices` and `arr` must have the same number of dimensions"
                )));
            }
            (a.clone(), indices.clone(), ax)
        }
    };
    Ok((a, indices, ax))
}

fn take_along_axis(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, indices, axis] = args.bind("take_along_axis", ["arr", "indices", "axis"], 2)?;
    let (x, idx, ax) = along(
        &arr(&a, "take_along_axis()")?,
        &arr(&indices, "take_along_axis()")?,
        &axis,
        "take_along_axis()",
    )?;
    let mut shape = crate::array::broadcast::broadcast_shapes(
        &x.shape()
            .iter()
            .enumerate()
            .map(|(d, &n)| if d == ax { 1 } else { n })
            .collect::<Vec<_>>(),
        &idx.shape()
            .iter()
            .enumerate()
            .map(|(d, &n)| if d == ax { 1 } else { n })
            .collect::<Vec<_>>(),
    )
    .ok_or_else(|| {
        Error::value(
            "take_along_axis(): shape mismatch: objects cannot be broadcast to a single shape",
        )
    })?;
    shape[ax] = idx.shape()[ax];
    let iv = idx.to_i64();
    let ib = iv
        .broadcast(IxDyn(&shape))
        .ok_or_else(|| Error::value("take_along_axis(): shape mismatch"))?;
    let n = x.shape()[ax] as i64;
    let mut src_shape = shape.clone();
    src_shape[ax] = x.shape()[ax];
    let xb = crate::map_array!(&x, v => v.broadcast(IxDyn(&src_shape)).map(|b| b.to_owned()).ok_or_else(|| Error::value("take_along_axis(): shape mismatch"))?);
    let mut err = None;
    let out = crate::map_array!(&xb, v => ArrayD::from_shape_fn(IxDyn(&shape), |ix| {
        let mut src: Vec<usize> = (0..shape.len()).map(|d| ix[d]).collect();
        let i = ib[src.as_slice()];
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            err = Some(i);
            src[ax] = 0;
        } else {
            src[ax] = j as usize;
        }
        v[src.as_slice()]
    }));
    if let Some(i) = err {
        return Err(Error::index(format!(
            "take_along_axis(): index {i} is out of bounds for axis {ax} with size {n}"
        )));
    }
    Ok(Value::from_array(out))
}

/// Returns the updated array; the evaluator stores it into `arr`.
fn put_along_axis(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, indices, values, axis] =
        args.bind("put_along_axis", ["arr", "indices", "values", "axis"], 4)?;
    let orig = arr(&a, "put_along_axis()")?;
    let (x, idx, ax) = along(
        &orig,
        &arr(&indices, "put_along_axis()")?,
        &axis,
        "put_along_axis()",
    )?;
    let vals = arr(&values, "put_along_axis()")?.astype(x.dtype());
    let iv = idx.to_i64();
    let n = x.shape()[ax] as i64;
    let mut out = x.clone();
    let ishape = idx.shape().to_vec();
    let vb = crate::map_array!(&vals, v => v.broadcast(IxDyn(&ishape)).map(|b| b.to_owned()).ok_or_else(|| Error::value("put_along_axis(): values do not broadcast to the indices' shape"))?);
    macro_rules! go {
        ($o:expr, $v:expr) => {{
            for (ix, &i) in iv.indexed_iter() {
                let j = if i < 0 { i + n } else { i };
                if j < 0 || j >= n {
                    return Err(Error::index(format!(
                        "put_along_axis(): index {i} is out of bounds for axis {ax} with size {n}"
                    )));
                }
                let mut dst: Vec<usize> = (0..ishape.len()).map(|d| ix[d]).collect();
                let val = $v[dst.as_slice()];
                dst[ax] = j as usize;
                for (d, slot) in dst.iter_mut().enumerate() {
                    if d != ax && $o.shape()[d] == 1 {
                        *slot = 0;
                    }
                }
                $o[dst.as_slice()] = val;
            }
        }};
    }
    crate::with_pair!(&mut out, &vb, o, v => go!(o, v), {
        return Err(Error::internal(
            "put_along_axis(): dtypes differ after the cast",
        ))
    });
    let shape: Vec<i64> = orig.shape().iter().map(|&d| d as i64).collect();
    crate::builtins::shape::reshape_to(&out, &shape).map(Value::from_array)
}

fn choose(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, choices, mode] = args.bind("choose", ["a", "choices", "mode"], 2)?;
    let mode = match &mode {
        Value::None => "raise".to_string(),
        v => crate::value::format::value_str(v),
    };
    if !["raise", "wrap", "clip"].contains(&mode.as_str()) {
        return Err(Error::value(
            "choose(): clipmode must be one of 'clip', 'raise', or 'wrap'",
        ));
    }
    let items = crate::value::convert::items_of(&choices, "choose")?;
    let n = items.len() as i64;
    let idx = arr(&a, "choose()")?;
    let mut iv = idx.to_i64().into_owned();
    for v in iv.iter_mut() {
        *v = match mode.as_str() {
            "wrap" => v.rem_euclid(n.max(1)),
            "clip" => (*v).clamp(0, (n - 1).max(0)),
            _ if *v < 0 || *v >= n => {
                return Err(Error::value("choose(): invalid entry in choice array"))
            }
            _ => *v,
        };
    }
    let mut out = Value::from_array(NdArray::Int(ArrayD::zeros(IxDyn(idx.shape()))));
    let ivv = Value::from_array(NdArray::Int(iv));
    for (k, c) in items.into_iter().enumerate().rev() {
        let hit = crate::value::ops::binary(
            crate::syntax::ast::BinOp::Eq,
            &ivv,
            &Value::Int(k as i64),
            cx,
        )?;
        out = call(cx, "where", vec![hit, c, out], vec![])?;
    }
    Ok(out)
}

fn select(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [condlist, choicelist, default] =
        args.bind("select", ["condlist", "choicelist", "default"], 2)?;
    let conds = crate::value::convert::items_of(&condlist, "select")?;
    let choices = crate::value::convert::items_of(&choicelist, "select")?;
    if conds.len() != choices.len() {
        return Err(Error::value(
            "select(): list of cases must be same length as list of conditions",
        ));
    }
    for c in &conds {
        if arr(c, "select()")?.dtype() != DType::Bool {
            return Err(Error::type_error(
                "select(): invalid entry in condlist: should be boolean ndarray",
            ));
        }
    }
    let mut out = if let Value::None = default {
        Value::Int(0)
    } else {
        default
    };
    for (c, v) in conds.into_iter().zip(choices).rev() {
        out = call(cx, "where", vec![c, v, out], vec![])?;
    }
    Ok(out)
}

fn broadcast_to(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, shape] = args.bind("broadcast_to", ["array", "shape"], 2)?;
    let x = arr(&a, "broadcast_to()")?;
    let shape: Vec<usize> = match &shape {
        Value::Int(n) => vec![usize::try_from(*n).map_err(|_| {
            Error::value("broadcast_to(): all elements of broadcast shape must be non-negative")
        })?],
        v => crate::value::convert::to_shape(v, "broadcast_to()")?,
    };
    crate::array::alloc::check_shape("broadcast_to", &shape, x.dtype().itemsize())?;
    let out = crate::map_array!(&x, v => v.broadcast(IxDyn(&shape)).map(|b| b.to_owned()).ok_or_else(|| Error::value(format!(
        "broadcast_to(): operands could not be broadcast together with remapped shapes [original->remapped]: {} and requested shape {}",
        crate::value::format::shape_str(x.shape()), crate::value::format::shape_str(&shape))))?);
    Ok(Value::array(out))
}

fn broadcast_arrays(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("broadcast_arrays")?;
    let xs: Vec<NdArray> = args
        .pos
        .iter()
        .map(|v| arr(v, "broadcast_arrays()"))
        .collect::<Result<_>>()?;
    let mut shape: Vec<usize> = Vec::new();
    for x in &xs {
        shape = crate::array::broadcast::broadcast_shapes(&shape, x.shape()).ok_or_else(|| {
            Error::value(
                "broadcast_arrays(): shape mismatch: objects cannot be broadcast to a single shape",
            )
        })?;
    }
    let out: Vec<Value> = xs.iter().map(|x| {
        crate::map_array!(x, v => v.broadcast(IxDyn(&shape)).map(|b| b.to_owned()).unwrap_or_else(|| v.clone()))
    }).map(Value::array).collect();
    Ok(Value::tuple(out))
}

fn full_like(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, fill, dtype] = args.bind("full_like", ["a", "fill_value", "dtype"], 2)?;
    let x = arr(&a, "full_like()")?;
    let dt = match dtype {
        Value::None => Value::DType(x.dtype()),
        d => d,
    };
    let shape = Value::tuple(x.shape().iter().map(|&d| Value::Int(d as i64)).collect());
    call(cx, "full", vec![shape, fill, dt], vec![])
}

fn matrix_power(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, n] = args.bind("matrix_power", ["a", "n"], 2)?;
    if let Value::Float(_) = n {
        return Err(Error::type_error(
            "matrix_power(): exponent must be an integer",
        ));
    }
    let n = to_i64(&n, "matrix_power()")?;
    let x = arr(&a, "matrix_power()")?;
    if x.ndim() < 2 || x.shape()[x.ndim() - 1] != x.shape()[x.ndim() - 2] {
        return Err(Error::new(
            crate::error::ErrorKind::LinAlg,
            "matrix_power(): Last 2 dimensions of the array must be square",
        ));
    }
    let k = x.shape()[0];
    if n == 0 {
        return Ok(Value::from_array(
            NdArray::F64(ArrayD::from_shape_fn(IxDyn(&[k, k]), |ix| {
                (ix[0] == ix[1]) as i64 as f64
            }))
            .astype(x.dtype()),
        ));
    }
    let base = if n < 0 {
        arr(
            &call(cx, "inv", vec![Value::from_array(x)], vec![])?,
            "matrix_power()",
        )?
    } else {
        x
    };
    // Binary powering, as NumPy's.
    let mut e = n.unsigned_abs();
    let mut z = base;
    let mut result: Option<NdArray> = None;
    loop {
        if e & 1 == 1 {
            result = Some(match result {
                None => z.clone(),
                Some(r) => crate::array::matmul::matmul(&r, &z, "matrix_power()")?,
            });
        }
        e >>= 1;
        if e == 0 {
            break;
        }
        z = crate::array::matmul::matmul(&z, &z, "matrix_power()")?;
    }
    Ok(Value::from_array(result.unwrap_or(z)))
}

fn multi_dot(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [arrays] = args.bind("multi_dot", ["arrays"], 1)?;
    let xs = crate::value::convert::items_of(&arrays, "multi_dot")?;
    if xs.len() < 2 {
        return Err(Error::value("multi_dot(): Expecting at least two arrays."));
    }
    let mut acc = arr(&xs[0], "multi_dot()")?;
    for x in &xs[1..] {
        acc = crate::array::matmul::matmul(&acc, &arr(x, "multi_dot()")?, "multi_dot()")?;
    }
    Ok(Value::from_array(acc))
}
