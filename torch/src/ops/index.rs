//! NumPy-style indexing: `t[i, a:b:s, ..., newaxis, mask, indices]` and
//! assignment through such an index (on a copy: tensors are values).

use super::{copy, operand, shape_str};
use crate::call::{Call, Handler};
use crate::{arg_type, kind_name, te, Res, TorchBackend};
use arr_torch_abi::{Arg, Op, Ret};
use tch::{Kind, Tensor};

pub const TABLE: &[(Op, Handler)] = &[(Op::GetItem, getitem_op), (Op::SetItem, setitem_op)];

/// `getitem(a, index)`, the index a list of items.
fn getitem_op(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let idx = match c.get(1, "index") {
        Arg::List(i) => i,
        _ => return Err("getitem: bad index".into()),
    };
    Ok(b.put_tensor(getitem(b, &x, idx)?))
}

/// `setitem(a, index, value)`: a copy of `a` with the value assigned.
fn setitem_op(b: &TorchBackend, c: &mut Call) -> Res<Ret> {
    let x = c.a0(b)?;
    let idx = match c.get(1, "index") {
        Arg::List(i) => i,
        _ => return Err("setitem: bad index".into()),
    };
    Ok(b.put_tensor(setitem(b, &x, idx, c.get(2, "value"))?))
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

/// An index applied item by item.
struct Cursor<'a> {
    /// The tensor indexed.
    t: &'a Tensor,
    /// The result of the basic items so far (a view of `t`).
    r: Tensor,
    /// Position in the result.
    dim: i64,
    /// Axis of the input being consumed.
    src: i64,
    /// Advanced (array) items, by their position in the result.
    advanced: Vec<(i64, Tensor)>,
}

/// A NumPy-style index applied to a tensor: the view its basic items
/// (ints, slices, `...`, newaxis) select, and its advanced (array/tensor)
/// items, which [`adv_indices`] turns into what `index`/`index_put_` take.
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
    let mut cur = Cursor {
        t,
        r: t.shallow_clone(),
        dim: 0,
        src: 0,
        advanced: Vec::new(),
    };
    for a in idx {
        match a {
            Arg::Int(i) => cur.int(*i)?,
            Arg::Slice(start, stop, step) => cur.slice(*start, *stop, *step)?,
            Arg::NewAxis => {
                cur.r = cur.r.f_unsqueeze(cur.dim).map_err(te("index"))?;
                cur.dim += 1;
            }
            Arg::Ellipsis => {
                let skip = nd - consumed;
                cur.dim += skip;
                cur.src += skip;
            }
            Arg::List(_) | Arg::Array(_) | Arg::Obj(_) => cur.array(b.tensor(a, "index")?)?,
            o => {
                return Err(format!(
                    "only integers, slices, ..., newaxis and integer or bool arrays are valid indices, not {}",
                    arg_type(o)
                ))
            }
        }
    }
    Ok((cur.r, cur.advanced))
}

impl Cursor<'_> {
    /// The size of the input axis being consumed; an error past the last
    /// (a mask consumes as many axes as it has).
    fn axis_len(&self) -> Res<i64> {
        let size = self.t.size();
        size.get(self.src as usize).copied().ok_or_else(|| {
            format!(
                "too many indices for a tensor: the tensor is {}-dimensional",
                size.len()
            )
        })
    }

    /// An integer item: selects one position, dropping the axis.
    fn int(&mut self, i: i64) -> Res<()> {
        let n = self.axis_len()?;
        let j = if i < 0 { i + n } else { i };
        if j < 0 || j >= n {
            return Err(format!(
                "index {i} is out of bounds for axis {} with size {n}",
                self.src
            ));
        }
        self.r = self.r.f_select(self.dim, j).map_err(te("index"))?;
        self.src += 1;
        Ok(())
    }

    /// A slice `start:stop:step`, clamped to the axis as NumPy does.
    fn slice(&mut self, start: Option<i64>, stop: Option<i64>, step: Option<i64>) -> Res<()> {
        let n = self.axis_len()?;
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
            self.r = self.r.f_slice(self.dim, s, e, step).map_err(te("index"))?;
        } else {
            // Negative steps: select the positions explicitly.
            let clampn = |v: i64| -> i64 {
                let v = if v < 0 { v + n } else { v };
                v.clamp(-1, n - 1)
            };
            let s = start.map(clampn).unwrap_or(n - 1);
            let e = stop.map(clampn).unwrap_or(-1);
            let pos: Vec<i64> = (0..).map(|k| s + k * step).take_while(|&p| p > e).collect();
            let it = Tensor::from_slice(&pos)
                .f_to_device(self.r.device())
                .map_err(te("index"))?;
            self.r = self.r.f_index_select(self.dim, &it).map_err(te("index"))?;
        }
        self.dim += 1;
        self.src += 1;
        Ok(())
    }

    /// An array item: a bool mask over as many axes as it has, or integer
    /// positions along one axis (checked against its size).
    fn array(&mut self, it: Tensor) -> Res<()> {
        let it = it.f_to_device(self.r.device()).map_err(te("index"))?;
        if it.kind() == Kind::Bool {
            let ms = it.size();
            for (k, &m) in ms.iter().enumerate() {
                let axis = self.src as usize + k;
                let n = self.t.size().get(axis).copied().unwrap_or(-1);
                if m != n {
                    return Err(format!(
                        "boolean index did not match the tensor along axis {axis}: the axis has size {n} but the index has size {m}"
                    ));
                }
            }
            self.advanced.push((self.dim, it));
            self.dim += ms.len() as i64;
            self.src += ms.len() as i64;
        } else if matches!(it.kind(), Kind::Int64 | Kind::Int) {
            let n = self.axis_len()?;
            if it.numel() > 0 {
                check_positions(&it, n, self.src)?;
            }
            self.advanced.push((self.dim, it));
            self.dim += 1;
            self.src += 1;
        } else {
            return Err(format!(
                "arrays used as indices must be integer or bool, not {}",
                kind_name(it.kind())
            ));
        }
        Ok(())
    }
}

/// Checks integer positions against an axis of size `n`.
fn check_positions(it: &Tensor, n: i64, axis: i64) -> Res<()> {
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
            "index {bad} is out of bounds for axis {axis} with size {n}"
        ));
    }
    Ok(())
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
