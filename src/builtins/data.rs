//! Data helpers of the deep-learning spelling that need no libtorch:
//! `to_categorical` (Keras) and `load_mnist` (IDX files).

use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("to_categorical", to_categorical, "to_categorical(y, num_classes=none)\n\nOne-hot float64 rows from integer labels, as keras.utils.to_categorical.\n\n>>> to_categorical([0, 2], 3)\narray([[1., 0., 0.],\n       [0., 0., 1.]])");
    r.add("load_mnist", load_mnist, "load_mnist(dir)\n\nReads MNIST's four uncompressed IDX files from dir and returns ((x_train, y_train), (x_test, y_test)) as int64 arrays, like keras.datasets.mnist.load_data().\n\n>>> callable(load_mnist)\nTrue");
}

fn to_categorical(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [y, n] = args.bind("to_categorical", ["y", "num_classes"], 1)?;
    let a = crate::value::convert::to_array(&y, "to_categorical()")?;
    let labels: Vec<i64> = match &*a {
        NdArray::F64(x) => x.iter().map(|&v| whole_label(v)).collect::<Result<_>>()?,
        NdArray::F32(x) => x
            .iter()
            .map(|&v| whole_label(v as f64))
            .collect::<Result<_>>()?,
        other => other.to_i64().iter().copied().collect(),
    };
    let n = match n {
        Value::None => match labels.iter().copied().max() {
            Some(m) => m
                .checked_add(1)
                .ok_or_else(|| Error::value(format!("to_categorical(): label {m} is too large")))?,
            None => 0,
        },
        v => crate::value::convert::to_i64(&v, "to_categorical(num_classes)")?,
    };
    if n < 0 {
        return Err(Error::value(format!(
            "to_categorical(): num_classes must not be negative, got {n}"
        )));
    }
    if let Some(&bad) = labels.iter().find(|&&l| l < 0 || l >= n) {
        return Err(Error::value(format!(
            "to_categorical(): label {bad} is outside 0..{} (num_classes={n})",
            n - 1
        )));
    }
    let mut shape = a.shape().to_vec();
    if shape.last() == Some(&1) && shape.len() > 1 {
        shape.pop();
    }
    shape.push(n as usize);
    crate::array::alloc::check_shape("to_categorical", &shape, 8)?;
    let mut out = vec![0.0f64; labels.len() * n as usize];
    for (i, &l) in labels.iter().enumerate() {
        out[i * n as usize + l as usize] = 1.0;
    }
    let arr =
        ArrayD::from_shape_vec(IxDyn(&shape), out).map_err(|e| Error::value(e.to_string()))?;
    Ok(Value::array(NdArray::F64(arr)))
}

/// A float label as an integer: whole and within int64.
fn whole_label(v: f64) -> Result<i64> {
    if v.fract() == 0.0 && v.is_finite() && v.abs() < 9.2e18 {
        Ok(v as i64)
    } else {
        Err(Error::value(format!(
            "to_categorical(): labels must be whole numbers within int64, got {}",
            crate::array::format::py_float_repr(v)
        )))
    }
}

/// Reads one IDX file (MNIST's format): magic, dimensions, unsigned bytes.
pub fn read_idx(path: &std::path::Path) -> Result<NdArray> {
    let shown = path.display();
    let bytes = std::fs::read(path)
        .map_err(|e| Error::io(format!("load_mnist: cannot read {shown}: {e}")))?;
    if bytes.len() < 4 || bytes[0] != 0 || bytes[1] != 0 {
        return Err(Error::value(format!(
            "load_mnist: {shown} is not an IDX file (bad magic number)"
        )));
    }
    if bytes[2] != 0x08 {
        return Err(Error::value(format!(
            "load_mnist: {shown} holds IDX type 0x{:02x}; only unsigned bytes (0x08) are supported",
            bytes[2]
        )));
    }
    let nd = bytes[3] as usize;
    let header = 4 + 4 * nd;
    if nd == 0 || bytes.len() < header {
        return Err(Error::value(format!(
            "load_mnist: {shown} is truncated (header of {nd} dimensions)"
        )));
    }
    let shape: Vec<usize> = (0..nd)
        .map(|k| {
            let o = 4 + 4 * k;
            u32::from_be_bytes([bytes[o], bytes[o + 1], bytes[o + 2], bytes[o + 3]]) as usize
        })
        .collect();
    let n = shape.iter().try_fold(1usize, |a, &d| a.checked_mul(d));
    if n != Some(bytes.len() - header) {
        return Err(Error::value(format!(
            "load_mnist: {shown} should hold {} bytes of data for shape {:?} but holds {}",
            n.map(|n| n.to_string())
                .unwrap_or_else(|| "too many".into()),
            shape,
            bytes.len() - header
        )));
    }
    let data: Vec<i64> = bytes[header..].iter().map(|&b| b as i64).collect();
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::value(e.to_string()))?,
    ))
}

fn load_mnist(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [dir] = args.bind("load_mnist", ["path"], 1)?;
    cx.check_file_access("load_mnist()")?;
    let dir = match &dir {
        Value::Str(s) => std::path::PathBuf::from(&**s),
        other => {
            return Err(Error::type_error(format!(
                "load_mnist() takes a directory name, not {}",
                other.type_name()
            )))
        }
    };
    let find = |stem: &str| -> Result<std::path::PathBuf> {
        for name in [stem.to_string(), stem.replace("-idx", ".idx")] {
            let p = dir.join(&name);
            if p.is_file() {
                return Ok(p);
            }
        }
        Err(Error::io(format!(
            "load_mnist: {} has no {stem} (expected MNIST's four IDX files, uncompressed)",
            dir.display()
        )))
    };
    let mut parts = Vec::new();
    for (img, lab) in [
        ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
        ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte"),
    ] {
        let x = read_idx(&find(img)?)?;
        let y = read_idx(&find(lab)?)?;
        if x.shape().first() != y.shape().first() || y.ndim() != 1 {
            return Err(Error::value(format!(
                "load_mnist: {img} has {} images but {lab} has {} labels",
                x.shape().first().copied().unwrap_or(0),
                y.shape().first().copied().unwrap_or(0)
            )));
        }
        parts.push(Value::tuple(vec![Value::array(x), Value::array(y)]));
    }
    Ok(Value::tuple(parts))
}
