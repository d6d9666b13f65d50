//! PyTorch's small value types: `torch.Size` (what `t.shape` and `t.size()`
//! give: a tuple of ints that prints as `torch.Size([2, 3])`) and
//! `torch.dtype` (what `t.dtype` gives and `torch.float32` names: it prints
//! as `torch.float32`). Both work wherever arr takes a shape or a dtype.

use crate::array::{DType, NdArray};
use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::BinOp;
use crate::value::convert::{seq_items, to_shape};
use crate::value::{Args, Context, HostValue, Index, Value};
use std::any::Any;
use std::rc::Rc;

/// `torch.Size`: a tuple of dimensions.
#[derive(Debug, Clone)]
pub struct TorchSize(pub Vec<i64>);

impl TorchSize {
    pub fn value(dims: Vec<i64>) -> Value {
        Value::Host(Rc::new(TorchSize(dims)))
    }

    fn items(&self) -> Vec<Value> {
        self.0.iter().map(|&d| Value::Int(d)).collect()
    }

    fn text(&self) -> String {
        let dims: Vec<String> = self.0.iter().map(|d| d.to_string()).collect();
        format!("torch.Size([{}])", dims.join(", "))
    }
}

/// An int (or bool, or integral float) as an i64, as `==` compares them.
fn as_int(v: &Value) -> Option<i64> {
    match v {
        Value::Int(i) => Some(*i),
        Value::Bool(b) => Some(*b as i64),
        Value::Float(f) if f.fract() == 0.0 && f.abs() < 9.0e18 => Some(*f as i64),
        _ => None,
    }
}

/// The ints of a `torch.Size`, tuple or list of ints (`None` for anything else).
fn dims_of(v: &Value) -> Option<Vec<i64>> {
    if let Value::Host(h) = v {
        return h.as_shape();
    }
    if !matches!(v, Value::Tuple(_)) {
        return None;
    }
    seq_items(v)?.iter().map(as_int).collect()
}

impl HostValue for TorchSize {
    fn type_name(&self) -> String {
        "Size".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        self.text()
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        _: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match op {
            BinOp::Eq | BinOp::Ne => {
                let same = dims_of(other).is_some_and(|d| d == self.0);
                Some(Ok(Value::Bool(same == (op == BinOp::Eq))))
            }
            BinOp::Add => {
                let other = dims_of(other)?;
                let (a, b) = if reflected {
                    (&other, &self.0)
                } else {
                    (&self.0, &other)
                };
                Some(Ok(TorchSize::value(a.iter().chain(b).copied().collect())))
            }
            _ => None,
        }
    }

    fn truthy(&self, _: &mut dyn Context) -> Option<Result<bool>> {
        Some(Ok(!self.0.is_empty()))
    }

    fn len(&self, _: &mut dyn Context) -> Option<Result<usize>> {
        Some(Ok(self.0.len()))
    }

    fn iter(&self, _: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        Some(Ok(self.items()))
    }

    fn getitem(&self, index: &[Index], _: &mut dyn Context) -> Option<Result<Value>> {
        let n = self.0.len();
        Some(match index {
            [Index::Value(Value::Int(i))] => {
                let k = if *i < 0 { *i + n as i64 } else { *i };
                match usize::try_from(k).ok().and_then(|k| self.0.get(k)) {
                    Some(d) => Ok(Value::Int(*d)),
                    None => Err(Error::index("tuple index out of range")),
                }
            }
            [Index::Slice(a, b, c)] => {
                crate::array::index::slice_indices(*a, *b, *c, n).map(|(start, _, step, count)| {
                    let picked = (0..count as i64)
                        .map(|j| self.0[(start + j * step) as usize])
                        .collect();
                    TorchSize::value(picked)
                })
            }
            _ => Err(Error::type_error(
                "torch.Size indices must be integers or slices",
            )),
        })
    }

    fn get_attr(&self, _: &Value, name: &str, _: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "numel" | "count" | "index" => None,
            _ => Some(Err(Error::new(
                ErrorKind::Attribute,
                format!("'torch.Size' object has no attribute '{name}'"),
            ))),
        }
    }

    fn call_method(
        &self,
        _: &Value,
        name: &str,
        args: &Args,
        _: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let args = args.clone();
        Some(match name {
            "numel" => args.bind("numel", [], 0).and_then(|[]| {
                self.0
                    .iter()
                    .try_fold(1i64, |p, &d| p.checked_mul(d))
                    .map(Value::Int)
                    .ok_or_else(|| {
                        Error::new(
                            ErrorKind::Overflow,
                            "torch.Size.numel(): the product overflows",
                        )
                    })
            }),
            "count" => args.bind("count", ["value"], 1).map(|[v]| {
                let want = as_int(&v);
                Value::Int(self.0.iter().filter(|&&d| Some(d) == want).count() as i64)
            }),
            "index" => args.bind("index", ["value"], 1).and_then(|[v]| {
                let want = as_int(&v);
                self.0
                    .iter()
                    .position(|&d| Some(d) == want)
                    .map(|k| Value::Int(k as i64))
                    .ok_or_else(|| Error::value("tuple.index(x): x not in tuple"))
            }),
            _ => return None,
        })
    }

    fn to_array(&self, _: Option<&mut dyn Context>) -> Option<Result<NdArray>> {
        Some(Ok(NdArray::Int(
            ndarray::Array1::from_vec(self.0.clone()).into_dyn(),
        )))
    }

    fn as_shape(&self) -> Option<Vec<i64>> {
        Some(self.0.clone())
    }

    fn attr_names(&self) -> Vec<String> {
        vec!["numel".into(), "count".into(), "index".into()]
    }
}

/// `torch.dtype`: a tensor element type by PyTorch's name.
#[derive(Debug, Clone)]
pub struct TorchDType(pub String);

impl TorchDType {
    pub fn value(name: &str) -> Value {
        Value::Host(Rc::new(TorchDType(name.to_string())))
    }

    fn dtype(&self) -> Option<DType> {
        DType::parse(&self.0)
    }
}

impl HostValue for TorchDType {
    fn type_name(&self) -> String {
        "dtype".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("torch.{}", self.0)
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        _: bool,
        _: &mut dyn Context,
    ) -> Option<Result<Value>> {
        if !matches!(op, BinOp::Eq | BinOp::Ne) {
            return None;
        }
        let same = match other {
            Value::Host(h) => h
                .as_any()
                .downcast_ref::<TorchDType>()
                .is_some_and(|d| d.0 == self.0),
            Value::DType(d) => self.dtype() == Some(*d),
            _ => false,
        };
        Some(Ok(Value::Bool(same == (op == BinOp::Eq))))
    }

    fn get_attr(&self, _: &Value, name: &str, _: &mut dyn Context) -> Option<Result<Value>> {
        let d = self.dtype();
        Some(Ok(match name {
            "is_floating_point" => Value::Bool(matches!(
                self.0.as_str(),
                "float16" | "bfloat16" | "float32" | "float64"
            )),
            "is_complex" => Value::Bool(self.0.starts_with("complex")),
            "is_signed" => Value::Bool(!matches!(self.0.as_str(), "uint8" | "bool")),
            "itemsize" => match (d, self.0.as_str()) {
                (Some(d), _) => Value::Int(d.itemsize() as i64),
                (None, "float16" | "bfloat16") => Value::Int(2),
                _ => return None,
            },
            _ => {
                return Some(Err(Error::new(
                    ErrorKind::Attribute,
                    format!("'torch.dtype' object has no attribute '{name}'"),
                )))
            }
        }))
    }

    fn as_dtype(&self) -> Option<DType> {
        self.dtype()
    }

    fn attr_names(&self) -> Vec<String> {
        ["is_floating_point", "is_complex", "is_signed", "itemsize"]
            .map(String::from)
            .to_vec()
    }
}

/// `torch.Size(dims=())`.
pub fn size_builtin(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [dims] = args.bind("torch.Size", ["sizes"], 0)?;
    if matches!(dims, Value::Undefined) {
        return Ok(TorchSize::value(Vec::new()));
    }
    let dims = to_shape(&dims, "torch.Size()")?;
    Ok(TorchSize::value(dims.iter().map(|&d| d as i64).collect()))
}

/// `_torch_dtype(name)`: the `torch.dtype` of that name (`torch.float32`).
pub fn dtype_builtin(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [name] = args.bind("_torch_dtype", ["name"], 1)?;
    let Value::Str(s) = &name else {
        return Err(Error::type_error("_torch_dtype(name): expected a string"));
    };
    Ok(TorchDType::value(s))
}

pub fn register(r: &mut crate::builtins::Registry) {
    r.add("_torch_size", size_builtin, "torch.Size(sizes=())\n\nPyTorch's shape type: a tuple of ints that prints as torch.Size([...]); what t.shape and t.size() give.\n\n>>> _torch_size([2, 3])\ntorch.Size([2, 3])");
    r.add("_torch_call", super::methods::torch_call, "_torch_call(name, *args, **kwargs)\n\nPyTorch's function or tensor method `name` on libtorch (what torch.randn, torch.topk and torch.nn.functional.cross_entropy call).\n\n>>> _torch_call(\"view\", tensor([1, 2, 3, 4]), 2, 2)\ntensor([[1, 2],\n        [3, 4]])");
    r.add("_torch_randperm_seeded", super::methods::randperm_seeded, "_torch_randperm_seeded(n, seed)\n\nThe permutation torch.randperm(n, generator=torch.Generator().manual_seed(seed)) gives (PyTorch's CPU generator).\n\n>>> _torch_randperm_seeded(5, 0)\n[4, 0, 1, 3, 2]");
    r.add("_torch_dtype", dtype_builtin, "_torch_dtype(name)\n\nThe torch.dtype of that name (what torch.float32 and t.dtype are).\n\n>>> _torch_dtype(\"int64\")\ntorch.int64");
}
