//! Array creation.

use super::{opt_dtype, Args, Context, Registry};
use crate::error::{Error, Result};

use crate::array::alloc::{check, check_shape};
use crate::value::convert::{to_array, to_f64, to_i64, to_shape};
use crate::value::{DType, NdArray, Value};
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("array", array, "array(x, dtype=none)\n\nAn array from nested lists, scalars or another array (always a copy).\n\n>>> array([[1, 2], [3, 4]], dtype=float32)\narray([[1., 2.],\n       [3., 4.]], dtype=float32)");
    r.add("zeros", zeros, "zeros(shape, dtype=float64)\n\nA new array of the given shape filled with zeros.\n\n>>> zeros((2, 3))\narray([[0., 0., 0.],\n       [0., 0., 0.]])");
    r.add("ones", ones, "ones(shape, dtype=float64)\n\nA new array of the given shape filled with ones.\n\n>>> ones(3, dtype=int)\narray([1, 1, 1])");
    r.add("full", full, "full(shape, fill_value, dtype=none)\n\nA new array filled with fill_value (dtype from the value unless given).\n\n>>> full((2, 2), 7)\narray([[7, 7],\n       [7, 7]])");
    r.add("zeros_like", zeros_like, "zeros_like(a, dtype=none)\n\nZeros with the shape and dtype of a.\n\n>>> zeros_like([1, 2, 3])\narray([0, 0, 0])");
    r.add("ones_like", ones_like, "ones_like(a, dtype=none)\n\nOnes with the shape and dtype of a.\n\n>>> ones_like([[1.5, 2.5]])\narray([[1., 1.]])");
    r.add("arange", arange, "arange(stop) / arange(start, stop, step=1, dtype=none)\n\nEvenly spaced values in [start, stop); int64 for integer arguments.\n\n>>> arange(0, 1, 0.25)\narray([0.  , 0.25, 0.5 , 0.75])");
    r.add("linspace", linspace, "linspace(start, stop, num=50, endpoint=true, dtype=none)\n\nnum evenly spaced values from start to stop.\n\n>>> linspace(0, 1, 5)\narray([0.  , 0.25, 0.5 , 0.75, 1.  ])");
    r.add("eye", eye, "eye(n, m=none, k=0, dtype=float64)\n\nA 2-D array with ones on the k-th diagonal.\n\n>>> eye(2, 3, k=1)\narray([[0., 1., 0.],\n       [0., 0., 1.]])");
    r.add("identity", identity, "identity(n, dtype=float64)\n\nThe n x n identity matrix.\n\n>>> identity(2, dtype=int)\narray([[1, 0],\n       [0, 1]])");
    r.add("copy", copy, "copy(a)\n\nA copy of an array (assignment already copies on write; this is for parity).\n\n>>> copy([1, 2])\narray([1, 2])");
}

fn array(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, dtype] = args.bind("array", ["x", "dtype"], 1)?;
    if super::records_dtype::is_struct_spec(&dtype) {
        let ty = super::records_dtype::parse_struct(&dtype, "array(dtype=)", 0)?;
        return super::records::Records::from_data(&x, ty, cx)
            .map(super::records::Records::into_value);
    }
    if let Some(single) = super::complex::complex_dtype(&dtype) {
        let (a, _) = super::complex::to_complex(&x, "array()")?;
        return Ok(super::complex::value(a, single));
    }
    let a = match to_array(&x, "array()") {
        Ok(a) => a,
        // A list holding complex numbers is a complex array.
        Err(e) => match super::complex::to_complex(&x, "array()") {
            Ok((c, single)) if matches!(x, Value::List(_) | Value::Tuple(_)) => {
                let v = super::complex::value(c, single);
                return Ok(match opt_dtype(&dtype, "array") {
                    Ok(None) => v,
                    _ => super::complex_fns::astype(
                        super::complex::to_complex(&v, "array()")?.0,
                        single,
                        &dtype,
                        "array",
                    )?,
                });
            }
            _ => return Err(e),
        },
    };
    let out = match opt_dtype(&dtype, "array")? {
        Some(d) => a.astype(d),
        None => a.into_owned(),
    };
    Ok(Value::array(out))
}

/// A dtype called as a type (`np.uint8(7)`, `np.float32(x)`, `np.int32("12")`):
/// the value converted to that dtype, a scalar for a scalar (NumPy 2 refuses
/// a Python int the dtype cannot hold).
pub fn dtype_call(d: DType, args: Args) -> Result<Value> {
    let what = format!("{}()", d.name());
    let [x] = args.bind(d.name(), ["x"], 0)?;
    let x = match &x {
        Value::Undefined | Value::None => Value::Int(0),
        Value::Str(s) => {
            let t = s.trim();
            match t.parse::<i64>() {
                Ok(i) => Value::Int(i),
                Err(_) => match t.parse::<f64>() {
                    Ok(f) if d.is_float() => Value::Float(f),
                    _ => {
                        return Err(Error::value(format!(
                            "{what}: invalid literal for {}: '{s}'",
                            d.name()
                        )))
                    }
                },
            }
        }
        _ => x,
    };
    if let Value::Int(i) = x {
        crate::array::ops::check_weak_int(
            d,
            &crate::array::ops::Operand::Scalar(crate::array::Scalar::Int(i)),
        )?;
    }
    let a = to_array(&x, &what)?;
    Ok(Value::from_array(a.astype(d)))
}

fn filled(_: &mut dyn Context, fname: &str, args: Args, fill: f64) -> Result<Value> {
    let [shape, dtype] = args.bind(fname, ["shape", "dtype"], 1)?;
    let shape = to_shape(&shape, &format!("{fname}()"))?;
    if super::records_dtype::is_struct_spec(&dtype) {
        let ty = super::records_dtype::parse_struct(&dtype, &format!("{fname}(dtype=)"), 0)?;
        return super::records::Records::filled(ty, &shape, fill)
            .map(super::records::Records::into_value);
    }
    if let Some(single) = super::complex::complex_dtype(&dtype) {
        let a = NdArray::full(fname, &shape, DType::Float64, fill)?;
        return Ok(super::complex::value(
            a.to_f64().mapv(|v| super::complex::C::new(v, 0.0)),
            single,
        ));
    }
    let dt = opt_dtype(&dtype, fname)?.unwrap_or(DType::Float64);
    Ok(Value::array(NdArray::full(fname, &shape, dt, fill)?))
}

fn zeros(cx: &mut dyn Context, args: Args) -> Result<Value> {
    filled(cx, "zeros", args, 0.0)
}

fn ones(cx: &mut dyn Context, args: Args) -> Result<Value> {
    filled(cx, "ones", args, 1.0)
}

fn full(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [shape, fill, dtype] = args.bind("full", ["shape", "fill_value", "dtype"], 2)?;
    let shape = to_shape(&shape, "full()")?;
    let dt = match opt_dtype(&dtype, "full")? {
        Some(d) => d,
        None => match &fill {
            Value::Bool(_) => DType::Bool,
            Value::Int(_) => DType::Int64,
            Value::Array(a) => a.dtype(),
            _ => DType::Float64,
        },
    };
    let v = to_f64(&fill, "full(fill_value=)")?;
    let mut a = NdArray::full("full", &shape, dt, v)?;
    if let (NdArray::Int(x), Value::Int(i)) = (&mut a, &fill) {
        x.fill(*i);
    }
    Ok(Value::array(a))
}

fn like(_: &mut dyn Context, fname: &str, args: Args, fill: f64) -> Result<Value> {
    let [a, dtype] = args.bind(fname, ["a", "dtype"], 1)?;
    let arr = to_array(&a, &format!("{fname}()"))?;
    let dt = opt_dtype(&dtype, fname)?.unwrap_or(arr.dtype());
    Ok(Value::from_array(NdArray::full(
        fname,
        arr.shape(),
        dt,
        fill,
    )?))
}

fn zeros_like(cx: &mut dyn Context, args: Args) -> Result<Value> {
    like(cx, "zeros_like", args, 0.0)
}

fn ones_like(cx: &mut dyn Context, args: Args) -> Result<Value> {
    like(cx, "ones_like", args, 1.0)
}

fn arange(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b, step, dtype] = args.bind("arange", ["start", "stop", "step", "dtype"], 1)?;
    let (start, stop) = match b {
        Value::None => (Value::Int(0), a),
        b => (a, b),
    };
    let step = if let Value::None = step {
        Value::Int(1)
    } else {
        step
    };
    let all_int = [&start, &stop, &step]
        .iter()
        .all(|v| matches!(v, Value::Int(_) | Value::Bool(_)));
    let dt = opt_dtype(&dtype, "arange")?.unwrap_or(if all_int {
        DType::Int64
    } else {
        DType::Float64
    });
    let out = if all_int {
        let (s, e, st) = (
            to_i64(&start, "arange()")?,
            to_i64(&stop, "arange()")?,
            to_i64(&step, "arange()")?,
        );
        if st == 0 {
            return Err(Error::value("arange(): step must not be zero"));
        }
        let n = if (st > 0 && e > s) || (st < 0 && e < s) {
            ((e as i128 - s as i128)
                .unsigned_abs()
                .div_ceil(st.unsigned_abs() as u128))
            .min(usize::MAX as u128) as usize
        } else {
            0
        };
        check("arange", n, 8)?;
        NdArray::Int(
            ArrayD::from_shape_vec(
                IxDyn(&[n]),
                (0..n as i64)
                    .map(|i| s.wrapping_add(i.wrapping_mul(st)))
                    .collect(),
            )
            .map_err(|e| Error::value(e.to_string()))?,
        )
    } else {
        let (s, e, st) = (
            to_f64(&start, "arange()")?,
            to_f64(&stop, "arange()")?,
            to_f64(&step, "arange()")?,
        );
        if st == 0.0 || !st.is_finite() {
            return Err(Error::value(
                "arange(): step must be a non-zero finite number",
            ));
        }
        let n = ((e - s) / st).ceil();
        let n = if n.is_finite() && n > 0.0 {
            n as usize
        } else {
            0
        };
        check("arange", n, 8)?;
        NdArray::F64(
            ArrayD::from_shape_vec(IxDyn(&[n]), (0..n).map(|i| s + i as f64 * st).collect())
                .map_err(|e| Error::value(e.to_string()))?,
        )
    };
    Ok(Value::array(out.into_dtype(dt)))
}

fn linspace(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [start, stop, num, endpoint, dtype] =
        args.bind("linspace", ["start", "stop", "num", "endpoint", "dtype"], 2)?;
    let s = to_f64(&start, "linspace(start=)")?;
    let e = to_f64(&stop, "linspace(stop=)")?;
    let n = match num {
        Value::None => 50,
        v => to_i64(&v, "linspace(num=)")?,
    };
    if n < 0 {
        return Err(Error::value(format!(
            "linspace(): number of samples, {n}, must be non-negative"
        )));
    }
    let n = n as usize;
    let endpoint = super::opt_bool(&endpoint, "linspace", "endpoint", true)?;
    check("linspace", n, 8)?;
    let div = if endpoint { n.saturating_sub(1) } else { n };
    let step = if div > 0 { (e - s) / div as f64 } else { 0.0 };
    let mut data: Vec<f64> = (0..n).map(|i| s + i as f64 * step).collect();
    if endpoint && n > 1 {
        data[n - 1] = e;
    }
    let a = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&[n]), data).map_err(|e| Error::value(e.to_string()))?,
    );
    let dt = opt_dtype(&dtype, "linspace")?.unwrap_or(DType::Float64);
    Ok(Value::array(a.into_dtype(dt)))
}

fn eye(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, m, k, dtype] = args.bind("eye", ["n", "m", "k", "dtype"], 1)?;
    let n = to_i64(&n, "eye(n=)")?;
    let m = match m {
        Value::None => n,
        v => to_i64(&v, "eye(m=)")?,
    };
    let k = match k {
        Value::None => 0,
        v => to_i64(&v, "eye(k=)")?,
    };
    if n < 0 || m < 0 {
        return Err(Error::value("eye(): negative dimensions are not allowed"));
    }
    let dt = opt_dtype(&dtype, "eye")?.unwrap_or(DType::Float64);
    let shape = [n as usize, m as usize];
    check_shape("eye", &shape, dt.itemsize())?;
    let mut a = ArrayD::<f64>::zeros(IxDyn(&shape));
    // Only the rows whose diagonal element is inside the matrix (an empty
    // matrix may have 10**18 rows).
    let (lo, hi) = (
        (-(k as i128)).clamp(0, n as i128),
        (m as i128 - k as i128).clamp(0, n as i128),
    );
    for i in lo..hi {
        let j = i + k as i128;
        a[[i as usize, j as usize].as_slice()] = 1.0;
    }
    Ok(Value::array(NdArray::F64(a).into_dtype(dt)))
}

fn identity(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, dtype] = args.bind("identity", ["n", "dtype"], 1)?;
    let mut a = Args::new(vec![n]);
    a.kw.push(("dtype".into(), dtype));
    eye(cx, a)
}

fn copy(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a] = args.bind("copy", ["a"], 1)?;
    match &a {
        Value::Array(x) => Ok(Value::array((**x).clone())),
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) => Ok(a.clone()),
        v if v.is_scalar() => Ok(a.clone()),
        other => Err(Error::type_error(format!(
            "copy() of {}",
            other.type_name()
        ))),
    }
}
