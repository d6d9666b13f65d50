//! Complex numbers and arrays: NumPy's `complex128`/`complex64` and
//! Python's `complex` (`1j`, `complex(1, 2)`). A complex array is a host
//! value holding `Complex64` elements (`single` rounds them to complex64);
//! a 0-d one is a scalar: Python's complex (`py`) or NumPy's.
//!
//! Arithmetic follows NumPy (Smith's division, integer powers by
//! squaring); printing is in `complex_fmt.rs`, the builtins that take
//! complex arrays in `complex_fns.rs`, the FFTs in `fft.rs`.

use super::complex_fmt;
use crate::array::broadcast::{broadcast_error, broadcast_shapes};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::convert::to_array;
use crate::value::{Args, Builtin, Context, HostValue, Index, Value};
use ndarray::{ArrayD, IxDyn, Zip};
use num_complex::Complex64;
use std::any::Any;
use std::rc::Rc;

pub type C = Complex64;

#[derive(Debug, Clone)]
pub struct Complex {
    pub a: ArrayD<C>,
    /// complex64: the parts are float32.
    pub single: bool,
    /// A 0-d value made by Python syntax (`1j`, `complex(1, 2)`): prints as
    /// Python's complex rather than NumPy's `np.complex128(...)`.
    pub py: bool,
}

fn round32(c: C) -> C {
    C::new(c.re as f32 as f64, c.im as f32 as f64)
}

impl Complex {
    pub fn new(a: ArrayD<C>, single: bool) -> Complex {
        let a = if single { a.mapv(round32) } else { a };
        Complex {
            a,
            single,
            py: false,
        }
    }

    pub fn scalar(c: C) -> Complex {
        Complex {
            a: ArrayD::from_elem(IxDyn(&[]), c),
            single: false,
            py: true,
        }
    }

    pub fn into_value(self) -> Value {
        Value::Host(Rc::new(self))
    }

    pub fn dtype_name(&self) -> &'static str {
        if self.single {
            "complex64"
        } else {
            "complex128"
        }
    }

    pub fn re(&self) -> NdArray {
        self.part(|c| c.re)
    }

    pub fn im(&self) -> NdArray {
        self.part(|c| c.im)
    }

    fn part(&self, f: impl Fn(&C) -> f64) -> NdArray {
        let x = self.a.map(f);
        if self.single {
            NdArray::F32(x.mapv(|v| v as f32))
        } else {
            NdArray::F64(x)
        }
    }

    /// The elements as one complex scalar, when there is one.
    pub fn one(&self) -> Option<C> {
        (self.a.len() == 1)
            .then(|| self.a.iter().next().copied())
            .flatten()
    }
}

/// The complex value held by `v`, if `v` is complex.
pub fn as_complex(v: &Value) -> Option<&Complex> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Complex>(),
        _ => None,
    }
}

/// `dtype=` names a complex dtype: `Some(single)`.
pub fn complex_dtype(v: &Value) -> Option<bool> {
    let name = match v {
        Value::Str(s) => s.to_string(),
        Value::Builtin(b) => b.name.to_string(),
        Value::Host(h) => return h.as_any().downcast_ref::<ComplexDType>().map(|d| d.0),
        _ => return None,
    };
    match name.as_str() {
        "complex" | "complex128" | "c16" | "<c16" | "D" | "cdouble" | "complex_" => Some(false),
        "complex64" | "c8" | "<c8" | "F" | "csingle" => Some(true),
        _ => None,
    }
}

/// `v` as complex elements, with whether it is complex64: a complex
/// value, a real array or scalar, or nested lists mixing them.
pub fn to_complex(v: &Value, what: &str) -> Result<(ArrayD<C>, bool)> {
    if let Some(c) = as_complex(v) {
        return Ok((c.a.clone(), c.single));
    }
    match to_array(v, what) {
        Ok(a) => {
            let single = a.dtype() == DType::Float32;
            Ok((a.to_f64().mapv(|x| C::new(x, 0.0)), single))
        }
        Err(e) => match v {
            Value::List(_) | Value::Tuple(_) => from_nested(v, what),
            _ => Err(e),
        },
    }
}

/// Nested lists whose leaves are numbers or complex scalars.
fn from_nested(v: &Value, what: &str) -> Result<(ArrayD<C>, bool)> {
    let mut shape = Vec::new();
    let mut out = Vec::new();
    walk(v, 0, &mut shape, &mut out, what)?;
    let a = ArrayD::from_shape_vec(IxDyn(&shape), out)
        .map_err(|_| Error::value(format!("{what}: the lists have an inhomogeneous shape")))?;
    Ok((a, false))
}

fn walk(
    v: &Value,
    depth: usize,
    shape: &mut Vec<usize>,
    out: &mut Vec<C>,
    what: &str,
) -> Result<()> {
    if depth > crate::array::MAX_NDIM {
        return Err(Error::value(format!(
            "{what}: the lists are nested too deeply"
        )));
    }
    match v {
        Value::List(_) | Value::Tuple(_) => {
            let items = crate::value::convert::seq_items(v).unwrap_or_default();
            if shape.len() == depth {
                shape.push(items.len());
            } else if shape.get(depth) != Some(&items.len()) {
                return Err(Error::value(format!(
                    "{what}: the lists have an inhomogeneous shape"
                )));
            }
            for it in &items {
                walk(it, depth + 1, shape, out, what)?;
            }
            Ok(())
        }
        other => {
            if shape.len() > depth {
                return Err(Error::value(format!(
                    "{what}: the lists have an inhomogeneous shape"
                )));
            }
            let (a, _) = to_complex(other, what)?;
            match a.len() {
                1 => out.extend(a.iter().copied()),
                _ => {
                    // An array inside a list: its elements, as a dimension.
                    return Err(Error::value(format!(
                        "{what}: mix arrays and complex numbers with concatenate or stack, not nested lists"
                    )));
                }
            }
            Ok(())
        }
    }
}

/// A complex result as a value (0-d: a NumPy complex scalar).
pub fn value(a: ArrayD<C>, single: bool) -> Value {
    Complex::new(a, single).into_value()
}

/// NumPy's complex division (Smith's method, as its loops compute it).
pub fn div(a: C, b: C) -> C {
    let (br, bi) = (b.re.abs(), b.im.abs());
    if br >= bi {
        if br == 0.0 && bi == 0.0 {
            return C::new(a.re / br, a.im / br);
        }
        let rat = b.im / b.re;
        let scl = 1.0 / (b.re + b.im * rat);
        C::new((a.re + a.im * rat) * scl, (a.im - a.re * rat) * scl)
    } else {
        let rat = b.re / b.im;
        let scl = 1.0 / (b.im + b.re * rat);
        C::new((a.re * rat + a.im) * scl, (a.im * rat - a.re) * scl)
    }
}

/// NumPy's complex power: small integer exponents by repeated squaring,
/// others through exp and log.
pub fn pow(a: C, b: C) -> C {
    if b.re == 0.0 && b.im == 0.0 {
        return C::new(1.0, 0.0);
    }
    if a.re == 0.0 && a.im == 0.0 {
        return if b.re > 0.0 && b.im == 0.0 {
            C::new(0.0, 0.0)
        } else {
            C::new(f64::NAN, f64::NAN)
        };
    }
    if b.im == 0.0 && b.re == b.re.trunc() && b.re.abs() < 100.0 {
        let n = b.re as i64;
        let mut mask = 1i64;
        let mut r = C::new(1.0, 0.0);
        let mut p = a;
        let m = n.abs();
        while mask > 0 && m >= mask {
            if m & mask != 0 {
                r *= p;
            }
            mask <<= 1;
            p *= p;
        }
        return if n < 0 { div(C::new(1.0, 0.0), r) } else { r };
    }
    a.powc(b)
}

/// CPython's complex division (it divides where NumPy multiplies by the
/// reciprocal).
fn py_div(a: C, b: C) -> C {
    if b.re.abs() >= b.im.abs() {
        let ratio = b.im / b.re;
        let denom = b.re + b.im * ratio;
        C::new((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom)
    } else {
        let ratio = b.re / b.im;
        let denom = b.re * ratio + b.im;
        C::new((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom)
    }
}

fn apply(op: BinOp, x: C, y: C) -> Option<C> {
    Some(match op {
        BinOp::Add => x + y,
        BinOp::Sub => x - y,
        BinOp::Mul => x * y,
        BinOp::Div => div(x, y),
        BinOp::Pow => pow(x, y),
        _ => return None,
    })
}

/// `a op b` with at least one complex side.
pub fn binary(op: BinOp, a: &Value, b: &Value) -> Result<Value> {
    let what = format!("'{}'", op.symbol());
    let (x, xs) = to_complex(a, &what)?;
    let (y, ys) = to_complex(b, &what)?;
    let shape = broadcast_shapes(x.shape(), y.shape())
        .ok_or_else(|| broadcast_error(&what, x.shape(), y.shape()))?;
    crate::array::alloc::check(&what, shape.iter().product(), 16)?;
    let (Some(xb), Some(yb)) = (x.broadcast(IxDyn(&shape)), y.broadcast(IxDyn(&shape))) else {
        return Err(broadcast_error(&what, x.shape(), y.shape()));
    };
    // A real side that is float32 keeps complex64 only next to complex64.
    let single = (xs || as_complex(a).is_none()) && (ys || as_complex(b).is_none()) && (xs || ys);
    match op {
        BinOp::Eq | BinOp::Ne => {
            let eq = op == BinOp::Eq;
            let out = Zip::from(&xb).and(&yb).map_collect(|p, q| (p == q) == eq);
            Ok(Value::from_array(NdArray::Bool(out)))
        }
        BinOp::Lt | BinOp::Le | BinOp::Gt | BinOp::Ge => Err(Error::type_error(format!(
            "{what} is not supported for complex numbers (they have no order); compare abs(z) or z.real"
        ))),
        _ => {
            if apply(op, C::new(0.0, 0.0), C::new(1.0, 0.0)).is_none() {
                return Err(Error::type_error(format!(
                    "{what} is not supported for complex numbers"
                )));
            }
            let pyish = |v: &Value, c: Option<&Complex>| match c {
                Some(c) => c.py,
                None => matches!(v, Value::Int(_) | Value::Float(_) | Value::Bool(_)),
            };
            let py = x.ndim() == 0
                && y.ndim() == 0
                && pyish(a, as_complex(a))
                && pyish(b, as_complex(b));
            if py {
                // Python's complex raises where NumPy's gives inf or nan.
                let (p, q) = (x.iter().next().copied(), y.iter().next().copied());
                if let (Some(p), Some(q)) = (p, q) {
                    let zero = C::new(0.0, 0.0);
                    if op == BinOp::Div && q == zero {
                        return Err(Error::zero_division("complex division by zero"));
                    }
                    if op == BinOp::Pow && p == zero && !(q.im == 0.0 && q.re >= 0.0) {
                        return Err(Error::zero_division("0.0 to a negative or complex power"));
                    }
                }
            }
            let out = Zip::from(&xb).and(&yb).map_collect(|&p, &q| {
                if py && op == BinOp::Div {
                    return py_div(p, q);
                }
                apply(op, p, q).unwrap_or(C::new(f64::NAN, f64::NAN))
            });
            let mut r = Complex::new(out, single);
            // Python complex with Python numbers stays a Python complex.
            r.py = py;
            Ok(r.into_value())
        }
    }
}

impl HostValue for Complex {
    fn type_name(&self) -> String {
        match (self.a.ndim(), self.py) {
            (0, true) => "complex".into(),
            (0, false) => self.dtype_name().into(),
            _ => "ndarray".into(),
        }
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        complex_fmt::repr(self)
    }

    fn str(&self, _cx: &mut dyn Context) -> Result<String> {
        Ok(complex_fmt::str(self))
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let me = Value::Host(Rc::new(self.clone()));
        if op == BinOp::MatMul {
            let mm = super::lookup("matmul")?;
            return Some(if reflected {
                super::complex_fns::product(mm, other, &me, cx)
            } else {
                super::complex_fns::product(mm, &me, other, cx)
            });
        }
        Some(if reflected {
            binary(op, other, &me)
        } else {
            binary(op, &me, other)
        })
    }

    fn unary(&self, op: UnOp, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(match op {
            UnOp::Neg => {
                let mut r = Complex::new(self.a.mapv(|c| -c), self.single);
                r.py = self.py;
                Ok(r.into_value())
            }
            UnOp::Not if self.a.len() == 1 => Ok(Value::Bool(
                self.one().is_some_and(|c| c == C::new(0.0, 0.0)),
            )),
            _ => Err(Error::type_error(format!(
                "bad operand type for unary operator: '{}'",
                self.type_name()
            ))),
        })
    }

    fn truthy(&self, _cx: &mut dyn Context) -> Option<Result<bool>> {
        Some(match self.one() {
            Some(c) => Ok(c != C::new(0.0, 0.0)),
            None => Err(Error::value(format!(
                "the truth value of an array with more than one element ({} elements) is ambiguous; use a.any() or a.all()",
                self.a.len()
            ))),
        })
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        Some(match self.a.shape().first() {
            Some(&n) => Ok(n),
            None => Err(Error::type_error(format!(
                "object of type '{}' has no len()",
                self.type_name()
            ))),
        })
    }

    fn iter(&self, _cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        if self.a.ndim() == 0 {
            return Some(Err(Error::type_error(format!(
                "'{}' object is not iterable",
                self.type_name()
            ))));
        }
        Some(Ok(self
            .a
            .outer_iter()
            .map(|row| value(row.to_owned(), self.single))
            .collect()))
    }

    fn getitem(&self, index: &[Index], cx: &mut dyn Context) -> Option<Result<Value>> {
        Some((|| {
            let re = crate::value::index::get_item(&Value::array(self.re()), index, cx)?;
            let im = crate::value::index::get_item(&Value::array(self.im()), index, cx)?;
            let (re, im) = (to_array(&re, "indexing")?, to_array(&im, "indexing")?);
            let out = Zip::from(&*re.to_f64())
                .and(&*im.to_f64())
                .map_collect(|&r, &i| C::new(r, i));
            Ok(value(out, self.single))
        })())
    }

    fn setitem(
        &self,
        index: &[Index],
        v: &Value,
        cx: &mut dyn Context,
    ) -> Option<Result<Option<Value>>> {
        Some((|| {
            let (va, _) = to_complex(v, "assignment")?;
            let mut re = Value::array(self.re());
            let mut im = Value::array(self.im());
            let vre = Value::array(NdArray::F64(va.map(|c| c.re)));
            let vim = Value::array(NdArray::F64(va.map(|c| c.im)));
            crate::value::index::set_item(&mut re, index, vre, cx)?;
            crate::value::index::set_item(&mut im, index, vim, cx)?;
            let (re, im) = (to_array(&re, "assignment")?, to_array(&im, "assignment")?);
            let out = Zip::from(&*re.to_f64())
                .and(&*im.to_f64())
                .map_collect(|&r, &i| C::new(r, i));
            Ok(Some(Complex::new(out, self.single).into_value()))
        })())
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(Ok(match name {
            "real" => Value::from_array(self.re()),
            "imag" => Value::from_array(self.im()),
            "shape" => Value::tuple(
                self.a
                    .shape()
                    .iter()
                    .map(|&d| Value::Int(d as i64))
                    .collect(),
            ),
            "ndim" => Value::Int(self.a.ndim() as i64),
            "size" => Value::Int(self.a.len() as i64),
            "dtype" => Value::Host(Rc::new(ComplexDType(self.single))),
            "itemsize" => Value::Int(if self.single { 8 } else { 16 }),
            "nbytes" => Value::Int(self.a.len() as i64 * if self.single { 8 } else { 16 }),
            "T" => value(self.a.t().to_owned(), self.single),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match (name, args.pos.len()) {
            ("conjugate" | "conj", 0) => {
                let mut r = Complex::new(self.a.mapv(|c| c.conj()), self.single);
                r.py = self.py;
                Some(Ok(r.into_value()))
            }
            ("tolist" | "item", 0) => Some(Ok(self.tolist())),
            ("__complex__", 0) => Some(Ok(self.clone().into_value())),
            _ => None,
        }
    }

    fn dispatch_builtin(
        &self,
        builtin: &'static Builtin,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        super::complex_fns::dispatch(builtin, args, cx)
    }

    fn to_array(&self, _cx: Option<&mut dyn Context>) -> Option<Result<NdArray>> {
        Some(Err(Error::type_error(format!(
            "this operation does not take complex numbers ({}); use .real, .imag or abs()",
            self.dtype_name()
        ))))
    }

    fn attr_names(&self) -> Vec<String> {
        [
            "real",
            "imag",
            "shape",
            "ndim",
            "size",
            "dtype",
            "T",
            "conjugate",
            "conj",
            "tolist",
        ]
        .map(String::from)
        .to_vec()
    }
}

impl Complex {
    /// `tolist()`: Python complex numbers in nested lists.
    pub fn tolist(&self) -> Value {
        fn go(a: ndarray::ArrayViewD<'_, C>) -> Value {
            if a.ndim() == 0 {
                return a
                    .iter()
                    .next()
                    .map_or(Value::None, |&c| Complex::scalar(c).into_value());
            }
            Value::list(a.outer_iter().map(go).collect())
        }
        go(self.a.view())
    }
}

/// A complex dtype as a value (`z.dtype`, `np.complex128`): `true` is
/// complex64.
#[derive(Debug)]
pub struct ComplexDType(pub bool);

impl HostValue for ComplexDType {
    fn type_name(&self) -> String {
        "dtype".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("dtype('{}')", self.name())
    }

    fn str(&self, _cx: &mut dyn Context) -> Result<String> {
        Ok(self.name().into())
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        _r: bool,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let same = complex_dtype(other) == Some(self.0);
        match op {
            BinOp::Eq => Some(Ok(Value::Bool(same))),
            BinOp::Ne => Some(Ok(Value::Bool(!same))),
            _ => None,
        }
    }

    fn is_callable(&self) -> bool {
        true
    }

    /// `np.complex128(x)`: x as a NumPy complex scalar (or array).
    fn call(&self, _this: &Value, args: Args, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some((|| {
            let [x, y] = args.bind(self.name(), ["real", "imag"], 0)?;
            let (mut a, _) = match &x {
                Value::None => (ArrayD::from_elem(IxDyn(&[]), C::new(0.0, 0.0)), false),
                Value::Str(s) => match crate::builtins::complex_fns::parse_str(s) {
                    Some(c) => (ArrayD::from_elem(IxDyn(&[]), c), false),
                    None => {
                        return Err(Error::value(format!(
                            "could not convert string to {}: '{s}'",
                            self.name()
                        )))
                    }
                },
                v => to_complex(v, self.name())?,
            };
            if !matches!(y, Value::None) {
                let (b, _) = to_complex(&y, self.name())?;
                let i = b.iter().next().copied().unwrap_or_default();
                a.mapv_inplace(|c| C::new(c.re - i.im, c.im + i.re));
            }
            Ok(value(a, self.0))
        })())
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(Ok(match name {
            "name" => Value::str(self.name()),
            "kind" => Value::str("c"),
            "char" => Value::str(if self.0 { "F" } else { "D" }),
            "itemsize" => Value::Int(if self.0 { 8 } else { 16 }),
            "str" => Value::str(if self.0 { "<c8" } else { "<c16" }),
            _ => return None,
        }))
    }
}

impl ComplexDType {
    fn name(&self) -> &'static str {
        if self.0 {
            "complex64"
        } else {
            "complex128"
        }
    }
}
