//! Shape manipulation: reshape, transpose, stacking.

use super::{Args, Context, Registry};
use crate::array::transpose::transpose_all;
use crate::error::{Error, Result};

use crate::map_array;
use crate::value::convert::{norm_axis, to_array, to_i64};
use crate::value::format::shape_str;
use crate::value::{DType, NdArray, Value};
use ndarray::{ArrayViewD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("numel", numel, "numel(a)\n\nThe number of elements (PyTorch's `t.numel()`, NumPy's `a.size`).\n\n>>> numel(zeros((3, 4)))\n12");
    r.add("reshape", reshape, "reshape(a, shape)\n\nThe same data with a new shape; one dimension may be -1 to be inferred.\n\n>>> reshape(arange(6), (2, -1))\narray([[0, 1, 2],\n       [3, 4, 5]])");
    r.add("ravel", ravel, "ravel(a)\n\nThe array flattened to 1-D, in row-major order.\n\n>>> ravel([[1, 2], [3, 4]])\narray([1, 2, 3, 4])");
    r.add("flatten", ravel, "flatten(a)\n\nA 1-D copy of the array, in row-major order.\n\n>>> flatten([[1, 2], [3, 4]])\narray([1, 2, 3, 4])");
    r.add("transpose", transpose, "transpose(a, axes=none)\n\nThe array with its axes reversed, or permuted as given.\n\n>>> transpose([[1, 2, 3]])\narray([[1],\n       [2],\n       [3]])");
    r.add("concatenate", concatenate, "concatenate(arrays, axis=0)\n\nJoins arrays along an existing axis.\n\n>>> concatenate([[1, 2], [3]])\narray([1, 2, 3])");
    r.add("stack", stack, "stack(arrays, axis=0)\n\nJoins arrays of one shape along a new axis.\n\n>>> stack([[1, 2], [3, 4]], axis=1)\narray([[1, 3],\n       [2, 4]])");
    r.add("vstack", vstack, "vstack(arrays)\n\nStacks arrays vertically (1-D arrays become rows).\n\n>>> vstack([[1, 2], [3, 4]])\narray([[1, 2],\n       [3, 4]])");
    r.add("hstack", hstack, "hstack(arrays)\n\nStacks arrays horizontally (along axis 1, or 0 for 1-D arrays).\n\n>>> hstack([[1, 2], [3]])\narray([1, 2, 3])");
    r.add("expand_dims", expand_dims, "expand_dims(a, axis)\n\nInserts a new axis of length 1.\n\n>>> expand_dims([1, 2], 0).shape\n(1, 2)");
    r.add("squeeze", squeeze, "squeeze(a, axis=none)\n\nRemoves axes of length 1.\n\n>>> squeeze([[[1], [2]]]).shape\n(2,)");
}

fn wrap_err(e: ndarray::ShapeError) -> Error {
    Error::shape(e.to_string())
}

pub fn reshape_to(a: &NdArray, shape_v: &[i64]) -> Result<NdArray> {
    crate::array::check_ndim("reshape()", shape_v.len())?;
    let size = a.len();
    let unknown = shape_v.iter().filter(|&&d| d == -1).count();
    if unknown > 1 {
        return Err(Error::value(
            "reshape(): can only specify one unknown dimension (-1)",
        ));
    }
    if let Some(&d) = shape_v.iter().find(|&&d| d < -1) {
        return Err(Error::value(format!(
            "reshape(): negative dimension {d} is not allowed"
        )));
    }
    let known = shape_v
        .iter()
        .filter(|&&d| d != -1)
        .try_fold(1usize, |acc, &d| acc.checked_mul(d as usize))
        .ok_or_else(|| {
            Error::shape(format!(
                "reshape(): shape {} is too large",
                fmt_req(shape_v)
            ))
        })?;
    let dims: Vec<usize> = shape_v
        .iter()
        .map(|&d| {
            if d == -1 {
                size.checked_div(known).unwrap_or(0)
            } else {
                d as usize
            }
        })
        .collect();
    let total = dims
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .unwrap_or(usize::MAX);
    if total != size || (unknown == 1 && known != 0 && size % known != 0) {
        return Err(Error::shape(format!(
            "cannot reshape array of size {size} and shape {} into shape {}",
            shape_str(a.shape()),
            fmt_req(shape_v)
        )));
    }
    Ok(map_array!(a, x => {
        let std = x.as_standard_layout().into_owned();
        std.into_shape_with_order(IxDyn(&dims)).map_err(wrap_err)?
    }))
}

fn fmt_req(s: &[i64]) -> String {
    match s {
        [n] => format!("({n},)"),
        _ => format!(
            "({})",
            s.iter()
                .map(|d| d.to_string())
                .collect::<Vec<_>>()
                .join(", ")
        ),
    }
}

fn reshape(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("reshape")?;
    let mut pos = args.pos.into_iter();
    let a = pos
        .next()
        .ok_or_else(|| Error::type_error("reshape() missing required argument 'a'"))?;
    let rest: Vec<Value> = pos.collect();
    let shape: Vec<i64> = match rest.as_slice() {
        [] => {
            return Err(Error::type_error(
                "reshape() missing required argument 'shape'",
            ))
        }
        [t @ (Value::Tuple(_) | Value::List(_))] => crate::value::convert::seq_items(t)
            .unwrap_or_default()
            .iter()
            .map(|v| to_i64(v, "reshape(shape=)"))
            .collect::<Result<_>>()?,
        items => items
            .iter()
            .map(|v| to_i64(v, "reshape(shape=)"))
            .collect::<Result<_>>()?,
    };
    let arr = to_array(&a, "reshape()")?;
    reshape_to(&arr, &shape).map(Value::from_array)
}

fn ravel(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("ravel", ["a"], 1)?;
    let arr = to_array(&a, "ravel()")?;
    reshape_to(&arr, &[-1]).map(Value::from_array)
}

fn transpose(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axes] = args.bind("transpose", ["a", "axes"], 1)?;
    let arr = to_array(&a, "transpose()")?;
    match axes {
        Value::None => Ok(Value::from_array(transpose_all(&arr))),
        v => {
            let nd = arr.ndim();
            let items = crate::builtins::core::items_of(&v, "transpose")?;
            let perm: Vec<usize> = items
                .iter()
                .map(|x| norm_axis(to_i64(x, "transpose(axes=)")?, nd, "transpose()"))
                .collect::<Result<_>>()?;
            let mut seen = perm.clone();
            seen.sort_unstable();
            seen.dedup();
            if perm.len() != nd || seen.len() != nd {
                return Err(Error::value(format!(
                    "transpose(): axes don't match array: got {} axes for an array of dimension {nd}",
                    perm.len()
                )));
            }
            Ok(Value::from_array(
                map_array!(&*arr, x => x.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned()),
            ))
        }
    }
}

/// The arrays of a sequence argument, cast to their common dtype.
fn array_list(v: &Value, fname: &str) -> Result<Vec<NdArray>> {
    let items: Vec<NdArray> = match v {
        Value::List(_) | Value::Tuple(_) => crate::value::convert::seq_items(v)
            .unwrap_or_default()
            .iter()
            .map(|x| to_array(x, &format!("{fname}()")).map(|a| a.into_owned()))
            .collect::<Result<_>>()?,
        Value::Array(a) if a.ndim() > 0 => {
            // One array object per row, even for rows without elements.
            crate::array::alloc::check(
                &format!("{fname}()"),
                a.shape()[0],
                std::mem::size_of::<NdArray>(),
            )?;
            (0..a.shape()[0])
                .map(|i| {
                    crate::array::index::get_array(a, &[crate::array::index::Idx::Int(i as i64)])
                        .map(|p| match p {
                            crate::array::Picked::Array(a) => a,
                            crate::array::Picked::Scalar(s) => s.to_array(),
                        })
                })
                .collect::<Result<_>>()?
        }
        other => {
            return Err(Error::type_error(format!(
                "{fname}() takes a list or tuple of arrays, not {}",
                other.type_name()
            )))
        }
    };
    if items.is_empty() {
        return Err(Error::value(format!("{fname}(): need at least one array")));
    }
    let dt = items
        .iter()
        .map(NdArray::dtype)
        .reduce(DType::promote)
        .unwrap_or(DType::Float64);
    Ok(items.into_iter().map(|a| a.into_dtype(dt)).collect())
}

macro_rules! join_typed {
    ($arrays:expr, $f:expr) => {{
        let arrays: &[NdArray] = $arrays;
        match arrays[0].dtype() {
            DType::Bool => NdArray::Bool($f(&views(arrays, |a| {
                if let NdArray::Bool(x) = a {
                    Some(x.view())
                } else {
                    None
                }
            }))?),
            DType::Int64 => NdArray::Int($f(&views(arrays, |a| {
                if let NdArray::Int(x) = a {
                    Some(x.view())
                } else {
                    None
                }
            }))?),
            DType::Float32 => NdArray::F32($f(&views(arrays, |a| {
                if let NdArray::F32(x) = a {
                    Some(x.view())
                } else {
                    None
                }
            }))?),
            DType::Float64 => NdArray::F64($f(&views(arrays, |a| {
                if let NdArray::F64(x) = a {
                    Some(x.view())
                } else {
                    None
                }
            }))?),
            d => {
                let wide: Vec<NdArray> = arrays.iter().map(|a| a.astype(DType::Int64)).collect();
                NdArray::Int($f(&views(&wide, |a| {
                    if let NdArray::Int(x) = a {
                        Some(x.view())
                    } else {
                        None
                    }
                }))?)
                .into_dtype(d)
            }
        }
    }};
}

fn views<'a, T>(
    arrays: &'a [NdArray],
    get: impl Fn(&'a NdArray) -> Option<ArrayViewD<'a, T>>,
) -> Vec<ArrayViewD<'a, T>> {
    arrays.iter().filter_map(get).collect()
}

pub fn concat(arrays: &[NdArray], axis: i64, fname: &str) -> Result<NdArray> {
    let nd = arrays[0].ndim();
    if nd == 0 {
        return Err(Error::value(format!(
            "{fname}(): zero-dimensional arrays cannot be concatenated"
        )));
    }
    for (i, a) in arrays.iter().enumerate() {
        if a.ndim() != nd {
            return Err(Error::shape(format!(
                "{fname}(): all the input arrays must have the same number of dimensions, but the array at index 0 has {nd} dimension(s) and the array at index {i} has {} dimension(s)",
                a.ndim()
            )));
        }
    }
    let ax = norm_axis(axis, nd, fname)?;
    let arrays = &*one_dtype(arrays);
    for (i, a) in arrays.iter().enumerate() {
        for d in 0..nd {
            if d != ax && a.shape()[d] != arrays[0].shape()[d] {
                return Err(Error::shape(format!(
                    "{fname}(): all the input array dimensions except for the concatenation axis must match exactly, but along dimension {d}, the array at index 0 has size {} and the array at index {i} has size {}",
                    arrays[0].shape()[d],
                    a.shape()[d]
                )));
            }
        }
    }
    Ok(join_typed!(arrays, |v: &[ArrayViewD<_>]| {
        ndarray::concatenate(Axis(ax), v).map_err(wrap_err)
    }))
}

/// The arrays in their common dtype (join_typed! reads only the arrays of
/// the first one's dtype).
fn one_dtype(arrays: &[NdArray]) -> std::borrow::Cow<'_, [NdArray]> {
    let dt = arrays
        .iter()
        .map(|a| a.dtype())
        .reduce(DType::promote)
        .unwrap_or(DType::Float64);
    if arrays.iter().all(|a| a.dtype() == dt) {
        std::borrow::Cow::Borrowed(arrays)
    } else {
        std::borrow::Cow::Owned(arrays.iter().map(|a| a.astype(dt)).collect())
    }
}

pub fn stack_arrays(arrays: &[NdArray], axis: i64, fname: &str) -> Result<NdArray> {
    let shape = arrays[0].shape().to_vec();
    for (i, a) in arrays.iter().enumerate() {
        if a.shape() != shape.as_slice() {
            return Err(Error::shape(format!(
                "{fname}(): all input arrays must have the same shape, but the array at index 0 has shape {} and the array at index {i} has shape {}",
                shape_str(&shape),
                shape_str(a.shape())
            )));
        }
    }
    let ax = norm_axis(axis, shape.len() + 1, fname)?;
    let arrays = &*one_dtype(arrays);
    Ok(join_typed!(arrays, |v: &[ArrayViewD<_>]| ndarray::stack(
        Axis(ax),
        v
    )
    .map_err(wrap_err)))
}

fn axis_arg(v: &Value, fname: &str, default: i64) -> Result<i64> {
    match v {
        Value::None => Ok(default),
        v => to_i64(v, &format!("{fname}(axis=)")),
    }
}

fn concatenate(_: &mut dyn Context, args: Args) -> Result<Value> {
    // `axis=None` (given, not defaulted) joins the flattened arrays.
    let flat = matches!(args.pos.get(1), Some(Value::None))
        || args
            .kw
            .iter()
            .any(|(k, v)| &**k == "axis" && matches!(v, Value::None));
    let [arrays, axis] = args.bind("concatenate", ["arrays", "axis"], 1)?;
    let arrays = array_list(&arrays, "concatenate")?;
    if flat {
        let flat = arrays
            .iter()
            .map(|a| reshape_to(a, &[-1]))
            .collect::<Result<Vec<_>>>()?;
        return concat(&flat, 0, "concatenate").map(Value::from_array);
    }
    let axis = axis_arg(&axis, "concatenate", 0)?;
    concat(&arrays, axis, "concatenate").map(Value::from_array)
}

fn stack(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [arrays, axis] = args.bind("stack", ["arrays", "axis"], 1)?;
    let arrays = array_list(&arrays, "stack")?;
    let axis = axis_arg(&axis, "stack", 0)?;
    stack_arrays(&arrays, axis, "stack").map(Value::from_array)
}

fn at_least_2d(a: NdArray) -> Result<NdArray> {
    match a.ndim() {
        0 => reshape_to(&a, &[1, 1]),
        1 => reshape_to(&a, &[1, -1]),
        _ => Ok(a),
    }
}

fn vstack(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [arrays] = args.bind("vstack", ["arrays"], 1)?;
    let arrays = array_list(&arrays, "vstack")?
        .into_iter()
        .map(at_least_2d)
        .collect::<Result<Vec<_>>>()?;
    concat(&arrays, 0, "vstack").map(Value::from_array)
}

fn hstack(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [arrays] = args.bind("hstack", ["arrays"], 1)?;
    let arrays = array_list(&arrays, "hstack")?
        .into_iter()
        .map(|a| {
            if a.ndim() == 0 {
                reshape_to(&a, &[1])
            } else {
                Ok(a)
            }
        })
        .collect::<Result<Vec<_>>>()?;
    let axis = if arrays[0].ndim() == 1 { 0 } else { 1 };
    concat(&arrays, axis, "hstack").map(Value::from_array)
}

fn expand_dims(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis] = args.bind("expand_dims", ["a", "axis"], 2)?;
    let arr = to_array(&a, "expand_dims()")?;
    let ax = norm_axis(
        to_i64(&axis, "expand_dims(axis=)")?,
        arr.ndim() + 1,
        "expand_dims()",
    )?;
    let mut shape: Vec<i64> = arr.shape().iter().map(|&d| d as i64).collect();
    shape.insert(ax, 1);
    reshape_to(&arr, &shape).map(Value::from_array)
}

fn squeeze(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, axis] = args.bind("squeeze", ["a", "axis"], 1)?;
    let arr = to_array(&a, "squeeze()")?;
    let axes = crate::value::convert::to_axes(Some(&axis), arr.ndim(), "squeeze()")?;
    let shape: Vec<i64> = match axes {
        None => arr
            .shape()
            .iter()
            .filter(|&&d| d != 1)
            .map(|&d| d as i64)
            .collect(),
        Some(axes) => {
            for &ax in &axes {
                if arr.shape()[ax] != 1 {
                    return Err(Error::value(format!(
                        "squeeze(): cannot select an axis to squeeze out which has size not equal to one (axis {ax} has size {})",
                        arr.shape()[ax]
                    )));
                }
            }
            arr.shape()
                .iter()
                .enumerate()
                .filter(|(i, _)| !axes.contains(i))
                .map(|(_, &d)| d as i64)
                .collect()
        }
    };
    reshape_to(&arr, &shape).map(Value::from_array)
}

pub fn register_more(r: &mut Registry) {
    r.add("split", split, "split(a, indices_or_sections, axis=0)\n\nSplits into equal sections, or at the given indices; returns a list.\n\n>>> split(arange(6), 3)\n[array([0, 1]), array([2, 3]), array([4, 5])]");
    r.add("tile", tile, "tile(a, reps)\n\nRepeats the whole array reps times along each axis.\n\n>>> tile([1, 2], (2, 2))\narray([[1, 2, 1, 2],\n       [1, 2, 1, 2]])");
    r.add("repeat", repeat, "repeat(a, repeats, axis=none)\n\nRepeats each element (of the flattened array without axis).\n\n>>> repeat([[1, 2], [3, 4]], 2, axis=0)\narray([[1, 2],\n       [1, 2],\n       [3, 4],\n       [3, 4]])");
}

fn split(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ios, axis] = args.bind("split", ["a", "indices_or_sections", "axis"], 2)?;
    let arr = to_array(&a, "split()")?;
    if arr.ndim() == 0 {
        return Err(Error::value("split(): cannot split a 0-d array"));
    }
    let ax = norm_axis(axis_arg(&axis, "split", 0)?, arr.ndim(), "split()")?;
    let n = arr.shape()[ax];
    let bounds: Vec<usize> = match &ios {
        Value::Int(k) => {
            let k = *k;
            if k <= 0 {
                return Err(Error::value(
                    "split(): number of sections must be larger than 0",
                ));
            }
            if n % k as usize != 0 {
                return Err(Error::value(format!(
                    "split(): array split does not result in an equal division ({n} elements into {k} sections); use indices instead"
                )));
            }
            let step = n / k as usize;
            crate::value::convert::check_list("split", k as usize)?;
            (0..=k as usize).map(|i| i * step).collect()
        }
        other => {
            let items = crate::builtins::core::items_of(other, "split")?;
            let mut b = vec![0usize];
            for it in items {
                let i = to_i64(&it, "split(indices=)")?;
                let i = if i < 0 { (i + n as i64).max(0) } else { i } as usize;
                b.push(i.min(n));
            }
            b.push(n);
            b
        }
    };
    let mut parts = Vec::new();
    for w in bounds.windows(2) {
        let (s, e) = (w[0], w[1].max(w[0]));
        let part =
            map_array!(&*arr, x => x.slice_axis(Axis(ax), ndarray::Slice::from(s..e)).to_owned());
        parts.push(Value::array(part));
    }
    Ok(Value::list(parts))
}

fn tile(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, reps] = args.bind("tile", ["a", "reps"], 2)?;
    let arr = to_array(&a, "tile()")?;
    let reps = crate::value::convert::to_shape(&reps, "tile(reps=)")?;
    let nd = arr.ndim().max(reps.len());
    let mut src_shape = vec![1usize; nd - arr.ndim()];
    src_shape.extend_from_slice(arr.shape());
    let mut r = vec![1usize; nd - reps.len()];
    r.extend_from_slice(&reps);
    let out_shape = src_shape
        .iter()
        .zip(&r)
        .map(|(s, k)| s.checked_mul(*k))
        .collect::<Option<Vec<usize>>>()
        .ok_or_else(|| {
            Error::memory(
                "tile would make an array with more elements than any machine can address",
            )
        })?;
    crate::array::alloc::check_shape("tile", &out_shape, arr.dtype().itemsize())?;
    let src_i: Vec<i64> = src_shape.iter().map(|&d| d as i64).collect();
    let src = reshape_to(&arr, &src_i)?;
    let out = map_array!(&src, x => ndarray::ArrayD::from_shape_fn(IxDyn(&out_shape), |ix| {
        let idx: Vec<usize> = (0..nd).map(|d| ix[d] % src_shape[d]).collect();
        x[idx.as_slice()]
    }));
    Ok(Value::from_array(out))
}

fn repeat(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, repeats, axis] = args.bind("repeat", ["a", "repeats", "axis"], 2)?;
    let (arr, ax) = match axis {
        Value::None => (reshape_to(&*to_array(&a, "repeat()")?, &[-1])?, 0),
        v => {
            let arr = to_array(&a, "repeat()")?.into_owned();
            let ax = norm_axis(to_i64(&v, "repeat(axis=)")?, arr.ndim(), "repeat()")?;
            (arr, ax)
        }
    };
    let n = arr.shape()[ax];
    let too_many = || {
        Error::memory("repeat would make an array with more elements than any machine can address")
    };
    // An empty array has nothing to copy: only the axis grows (NumPy makes
    // no index either, nor a count per element for a scalar count).
    let grown = |along: usize| {
        let mut shape = arr.shape().to_vec();
        shape[ax] = along;
        NdArray::full("repeat", &shape, arr.dtype(), 0.0).map(Value::from_array)
    };
    if let (Value::Int(k), true) = (&repeats, arr.is_empty()) {
        if *k < 0 {
            return Err(Error::value(
                "repeat(): repeats may not contain negative values",
            ));
        }
        return grown((*k as usize).checked_mul(n).ok_or_else(too_many)?);
    }
    cx.check_alloc("repeat", n, 8)?;
    let counts: Vec<i64> = match &repeats {
        Value::Int(k) => vec![*k; n],
        other => to_array(other, "repeat(repeats=)")?
            .to_i64()
            .iter()
            .copied()
            .collect(),
    };
    if counts.len() != n {
        return Err(Error::value(format!(
            "repeat(): {} repeats given for an axis of length {n}",
            counts.len()
        )));
    }
    if counts.iter().any(|&c| c < 0) {
        return Err(Error::value(
            "repeat(): repeats may not contain negative values",
        ));
    }
    let along = counts
        .iter()
        .try_fold(0usize, |acc, &c| acc.checked_add(c as usize))
        .ok_or_else(too_many)?;
    let total = along
        .checked_mul(arr.len() / n.max(1))
        .ok_or_else(too_many)?;
    cx.check_alloc("repeat", total, arr.dtype().itemsize())?;
    if arr.is_empty() {
        return grown(along);
    }
    cx.check_alloc("repeat", along, std::mem::size_of::<usize>())?;
    let idx: Vec<usize> = counts
        .iter()
        .enumerate()
        .flat_map(|(i, &c)| std::iter::repeat_n(i, c as usize))
        .collect();
    Ok(Value::from_array(
        map_array!(&arr, x => x.select(Axis(ax), &idx)),
    ))
}

fn numel(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("numel", ["a"], 1)?;
    let arr = to_array(&a, "numel()")?;
    Ok(Value::Int(arr.len() as i64))
}
