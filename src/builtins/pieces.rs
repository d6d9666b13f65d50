//! Cutting arrays into pieces and putting pieces in: `array_split hsplit
//! vsplit dsplit append insert delete column_stack dstack resize
//! trim_zeros`.

use super::shape::{concat, reshape_to};
use super::{Args, Context, Registry};
use crate::array::index::{get_array, Idx};
use crate::array::{DType, NdArray, Picked};
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{items_of, norm_axis, to_array, to_i64, to_shape, to_str};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("array_split", array_split, "array_split(ary, indices_or_sections, axis=0)\n\nSplits into sections that may differ in size by one (the first ones larger), or at the given indices; returns a list.\n\n>>> array_split(arange(5), 3)\n[array([0, 1]), array([2, 3]), array([4])]");
    r.add("hsplit", hsplit, "hsplit(ary, indices_or_sections)\n\nsplit along axis 1 (axis 0 for 1-D arrays); the sections must be equal.\n\n>>> hsplit(arange(4).reshape(2, 2), 2)\n[array([[0],\n       [2]]), array([[1],\n       [3]])]");
    r.add("vsplit", vsplit, "vsplit(ary, indices_or_sections)\n\nsplit along axis 0 of an array of 2 or more dimensions.\n\n>>> vsplit(arange(4).reshape(2, 2), 2)\n[array([[0, 1]]), array([[2, 3]])]");
    r.add("dsplit", dsplit, "dsplit(ary, indices_or_sections)\n\nsplit along axis 2 of an array of 3 or more dimensions.\n\n>>> len(dsplit(zeros((1, 1, 4)), 2))\n2");
    r.add("append", append, "append(arr, values, axis=None)\n\nA new array with values after arr: both flattened when axis is None, else joined along axis.\n\n>>> append([1, 2], [[3], [4]])\narray([1, 2, 3, 4])");
    r.add("insert", insert, "insert(arr, obj, values, axis=None)\n\nA new array with values inserted before index obj (an int or a list of ints) along axis (flattened when None).\n\n>>> insert([1, 2, 3], 1, 9)\narray([1, 9, 2, 3])\n>>> insert([1, 2, 3], [0, 3], [7, 8])\narray([7, 1, 2, 3, 8])");
    r.add("delete", delete, "delete(arr, obj, axis=None)\n\nA new array without the entries at index obj (an int, a list of ints or a boolean mask) along axis (flattened when None).\n\n>>> delete([1, 2, 3, 4], [0, 2])\narray([2, 4])");
    r.add("column_stack", column_stack, "column_stack(tup)\n\nStacks 1-D arrays as columns (2-D arrays as they are) into a 2-D array.\n\n>>> column_stack([[1, 2], [3, 4]])\narray([[1, 3],\n       [2, 4]])");
    r.add("dstack", dstack, "dstack(tup)\n\nStacks arrays along a third axis (1-D arrays become 1 x N x 1, 2-D M x N x 1).\n\n>>> dstack([[1, 2], [3, 4]]).shape\n(1, 2, 2)");
    r.add("resize", resize, "resize(a, new_shape)\n\nA new array of new_shape filled with a's elements repeated in order.\n\n>>> resize([1, 2, 3], (2, 4))\narray([[1, 2, 3, 1],\n       [2, 3, 1, 2]])");
    r.add("trim_zeros", trim_zeros, "trim_zeros(filt, trim='fb')\n\nA 1-D array without its leading ('f') and/or trailing ('b') zeros.\n\n>>> trim_zeros([0, 0, 1, 2, 0])\narray([1, 2])");
}

fn arr_of(v: &Value, what: &str) -> Result<NdArray> {
    Ok(to_array(v, what)?.into_owned())
}

fn flat(a: &NdArray) -> Result<NdArray> {
    reshape_to(a, &[-1])
}

/// The pieces of `a` between consecutive bounds along `ax`.
fn cut(a: &NdArray, bounds: &[usize], ax: usize) -> Value {
    let parts = bounds
        .windows(2)
        .map(|w| {
            let (s, e) = (w[0], w[1].max(w[0]));
            Value::array(crate::map_array!(a, x => x
                .slice_axis(Axis(ax), ndarray::Slice::from(s..e))
                .to_owned()))
        })
        .collect();
    Value::list(parts)
}

fn split_impl(a: &Value, ios: &Value, ax: i64, equal: bool, fname: &str) -> Result<Value> {
    let arr = arr_of(a, &format!("{fname}()"))?;
    if arr.ndim() == 0 {
        return Err(Error::value(format!("{fname}(): cannot split a 0-d array")));
    }
    let ax = norm_axis(ax, arr.ndim(), &format!("{fname}()"))?;
    let n = arr.shape()[ax];
    let bounds: Vec<usize> = match ios {
        Value::Int(_) | Value::Bool(_) => {
            let k = to_i64(ios, &format!("{fname}()"))?;
            if k <= 0 {
                return Err(Error::value(format!(
                    "{fname}(): number of sections must be larger than 0."
                )));
            }
            let k = k as usize;
            if equal && n % k != 0 {
                return Err(Error::value(format!(
                    "{fname}(): array split does not result in an equal division"
                )));
            }
            crate::value::convert::check_list(fname, k)?;
            let (each, extra) = (n / k, n % k);
            let mut b = vec![0usize];
            for i in 0..k {
                let last = b[b.len() - 1];
                b.push(last + each + usize::from(i < extra));
            }
            b
        }
        other => {
            let mut b = vec![0usize];
            for it in items_of(other, fname)? {
                let i = to_i64(&it, &format!("{fname}(indices=)"))?;
                let i = if i < 0 { (i + n as i64).max(0) } else { i } as usize;
                b.push(i.min(n));
            }
            b.push(n);
            b
        }
    };
    Ok(cut(&arr, &bounds, ax))
}

fn axis_or(v: &Value, default: i64, what: &str) -> Result<i64> {
    match v {
        Value::None => Ok(default),
        v => to_i64(v, what),
    }
}

fn array_split(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ios, axis] = args.bind("array_split", ["ary", "indices_or_sections", "axis"], 2)?;
    split_impl(
        &a,
        &ios,
        axis_or(&axis, 0, "array_split(axis=)")?,
        false,
        "array_split",
    )
}

fn hsplit(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ios] = args.bind("hsplit", ["ary", "indices_or_sections"], 2)?;
    let nd = to_array(&a, "hsplit()")?.ndim();
    if nd == 0 {
        return Err(Error::value(
            "hsplit(): hsplit only works on arrays of 1 or more dimensions",
        ));
    }
    split_impl(&a, &ios, if nd > 1 { 1 } else { 0 }, true, "hsplit")
}

fn vsplit(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ios] = args.bind("vsplit", ["ary", "indices_or_sections"], 2)?;
    if to_array(&a, "vsplit()")?.ndim() < 2 {
        return Err(Error::value(
            "vsplit(): vsplit only works on arrays of 2 or more dimensions",
        ));
    }
    split_impl(&a, &ios, 0, true, "vsplit")
}

fn dsplit(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, ios] = args.bind("dsplit", ["ary", "indices_or_sections"], 2)?;
    if to_array(&a, "dsplit()")?.ndim() < 3 {
        return Err(Error::value(
            "dsplit(): dsplit only works on arrays of 3 or more dimensions",
        ));
    }
    split_impl(&a, &ios, 2, true, "dsplit")
}

fn append(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, v, axis] = args.bind("append", ["arr", "values", "axis"], 2)?;
    let (x, y) = (arr_of(&a, "append()")?, arr_of(&v, "append(values=)")?);
    match axis {
        Value::None => concat(&[flat(&x)?, flat(&y)?], 0, "append").map(Value::array),
        ax => concat(&[x, y], to_i64(&ax, "append(axis=)")?, "append").map(Value::array),
    }
}

/// `arr` and its axis for insert/delete: flattened when axis is None.
fn along(a: &Value, axis: &Value, what: &str) -> Result<(NdArray, usize)> {
    let x = arr_of(a, what)?;
    match axis {
        Value::None => Ok((flat(&x)?, 0)),
        v => {
            if x.ndim() == 0 {
                return Err(Error::new(
                    ErrorKind::Axis,
                    format!("{what}: axis given for a 0-d array"),
                ));
            }
            let ax = norm_axis(to_i64(v, what)?, x.ndim(), what)?;
            Ok((x, ax))
        }
    }
}

/// Index positions from an int, a list of ints or a boolean mask of `n`.
fn positions(obj: &Value, n: usize, what: &str) -> Result<(Vec<i64>, bool)> {
    let o = to_array(obj, what)?;
    if o.dtype() == DType::Bool {
        if o.len() != n {
            return Err(Error::value(format!(
                "{what}: boolean array argument obj to delete must be one dimensional and match the axis length of {n}"
            )));
        }
        let pos = o
            .to_bool()
            .iter()
            .enumerate()
            .filter(|(_, &b)| b)
            .map(|(i, _)| i as i64)
            .collect();
        return Ok((pos, false));
    }
    if o.dtype().is_float() {
        return Err(Error::index(format!(
            "{what}: index arrays must be integers, not {}",
            o.dtype()
        )));
    }
    Ok((o.to_i64().iter().copied().collect(), o.ndim() == 0))
}

fn norm_pos(i: i64, n: usize, what: &str, upto: bool) -> Result<usize> {
    let lim = n as i64 + i64::from(upto);
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= lim {
        return Err(Error::index(format!(
            "{what}: index {i} is out of bounds for axis with size {n}"
        )));
    }
    Ok(j as usize)
}

fn take_axis(x: &NdArray, idx: Vec<i64>, ax: usize) -> Result<NdArray> {
    let n = idx.len();
    let ind = NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), idx).map_err(|e| Error::value(e.to_string()))?,
    );
    let mut items: Vec<Idx> = (0..ax).map(|_| Idx::Slice(None, None, None)).collect();
    items.push(Idx::Array(ind));
    Ok(match get_array(x, &items)? {
        Picked::Array(a) => a,
        Picked::Scalar(s) => s.to_array(),
    })
}

fn delete(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, obj, axis] = args.bind("delete", ["arr", "obj", "axis"], 2)?;
    let (x, ax) = along(&a, &axis, "delete()")?;
    let n = x.shape()[ax];
    let (pos, _) = positions(&obj, n, "delete()")?;
    let mut gone = vec![false; n];
    for p in pos {
        gone[norm_pos(p, n, "delete()", false)?] = true;
    }
    let keep: Vec<i64> = (0..n as i64).filter(|&i| !gone[i as usize]).collect();
    take_axis(&x, keep, ax).map(Value::array)
}

fn insert(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, obj, values, axis] = args.bind("insert", ["arr", "obj", "values", "axis"], 3)?;
    let (x, ax) = along(&a, &axis, "insert()")?;
    let n = x.shape()[ax];
    let (pos, scalar) = positions(&obj, n + 1, "insert()")?;
    let mut v = arr_of(&values, "insert(values=)")?.into_dtype(x.dtype());
    // Values as NumPy shapes them: at least arr's dimensions, and for one
    // index their first axis moved to `axis`.
    if v.ndim() < x.ndim() {
        let mut s: Vec<i64> = vec![1; x.ndim() - v.ndim()];
        s.extend(v.shape().iter().map(|&d| d as i64));
        v = reshape_to(&v, &s)?;
    }
    let numnew = if scalar {
        let mut perm: Vec<usize> = (1..v.ndim()).collect();
        perm.insert(ax, 0);
        v = crate::map_array!(&v, y => y.view().permuted_axes(IxDyn(&perm)).as_standard_layout().into_owned());
        v.shape()[ax]
    } else {
        pos.len()
    };
    let mut slot = x.shape().to_vec();
    slot[ax] = numnew;
    let v = crate::map_array!(&v, y => y
        .broadcast(IxDyn(&slot))
        .ok_or_else(|| Error::value(format!(
            "insert(): could not broadcast values of shape {:?} into shape {:?}",
            y.shape(),
            slot
        )))?
        .to_owned());
    // Where each new and old row lands.
    let at: Vec<usize> = if scalar {
        let p = norm_pos(pos[0], n, "insert()", true)?;
        (0..numnew).map(|k| p + k).collect()
    } else {
        let mut ps: Vec<(usize, usize)> = pos
            .iter()
            .enumerate()
            .map(|(k, &p)| norm_pos(p, n, "insert()", true).map(|p| (p, k)))
            .collect::<Result<_>>()?;
        ps.sort_by_key(|&(p, _)| p);
        let mut at = vec![0usize; numnew];
        for (rank, &(p, k)) in ps.iter().enumerate() {
            at[k] = p + rank;
        }
        at
    };
    let total = n + numnew;
    let mut is_new = vec![None; total];
    for (k, &p) in at.iter().enumerate() {
        is_new[p] = Some(k);
    }
    // Row sources: an old row or a new one, gathered from the two arrays.
    let both = concat(&[x.clone(), v], ax as i64, "insert")?;
    let mut old = 0i64;
    let order: Vec<i64> = is_new
        .iter()
        .map(|s| match s {
            Some(k) => n as i64 + *k as i64,
            None => {
                old += 1;
                old - 1
            }
        })
        .collect();
    take_axis(&both, order, ax).map(Value::array)
}

fn column_stack(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [tup] = args.bind("column_stack", ["tup"], 1)?;
    let mut cols = Vec::new();
    for it in items_of(&tup, "column_stack")? {
        let a = arr_of(&it, "column_stack()")?;
        cols.push(if a.ndim() < 2 {
            reshape_to(&a, &[-1, 1])?
        } else {
            a
        });
    }
    if cols.is_empty() {
        return Err(Error::value(
            "column_stack(): need at least one array to concatenate",
        ));
    }
    concat(&cols, 1, "column_stack").map(Value::array)
}

fn dstack(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [tup] = args.bind("dstack", ["tup"], 1)?;
    let mut parts = Vec::new();
    for it in items_of(&tup, "dstack")? {
        let a = arr_of(&it, "dstack()")?;
        let s = a.shape().to_vec();
        parts.push(match s.len() {
            0 => reshape_to(&a, &[1, 1, 1])?,
            1 => reshape_to(&a, &[1, s[0] as i64, 1])?,
            2 => reshape_to(&a, &[s[0] as i64, s[1] as i64, 1])?,
            _ => a,
        });
    }
    if parts.is_empty() {
        return Err(Error::value(
            "dstack(): need at least one array to concatenate",
        ));
    }
    concat(&parts, 2, "dstack").map(Value::array)
}

fn resize(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, shape] = args.bind("resize", ["a", "new_shape"], 2)?;
    let x = flat(&arr_of(&a, "resize()")?)?;
    let shape = to_shape(&shape, "resize(new_shape=)")?;
    let total = crate::array::alloc::check_shape("resize", &shape, x.dtype().itemsize())?;
    let dims: Vec<i64> = shape.iter().map(|&d| d as i64).collect();
    if x.is_empty() {
        return NdArray::full("resize", &shape, x.dtype(), 0.0).map(Value::array);
    }
    let idx: Vec<i64> = (0..total).map(|i| (i % x.len()) as i64).collect();
    let picked = take_axis(&x, idx, 0)?;
    reshape_to(&picked, &dims).map(Value::array)
}

fn trim_zeros(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [f, trim] = args.bind("trim_zeros", ["filt", "trim"], 1)?;
    let x = arr_of(&f, "trim_zeros()")?;
    if x.ndim() != 1 {
        return Err(Error::value("trim_zeros(): filt must be 1-D"));
    }
    let trim = match &trim {
        Value::None => "fb".to_string(),
        v => to_str(v, "trim_zeros(trim=)")?.to_lowercase(),
    };
    if trim.chars().any(|c| c != 'f' && c != 'b') {
        return Err(Error::value(format!(
            "trim_zeros(): unexpected character(s) in `trim`: '{trim}'"
        )));
    }
    let nz: Vec<bool> = x.to_bool().iter().copied().collect();
    let n = x.len();
    let first = if trim.contains('f') {
        nz.iter().position(|&b| b).unwrap_or(n)
    } else {
        0
    };
    let last = if trim.contains('b') {
        nz.iter().rposition(|&b| b).map(|i| i + 1).unwrap_or(0)
    } else {
        n
    };
    let idx: Vec<i64> = (first as i64..last.max(first) as i64).collect();
    take_axis(&x, idx, 0).map(Value::array)
}
