//! The builtins given complex arrays (see `complex.rs`): element-wise
//! functions (`abs angle exp log sqrt ...`), the real-linear ones computed
//! on the real and imaginary parts (`sum mean reshape transpose
//! concatenate ...`), products (`dot matmul @`), and `real imag conj`.

use super::complex::{as_complex, to_complex, value, Complex, C};
use crate::array::NdArray;
use crate::error::{Error, Result};
use crate::value::convert::to_array;
use crate::value::{Args, Builtin, Context, Value};
use ndarray::Zip;

/// Builtins that act on the real and imaginary parts alike (linear, or
/// moving elements): `f(x + iy) = f(x) + i f(y)`.
const PARTWISE: &[&str] = &[
    "reshape",
    "ravel",
    "flatten",
    "transpose",
    "squeeze",
    "expand_dims",
    "flip",
    "fliplr",
    "flipud",
    "roll",
    "rot90",
    "repeat",
    "tile",
    "take",
    "swapaxes",
    "moveaxis",
    "diag",
    "diagonal",
    "triu",
    "tril",
    "atleast_1d",
    "atleast_2d",
    "atleast_3d",
    "broadcast_to",
    "copy",
    "sum",
    "numpy_sum",
    "mean",
    "cumsum",
    "trace",
    "diff",
    "concatenate",
    "stack",
    "hstack",
    "vstack",
    "column_stack",
    "dstack",
    "append",
    "pad",
    "fftshift",
    "ifftshift",
    "zeros_like",
    "empty_like",
    "resize",
    "delete",
    "insert",
];

/// The argument with each complex value replaced by one of its parts.
fn part_of(v: &Value, imag: bool) -> Value {
    let pick = |c: &Complex| Value::from_array(if imag { c.im() } else { c.re() });
    if let Some(c) = as_complex(v) {
        return pick(c);
    }
    match v {
        Value::List(l) if l.borrow().iter().any(|x| as_complex(x).is_some()) => Value::list(
            l.borrow()
                .iter()
                .map(|x| match as_complex(x) {
                    Some(c) => pick(c),
                    None if imag => zeros_for(x),
                    None => x.clone(),
                })
                .collect(),
        ),
        Value::Tuple(t) if t.iter().any(|x| as_complex(x).is_some()) => Value::tuple(
            t.iter()
                .map(|x| match as_complex(x) {
                    Some(c) => pick(c),
                    None if imag => zeros_for(x),
                    None => x.clone(),
                })
                .collect(),
        ),
        other => other.clone(),
    }
}

/// The imaginary part of a real array in a list of arrays (zeros).
fn zeros_for(x: &Value) -> Value {
    match to_array(x, "complex") {
        Ok(a) => Value::array(NdArray::F64(ndarray::ArrayD::zeros(a.shape()))),
        Err(_) => x.clone(),
    }
}

fn combine(re: &Value, im: &Value, what: &str) -> Result<Value> {
    let (r, i) = (to_array(re, what)?, to_array(im, what)?);
    let single = r.dtype() == crate::array::DType::Float32;
    if r.shape() != i.shape() {
        return Err(Error::internal(format!(
            "{what}: parts of different shapes"
        )));
    }
    let out = Zip::from(&*r.to_f64())
        .and(&*i.to_f64())
        .map_collect(|&x, &y| C::new(x, y));
    Ok(value(out, single))
}

fn partwise(b: &'static Builtin, args: &Args, cx: &mut dyn Context) -> Result<Value> {
    let call = |imag: bool, cx: &mut dyn Context| {
        (b.func)(
            cx,
            Args {
                pos: args.pos.iter().map(|v| part_of(v, imag)).collect(),
                kw: args
                    .kw
                    .iter()
                    .map(|(k, v)| (k.clone(), part_of(v, imag)))
                    .collect(),
            },
        )
    };
    let re = call(false, cx)?;
    let im = call(true, cx)?;
    combine(&re, &im, b.name)
}

fn one(args: &Args, what: &str) -> Result<(ndarray::ArrayD<C>, bool)> {
    let v = args
        .pos
        .first()
        .ok_or_else(|| Error::type_error(format!("{what}() missing an argument")))?;
    to_complex(v, &format!("{what}()"))
}

fn map(args: &Args, what: &str, f: impl Fn(C) -> C) -> Result<Value> {
    let (a, single) = one(args, what)?;
    Ok(value(a.mapv(f), single))
}

fn real_map(args: &Args, what: &str, f: impl Fn(C) -> f64) -> Result<Value> {
    let (a, single) = one(args, what)?;
    let x = a.mapv(f);
    Ok(Value::from_array(if single {
        NdArray::F32(x.mapv(|v| v as f32))
    } else {
        NdArray::F64(x)
    }))
}

fn bool_map(args: &Args, what: &str, f: impl Fn(C) -> bool) -> Result<Value> {
    let (a, _) = one(args, what)?;
    Ok(Value::from_array(NdArray::Bool(a.mapv(f))))
}

fn kw<'a>(args: &'a Args, name: &str) -> Option<&'a Value> {
    args.kw.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

/// `a @ b`, `dot`, `matmul` with complex sides, from real products.
pub fn product(b: &'static Builtin, x: &Value, y: &Value, cx: &mut dyn Context) -> Result<Value> {
    let mut call = |p: Value, q: Value| (b.func)(cx, Args::new(vec![p, q]));
    let (xr, xi) = (
        part_of(x, false),
        as_complex(x).map(|c| Value::from_array(c.im())),
    );
    let (yr, yi) = (
        part_of(y, false),
        as_complex(y).map(|c| Value::from_array(c.im())),
    );
    let rr = call(xr.clone(), yr.clone())?;
    let mut re = rr;
    let mut im: Option<Value> = None;
    let add = |acc: Option<Value>, v: Value, cx: &mut dyn Context| -> Result<Value> {
        match acc {
            None => Ok(v),
            Some(a) => crate::value::ops::binary(crate::syntax::ast::BinOp::Add, &a, &v, cx),
        }
    };
    if let (Some(xi), Some(yi)) = (&xi, &yi) {
        let ii = (b.func)(cx, Args::new(vec![xi.clone(), yi.clone()]))?;
        re = crate::value::ops::binary(crate::syntax::ast::BinOp::Sub, &re, &ii, cx)?;
    }
    if let Some(yi) = &yi {
        let ri = (b.func)(cx, Args::new(vec![xr.clone(), yi.clone()]))?;
        im = Some(add(im, ri, cx)?);
    }
    if let Some(xi) = &xi {
        let ir = (b.func)(cx, Args::new(vec![xi.clone(), yr.clone()]))?;
        im = Some(add(im, ir, cx)?);
    }
    let im = match im {
        Some(v) => v,
        None => {
            crate::value::ops::binary(crate::syntax::ast::BinOp::Mul, &re, &Value::Float(0.0), cx)?
        }
    };
    combine(&re, &im, b.name)
}

/// A builtin given a complex value: its complex version, or `None` to let
/// it run (and refuse complex input with a clear message, or handle it
/// itself as the FFTs do).
pub fn dispatch(b: &'static Builtin, args: &Args, cx: &mut dyn Context) -> Option<Result<Value>> {
    let name = b.name;
    if PARTWISE.contains(&name) {
        return Some(partwise(b, args, cx));
    }
    Some(match name {
        "abs" | "absolute" => real_map(args, name, |c| c.re.hypot(c.im)),
        "real" => real_map(args, name, |c| c.re),
        "imag" => real_map(args, name, |c| c.im),
        "angle" => {
            let deg = matches!(kw(args, "deg").or(args.pos.get(1)), Some(Value::Bool(true)));
            real_map(args, name, |c| {
                let t = c.im.atan2(c.re);
                if deg {
                    t.to_degrees()
                } else {
                    t
                }
            })
        }
        "conj" | "conjugate" => map(args, name, |c| c.conj()),
        "exp" => map(args, name, |c| c.exp()),
        "log" => map(args, name, |c| c.ln()),
        "log10" => map(args, name, |c| c.ln() / std::f64::consts::LN_10),
        "log2" => map(args, name, |c| c.ln() / std::f64::consts::LN_2),
        "sqrt" => map(args, name, |c| c.sqrt()),
        "sin" => map(args, name, |c| c.sin()),
        "cos" => map(args, name, |c| c.cos()),
        "tan" => map(args, name, |c| c.tan()),
        "sinh" => map(args, name, |c| c.sinh()),
        "cosh" => map(args, name, |c| c.cosh()),
        "tanh" => map(args, name, |c| c.tanh()),
        "square" => map(args, name, |c| c * c),
        "negative" => map(args, name, |c| -c),
        "positive" => map(args, name, |c| c),
        "reciprocal" => map(args, name, |c| super::complex::div(C::new(1.0, 0.0), c)),
        "isnan" => bool_map(args, name, |c| c.re.is_nan() || c.im.is_nan()),
        "isinf" => bool_map(args, name, |c| c.re.is_infinite() || c.im.is_infinite()),
        "isfinite" => bool_map(args, name, |c| c.re.is_finite() && c.im.is_finite()),
        "iscomplex" => bool_map(args, name, |c| c.im != 0.0),
        "isreal" => bool_map(args, name, |c| c.im == 0.0),
        "iscomplexobj" => Ok(Value::Bool(true)),
        "isrealobj" => Ok(Value::Bool(false)),
        "real_if_close" => real_if_close_of(args, name),
        "prod" if args.pos.len() == 1 && args.kw.is_empty() => (|| {
            let (a, single) = one(args, name)?;
            Ok(value(
                ndarray::arr0(a.iter().fold(C::new(1.0, 0.0), |p, &c| p * c)).into_dyn(),
                single,
            ))
        })(),
        "round" | "around" => (|| {
            let d = match kw(args, "decimals").or(args.pos.get(1)) {
                Some(v) => crate::value::convert::to_i64(v, "round(decimals=)")?,
                None => 0,
            };
            let r = |x: f64| {
                let s = 10f64.powi(d.clamp(-300, 300) as i32);
                (x * s).round_ties_even() / s
            };
            map(args, name, |c| C::new(r(c.re), r(c.im)))
        })(),
        "isclose" | "allclose" => close(args, name),
        "array_equal" => (|| {
            let (x, _) = to_complex(args.pos.first().unwrap_or(&Value::None), "array_equal()")?;
            let (y, _) = to_complex(args.pos.get(1).unwrap_or(&Value::None), "array_equal()")?;
            Ok(Value::Bool(
                x.shape() == y.shape() && x.iter().zip(y.iter()).all(|(p, q)| p == q),
            ))
        })(),
        "sort_complex" => (|| {
            let (a, _) = one(args, name)?;
            let mut v: Vec<C> = a.iter().copied().collect();
            v.sort_by(|p, q| {
                p.re.partial_cmp(&q.re)
                    .unwrap_or(std::cmp::Ordering::Equal)
                    .then(p.im.partial_cmp(&q.im).unwrap_or(std::cmp::Ordering::Equal))
            });
            Ok(value(ndarray::Array1::from(v).into_dyn(), false))
        })(),
        "dot" | "matmul" | "vdot" | "inner" | "outer" | "kron" | "tensordot"
            if args.pos.len() == 2 && args.kw.is_empty() =>
        {
            let (x, y) = (&args.pos[0], &args.pos[1]);
            if name == "vdot" {
                let xc = super::complex::binary(
                    crate::syntax::ast::BinOp::Mul,
                    &map(&Args::new(vec![x.clone()]), "vdot", |c| c.conj()).unwrap_or(x.clone()),
                    &Value::Int(1),
                );
                match xc {
                    Ok(xc) => {
                        let dot = super::lookup("dot")?;
                        product(dot, &xc, y, cx)
                    }
                    Err(e) => Err(e),
                }
            } else {
                product(b, x, y, cx)
            }
        }
        "array" | "asarray" => (|| {
            let (a, single) = one(args, name)?;
            let dt = kw(args, "dtype")
                .or(args.pos.get(1))
                .cloned()
                .unwrap_or(Value::None);
            astype(a, single, &dt, name)
        })(),
        "astype" => (|| {
            let (a, single) = one(args, name)?;
            let dt = kw(args, "dtype")
                .or(args.pos.get(1))
                .cloned()
                .unwrap_or(Value::None);
            astype(a, single, &dt, name)
        })(),
        "norm" if args.kw.is_empty() && args.pos.len() == 1 => {
            // Vector and Frobenius norms depend on the magnitudes only.
            let mags = real_map(args, "abs", |c| c.re.hypot(c.im));
            match mags {
                Ok(m) => (b.func)(cx, Args::new(vec![m])),
                Err(e) => Err(e),
            }
        }
        "shape" => one(args, name)
            .map(|(a, _)| Value::tuple(a.shape().iter().map(|&d| Value::Int(d as i64)).collect())),
        "ndim" => one(args, name).map(|(a, _)| Value::Int(a.ndim() as i64)),
        "size" => one(args, name).map(|(a, _)| Value::Int(a.len() as i64)),
        "ones_like" => (|| {
            let (a, single) = one(args, name)?;
            Ok(value(a.mapv(|_| C::new(1.0, 0.0)), single))
        })(),
        _ => return None,
    })
}

/// `isclose`/`allclose` with complex sides: |a - b| <= atol + rtol * |b|.
fn close(args: &Args, name: &str) -> Result<Value> {
    let what = format!("{name}()");
    let x = args.pos.first().cloned().unwrap_or(Value::None);
    let y = args.pos.get(1).cloned().unwrap_or(Value::None);
    let rtol = kw(args, "rtol")
        .map(|v| crate::value::convert::to_f64(v, &what))
        .transpose()?
        .unwrap_or(1e-5);
    let atol = kw(args, "atol")
        .map(|v| crate::value::convert::to_f64(v, &what))
        .transpose()?
        .unwrap_or(1e-8);
    let diff = super::complex::binary(crate::syntax::ast::BinOp::Sub, &x, &y)?;
    let (d, _) = to_complex(&diff, &what)?;
    let (yb, _) = to_complex(&y, &what)?;
    let yb = yb
        .broadcast(d.raw_dim())
        .ok_or_else(|| Error::value(format!("{what}: shapes do not broadcast")))?;
    let close = Zip::from(&d)
        .and(&yb)
        .map_collect(|p, q| p.norm() <= atol + rtol * q.norm());
    if name == "allclose" {
        Ok(Value::Bool(close.iter().all(|&v| v)))
    } else {
        Ok(Value::from_array(NdArray::Bool(close)))
    }
}

/// `real_if_close(a, tol=100)` of complex input.
fn real_if_close_of(args: &Args, name: &str) -> Result<Value> {
    let (a, single) = one(args, name)?;
    let tol = match kw(args, "tol").or(args.pos.get(1)) {
        Some(v) => crate::value::convert::to_f64(v, "real_if_close(tol=)")?,
        None => 100.0,
    };
    let eps = if single {
        f32::EPSILON as f64
    } else {
        f64::EPSILON
    };
    let lim = if tol > 1.0 { tol * eps } else { tol };
    if a.iter().all(|c| c.im.abs() < lim) {
        let x = a.mapv(|c| c.re);
        Ok(Value::from_array(if single {
            NdArray::F32(x.mapv(|v| v as f32))
        } else {
            NdArray::F64(x)
        }))
    } else {
        Ok(value(a, single))
    }
}

/// `astype`/`array(dtype=)` from complex: complex keeps the values; a real
/// dtype keeps the real part (NumPy warns that it discards the imaginary
/// part).
pub fn astype(a: ndarray::ArrayD<C>, single: bool, dt: &Value, what: &str) -> Result<Value> {
    if matches!(dt, Value::None) {
        return Ok(value(a, single));
    }
    if let Some(s) = super::complex::complex_dtype(dt) {
        return Ok(value(a, s));
    }
    let d = crate::value::convert::to_dtype(dt, &format!("{what}(dtype=)"))?;
    let re = NdArray::F64(a.mapv(|c| c.re));
    Ok(Value::from_array(re.astype(d)))
}

pub fn register(r: &mut super::Registry) {
    r.add("__imag__", imag_literal, "__imag__(x)\n\nThe imaginary literal `xj` (Python's complex with real part 0).\n\n>>> __imag__(2.5)\n2.5j");
    r.add("complex", complex, "complex(real=0, imag=0)\n\nPython's complex number real + imag*1j (from numbers, complex numbers or a string such as '1+2j').\n\n>>> complex(1, 2)\n(1+2j)");
    r.add("real", real, "real(x)\n\nThe real part, element-wise (the array itself for real input).\n\n>>> real([1+2j, 3-4j])\narray([1., 3.])");
    r.add("imag", imag, "imag(x)\n\nThe imaginary part, element-wise (zeros for real input).\n\n>>> imag([1+2j, 3-4j])\narray([ 2., -4.])");
    r.add("conj", conj, "conj(x)\n\nThe complex conjugate, element-wise (also conjugate).\n\n>>> conj([1+2j, 3])\narray([1.-2.j, 3.-0.j])");
    r.add("conjugate", conj, "conjugate(x)\n\nThe complex conjugate, element-wise (also conj).\n\n>>> conjugate(1+2j)\nnp.complex128(1-2j)");
    r.add("angle", angle, "angle(z, deg=false)\n\nThe argument of each complex number (radians, or degrees).\n\n>>> angle([1, 1j, -1], deg=true)\narray([  0.,  90., 180.])");
    r.add("iscomplex", iscomplex, "iscomplex(x)\n\nWhether each element has a non-zero imaginary part.\n\n>>> iscomplex([1+1j, 1+0j, 4.5])\narray([ True, False, False])");
    r.add("isreal", isreal, "isreal(x)\n\nWhether each element has a zero imaginary part.\n\n>>> isreal([1+1j, 1+0j, 4.5])\narray([False,  True,  True])");
    r.add("iscomplexobj", iscomplexobj, "iscomplexobj(x)\n\nWhether x is complex (its dtype, not its values).\n\n>>> iscomplexobj([1, 2]), iscomplexobj(1j)\n(False, True)");
    r.add(
        "isrealobj",
        isrealobj,
        "isrealobj(x)\n\nWhether x is not complex.\n\n>>> isrealobj([1, 2])\nTrue",
    );
    r.add("real_if_close", real_if_close, "real_if_close(a, tol=100)\n\nThe real part when every imaginary part is within tol machine epsilons of zero, else a.\n\n>>> real_if_close([2.1 + 4e-14j, 5.2 + 3e-15j], tol=1000)\narray([2.1, 5.2])");
    r.add("sort_complex", sort_complex, "sort_complex(a)\n\nSorted by real part, then imaginary part, as complex.\n\n>>> sort_complex([5, 3, 6, 2, 1])\narray([1.+0.j, 2.+0.j, 3.+0.j, 5.+0.j, 6.+0.j])");
    r.add("emath_sqrt", emath_sqrt, "emath_sqrt(x)\n\nnp.emath.sqrt: the square root, complex where x is negative.\n\n>>> emath_sqrt([-4, 4])\narray([0.+2.j, 2.+0.j])");
}

fn imag_literal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("__imag__", ["x"], 1)?;
    let x = crate::value::convert::to_f64(&x, "an imaginary literal")?;
    Ok(Complex::scalar(C::new(0.0, x)).into_value())
}

/// Python's `complex("1+2j")`.
pub fn parse_str(s: &str) -> Option<C> {
    let t: String = s
        .trim()
        .trim_start_matches('(')
        .trim_end_matches(')')
        .to_string();
    let t = t.trim();
    let num = |p: &str| -> Option<f64> {
        match p {
            "" | "+" => Some(1.0),
            "-" => Some(-1.0),
            p => p.parse::<f64>().ok(),
        }
    };
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // The split between the parts: the last sign not after an exponent.
        let bytes = body.as_bytes();
        let mut cut = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                cut = Some(i);
                break;
            }
        }
        return match cut {
            Some(i) => Some(C::new(
                body[..i].trim().parse().ok()?,
                num(body[i..].trim())?,
            )),
            None => Some(C::new(0.0, num(body.trim())?)),
        };
    }
    t.parse::<f64>().ok().map(|x| C::new(x, 0.0))
}

fn scalar_of(v: &Value, what: &str) -> Result<C> {
    let (a, _) = to_complex(v, what)?;
    match (a.ndim(), a.iter().next()) {
        (0, Some(&c)) => Ok(c),
        _ => Err(Error::type_error(format!(
            "{what}: expected a number, not {}",
            v.type_name()
        ))),
    }
}

fn complex(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [re, im] = args.bind("complex", ["real", "imag"], 0)?;
    if let Value::Str(s) = &re {
        if !matches!(im, Value::None) {
            return Err(Error::type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        return parse_str(s)
            .map(|c| Complex::scalar(c).into_value())
            .ok_or_else(|| Error::value("complex() arg is a malformed string"));
    }
    let r = match &re {
        Value::None => C::new(0.0, 0.0),
        v => scalar_of(v, "complex()")?,
    };
    let i = match &im {
        // complex(z) is z (its zeros keep their signs).
        Value::None => return Ok(Complex::scalar(r).into_value()),
        v => scalar_of(v, "complex()")?,
    };
    // complex(a, b) is a + b*1j, parts complex or not.
    Ok(Complex::scalar(C::new(r.re - i.im, r.im + i.re)).into_value())
}

fn real_arg(args: Args, what: &str) -> Result<Value> {
    let [x] = args.bind(what, ["x"], 1)?;
    Ok(x)
}

fn real(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "real")?;
    let a = to_array(&x, "real()")?.into_owned();
    Ok(Value::from_array(a))
}

fn imag(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "imag")?;
    let a = to_array(&x, "imag()")?;
    let z = NdArray::F64(ndarray::ArrayD::zeros(a.shape()));
    Ok(Value::from_array(z.astype(a.dtype())))
}

fn conj(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "conj")?;
    let (a, single) = to_complex(&x, "conj()")?;
    if as_complex(&x).is_some()
        || matches!(x, Value::List(_) | Value::Tuple(_)) && to_array(&x, "conj()").is_err()
    {
        return Ok(value(a.mapv(|c| c.conj()), single));
    }
    Ok(Value::from_array(to_array(&x, "conj()")?.into_owned()))
}

fn angle(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [z, deg] = args.bind("angle", ["z", "deg"], 1)?;
    let deg = super::opt_bool(&deg, "angle", "deg", false)?;
    let (a, single) = to_complex(&z, "angle()")?;
    let x = a.mapv(|c| {
        let t = c.im.atan2(c.re);
        if deg {
            t.to_degrees()
        } else {
            t
        }
    });
    Ok(Value::from_array(if single {
        NdArray::F32(x.mapv(|v| v as f32))
    } else {
        NdArray::F64(x)
    }))
}

fn iscomplex(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "iscomplex")?;
    let (a, _) = to_complex(&x, "iscomplex()")?;
    Ok(Value::from_array(NdArray::Bool(a.mapv(|c| c.im != 0.0))))
}

fn isreal(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "isreal")?;
    let (a, _) = to_complex(&x, "isreal()")?;
    Ok(Value::from_array(NdArray::Bool(a.mapv(|c| c.im == 0.0))))
}

fn is_complex_value(x: &Value) -> bool {
    as_complex(x).is_some()
        || (matches!(x, Value::List(_) | Value::Tuple(_))
            && to_array(x, "").is_err()
            && to_complex(x, "").is_ok())
}

fn iscomplexobj(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "iscomplexobj")?;
    Ok(Value::Bool(is_complex_value(&x)))
}

fn isrealobj(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "isrealobj")?;
    Ok(Value::Bool(!is_complex_value(&x)))
}

fn real_if_close(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let b = super::lookup("real_if_close").ok_or_else(|| Error::internal("no real_if_close"))?;
    if let Some(x) = args.pos.first() {
        if to_array(x, "").is_ok() && as_complex(x).is_none() {
            return Ok(Value::from_array(
                to_array(x, "real_if_close()")?.into_owned(),
            ));
        }
    }
    dispatch(b, &args, cx).unwrap_or_else(|| Err(Error::internal("real_if_close")))
}

fn sort_complex(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let b = super::lookup("sort_complex").ok_or_else(|| Error::internal("no sort_complex"))?;
    dispatch(b, &args, cx).unwrap_or_else(|| Err(Error::internal("sort_complex")))
}

fn emath_sqrt(_: &mut dyn Context, args: Args) -> Result<Value> {
    let x = real_arg(args, "sqrt")?;
    if as_complex(&x).is_none() {
        if let Ok(a) = to_array(&x, "sqrt()") {
            if !a.to_f64().iter().any(|&v| v < 0.0) {
                let f = a.to_f64().mapv(f64::sqrt);
                return Ok(Value::from_array(NdArray::F64(f)));
            }
        }
    }
    let (a, single) = to_complex(&x, "sqrt()")?;
    Ok(value(a.mapv(|c| c.sqrt()), single))
}
