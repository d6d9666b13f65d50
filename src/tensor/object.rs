//! Tensors, models and optimizers as arr values: backend objects named by a
//! handle, answering the object protocol (`HostValue`) by calling their
//! engine's backend.

use super::backend::{bcall, call_plain, call_value, protocol, Instance};
use super::convert::{args_to, host_to_array, to_arg};
use super::methods::{method_binop, TORCH_METHODS};
use super::types::{TorchDType, TorchSize};
use crate::array::NdArray;
use crate::error::{suggest, Error, Result};
use crate::syntax::ast::{BinOp, UnOp};
use crate::value::{Args, Builtin, Context, HostValue, Index, Value};
use arr_torch_abi::{Arg, Handle, ObjKind, Op, Ret};
use std::any::Any;
use std::rc::Rc;

/// A tensor, model or optimizer living in an engine's backend.
#[derive(Debug)]
pub struct BackendObj {
    pub handle: Handle,
    pub kind: ObjKind,
    pub backend: Rc<Instance>,
}

impl Drop for BackendObj {
    fn drop(&mut self) {
        self.backend.release(self.handle);
    }
}

pub fn as_obj(v: &Value) -> Option<&BackendObj> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<BackendObj>(),
        _ => None,
    }
}

/// The value as a tensor, if it is one.
pub fn as_tensor(v: &Value) -> Option<&BackendObj> {
    as_obj(v).filter(|o| o.kind == ObjKind::Tensor)
}

pub fn is_tensor(v: &Value) -> bool {
    as_tensor(v).is_some()
}

/// A tensor's shape, dtype, device, whether it requires grad, whether it is
/// a leaf.
pub struct Meta {
    pub shape: Vec<usize>,
    pub dtype: String,
    pub device: String,
    pub requires_grad: bool,
    pub is_leaf: bool,
}

pub fn meta(b: &Rc<Instance>, h: Handle) -> Result<Meta> {
    let parts = call_plain(b, Op::Meta, vec![Arg::Obj(h)])?
        .into_tuple(Op::Meta)
        .map_err(protocol)?;
    let mut it = parts.into_iter();
    let mut next = || it.next().unwrap_or(Ret::None);
    let shape = next()
        .into_list(Op::Meta)
        .map_err(protocol)?
        .into_iter()
        .map(|d| d.into_int(Op::Meta).map(|i| i as usize))
        .collect::<std::result::Result<_, _>>()
        .map_err(protocol)?;
    let dtype = next().into_str(Op::Meta).map_err(protocol)?;
    let device = next().into_str(Op::Meta).map_err(protocol)?;
    let requires_grad = next().into_bool(Op::Meta).map_err(protocol)?;
    let is_leaf = next().into_bool(Op::Meta).map_err(protocol)?;
    Ok(Meta {
        shape,
        dtype,
        device,
        requires_grad,
        is_leaf,
    })
}

fn op_of(op: BinOp) -> Option<Op> {
    Some(match op {
        BinOp::Add => Op::Add,
        BinOp::Sub => Op::Sub,
        BinOp::Mul => Op::Mul,
        BinOp::Div => Op::Div,
        BinOp::FloorDiv => Op::FloorDiv,
        BinOp::Mod => Op::Mod,
        BinOp::Pow => Op::Pow,
        BinOp::MatMul => Op::Matmul,
        BinOp::BitAnd => Op::And,
        BinOp::BitOr => Op::Or,
        BinOp::BitXor => Op::Xor,
        BinOp::Eq => Op::Eq,
        BinOp::Ne => Op::Ne,
        BinOp::Lt => Op::Lt,
        BinOp::Le => Op::Le,
        BinOp::Gt => Op::Gt,
        BinOp::Ge => Op::Ge,
        BinOp::Shl | BinOp::Shr | BinOp::In | BinOp::NotIn | BinOp::Is | BinOp::IsNot => {
            return None
        }
    })
}

/// Builtins the backend runs under their own name when given a tensor.
const TENSOR_BUILTINS: &[&str] = &[
    "len",
    "abs",
    "sqrt",
    "exp",
    "log",
    "log2",
    "log10",
    "sin",
    "cos",
    "tan",
    "tanh",
    "sinh",
    "cosh",
    "arcsin",
    "arccos",
    "arctan",
    "floor",
    "ceil",
    "round",
    "sign",
    "isnan",
    "isinf",
    "maximum",
    "minimum",
    "relu",
    "sigmoid",
    "gelu",
    "sum",
    "prod",
    "mean",
    "std",
    "var",
    "min",
    "max",
    "argmin",
    "argmax",
    "any",
    "all",
    "cumsum",
    "median",
    "reshape",
    "ravel",
    "flatten",
    "transpose",
    "expand_dims",
    "squeeze",
    "concatenate",
    "stack",
    "vstack",
    "hstack",
    "tile",
    "where",
    "clip",
    "dot",
    "matmul",
    "outer",
    "inner",
    "inv",
    "det",
    "solve",
    "svd",
    "qr",
    "cholesky",
    "eigh",
    "norm",
    "pinv",
    "trace",
    "zeros_like",
    "sort",
    "argsort",
    "unique",
    "percentile",
    "split",
    "repeat",
    "lstsq",
    "matrix_rank",
    "ones_like",
    "copy",
    "astype",
    "tensor",
    "bool",
];

/// The backend operation for builtin `name` called with a tensor.
fn tensor_op(name: &str) -> Option<Op> {
    match name {
        "array" => Some(Op::Numpy),
        "float" | "int" => Some(Op::Item),
        _ if TENSOR_BUILTINS.contains(&name) => Op::from_name(name),
        _ => None,
    }
}

const TENSOR_ATTRS: &[&str] = &[
    "shape",
    "ndim",
    "size",
    "dtype",
    "device",
    "grad",
    "requires_grad",
    "is_leaf",
    "is_cuda",
    "data",
    "mT",
    "T",
];

const TENSOR_METHODS: &[&str] = &[
    "copy_",
    "fill_",
    "zero_",
    "numpy",
    "item",
    "to",
    "backward",
    "detach",
    "requires_grad_",
    "cpu",
    "cuda",
    "float",
    "double",
    "long",
];

const MODEL_METHODS: &[&str] = &[
    "compile",
    "fit",
    "evaluate",
    "predict",
    "summary",
    "save",
    "load",
    "parameters",
    "to",
];

/// Float64 arrays (also inside tuples and lists) as float32 arrays: models
/// compute in float32, and converting here copies half the bytes.
fn to_f32(v: &Value) -> Value {
    match v {
        Value::Array(a) => match &**a {
            NdArray::F64(x) => Value::array(NdArray::F32(
                crate::array::kernels::map_contig(x, |v| v as f32)
                    .unwrap_or_else(|| x.mapv(|v| v as f32)),
            )),
            _ => v.clone(),
        },
        Value::Tuple(items) => Value::tuple(items.iter().map(to_f32).collect()),
        Value::List(items) => Value::list(items.borrow().iter().map(to_f32).collect()),
        _ => v.clone(),
    }
}

impl BackendObj {
    pub fn kind_name(&self) -> &'static str {
        match self.kind {
            ObjKind::Tensor => "tensor",
            ObjKind::Model => "Sequential",
            ObjKind::Optimizer => "optimizer",
        }
    }

    pub(super) fn obj(&self) -> Arg {
        Arg::Obj(self.handle)
    }

    /// Runs `op` with this object first, then `args`.
    fn call_with_self(
        &self,
        op: Op,
        args: &Args,
        cx: &mut dyn Context,
        f32_data: bool,
    ) -> Result<Value> {
        let converted;
        let args = if f32_data {
            converted = Args {
                pos: args.pos.iter().map(to_f32).collect(),
                kw: args
                    .kw
                    .iter()
                    .map(|(k, v)| (k.clone(), to_f32(v)))
                    .collect(),
            };
            &converted
        } else {
            args
        };
        let (mut pos, kw) = args_to(args, cx, &self.backend)?;
        pos.insert(0, self.obj());
        call_value(cx, &self.backend, op, pos, kw)
    }

    fn tensor_attr(&self, name: &str, cx: &mut dyn Context) -> Result<Value> {
        let b = &self.backend;
        Ok(match name {
            "shape" => TorchSize::value(self.dims(cx)?),
            "ndim" => Value::Int(meta(b, self.handle)?.shape.len() as i64),
            "size" => Value::Int(meta(b, self.handle)?.shape.iter().product::<usize>() as i64),
            "dtype" => TorchDType::value(&meta(b, self.handle)?.dtype),
            "device" => Value::str(&meta(b, self.handle)?.device),
            "requires_grad" => Value::Bool(meta(b, self.handle)?.requires_grad),
            "is_leaf" => Value::Bool(meta(b, self.handle)?.is_leaf),
            "grad" => call_value(cx, b, Op::GradOf, vec![self.obj()], Vec::new())?,
            "is_cuda" => Value::Bool(meta(b, self.handle)?.device.starts_with("cuda")),
            // PyTorch's `.data`: the same values, cut from the graph.
            "data" => call_value(cx, b, Op::Detach, vec![self.obj()], Vec::new())?,
            "mT" => self.torch_method(
                "transpose",
                &Args {
                    pos: vec![Value::Int(-2), Value::Int(-1)],
                    kw: Vec::new(),
                },
                cx,
            )?,
            "T" => call_value(
                cx,
                b,
                Op::Attr,
                vec![self.obj(), Arg::Str("T".into())],
                Vec::new(),
            )?,
            _ => {
                let mut e = Error::type_error(format!("tensor has no attribute '{name}'"));
                if let Some(s) = suggest(name, TENSOR_ATTRS.iter().copied()) {
                    e = e.with_note(format!("did you mean '{s}'?"));
                }
                return Err(e);
            }
        })
    }

    fn index_args(&self, index: &[Index], cx: &mut dyn Context) -> Result<Vec<Arg>> {
        crate::value::index::expand_index(index)
            .iter()
            .map(|r| match r {
                Index::Value(Value::None) => Ok(Arg::NewAxis),
                Index::Value(Value::Float(f)) => Err(Error::index(format!(
                    "only integers, slices (:), ellipsis (...), none and integer or boolean arrays are valid indices (got the float {})",
                    crate::value::format::py_float_repr(*f)
                ))),
                Index::Value(v) => to_arg(v, cx, &self.backend),
                Index::Slice(a, b, c) => Ok(Arg::Slice(*a, *b, *c)),
                Index::Ellipsis => Ok(Arg::Ellipsis),
            })
            .collect()
    }

    fn len_of(&self, cx: &mut dyn Context) -> Result<usize> {
        let r = bcall(cx, &self.backend, Op::Len, vec![self.obj()], Vec::new())?;
        let n = r.into_int(Op::Len).map_err(protocol)?;
        Ok(n.max(0) as usize)
    }
}

impl HostValue for BackendObj {
    fn type_name(&self) -> String {
        self.kind_name().to_string()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn repr(&self, _cx: &mut dyn Context) -> Result<String> {
        Ok(self.fallback_repr())
    }

    fn fallback_repr(&self) -> String {
        let r = match self.kind {
            ObjKind::Tensor => super::format::tensor_repr(&self.backend, self.handle),
            ObjKind::Model => call_plain(&self.backend, Op::ModelRepr, vec![self.obj()])
                .and_then(|r| r.into_str(Op::ModelRepr).map_err(protocol)),
            ObjKind::Optimizer => call_plain(&self.backend, Op::OptimizerRepr, vec![self.obj()])
                .and_then(|r| r.into_str(Op::OptimizerRepr).map_err(protocol)),
        };
        r.unwrap_or_else(|e| format!("<{}: {}>", self.kind_name(), e.message))
    }

    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let unsupported = |name: &str| {
            Some(Err(Error::type_error(format!(
                "unsupported operand type for {}: {name}",
                op.symbol()
            ))))
        };
        if self.kind != ObjKind::Tensor {
            return unsupported(self.kind_name());
        }
        if let Some(o) = as_obj(other) {
            if o.kind != ObjKind::Tensor {
                return unsupported(o.kind_name());
            }
        }
        let ok = matches!(
            other,
            Value::Host(_)
                | Value::Bool(_)
                | Value::Int(_)
                | Value::Float(_)
                | Value::Array(_)
                | Value::List(_)
        );
        let backend_op = op_of(op);
        if !ok || backend_op.is_none() {
            let (a, b) = if reflected {
                (other.type_name(), "tensor".to_string())
            } else {
                ("tensor".to_string(), other.type_name())
            };
            return Some(Err(Error::type_error(format!(
                "unsupported operand types for {}: {a} and {b}",
                op.symbol()
            ))));
        }
        Some((|| {
            let o = to_arg(other, cx, &self.backend)?;
            let args = if reflected {
                vec![o, self.obj()]
            } else {
                vec![self.obj(), o]
            };
            let op = backend_op.ok_or_else(|| Error::internal("no backend operator"))?;
            call_value(cx, &self.backend, op, args, Vec::new())
        })())
    }

    fn unary(&self, op: UnOp, cx: &mut dyn Context) -> Option<Result<Value>> {
        let op = match op {
            UnOp::Neg => Op::Neg,
            UnOp::Invert => Op::Invert,
            UnOp::Not => return None,
        };
        if self.kind != ObjKind::Tensor {
            return None;
        }
        Some(call_value(
            cx,
            &self.backend,
            op,
            vec![self.obj()],
            Vec::new(),
        ))
    }

    fn truthy(&self, cx: &mut dyn Context) -> Option<Result<bool>> {
        if self.kind != ObjKind::Tensor {
            return None;
        }
        Some(
            bcall(cx, &self.backend, Op::Bool, vec![self.obj()], Vec::new())
                .and_then(|r| r.into_bool(Op::Bool).map_err(protocol)),
        )
    }

    fn len(&self, cx: &mut dyn Context) -> Option<Result<usize>> {
        (self.kind == ObjKind::Tensor).then(|| self.len_of(cx))
    }

    fn iter(&self, cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        if self.kind != ObjKind::Tensor {
            return None;
        }
        // Rows along axis 0, as for arrays.
        Some((|| {
            let n = self.len_of(cx)?;
            (0..n)
                .map(|i| {
                    call_value(
                        cx,
                        &self.backend,
                        Op::GetItem,
                        vec![self.obj(), Arg::List(vec![Arg::Int(i as i64)])],
                        Vec::new(),
                    )
                })
                .collect()
        })())
    }

    fn getitem(&self, index: &[Index], cx: &mut dyn Context) -> Option<Result<Value>> {
        if self.kind != ObjKind::Tensor {
            return None;
        }
        Some((|| {
            let ix = self.index_args(index, cx)?;
            call_value(
                cx,
                &self.backend,
                Op::GetItem,
                vec![self.obj(), Arg::List(ix)],
                Vec::new(),
            )
        })())
    }

    /// `t[ix] = v` makes a new tensor (tensors have value semantics too).
    fn setitem(
        &self,
        index: &[Index],
        value: &Value,
        cx: &mut dyn Context,
    ) -> Option<Result<Option<Value>>> {
        if self.kind != ObjKind::Tensor {
            return None;
        }
        Some((|| {
            let ix = self.index_args(index, cx)?;
            let v = to_arg(value, cx, &self.backend)?;
            call_value(
                cx,
                &self.backend,
                Op::SetItem,
                vec![self.obj(), Arg::List(ix), v],
                Vec::new(),
            )
            .map(Some)
        })())
    }

    fn get_attr(&self, _this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        match self.kind {
            ObjKind::Tensor => Some(self.tensor_attr(name, cx)),
            _ => None,
        }
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match self.kind {
            // `t.max(dim)`: PyTorch's (values, indices), written in arr.
            ObjKind::Tensor
                if matches!(name, "max" | "min")
                    && (matches!(args.pos.as_slice(), [Value::Int(_)])
                        || args.kw.iter().any(|(k, _)| &**k == "dim")) =>
            {
                let f = cx.module_global(&format!("_py_torch_{name}"))?;
                let mut pos = vec![this.clone()];
                pos.extend(args.pos.iter().cloned());
                Some(cx.call(
                    &f,
                    Args {
                        pos,
                        kw: args.kw.clone(),
                    },
                ))
            }
            ObjKind::Tensor if TORCH_METHODS.contains(&name) => {
                Some(self.torch_method(name, args, cx))
            }
            ObjKind::Tensor if name == "tolist" => Some((|| {
                args.clone().bind("tensor.tolist", [], 0)?;
                let v = self.call_with_self(Op::Numpy, &Args::default(), cx, false)?;
                match &v {
                    Value::Array(a) => crate::value::tolist::array_tolist(a),
                    _ => Ok(v),
                }
            })()),
            ObjKind::Tensor if method_binop(name).is_some() => {
                Some(self.binop_method(this, name, args, cx))
            }
            ObjKind::Tensor
                if matches!(name, "size" | "dim" | "ndimension" | "numel" | "nelement") =>
            {
                Some(self.shape_method(name, args, cx))
            }
            ObjKind::Tensor if TENSOR_METHODS.contains(&name) => {
                let op = Op::from_name(name)?;
                // In-place methods return the tensor, as PyTorch's do.
                Some(self.call_with_self(op, args, cx, false).map(|r| match r {
                    Value::None if name.ends_with('_') => this.clone(),
                    r => r,
                }))
            }
            ObjKind::Model if matches!(name, "save" | "load") => {
                if let Err(e) = cx.check_file_access(&format!("model.{name}()")) {
                    return Some(Err(e));
                }
                let op = Op::from_name(&format!("model.{name}"))?;
                Some(self.call_with_self(op, args, cx, false))
            }
            ObjKind::Model if MODEL_METHODS.contains(&name) => {
                let op = Op::from_name(&format!("model.{name}"))?;
                let f32_data = matches!(name, "fit" | "evaluate" | "predict");
                Some(self.call_with_self(op, args, cx, f32_data))
            }
            ObjKind::Optimizer if matches!(name, "step" | "zero_grad" | "set_lr") => {
                let op = Op::from_name(&format!("optimizer.{name}"))?;
                Some(self.call_with_self(op, args, cx, false))
            }
            ObjKind::Model | ObjKind::Optimizer => Some(Err(Error::type_error(format!(
                "{} has no method '{name}'",
                self.kind_name()
            )))),
            _ => None,
        }
    }

    fn is_callable(&self) -> bool {
        self.kind == ObjKind::Model
    }

    /// A model called on data: `model(x, training=true)`.
    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        (self.kind == ObjKind::Model).then(|| self.call_with_self(Op::ModelCall, &args, cx, false))
    }

    fn dispatch_builtin(
        &self,
        builtin: &'static Builtin,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let name = builtin.name;
        // Lists of tensors count only for the joining functions (len of a
        // list of tensors is the list's length).
        let joins = matches!(name, "concatenate" | "stack" | "vstack" | "hstack");
        let direct = args
            .pos
            .iter()
            .chain(args.kw.iter().map(|(_, v)| v))
            .any(|v| {
                is_tensor(v)
                    || (joins
                        && crate::value::convert::seq_items(v)
                            .is_some_and(|items| items.iter().any(is_tensor)))
            });
        if !direct {
            return None;
        }
        let op = tensor_op(name)?;
        let r = (|| {
            let (pos, kw) = args_to(args, cx, &self.backend)?;
            call_value(cx, &self.backend, op, pos, kw)
        })();
        Some(match (name, r) {
            ("float", Ok(Value::Int(i))) => Ok(Value::Float(i as f64)),
            ("float", Ok(Value::Bool(b))) => Ok(Value::Float(b as i64 as f64)),
            ("int", Ok(Value::Float(f))) => Ok(Value::Int(f.trunc() as i64)),
            ("int", Ok(Value::Bool(b))) => Ok(Value::Int(b as i64)),
            (_, r) => r,
        })
    }

    fn to_array(&self, _cx: Option<&mut dyn Context>) -> Option<Result<NdArray>> {
        if self.kind != ObjKind::Tensor {
            return None;
        }
        Some(
            call_plain(&self.backend, Op::Numpy, vec![self.obj()]).and_then(|r| match r {
                Ret::Array(a) => host_to_array(&a),
                Ret::Bool(b) => Ok(crate::array::Scalar::Bool(b).to_array()),
                Ret::Int(i) => Ok(crate::array::Scalar::Int(i).to_array()),
                Ret::Float(f) => Ok(crate::array::Scalar::Float(f).to_array()),
                other => Err(protocol(format!(
                    "{}: numpy returned {}, expected an array",
                    arr_torch_abi::PROTOCOL_ERROR,
                    other.kind()
                ))),
            }),
        )
    }

    fn attr_names(&self) -> Vec<String> {
        let names: &[&str] = match self.kind {
            ObjKind::Tensor => TENSOR_ATTRS,
            ObjKind::Model => MODEL_METHODS,
            ObjKind::Optimizer => &["step", "zero_grad"],
        };
        names.iter().map(|s| s.to_string()).collect()
    }
}
