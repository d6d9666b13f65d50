//! NumPy's ufunc objects: `add`, `multiply`, `maximum`, `logical_and`, ...
//! are values that call like functions (with `out=`, `where=`, `dtype=`)
//! and carry `reduce`, `accumulate`, `outer`, `at` and `reduceat`. Each
//! wraps the builtin of its name; the element-wise work is the builtin's.
//!
//! `out=` names a place (a variable, element or attribute): the evaluator
//! stores the result there (arrays are values in arr), after the ufunc has
//! checked the shape and cast the result to the out array's dtype as NumPy
//! does. `ufunc.at(a, ...)` likewise updates the variable `a`.

use super::{Args, Context};
use crate::array::DType;
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{norm_axis, to_array, to_dtype};
use crate::value::{HostValue, NdArray, Value};
use ndarray::{Axis, IxDyn};
use std::any::Any;
use std::rc::Rc;

/// What a ufunc's reduction starts from on an empty axis.
#[derive(Clone, Copy, Debug)]
enum Identity {
    None,
    Zero,
    One,
    MinusOne,
    False,
    True,
}

#[derive(Debug)]
pub struct Spec {
    pub name: &'static str,
    nin: usize,
    identity: Identity,
}

const fn spec(name: &'static str, nin: usize, identity: Identity) -> Spec {
    Spec {
        name,
        nin,
        identity,
    }
}

use Identity as I;

/// The ufuncs, by name (each is also the builtin it calls).
pub static UFUNCS: &[Spec] = &[
    spec("absolute", 1, I::None),
    spec("add", 2, I::Zero),
    spec("arccos", 1, I::None),
    spec("arcsin", 1, I::None),
    spec("arctan", 1, I::None),
    spec("arctan2", 2, I::None),
    spec("bitwise_and", 2, I::MinusOne),
    spec("bitwise_or", 2, I::Zero),
    spec("bitwise_xor", 2, I::Zero),
    spec("cbrt", 1, I::None),
    spec("ceil", 1, I::None),
    spec("copysign", 2, I::None),
    spec("cos", 1, I::None),
    spec("cosh", 1, I::None),
    spec("deg2rad", 1, I::None),
    spec("degrees", 1, I::None),
    spec("divide", 2, I::None),
    spec("equal", 2, I::None),
    spec("exp", 1, I::None),
    spec("exp2", 1, I::None),
    spec("expm1", 1, I::None),
    spec("fabs", 1, I::None),
    spec("float_power", 2, I::None),
    spec("floor", 1, I::None),
    spec("floor_divide", 2, I::None),
    spec("fmax", 2, I::None),
    spec("fmin", 2, I::None),
    spec("fmod", 2, I::None),
    spec("gcd", 2, I::Zero),
    spec("greater", 2, I::None),
    spec("greater_equal", 2, I::None),
    spec("heaviside", 2, I::None),
    spec("hypot", 2, I::Zero),
    spec("invert", 1, I::None),
    spec("isfinite", 1, I::None),
    spec("isinf", 1, I::None),
    spec("isnan", 1, I::None),
    spec("lcm", 2, I::None),
    spec("left_shift", 2, I::None),
    spec("less", 2, I::None),
    spec("less_equal", 2, I::None),
    spec("log", 1, I::None),
    spec("log10", 1, I::None),
    spec("log1p", 1, I::None),
    spec("log2", 1, I::None),
    spec("logaddexp", 2, I::None),
    spec("logaddexp2", 2, I::None),
    spec("logical_and", 2, I::True),
    spec("logical_not", 1, I::None),
    spec("logical_or", 2, I::False),
    spec("logical_xor", 2, I::False),
    spec("maximum", 2, I::None),
    spec("minimum", 2, I::None),
    spec("mod", 2, I::None),
    spec("multiply", 2, I::One),
    spec("negative", 1, I::None),
    spec("not_equal", 2, I::None),
    spec("positive", 1, I::None),
    spec("power", 2, I::None),
    spec("rad2deg", 1, I::None),
    spec("radians", 1, I::None),
    spec("reciprocal", 1, I::None),
    spec("remainder", 2, I::None),
    spec("right_shift", 2, I::None),
    spec("rint", 1, I::None),
    spec("sign", 1, I::None),
    spec("signbit", 1, I::None),
    spec("sin", 1, I::None),
    spec("sinh", 1, I::None),
    spec("sqrt", 1, I::None),
    spec("square", 1, I::None),
    spec("subtract", 2, I::None),
    spec("tan", 1, I::None),
    spec("tanh", 1, I::None),
    spec("true_divide", 2, I::None),
    spec("trunc", 1, I::None),
];

/// The ufunc objects, bound as globals (over the builtins of the same
/// names, which they call).
pub fn constants() -> Vec<(&'static str, Value)> {
    UFUNCS
        .iter()
        .filter_map(|s| {
            let b = crate::builtins::lookup(if s.name == "absolute" { "abs" } else { s.name })?;
            Some((s.name, Value::Host(Rc::new(Ufunc(s, b)))))
        })
        .collect()
}

pub struct Ufunc(pub &'static Spec, &'static crate::value::Builtin);

impl std::fmt::Debug for Ufunc {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<ufunc '{}'>", self.0.name)
    }
}

fn ufunc_error(msg: String) -> Error {
    Error::new(ErrorKind::Type, msg)
}

impl Ufunc {
    fn name(&self) -> &'static str {
        self.0.name
    }

    /// The builtin on these inputs (tensors and other objects dispatch as
    /// a call of the builtin does).
    fn apply(&self, inputs: Vec<Value>, cx: &mut dyn Context) -> Result<Value> {
        cx.call(&Value::Builtin(self.1), Args::new(inputs))
    }

    fn binary(&self, a: Value, b: Value, cx: &mut dyn Context) -> Result<Value> {
        self.apply(vec![a, b], cx)
    }

    fn need_binary(&self, method: &str) -> Result<()> {
        if self.0.nin != 2 {
            return Err(Error::value(format!(
                "{method} only supported for binary functions ({} takes {} input)",
                self.name(),
                self.0.nin
            )));
        }
        Ok(())
    }

    /// `ufunc(x1, x2, out=None, where=True, dtype=None)`.
    fn call_ufunc(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        let name = self.name();
        let mut out = Value::None;
        let mut mask = Value::None;
        let mut dtype = Value::None;
        for (k, v) in args.kw {
            match &*k {
                "out" => out = v,
                "where" => mask = v,
                "dtype" => dtype = v,
                "casting" | "order" | "subok" | "signature" => {
                    return Err(Error::type_error(format!(
                        "{name}(): the keyword '{k}' is not supported in arr"
                    )))
                }
                _ => {
                    return Err(Error::type_error(format!(
                        "{name}() got an unexpected keyword argument '{k}' (accepted: out, where, dtype)"
                    )))
                }
            }
        }
        let mut inputs = args.pos;
        if inputs.len() == self.0.nin + 1 && matches!(out, Value::None) {
            return Err(Error::type_error(format!(
                "{name}(): pass the output array by keyword (out=...), so that arr can store into it"
            )));
        }
        if inputs.len() != self.0.nin {
            return Err(Error::type_error(format!(
                "{name}() takes {} positional argument{} but {} were given",
                self.0.nin,
                if self.0.nin == 1 { "" } else { "s" },
                inputs.len()
            )));
        }
        if !matches!(dtype, Value::None) {
            let dt = to_dtype(&dtype, &format!("{name}(dtype=)"))?;
            for x in &mut inputs {
                if !matches!(x, Value::Host(_)) {
                    *x = Value::from_array(to_array(x, name)?.astype(dt));
                }
            }
        }
        let result = self.apply(inputs, cx)?;
        let out = match &out {
            Value::Tuple(t) if t.len() == 1 => t[0].clone(),
            Value::Tuple(t) => {
                return Err(Error::value(format!(
                    "{name}(): out= must be a tuple of 1 array, not {}",
                    t.len()
                )))
            }
            _ => out,
        };
        match (&out, &mask) {
            (Value::None, Value::None) => Ok(result),
            (Value::None, _) => Err(Error::value(format!(
                "{name}(): where= without out= leaves the masked elements undefined; pass out="
            ))),
            (Value::Array(o), _) => self.write_out(result, o, &mask),
            (o, _) => Err(ufunc_error(format!(
                "{name}(): return arrays must be of ArrayType, not {}",
                o.type_name()
            ))),
        }
    }

    /// The result written into `out`: broadcast to its shape, cast to its
    /// dtype under NumPy's same-kind rule, and kept where `mask` is false.
    fn write_out(&self, result: Value, out: &NdArray, mask: &Value) -> Result<Value> {
        let name = self.name();
        let r = to_array(&result, name)?;
        let shape = out.shape().to_vec();
        if crate::array::broadcast::broadcast_shapes(r.shape(), &shape).as_deref()
            != Some(&shape[..])
        {
            return Err(Error::value(format!(
                "{name}(): non-broadcastable output operand with shape {} doesn't match the broadcast shape {}",
                crate::array::format::shape_str(&shape),
                crate::array::format::shape_str(r.shape())
            )));
        }
        let (from, to) = (r.dtype(), out.dtype());
        if !same_kind(from, to) {
            return Err(ufunc_error(format!(
                "Cannot cast ufunc '{name}' output from dtype('{from}') to dtype('{to}') with casting rule 'same_kind'"
            )));
        }
        let cast = r.astype(to);
        let full = crate::map_array!(&cast, a => a
            .broadcast(IxDyn(&shape))
            .ok_or_else(|| Error::value(format!("{name}(): cannot broadcast to out")))?
            .to_owned());
        if let Value::None = mask {
            return Ok(Value::from_array(full));
        }
        let m = to_array(mask, &format!("{name}(where=)"))?
            .to_bool()
            .into_owned();
        let m = m
            .broadcast(IxDyn(&shape))
            .ok_or_else(|| Error::value(format!("{name}(): where= does not broadcast to out")))?
            .to_owned();
        let kept = select_where(&m, &full, out);
        Ok(Value::from_array(kept))
    }

    /// The array and normalized axis (None: flattened, axis 0).
    fn reduce_input(&self, a: &Value, axis: &Value, what: &str) -> Result<(NdArray, Vec<usize>)> {
        let arr = to_array(a, what)?.into_owned();
        let nd = arr.ndim();
        let axes: Vec<usize> = match axis {
            Value::None => (0..nd).collect(),
            Value::Tuple(t) => t
                .iter()
                .map(|v| norm_axis(crate::value::convert::to_i64(v, what)?, nd, what))
                .collect::<Result<_>>()?,
            v => vec![norm_axis(
                crate::value::convert::to_i64(v, what)?,
                nd,
                what,
            )?],
        };
        Ok((arr, axes))
    }

    /// `ufunc.reduce(a, axis=0, dtype=None, keepdims=False, initial=...)`.
    fn reduce(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        self.need_binary("reduce")?;
        let what = format!("{}.reduce", self.name());
        // axis defaults to 0; an explicit axis=None reduces every axis.
        let axis_given = args.pos.len() > 1 || args.kw.iter().any(|(k, _)| &**k == "axis");
        let [a, axis, dtype, out, keepdims, initial] = args.bind(
            &what,
            ["array", "axis", "dtype", "out", "keepdims", "initial"],
            1,
        )?;
        let _ = out;
        let axis = if axis_given { axis } else { Value::Int(0) };
        let keep = super::opt_bool(&keepdims, &what, "keepdims", false)?;
        // add.reduce of a vector is its sum, without a copy.
        if let (Value::Array(x), "add", Value::None, Value::None, false) =
            (&a, self.name(), &initial, &dtype, keep)
        {
            if x.ndim() == 1 && !x.is_empty() && matches!(axis, Value::Int(0 | -1) | Value::None) {
                let b = cx.builtin("sum").ok_or_else(|| Error::internal("no sum"))?;
                return cx.call(&Value::Builtin(b), Args::new(vec![a.clone()]));
            }
        }
        let (mut arr, mut axes) = self.reduce_input(&a, &axis, &what)?;
        if arr.ndim() == 0 {
            return Ok(Value::from_array(arr));
        }
        if !matches!(dtype, Value::None) {
            arr = arr.astype(to_dtype(&dtype, &what)?);
        }
        axes.sort_unstable();
        axes.dedup();
        let mut acc = arr;
        // Highest axis first, so the lower axes keep their numbers.
        for &ax in axes.iter().rev() {
            acc = self.reduce_axis(acc, ax, &initial, cx, &what)?;
        }
        if keep {
            let mut shape = acc.shape().to_vec();
            for &ax in &axes {
                shape.insert(ax, 1);
            }
            let dims: Vec<i64> = shape.iter().map(|&d| d as i64).collect();
            acc = crate::builtins::shape::reshape_to(&acc, &dims)?;
        }
        Ok(Value::from_array(acc))
    }

    fn reduce_axis(
        &self,
        arr: NdArray,
        ax: usize,
        initial: &Value,
        cx: &mut dyn Context,
        what: &str,
    ) -> Result<NdArray> {
        let n = arr.shape()[ax];
        let has_initial = !matches!(initial, Value::None);
        if self.name() == "add" && !has_initial && n > 0 {
            // np.sum's pairwise summation is add.reduce's.
            let b = cx.builtin("sum").ok_or_else(|| Error::internal("no sum"))?;
            let mut pos = vec![Value::from_array(arr)];
            if pos
                .iter()
                .any(|v| matches!(v, Value::Array(a) if a.ndim() > 1))
            {
                pos.push(Value::Int(ax as i64));
            }
            let r = cx.call(&Value::Builtin(b), Args::new(pos))?;
            return Ok(to_array(&r, what)?.into_owned());
        }
        let slice = |i: usize| {
            Value::from_array(crate::map_array!(&arr, x => x.index_axis(Axis(ax), i).to_owned()))
        };
        let mut acc = if has_initial {
            let mut shape = arr.shape().to_vec();
            shape.remove(ax);
            let init = to_array(initial, what)?.into_owned();
            let full = crate::map_array!(&init, x => x.broadcast(IxDyn(&shape)).ok_or_else(|| Error::value(format!("{what}: initial must be a scalar")))?.to_owned());
            Value::from_array(full)
        } else if n == 0 {
            let mut shape = arr.shape().to_vec();
            shape.remove(ax);
            let id = match self.0.identity {
                I::None => {
                    return Err(Error::value(format!(
                        "zero-size array to reduction operation {} which has no identity",
                        self.name()
                    )))
                }
                I::Zero => 0,
                I::One | I::True => 1,
                I::MinusOne => -1,
                I::False => 0,
            };
            let count = crate::array::alloc::check_shape(what, &shape, 8)?;
            let base = NdArray::Int(
                ndarray::ArrayD::from_shape_vec(IxDyn(&shape), vec![id; count])
                    .map_err(|e| Error::value(e.to_string()))?,
            );
            let dt = match self.0.identity {
                I::True | I::False => DType::Bool,
                _ => arr.dtype(),
            };
            return Ok(base.astype(dt));
        } else {
            slice(0)
        };
        let start = usize::from(!has_initial);
        for i in start..n {
            cx.charge(1)?;
            acc = self.binary(acc, slice(i), cx)?;
        }
        Ok(to_array(&acc, what)?.into_owned())
    }

    /// `ufunc.accumulate(a, axis=0, dtype=None)`.
    fn accumulate(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        self.need_binary("accumulate")?;
        let what = format!("{}.accumulate", self.name());
        let [a, axis, dtype, out] = args.bind(&what, ["array", "axis", "dtype", "out"], 1)?;
        let _ = out;
        let axis = if let Value::None = axis {
            Value::Int(0)
        } else {
            axis
        };
        let (mut arr, axes) = self.reduce_input(&a, &axis, &what)?;
        if arr.ndim() == 0 {
            return Err(Error::value(format!(
                "{what}: cannot accumulate on a scalar"
            )));
        }
        if !matches!(dtype, Value::None) {
            arr = arr.astype(to_dtype(&dtype, &what)?);
        }
        let ax = axes[0];
        let n = arr.shape()[ax];
        if n == 0 {
            return Ok(Value::from_array(arr));
        }
        let mut parts: Vec<NdArray> = Vec::with_capacity(n);
        let slice = |i: usize| {
            Value::from_array(crate::map_array!(&arr, x => x.index_axis(Axis(ax), i).to_owned()))
        };
        let mut acc = slice(0);
        parts.push(to_array(&acc, &what)?.into_owned());
        for i in 1..n {
            cx.charge(1)?;
            acc = self.binary(acc, slice(i), cx)?;
            parts.push(to_array(&acc, &what)?.into_owned());
        }
        let dt = parts
            .iter()
            .map(|p| p.dtype())
            .fold(parts[0].dtype(), DType::promote);
        let parts: Vec<NdArray> = parts.into_iter().map(|p| p.into_dtype(dt)).collect();
        crate::builtins::shape::stack_arrays(&parts, ax as i64, &what).map(Value::from_array)
    }

    /// `ufunc.outer(a, b)`: every pair, shape a.shape + b.shape.
    fn outer(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        self.need_binary("outer")?;
        let what = format!("{}.outer", self.name());
        let [a, b] = args.bind(&what, ["A", "B"], 2)?;
        let x = to_array(&a, &what)?.into_owned();
        let y = to_array(&b, &what)?.into_owned();
        let mut dims: Vec<i64> = x.shape().iter().map(|&d| d as i64).collect();
        dims.extend(std::iter::repeat_n(1, y.ndim()));
        let x = crate::builtins::shape::reshape_to(&x, &dims)?;
        self.binary(Value::from_array(x), Value::from_array(y), cx)
    }

    /// `ufunc.at(a, indices, b)`: unbuffered, so a repeated index applies
    /// again; returns the updated array (stored into `a` by the evaluator).
    fn at(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        let what = format!("{}.at", self.name());
        let [a, indices, b] = args.bind(&what, ["a", "indices", "b"], 2)?;
        let mut target = match a {
            Value::Array(_) => a,
            other => {
                return Err(Error::type_error(format!(
                    "{what}: first argument must be an array variable, not {}",
                    other.type_name()
                )))
            }
        };
        let binary = self.0.nin == 2;
        if binary && matches!(b, Value::None) {
            return Err(Error::value(format!(
                "{what}: second operand needed for ufunc"
            )));
        }
        let keys = at_keys(&indices, &what)?;
        let n = keys.len();
        let bvals: Option<Vec<Value>> = match &b {
            Value::None => None,
            Value::Int(_) | Value::Float(_) | Value::Bool(_) => None,
            v => {
                let arr = to_array(v, &what)?.into_owned();
                if arr.ndim() == 0 {
                    None
                } else if arr.ndim() == 1 && arr.len() == n {
                    Some(
                        (0..n)
                            .map(|i| arr.get_flat(i).map(Value::from).unwrap_or(Value::None))
                            .collect(),
                    )
                } else {
                    return Err(Error::value(format!(
                        "{what}: b of shape {} does not match {n} indices",
                        crate::array::format::shape_str(arr.shape())
                    )));
                }
            }
        };
        for (k, key) in keys.into_iter().enumerate() {
            cx.charge(1)?;
            let cur = crate::value::index::get_item(&target, &key, cx)?;
            let new = if binary {
                let bk = match &bvals {
                    Some(v) => v[k].clone(),
                    None => b.clone(),
                };
                self.binary(cur, bk, cx)?
            } else {
                self.apply(vec![cur], cx)?
            };
            crate::value::index::set_item(&mut target, &key, new, cx)?;
        }
        Ok(target)
    }

    /// `ufunc.reduceat(a, indices, axis=0)`.
    fn reduceat(&self, args: Args, cx: &mut dyn Context) -> Result<Value> {
        self.need_binary("reduceat")?;
        let what = format!("{}.reduceat", self.name());
        let [a, indices, axis] = args.bind(&what, ["array", "indices", "axis"], 2)?;
        let axis = if let Value::None = axis {
            Value::Int(0)
        } else {
            axis
        };
        let (arr, axes) = self.reduce_input(&a, &axis, &what)?;
        let ax = axes[0];
        let n = arr.shape()[ax];
        let idx: Vec<i64> = to_array(&indices, &what)?
            .to_i64()
            .iter()
            .copied()
            .collect();
        let mut parts = Vec::with_capacity(idx.len());
        for (k, &start) in idx.iter().enumerate() {
            if start < 0 || start as usize >= n {
                return Err(Error::index(format!(
                    "{what}: index {start} out-of-bounds in {} [0, {n})",
                    self.name()
                )));
            }
            let s = start as usize;
            let end = idx
                .get(k + 1)
                .map(|&e| e.max(0) as usize)
                .unwrap_or(n)
                .min(n);
            let part = if end > s {
                let piece = crate::map_array!(&arr, x => x.slice_axis(Axis(ax), ndarray::Slice::from(s..end)).to_owned());
                self.reduce_axis(piece, ax, &Value::None, cx, &what)?
            } else {
                crate::map_array!(&arr, x => x.index_axis(Axis(ax), s).to_owned())
            };
            parts.push(part);
        }
        if parts.is_empty() {
            return Err(Error::value(format!("{what}: indices must not be empty")));
        }
        let dt = parts
            .iter()
            .map(|p| p.dtype())
            .fold(parts[0].dtype(), DType::promote);
        let parts: Vec<NdArray> = parts.into_iter().map(|p| p.into_dtype(dt)).collect();
        crate::builtins::shape::stack_arrays(&parts, ax as i64, &what).map(Value::from_array)
    }
}

/// The index items of each application of `ufunc.at`: one per int of an
/// index array, or per position of a tuple of index arrays.
fn at_keys(indices: &Value, what: &str) -> Result<Vec<Vec<crate::value::Index>>> {
    use crate::value::Index;
    let ints = |v: &Value| -> Result<Vec<i64>> {
        Ok(match v {
            Value::Int(i) => vec![*i],
            v => to_array(v, what)?.to_i64().iter().copied().collect(),
        })
    };
    match indices {
        Value::Tuple(t) => {
            let cols: Vec<Vec<i64>> = t.iter().map(ints).collect::<Result<_>>()?;
            let n = cols.iter().map(Vec::len).max().unwrap_or(0);
            if cols.iter().any(|c| c.len() != n && c.len() != 1) {
                return Err(Error::value(format!(
                    "{what}: index arrays have different lengths"
                )));
            }
            Ok((0..n)
                .map(|k| {
                    cols.iter()
                        .map(|c| Index::Value(Value::Int(if c.len() == 1 { c[0] } else { c[k] })))
                        .collect()
                })
                .collect())
        }
        v => Ok(ints(v)?
            .into_iter()
            .map(|i| vec![Index::Value(Value::Int(i))])
            .collect()),
    }
}

/// `new` where `mask` holds, `old` elsewhere (same shape and dtype).
fn select_where(mask: &ndarray::ArrayD<bool>, new: &NdArray, old: &NdArray) -> NdArray {
    let old = old.astype(new.dtype());
    let mut out = new.clone();
    macro_rules! pick {
        ($o:expr, $n:expr) => {
            ndarray::Zip::from($n)
                .and(mask)
                .and($o)
                .for_each(|n, &m, &o| {
                    if !m {
                        *n = o;
                    }
                })
        };
    }
    crate::with_pair!(&mut out, &old, n, o => pick!(o, n), {});
    out
}

/// NumPy's same-kind casting: within a kind or up the ladder bool, int,
/// float.
fn same_kind(from: DType, to: DType) -> bool {
    let rank = |d: DType| match d {
        DType::Bool => 0,
        d if d.is_unsigned() => 1,
        d if d.is_signed() => 2,
        _ => 3,
    };
    rank(from) <= rank(to)
}

impl HostValue for Ufunc {
    fn type_name(&self) -> String {
        "ufunc".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("<ufunc '{}'>", self.name())
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        Ok(self.fallback_repr())
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(self.call_ufunc(args, cx))
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(Ok(match name {
            "__name__" => Value::str(self.name()),
            "nin" => Value::Int(self.0.nin as i64),
            "nout" => Value::Int(1),
            "nargs" => Value::Int(self.0.nin as i64 + 1),
            "identity" => match self.0.identity {
                I::None => Value::None,
                I::Zero => Value::Int(0),
                I::One => Value::Int(1),
                I::MinusOne => Value::Int(-1),
                I::False => Value::Bool(false),
                I::True => Value::Bool(true),
            },
            "__doc__" => Value::str(
                crate::builtins::lookup(self.name())
                    .map(|b| b.doc)
                    .unwrap_or(""),
            ),
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let args = args.clone();
        Some(match name {
            "reduce" => self.reduce(args, cx),
            "accumulate" => self.accumulate(args, cx),
            "outer" => self.outer(args, cx),
            "at" => self.at(args, cx),
            "reduceat" => self.reduceat(args, cx),
            _ => return None,
        })
    }

    fn attr_names(&self) -> Vec<String> {
        [
            "accumulate",
            "at",
            "identity",
            "nargs",
            "nin",
            "nout",
            "outer",
            "reduce",
            "reduceat",
        ]
        .map(String::from)
        .to_vec()
    }
}
