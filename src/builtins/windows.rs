//! Windows over an array: `sliding_window_view` and `as_strided`
//! (`numpy.lib.stride_tricks`). Both give copies: arr's arrays are values,
//! and NumPy's windows are read-only views, so nothing else can tell.

use super::rearrange::{arr, axis_error};
use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::value::convert::to_i64;
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("sliding_window_view", sliding_window_view, "sliding_window_view(x, window_shape, axis=None)\n\nEvery window of the given shape, as new trailing axes (a copy: arrays are values).\n\n>>> sliding_window_view(arange(5), 3)\narray([[0, 1, 2],\n       [1, 2, 3],\n       [2, 3, 4]])");
    r.add("as_strided", as_strided, "as_strided(x, shape=None, strides=None)\n\nAn array of the given shape whose elements are read at the given byte strides of x's C-ordered data (a copy; strides that reach outside x are an error).\n\n>>> as_strided(arange(6), (2, 3), (8, 16))\narray([[0, 2, 4],\n       [1, 3, 5]])");
}

fn sliding_window_view(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, window_shape, axis, subok, writeable] = args.bind(
        "sliding_window_view",
        ["x", "window_shape", "axis", "subok", "writeable"],
        2,
    )?;
    if super::opt_bool(&writeable, "sliding_window_view", "writeable", false)? {
        return Err(Error::value(
            "sliding_window_view(writeable=True): arr's windows are copies; writing to them cannot reach x",
        ));
    }
    let _ = super::opt_bool(&subok, "sliding_window_view", "subok", false)?;
    let a = arr(&x, "sliding_window_view()")?;
    let win: Vec<i64> = match &window_shape {
        Value::Tuple(_) | Value::List(_) => {
            crate::value::convert::to_i64_list(&window_shape, "sliding_window_view()")?
        }
        v => vec![to_i64(v, "sliding_window_view()")?],
    };
    let axes: Vec<usize> = match &axis {
        Value::None => {
            if win.len() != a.ndim() {
                return Err(Error::value(format!(
                    "sliding_window_view(): Since axis is `None`, must provide window_shape for all dimensions of `x`; got {} window_shape elements and `x.ndim` is {}.",
                    win.len(),
                    a.ndim()
                )));
            }
            (0..a.ndim()).collect()
        }
        v => {
            let raw = match v {
                Value::Tuple(_) | Value::List(_) => {
                    crate::value::convert::to_i64_list(v, "sliding_window_view()")?
                }
                v => vec![to_i64(v, "sliding_window_view()")?],
            };
            if raw.len() != win.len() {
                return Err(Error::value(
                    "sliding_window_view(): Must provide matching length window_shape and axis",
                ));
            }
            raw.into_iter()
                .map(|d| axis_error(d, a.ndim(), "sliding_window_view()"))
                .collect::<Result<_>>()?
        }
    };
    let mut shape = a.shape().to_vec();
    for (&ax, &w) in axes.iter().zip(&win) {
        if w < 0 {
            return Err(Error::value(
                "sliding_window_view(): `window_shape` cannot contain negative values",
            ));
        }
        if shape[ax] < w as usize {
            return Err(Error::value(
                "sliding_window_view(): window shape cannot be larger than input array shape",
            ));
        }
        shape[ax] = shape[ax] + 1 - w as usize;
    }
    let outer = shape.clone();
    shape.extend(win.iter().map(|&w| w as usize));
    crate::array::alloc::check_shape("sliding_window_view", &shape, a.dtype().itemsize())?;
    let nd = a.ndim();
    Ok(Value::from_array(
        crate::map_array!(&a, v => ArrayD::from_shape_fn(IxDyn(&shape), |ix| {
            let mut src: Vec<usize> = (0..nd).map(|d| ix[d]).collect();
            for (k, &ax) in axes.iter().enumerate() {
                src[ax] += ix[outer.len() + k];
            }
            v[src.as_slice()]
        })),
    ))
}

fn as_strided(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, shape, strides, subok, writeable] = args.bind(
        "as_strided",
        ["x", "shape", "strides", "subok", "writeable"],
        1,
    )?;
    let _ = (subok, writeable);
    let a = arr(&x, "as_strided()")?;
    let item = a.dtype().itemsize() as i64;
    let shape: Vec<usize> = match &shape {
        Value::None => a.shape().to_vec(),
        v => crate::value::convert::to_i64_list(v, "as_strided(shape=)")?
            .into_iter()
            .map(|d| {
                usize::try_from(d)
                    .map_err(|_| Error::value("as_strided(): negative dimensions are not allowed"))
            })
            .collect::<Result<_>>()?,
    };
    let strides: Vec<i64> = match &strides {
        Value::None => {
            let mut s = vec![item; shape.len()];
            for d in (0..shape.len().saturating_sub(1)).rev() {
                s[d] = s[d + 1].saturating_mul(shape[d + 1] as i64);
            }
            s
        }
        v => crate::value::convert::to_i64_list(v, "as_strided(strides=)")?,
    };
    if strides.len() != shape.len() {
        return Err(Error::value(
            "as_strided(): mismatch in length of strides and shape",
        ));
    }
    if strides.iter().any(|s| s % item != 0) {
        return Err(Error::value(format!(
            "as_strided(): strides must be multiples of the itemsize ({item} bytes) in arr"
        )));
    }
    crate::array::alloc::check_shape("as_strided", &shape, a.dtype().itemsize())?;
    let n = a.len() as i64;
    // The furthest element reached must lie inside x.
    let (mut lo, mut hi) = (0i128, 0i128);
    for (&d, &s) in shape.iter().zip(&strides) {
        if d == 0 {
            lo = 0;
            hi = -1;
            break;
        }
        let reach = (d as i128 - 1) * (s / item) as i128;
        if reach > 0 {
            hi += reach
        } else {
            lo += reach
        }
    }
    if hi >= n as i128 || lo < 0 {
        return Err(Error::value(format!(
            "as_strided(): shape {shape:?} with strides {strides:?} reads outside the array's {n} elements (NumPy would read stray memory)"
        )));
    }
    let flat = crate::builtins::shape::reshape_to(&a, &[-1])?;
    Ok(Value::from_array(
        crate::map_array!(&flat, v => ArrayD::from_shape_fn(IxDyn(&shape), |ix| {
            let off: i64 = (0..shape.len()).map(|d| ix[d] as i64 * (strides[d] / item)).sum();
            v[[off as usize].as_slice()]
        })),
    ))
}
