//! Element-wise math. Float input keeps its dtype; integer and bool input
//! computes in float64 (except where NumPy keeps integers: abs, sign).

use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::value::ops::elementwise2;

use crate::value::convert::{to_array, to_i64};
use crate::value::{NdArray, Value};

macro_rules! unary_float {
    ($r:ident, $name:literal, $f:ident, $doc:literal) => {{
        fn run(_: &mut dyn Context, args: Args) -> Result<Value> {
            let [x] = args.bind($name, ["x"], 1)?;
            float_map(&x, $name, f64::$f, f32::$f)
        }
        $r.add($name, run, $doc);
    }};
}

pub fn register(r: &mut Registry) {
    r.add("relu", relu, "relu(x)\n\nmax(x, 0) element-wise (arrays or tensors); also an activation name.\n\n>>> relu([-1.0, 2.0])\narray([0., 2.])");
    r.add(
        "sigmoid",
        sigmoid,
        "sigmoid(x)\n\n1 / (1 + exp(-x)) element-wise.\n\n>>> sigmoid(0.0)\n0.5",
    );
    r.add(
        "gelu",
        gelu,
        "gelu(x)\n\nx * Phi(x) (the exact, erf-based GELU) element-wise.\n\n>>> gelu(0.0)\n0.0",
    );

    unary_float!(r, "sqrt", sqrt, "sqrt(x)\n\nElement-wise square root (nan for negative input).\n\n>>> sqrt([1, 4, 9])\narray([1., 2., 3.])");
    unary_float!(
        r,
        "exp",
        exp,
        "exp(x)\n\nElement-wise e**x.\n\n>>> exp([0, 1])\narray([1.        , 2.71828183])"
    );
    unary_float!(
        r,
        "log",
        ln,
        "log(x)\n\nElement-wise natural logarithm.\n\n>>> log([1, e])\narray([0., 1.])"
    );
    unary_float!(
        r,
        "log2",
        log2,
        "log2(x)\n\nElement-wise base-2 logarithm.\n\n>>> log2([1, 8])\narray([0., 3.])"
    );
    unary_float!(
        r,
        "log10",
        log10,
        "log10(x)\n\nElement-wise base-10 logarithm.\n\n>>> log10([1, 1000])\narray([0., 3.])"
    );
    unary_float!(
        r,
        "sin",
        sin,
        "sin(x)\n\nElement-wise sine (radians).\n\n>>> sin([0, pi / 2])\narray([0., 1.])"
    );
    unary_float!(
        r,
        "cos",
        cos,
        "cos(x)\n\nElement-wise cosine (radians).\n\n>>> cos([0, pi])\narray([ 1., -1.])"
    );
    unary_float!(
        r,
        "tan",
        tan,
        "tan(x)\n\nElement-wise tangent (radians).\n\n>>> tan([0, pi / 4])\narray([0., 1.])"
    );
    unary_float!(r, "tanh", tanh, "tanh(x)\n\nElement-wise hyperbolic tangent.\n\n>>> tanh([0, 1])\narray([0.        , 0.76159416])");
    unary_float!(r, "sinh", sinh, "sinh(x)\n\nElement-wise hyperbolic sine.\n\n>>> sinh([0, 1])\narray([0.        , 1.17520119])");
    unary_float!(r, "cosh", cosh, "cosh(x)\n\nElement-wise hyperbolic cosine.\n\n>>> cosh([0, 1])\narray([1.        , 1.54308063])");
    unary_float!(r, "arcsin", asin, "arcsin(x)\n\nElement-wise inverse sine.\n\n>>> arcsin([0, 1])\narray([0.        , 1.57079633])");
    unary_float!(r, "arccos", acos, "arccos(x)\n\nElement-wise inverse cosine.\n\n>>> arccos([1, 0])\narray([0.        , 1.57079633])");
    unary_float!(r, "arctan", atan, "arctan(x)\n\nElement-wise inverse tangent.\n\n>>> arctan([0, 1])\narray([0.        , 0.78539816])");
    r.add(
        "floor",
        floor,
        "floor(x)\n\nElement-wise floor.\n\n>>> floor([-1.5, 2.7])\narray([-2.,  2.])",
    );
    r.add(
        "ceil",
        ceil,
        "ceil(x)\n\nElement-wise ceiling.\n\n>>> ceil([-1.5, 2.1])\narray([-1.,  3.])",
    );
    r.add("round", round, "round(x, decimals=0)\n\nRounds half to even, as NumPy.\n\n>>> round([0.5, 2.5, 2.675], 2)\narray([0.5 , 2.5 , 2.68])");
    r.add("abs", abs, "abs(x)\n\nElement-wise absolute value (integers stay integers).\n\n>>> abs([-2, 3])\narray([2, 3])");
    r.add("sign", sign, "sign(x)\n\nElement-wise sign: -1, 0 or 1 (nan for nan).\n\n>>> sign([-2.5, 0.0, 3.0])\narray([-1.,  0.,  1.])");
    r.add(
        "isnan",
        isnan,
        "isnan(x)\n\nWhere x is NaN.\n\n>>> isnan([1.0, nan])\narray([False,  True])",
    );
    r.add("isinf", isinf, "isinf(x)\n\nWhere x is positive or negative infinity.\n\n>>> isinf([1.0, -inf])\narray([False,  True])");
    r.add("maximum", maximum, "maximum(a, b)\n\nElement-wise larger value, broadcasting; NaN wins.\n\n>>> maximum([1, 5], [3, 2])\narray([3, 5])");
    r.add("minimum", minimum, "minimum(a, b)\n\nElement-wise smaller value, broadcasting; NaN wins.\n\n>>> minimum([1.0, 5.0], 2)\narray([1., 2.])");
    r.add("clip", clip, "clip(a, a_min, a_max)\n\nLimits values to [a_min, a_max] (none for no bound).\n\n>>> clip(arange(5), 1, 3)\narray([1, 1, 2, 3, 3])");
    r.add("where", where_, "where(cond, x, y)\n\nElements of x where cond is true, else of y (broadcasting).\nwhere(cond) gives the indices of the true elements, one array per axis.\n\n>>> where([true, false, true], [1, 2, 3], -1)\narray([ 1, -1,  3])");
}

/// Applies `f` in float64 (or float32 for float32 input).
pub fn float_map(x: &Value, name: &str, f: fn(f64) -> f64, f32f: fn(f32) -> f32) -> Result<Value> {
    if let Value::Float(v) = x {
        return Ok(Value::Float(f(*v)));
    }
    if let Value::Int(v) = x {
        return Ok(Value::Float(f(*v as f64)));
    }
    let a = to_array(x, &format!("{name}()"))?;
    Ok(Value::from_array(match &*a {
        // float32 computes in float32, as NumPy does.
        NdArray::F32(v) => NdArray::F32(v.mapv(f32f)),
        other => NdArray::F64(other.to_f64().mapv(f)),
    }))
}

pub(crate) fn rounding(x: &Value, name: &str, f: fn(f64) -> f64) -> Result<Value> {
    let a = to_array(x, &format!("{name}()"))?;
    Ok(Value::from_array(match &*a {
        NdArray::F32(v) => NdArray::F32(v.mapv(|e| f(e as f64) as f32)),
        NdArray::F64(v) => NdArray::F64(v.mapv(f)),
        // NumPy 2 keeps integers integral for floor/ceil/round.
        other => other.clone(),
    }))
}

fn floor(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("floor", ["x"], 1)?;
    rounding(&x, "floor", f64::floor)
}

fn ceil(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("ceil", ["x"], 1)?;
    rounding(&x, "ceil", f64::ceil)
}

fn round(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x, decimals] = args.bind("round", ["x", "decimals"], 1)?;
    if let Some(v) = py_round(&x, &decimals)? {
        return Ok(v);
    }
    let d = match decimals {
        Value::None => 0,
        v => to_i64(&v, "round(decimals=)")?,
    };
    if d == 0 {
        return rounding(&x, "round", f64::round_ties_even);
    }
    let a = to_array(&x, "round()")?;
    if !a.dtype().is_float() {
        return Ok(Value::from_array(a.into_owned()));
    }
    // NumPy scales by 10**decimals, rounds half to even, and scales back.
    let scale = 10f64.powi(d.clamp(-300, 300) as i32);
    let f = move |v: f64| {
        if d > 0 {
            (v * scale).round_ties_even() / scale
        } else {
            (v / (1.0 / scale)).round_ties_even() * (1.0 / scale)
        }
    };
    Ok(Value::from_array(match &*a {
        NdArray::F32(v) => NdArray::F32(v.mapv(|e| f(e as f64) as f32)),
        other => NdArray::F64(other.to_f64().mapv(f)),
    }))
}

fn abs(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("abs", ["x"], 1)?;
    match &x {
        Value::Int(v) if *v < 0 => return Ok(crate::value::bigint::neg_i64(*v)),
        Value::Int(_) => return Ok(x),
        Value::Host(_) if crate::value::bigint::as_big(&x).is_some() => {
            let b = crate::value::bigint::as_big(&x)
                .cloned()
                .unwrap_or_default();
            return Ok(crate::value::bigint::abs(&b));
        }
        Value::Float(v) => return Ok(Value::Float(v.abs())),
        Value::Bool(b) => return Ok(Value::Bool(*b)),
        _ => {}
    }
    let a = to_array(&x, "abs()")?;
    Ok(Value::from_array(match &*a {
        NdArray::Int(v) => NdArray::Int(v.mapv(i64::wrapping_abs)),
        NdArray::F32(v) => NdArray::F32(v.mapv(f32::abs)),
        NdArray::F64(v) => NdArray::F64(v.mapv(f64::abs)),
        NdArray::Bool(v) => NdArray::Bool(v.clone()),
        other => NdArray::Int(other.to_i64().mapv(i64::wrapping_abs)).into_dtype(other.dtype()),
    }))
}

fn sign_f(v: f64) -> f64 {
    if v.is_nan() {
        v
    } else if v > 0.0 {
        1.0
    } else if v < 0.0 {
        -1.0
    } else {
        0.0
    }
}

fn sign(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("sign", ["x"], 1)?;
    match &x {
        Value::Int(v) => return Ok(Value::Int(v.signum())),
        Value::Float(v) => return Ok(Value::Float(sign_f(*v))),
        _ => {}
    }
    let a = to_array(&x, "sign()")?;
    Ok(Value::from_array(match &*a {
        NdArray::Int(v) => NdArray::Int(v.mapv(i64::signum)),
        NdArray::F32(v) => NdArray::F32(v.mapv(|e| sign_f(e as f64) as f32)),
        NdArray::F64(v) => NdArray::F64(v.mapv(sign_f)),
        NdArray::Bool(_) => return Err(Error::type_error("sign() is not defined for bool arrays")),
        other => NdArray::Int(other.to_i64().mapv(i64::signum)).into_dtype(other.dtype()),
    }))
}

pub(crate) fn float_test(x: &Value, name: &str, f: fn(f64) -> bool) -> Result<Value> {
    if let Value::Float(v) = x {
        return Ok(Value::Bool(f(*v)));
    }
    let a = to_array(x, &format!("{name}()"))?;
    Ok(Value::from_array(NdArray::Bool(a.to_f64().mapv(f))))
}

fn isnan(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("isnan", ["x"], 1)?;
    float_test(&x, "isnan", f64::is_nan)
}

fn isinf(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("isinf", ["x"], 1)?;
    float_test(&x, "isinf", f64::is_infinite)
}

fn fmax(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.max(b)
    }
}

fn fmin(a: f64, b: f64) -> f64 {
    if a.is_nan() || b.is_nan() {
        f64::NAN
    } else {
        a.min(b)
    }
}

fn maximum(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("maximum", ["a", "b"], 2)?;
    elementwise2("maximum()", &a, &b, fmax, i64::max)
}

fn minimum(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("minimum", ["a", "b"], 2)?;
    elementwise2("minimum()", &a, &b, fmin, i64::min)
}

fn clip(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, lo, hi] = args.bind("clip", ["a", "a_min", "a_max"], 3)?;
    if matches!((&lo, &hi), (Value::None, Value::None)) {
        return Err(Error::value("clip(): one of a_min or a_max must be given"));
    }
    let mut v = a;
    if !matches!(lo, Value::None) {
        v = elementwise2("clip()", &v, &lo, fmax, i64::max)?;
    }
    if !matches!(hi, Value::None) {
        v = elementwise2("clip()", &v, &hi, fmin, i64::min)?;
    }
    Ok(v)
}

fn where_(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [cond, x, y] = args.bind("where", ["cond", "x", "y"], 1)?;
    let c = to_array(&cond, "where()")?;
    let mask = c.to_bool().into_owned();
    if matches!((&x, &y), (Value::None, Value::None)) {
        let mut coords: Vec<Vec<i64>> = vec![Vec::new(); mask.ndim()];
        for (ix, &m) in mask.indexed_iter() {
            if m {
                for (d, c) in coords.iter_mut().enumerate() {
                    c.push(ix[d] as i64);
                }
            }
        }
        return Ok(Value::tuple(
            coords
                .into_iter()
                .map(|c| {
                    let n = c.len();
                    Value::array(NdArray::Int(
                        ndarray::ArrayD::from_shape_vec(ndarray::IxDyn(&[n]), c)
                            .unwrap_or_default(),
                    ))
                })
                .collect(),
        ));
    }
    if matches!(x, Value::None) || matches!(y, Value::None) {
        return Err(Error::value(
            "where(): either both or neither of x and y should be given",
        ));
    }
    // Select with arithmetic-free zips: broadcast all three, then pick.
    let xa = to_array(&x, "where()")?;
    let ya = to_array(&y, "where()")?;
    let dt = match (&x, &y) {
        (Value::Array(_), Value::Array(_)) => xa.dtype().promote(ya.dtype()),
        // NumPy 2: a Python scalar is weak (`where(c, uint8_array, 0)` stays uint8).
        (Value::Array(p), q) | (q, Value::Array(p)) if q.as_scalar().is_some() => {
            let s = q
                .as_scalar()
                .ok_or_else(|| Error::internal("where(): scalar"))?;
            crate::array::ops::compute_dtype(
                &crate::array::ops::Operand::Arr(std::borrow::Cow::Borrowed(&**p)),
                &crate::array::ops::Operand::Scalar(s),
            )
        }
        _ => xa.dtype().promote(ya.dtype()),
    };
    let shape = crate::array::broadcast::broadcast_shapes(mask.shape(), xa.shape())
        .and_then(|s| crate::array::broadcast::broadcast_shapes(&s, ya.shape()))
        .ok_or_else(|| {
            Error::shape(format!(
                "where(): operands could not be broadcast together with shapes {} {} {}",
                crate::value::format::shape_str(mask.shape()),
                crate::value::format::shape_str(xa.shape()),
                crate::value::format::shape_str(ya.shape())
            ))
        })?;
    crate::array::alloc::check_shape("where()", &shape, dt.itemsize())?;
    let sh = ndarray::IxDyn(&shape);
    let (xa, ya) = (xa.astype(dt), ya.astype(dt));
    let m = mask
        .broadcast(sh.clone())
        .ok_or_else(|| Error::shape("where(): broadcast failed"))?;
    macro_rules! pick {
        ($p:expr, $q:expr) => {{
            let p = $p
                .broadcast(sh.clone())
                .ok_or_else(|| Error::shape("where(): broadcast failed"))?;
            let q = $q
                .broadcast(sh.clone())
                .ok_or_else(|| Error::shape("where(): broadcast failed"))?;
            crate::array::Element::wrap(
                ndarray::Zip::from(&m)
                    .and(&p)
                    .and(&q)
                    .map_collect(|&c, &a, &b| if c { a } else { b }),
            )
        }};
    }
    let out = crate::with_pair!(&xa, &ya, p, q => pick!(p, q),
        return Err(Error::internal("where(): dtype mismatch")));
    Ok(Value::from_array(out))
}

// relu, sigmoid and gelu on arrays; a tensor answers these itself (its
// `dispatch_builtin` runs them in libtorch).

fn relu(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("relu", ["x"], 1)?;
    let a = crate::value::convert::to_array(&x, "relu()")?;
    Ok(Value::from_array(match &*a {
        NdArray::Int(x) => NdArray::Int(x.mapv(|v| v.max(0))),
        NdArray::F32(x) => NdArray::F32(x.mapv(|v| if v > 0.0 { v } else { 0.0 })),
        other => NdArray::F64(other.to_f64().mapv(|v| if v > 0.0 { v } else { 0.0 })),
    }))
}

fn sigmoid_f64(v: f64) -> f64 {
    1.0 / (1.0 + (-v).exp())
}

fn gelu_f64(v: f64) -> f64 {
    0.5 * v * (1.0 + libm::erf(v / std::f64::consts::SQRT_2))
}

fn sigmoid(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("sigmoid", ["x"], 1)?;
    float_map(&x, "sigmoid", sigmoid_f64, |v| sigmoid_f64(v as f64) as f32)
}

fn gelu(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("gelu", ["x"], 1)?;
    float_map(&x, "gelu", gelu_f64, |v| gelu_f64(v as f64) as f32)
}

/// Python's `round` of a Python number: to an int without `decimals`,
/// else to the nearest multiple of 10**-decimals, ties to even on the
/// exact binary value (as Python's correctly rounded `round`).
fn py_round(x: &Value, decimals: &Value) -> Result<Option<Value>> {
    let d = match decimals {
        Value::None => None,
        Value::Int(d) => Some(*d),
        _ => return Ok(None),
    };
    if crate::value::bigint::as_big(x).is_some() && d.is_none_or(|d| d >= 0) {
        return Ok(Some(x.clone()));
    }
    Ok(Some(match (x, d) {
        (Value::Int(i), None) => Value::Int(*i),
        (Value::Bool(b), None) => Value::Int(*b as i64),
        (Value::Int(i), Some(d)) if d >= 0 => Value::Int(*i),
        (Value::Int(i), Some(d)) => {
            let Some(m) = 10i64.checked_pow(d.saturating_neg().min(19) as u32) else {
                return Ok(Some(Value::Int(0)));
            };
            let q = i.div_euclid(m);
            let r = i.rem_euclid(m);
            let up = r * 2 > m || (r * 2 == m && q % 2 != 0);
            Value::Int((q + up as i64).wrapping_mul(m))
        }
        (Value::Float(f), None) => {
            if !f.is_finite() {
                return Err(Error::new(
                    if f.is_nan() {
                        crate::error::ErrorKind::Value
                    } else {
                        crate::error::ErrorKind::Overflow
                    },
                    format!(
                        "cannot convert float {} to integer",
                        if f.is_nan() { "NaN" } else { "infinity" }
                    ),
                ));
            }
            crate::value::bigint::from_float(f.round_ties_even())?
        }
        (Value::Float(f), Some(d)) if !f.is_finite() => {
            let _ = d;
            Value::Float(*f)
        }
        (Value::Float(f), Some(d)) if d >= 0 => {
            let text = format!("{:.*}", d.min(340) as usize, f);
            Value::Float(text.parse().unwrap_or(*f))
        }
        (Value::Float(f), Some(d)) => {
            let m = 10f64.powi(d.saturating_neg().min(400) as i32);
            Value::Float((f / m).round_ties_even() * m)
        }
        _ => return Ok(None),
    }))
}
