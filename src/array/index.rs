//! NumPy indexing: integers, slices (negative steps too), `...`, `none`
//! (newaxis), boolean masks and integer arrays, for reading and assignment.

use super::alloc::check;
use super::format::shape_str;
use super::nd::{Element, NdArray, Picked, Scalar};
use crate::error::{Error, ErrorKind, Result};
use crate::{map_array, with_array};
use ndarray::{ArrayD, ArrayViewD, Axis, IxDyn, SliceInfoElem};

/// One evaluated index item.
#[derive(Clone, Debug)]
pub enum Idx {
    Int(i64),
    Slice(Option<i64>, Option<i64>, Option<i64>),
    NewAxis,
    Ellipsis,
    Array(NdArray),
}

impl Idx {
    /// How many dimensions of the indexed array this item consumes.
    fn consumes(&self) -> usize {
        match self {
            Idx::Int(_) | Idx::Slice(..) => 1,
            Idx::Array(NdArray::Bool(m)) => m.ndim().max(1),
            Idx::Array(_) => 1,
            Idx::NewAxis | Idx::Ellipsis => 0,
        }
    }
}

/// Python's `slice.indices(len)`: (start, stop, step, count).
pub fn slice_indices(
    start: Option<i64>,
    stop: Option<i64>,
    step: Option<i64>,
    len: usize,
) -> Result<(i64, i64, i64, usize)> {
    let step = step.unwrap_or(1);
    if step == 0 {
        return Err(Error::value("slice step cannot be zero"));
    }
    let n = len as i64;
    let clamp = |v: Option<i64>, default: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => default,
            Some(x) => {
                let x = if x < 0 { x + n } else { x };
                x.clamp(lo, hi)
            }
        }
    };
    let (start, stop) = if step > 0 {
        (clamp(start, 0, 0, n), clamp(stop, n, 0, n))
    } else {
        (clamp(start, n - 1, -1, n - 1), clamp(stop, -1, -1, n - 1))
    };
    let (s, e, st) = (start as i128, stop as i128, step as i128);
    let count = if st > 0 {
        if e > s {
            (e - s + st - 1) / st
        } else {
            0
        }
    } else if s > e {
        (s - e - st - 1) / (-st)
    } else {
        0
    };
    Ok((start, stop, step, count as usize))
}

pub fn norm_index(i: i64, len: usize, axis: usize) -> Result<usize> {
    let n = len as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(Error::index(format!(
            "index {i} is out of bounds for axis {axis} with size {len}"
        )));
    }
    Ok(j as usize)
}

/// Expands `...` and pads with full slices so that the items cover every axis.
fn expand(items: &[Idx], ndim: usize) -> Result<Vec<Idx>> {
    let consumed: usize = items.iter().map(Idx::consumes).sum();
    let n_ellipsis = items.iter().filter(|i| matches!(i, Idx::Ellipsis)).count();
    if n_ellipsis > 1 {
        return Err(Error::index(
            "an index can only have a single ellipsis ('...')",
        ));
    }
    if consumed > ndim {
        return Err(Error::index(format!(
            "too many indices for array: array is {ndim}-dimensional, but {consumed} were indexed"
        )));
    }
    let fill = ndim - consumed;
    let new_axes = items.iter().filter(|i| matches!(i, Idx::NewAxis)).count();
    super::nd::check_ndim(
        "indexing",
        ndim + new_axes
            - items
                .iter()
                .filter(|i| matches!(i, Idx::Int(_)))
                .count()
                .min(ndim + new_axes),
    )?;
    let mut out = Vec::with_capacity(items.len() + fill);
    for it in items {
        if let Idx::Ellipsis = it {
            out.extend(std::iter::repeat_n(Idx::Slice(None, None, None), fill));
        } else {
            out.push(it.clone());
        }
    }
    if n_ellipsis == 0 {
        out.extend(std::iter::repeat_n(Idx::Slice(None, None, None), fill));
    }
    Ok(out)
}

/// The ndarray slice description of basic items (no arrays), bounds-checked.
fn basic_info(items: &[Idx], shape: &[usize]) -> Result<Vec<SliceInfoElem>> {
    let mut axis = 0;
    let mut out = Vec::with_capacity(items.len());
    for it in items {
        match it {
            Idx::Int(i) => {
                let j = norm_index(*i, shape[axis], axis)?;
                out.push(SliceInfoElem::Index(j as isize));
                axis += 1;
            }
            Idx::Slice(a, b, c) => {
                let (start, _, step, count) = slice_indices(*a, *b, *c, shape[axis])?;
                out.push(if count == 0 {
                    SliceInfoElem::Slice {
                        start: 0,
                        end: Some(0),
                        step: 1,
                    }
                } else if step > 0 {
                    SliceInfoElem::Slice {
                        start: start as isize,
                        end: Some((start + step * (count as i64 - 1) + 1) as isize),
                        step: step as isize,
                    }
                } else {
                    // ndarray walks a negative step from the end of the range.
                    let last = start + step * (count as i64 - 1);
                    SliceInfoElem::Slice {
                        start: last as isize,
                        end: Some((start + 1) as isize),
                        step: step as isize,
                    }
                });
                axis += 1;
            }
            Idx::NewAxis => out.push(SliceInfoElem::NewAxis),
            Idx::Ellipsis | Idx::Array(_) => {
                out.push(SliceInfoElem::Slice {
                    start: 0,
                    end: None,
                    step: 1,
                });
                axis += 1;
            }
        }
    }
    Ok(out)
}

fn slice_view<'a, T>(a: &'a ArrayD<T>, info: &[SliceInfoElem]) -> Result<ArrayViewD<'a, T>> {
    let si = ndarray::SliceInfo::<_, IxDyn, IxDyn>::try_from(info.to_vec())
        .map_err(|e| Error::index(format!("invalid index: {e}")))?;
    Ok(a.slice(si))
}

fn is_basic(items: &[Idx]) -> bool {
    !items.iter().any(|i| matches!(i, Idx::Array(_)))
}

/// `a[items]` for an array: one element, or an array.
pub fn get_array(a: &NdArray, items: &[Idx]) -> Result<Picked> {
    let shape = a.shape();
    // Fast path: one element.
    if items.len() == shape.len() && items.iter().all(|i| matches!(i, Idx::Int(_))) {
        let mut idx = [0usize; 8];
        if shape.len() <= 8 {
            for (k, it) in items.iter().enumerate() {
                if let Idx::Int(i) = it {
                    idx[k] = norm_index(*i, shape[k], k)?;
                }
            }
            let ix = IxDyn(&idx[..shape.len()]);
            return Ok(with_array!(a, x => {
                let v = x[ix];
                match v.to_scalar() {
                    Some(s) => Picked::Scalar(s),
                    None => Picked::Array(Element::wrap(ArrayD::from_elem(IxDyn(&[]), v))),
                }
            }));
        }
    }
    let items = expand(items, a.ndim())?;
    if is_basic(&items) {
        let info = basic_info(&items, shape)?;
        let out = map_array!(a, x => slice_view(x, &info)?.to_owned());
        return Ok(picked(out));
    }
    // Fast path: a boolean mask of the array's own shape.
    if let [Idx::Array(NdArray::Bool(m))] = items.as_slice() {
        if m.shape() == shape {
            let out = map_array!(a, x => {
                let data: Vec<_> = x.iter().zip(m.iter()).filter(|(_, &k)| k).map(|(v, _)| *v).collect();
                let n = data.len();
                ArrayD::from_shape_vec(IxDyn(&[n]), data).map_err(|e| Error::value(e.to_string()))?
            });
            return Ok(picked(out));
        }
    }
    let out = map_array!(a, x => advanced_get(x, &items)?);
    Ok(picked(out))
}

/// A result array, its element unboxed when it is 0-d.
fn picked(a: NdArray) -> Picked {
    if a.ndim() == 0 {
        if let Some(s) = a.scalar() {
            return Picked::Scalar(s);
        }
    }
    Picked::Array(a)
}

/// Replaces boolean arrays by the integer arrays of their true positions and
/// bare integers by 0-d integer arrays (NumPy treats them alike once any
/// array index is present).
fn advanced_items(items: &[Idx], shape: &[usize]) -> Result<Vec<Idx>> {
    let mut out = Vec::new();
    let mut axis = 0;
    for it in items {
        match it {
            Idx::Array(NdArray::Bool(m)) => {
                let k = m.ndim().max(1);
                if m.ndim() == 0 {
                    return Err(Error::index(
                        "a scalar boolean index is not supported; use a boolean array",
                    ));
                }
                for d in 0..k {
                    if m.shape()[d] != shape[axis + d] {
                        return Err(Error::index(format!(
                            "boolean index did not match indexed array along axis {}; size of axis is {} but size of corresponding boolean axis is {}",
                            axis + d,
                            shape[axis + d],
                            m.shape()[d]
                        )));
                    }
                }
                let mut coords: Vec<Vec<i64>> = vec![Vec::new(); k];
                for (ix, &flag) in m.indexed_iter() {
                    if flag {
                        for (d, c) in coords.iter_mut().enumerate() {
                            c.push(ix[d] as i64);
                        }
                    }
                }
                for c in coords {
                    let n = c.len();
                    out.push(Idx::Array(NdArray::Int(
                        ArrayD::from_shape_vec(IxDyn(&[n]), c)
                            .map_err(|e| Error::value(e.to_string()))?,
                    )));
                }
                axis += k;
            }
            Idx::Int(i) => {
                out.push(Idx::Array(NdArray::Int(ArrayD::from_elem(IxDyn(&[]), *i))));
                axis += 1;
            }
            other => {
                axis += other.consumes();
                out.push(other.clone());
            }
        }
    }
    Ok(out)
}

fn advanced_get<T: Copy>(x: &ArrayD<T>, items: &[Idx]) -> Result<ArrayD<T>> {
    let items = advanced_items(items, x.shape())?;
    let info = basic_info(&items, x.shape())?;
    let view = slice_view(x, &info)?;
    // Axes of `view` that the advanced items index, in order.
    let mut adv_axes = Vec::new();
    let mut adv_arrays: Vec<ArrayD<i64>> = Vec::new();
    let mut item_pos = Vec::new();
    let mut vaxis = 0;
    for (k, it) in items.iter().enumerate() {
        match it {
            Idx::Array(NdArray::Int(ix)) => {
                adv_axes.push(vaxis);
                adv_arrays.push(ix.clone());
                item_pos.push(k);
                vaxis += 1;
            }
            Idx::Slice(..) | Idx::NewAxis => vaxis += 1,
            _ => {}
        }
    }
    let mut bshape: Vec<usize> = Vec::new();
    for arr in &adv_arrays {
        bshape =
            super::broadcast::broadcast_shapes(&bshape, arr.shape()).ok_or_else(|| {
                Error::index(format!(
                "shape mismatch: indexing arrays could not be broadcast together with shapes {}",
                adv_arrays.iter().map(|a| shape_str(a.shape())).collect::<Vec<_>>().join(" ")
            ))
            })?;
    }
    let bcast: Vec<ArrayViewD<i64>> = adv_arrays
        .iter()
        .map(|a| {
            a.broadcast(IxDyn(&bshape))
                .ok_or_else(|| Error::index("indexing arrays could not be broadcast"))
        })
        .collect::<Result<_>>()?;
    let adjacent = item_pos.windows(2).all(|w| w[1] == w[0] + 1);
    let rest_shape: Vec<usize> = (0..view.ndim())
        .filter(|d| !adv_axes.contains(d))
        .map(|d| view.shape()[d])
        .collect();
    let nb: usize = bshape.iter().product();
    let nrest: usize = rest_shape.iter().product();
    check(
        "indexing",
        nb.saturating_mul(nrest),
        std::mem::size_of::<T>(),
    )?;
    let mut data = Vec::with_capacity(nb * nrest);
    let mut coords = vec![0usize; adv_axes.len()];
    for bi in ndarray::indices(IxDyn(&bshape)) {
        for (k, b) in bcast.iter().enumerate() {
            let ax = adv_axes[k];
            coords[k] = norm_index(b[&bi], view.shape()[ax], ax)?;
        }
        let mut sub = view.view();
        for k in (0..adv_axes.len()).rev() {
            sub = sub.index_axis_move(Axis(adv_axes[k]), coords[k]);
        }
        data.extend(sub.iter().copied());
    }
    let mut out_shape = bshape.clone();
    out_shape.extend_from_slice(&rest_shape);
    let out =
        ArrayD::from_shape_vec(IxDyn(&out_shape), data).map_err(|e| Error::value(e.to_string()))?;
    let first = adv_axes.first().copied().unwrap_or(0);
    if adjacent && first > 0 {
        // Move the broadcast dimensions to where the advanced items stood.
        let nb_dims = bshape.len();
        let mut perm: Vec<usize> = (nb_dims..nb_dims + first).collect();
        perm.extend(0..nb_dims);
        perm.extend(nb_dims + first..out_shape.len());
        return Ok(out
            .permuted_axes(IxDyn(&perm))
            .as_standard_layout()
            .into_owned());
    }
    Ok(out)
}

/// `target[items] = value` for one scalar at integer indices, in place and
/// without allocating; `Ok(false)` when the items are not all integers.
pub fn set_scalar(a: &mut NdArray, items: &[Idx], value: Scalar) -> Result<bool> {
    let nd = a.ndim();
    if items.len() == nd && nd <= 8 && items.iter().all(|i| matches!(i, Idx::Int(_))) {
        let mut idx = [0usize; 8];
        for (k, it) in items.iter().enumerate() {
            if let Idx::Int(i) = it {
                idx[k] = norm_index(*i, a.shape()[k], k)?;
            }
        }
        let ix = IxDyn(&idx[..nd]);
        with_array!(a, x => x[ix] = value.cast());
        return Ok(true);
    }
    Ok(false)
}

/// `target[items] = value`, in place (`value` is cast to the target's dtype
/// and broadcast to the selection).
pub fn set_array(a: &mut NdArray, items: &[Idx], value: &NdArray) -> Result<()> {
    if let Some(s) = value.scalar() {
        if value.ndim() == 0 && set_scalar(a, items, s)? {
            return Ok(());
        }
    }
    let shape = a.shape().to_vec();
    let val = value.astype(a.dtype());
    let items = expand(items, shape.len())?;
    if is_basic(&items) {
        let info = basic_info(&items, &shape)?;
        let si = ndarray::SliceInfo::<_, IxDyn, IxDyn>::try_from(info)
            .map_err(|e| Error::index(format!("invalid index: {e}")))?;
        return crate::with_pair!(a, &val, x, v => assign_view(x, v, si),
            Err(Error::value("assignment: dtype mismatch after casting")));
    }
    // Advanced: index an array of flat positions the same way, then scatter.
    if !is_standard(a) {
        *a = a.to_standard();
    }
    let n = a.len();
    let positions = NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&shape), (0..n as i64).collect())
            .map_err(|e| Error::value(e.to_string()))?,
    );
    let pos = match get_array(&positions, &items)? {
        Picked::Array(p) => p.to_i64().into_owned(),
        Picked::Scalar(Scalar::Int(i)) => ArrayD::from_elem(IxDyn(&[]), i),
        _ => return Err(Error::index("invalid index")),
    };
    crate::with_pair!(a, &val, x, v => scatter(x, v, &pos),
        Err(Error::value("assignment: dtype mismatch after casting")))
}

fn assign_view<T: Clone>(
    x: &mut ArrayD<T>,
    v: &ArrayD<T>,
    si: ndarray::SliceInfo<Vec<SliceInfoElem>, IxDyn, IxDyn>,
) -> Result<()> {
    let mut view = x.slice_mut(si);
    let b = v
        .broadcast(view.raw_dim())
        .ok_or_else(|| assign_shape_error(v.shape(), view.shape()))?;
    view.assign(&b);
    Ok(())
}

fn scatter<T: Copy>(x: &mut ArrayD<T>, v: &ArrayD<T>, pos: &ArrayD<i64>) -> Result<()> {
    let b = v
        .broadcast(pos.raw_dim())
        .ok_or_else(|| assign_shape_error(v.shape(), pos.shape()))?;
    let flat = x
        .as_slice_mut()
        .ok_or_else(|| Error::value("assignment: array is not contiguous"))?;
    for (p, val) in pos.iter().zip(b.iter()) {
        flat[*p as usize] = *val;
    }
    Ok(())
}

fn is_standard(a: &NdArray) -> bool {
    with_array!(a, x => x.is_standard_layout())
}

fn assign_shape_error(src: &[usize], dst: &[usize]) -> Error {
    Error::new(
        ErrorKind::Shape,
        format!(
            "could not broadcast input array from shape {} into shape {}",
            shape_str(src),
            shape_str(dst)
        ),
    )
}
