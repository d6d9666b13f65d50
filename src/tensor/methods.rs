//! PyTorch's tensor methods on the host side: `t.size()`, `t.dim()`,
//! `t.numel()`, the operator methods (`t.mul(2)`, `t.eq(u)`), and the
//! methods the backend's `torch_method` runs with PyTorch's semantics
//! where a NumPy-named builtin differs (`transpose(0, 1)`, `repeat`,
//! `split`, `sort`); `_torch_call(name, ...)` reaches the same operation
//! for `torch.randn`, `torch.nn.functional.cross_entropy` and the like.

use super::backend::{call_value, instance};
use super::convert::args_to;
use super::object::{meta, BackendObj};
use super::types::TorchSize;
use crate::error::{Error, Result};
use crate::syntax::ast::BinOp;
use crate::value::{Args, Context, Value};
use arr_torch_abi::Op;

/// PyTorch's methods that keep PyTorch's semantics where a NumPy-named
/// builtin differs (`transpose(0, 1)`, `repeat`, `split`, `sort`), run by the
/// backend's `torch_method`.
pub const TORCH_METHODS: &[&str] = &[
    "view",
    "view_as",
    "reshape_as",
    "expand",
    "expand_as",
    "repeat",
    "permute",
    "transpose",
    "swapaxes",
    "swapdims",
    "t",
    "unsqueeze",
    "squeeze",
    "flatten",
    "contiguous",
    "clone",
    "narrow",
    "chunk",
    "split",
    "flip",
    "roll",
    "tril",
    "triu",
    "diag",
    "diagonal",
    "int",
    "short",
    "char",
    "byte",
    "half",
    "bfloat16",
    "bool",
    "type",
    "masked_fill",
    "gather",
    "index_select",
    "topk",
    "sort",
    "argsort",
    "clamp",
    "clip",
    "softmax",
    "log_softmax",
    "log1p",
    "expm1",
    "reciprocal",
    "rsqrt",
    "square",
    "neg",
    "negative",
    "std",
    "var",
    "new_zeros",
    "new_ones",
    "new_empty",
    "new_full",
    "new_tensor",
    "add_",
    "sub_",
    "mul_",
    "div_",
    "clamp_",
    "clip_",
    "uniform_",
    "normal_",
    "bernoulli_",
    "masked_fill_",
    "relu_",
    "abs_",
    "neg_",
    "sqrt_",
    "exp_",
    "random_",
    "median",
];

/// PyTorch's operator methods (`t.mul(2)`, `t.eq(u)`), as the operators.
pub fn method_binop(name: &str) -> Option<BinOp> {
    Some(match name {
        "add" => BinOp::Add,
        "sub" | "subtract" => BinOp::Sub,
        "mul" | "multiply" => BinOp::Mul,
        "div" | "divide" | "true_divide" => BinOp::Div,
        "floor_divide" => BinOp::FloorDiv,
        "remainder" => BinOp::Mod,
        "pow" => BinOp::Pow,
        "matmul" | "mm" | "bmm" => BinOp::MatMul,
        "eq" => BinOp::Eq,
        "ne" => BinOp::Ne,
        "lt" | "less" => BinOp::Lt,
        "le" | "less_equal" => BinOp::Le,
        "gt" | "greater" => BinOp::Gt,
        "ge" | "greater_equal" => BinOp::Ge,
        _ => return None,
    })
}

/// PyTorch's `torch.return_types.topk(values=..., indices=...)` for the
/// methods that return one; other results as they are.
pub fn named_pair(name: &str, r: Value, cx: &mut dyn Context) -> Result<Value> {
    if !matches!(name, "topk" | "sort" | "median") {
        return Ok(r);
    }
    let Value::Tuple(items) = &r else {
        return Ok(r);
    };
    let [v, i] = items.as_slice() else {
        return Ok(r);
    };
    let Some(f) = cx.module_global("_py_torch_return_types") else {
        return Ok(r);
    };
    cx.call(
        &f,
        Args {
            pos: vec![Value::str(name), v.clone(), i.clone()],
            kw: Vec::new(),
        },
    )
}

impl BackendObj {
    /// `t.add(u, alpha=2)`, `t.mul(2)`, `t.eq(u)`: the operator.
    pub fn binop_method(
        &self,
        this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Result<Value> {
        let op = method_binop(name)
            .ok_or_else(|| Error::internal(format!("tensor.{name} is not an operator method")))?;
        let args = args.clone();
        let fname = format!("tensor.{name}");
        let other = if name == "add" || name == "sub" {
            let [other, alpha] = args.bind(&fname, ["other", "alpha"], 1)?;
            match alpha {
                Value::Undefined | Value::None => other,
                a => crate::value::ops::binary(BinOp::Mul, &other, &a, cx)?,
            }
        } else {
            let [other] = args.bind(&fname, ["other"], 1)?;
            other
        };
        crate::value::ops::binary(op, this, &other, cx)
    }

    pub fn dims(&self, _cx: &mut dyn Context) -> Result<Vec<i64>> {
        Ok(meta(&self.backend, self.handle)?
            .shape
            .iter()
            .map(|&d| d as i64)
            .collect())
    }

    /// PyTorch's `t.size()` (a `torch.Size`), `t.size(dim)`, `t.dim()`,
    /// `t.numel()`.
    pub fn shape_method(&self, name: &str, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        let dims = self.dims(cx)?;
        let fname = format!("tensor.{name}");
        if name != "size" {
            let [] = args.clone().bind(&fname, [], 0)?;
            return Ok(Value::Int(match name {
                "dim" | "ndimension" => dims.len() as i64,
                _ => dims.iter().product(),
            }));
        }
        let [dim] = args.clone().bind(&fname, ["dim"], 0)?;
        if matches!(dim, Value::Undefined | Value::None) {
            return Ok(TorchSize::value(dims));
        }
        let d = crate::value::convert::to_i64(&dim, &fname)?;
        let n = dims.len() as i64;
        let k = if d < 0 { d + n } else { d };
        if k < 0 || k >= n {
            return Err(Error::index(format!(
                "Dimension out of range (expected to be in range of [{}, {}], but got {d})",
                -n.max(1),
                n.max(1) - 1
            )));
        }
        Ok(Value::Int(dims[k as usize]))
    }

    /// `t.name(args)` by the backend's `torch_method`; `topk` and `sort`
    /// give PyTorch's named (values, indices) pair.
    pub fn torch_method(&self, name: &str, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        if matches!(
            name,
            "repeat" | "new_zeros" | "new_ones" | "new_empty" | "new_full"
        ) {
            let numel = self.dims(cx)?.iter().product::<i64>().max(1) as usize;
            let items: &[Value] = if name == "repeat" {
                &args.pos
            } else {
                &args.pos[..args.pos.len().min(1)]
            };
            let base = if name == "repeat" { numel } else { 1 };
            guard(&format!("tensor.{name}()"), items, &args.kw, base)?;
        }
        let mut args = args.clone();
        args.pos.insert(0, Value::str(name));
        let (mut pos, kw) = args_to(&args, cx, &self.backend)?;
        pos.insert(1, self.obj());
        let r = call_value(cx, &self.backend, Op::TorchMethod, pos, kw)?;
        named_pair(name, r, cx)
    }
}

/// `_torch_call(name, *args, **kwargs)`: PyTorch's function `name` (what
/// `torch.randn`, `torch.topk` and `F.cross_entropy` call).
pub fn torch_call(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let name = match args.pos.first() {
        Some(Value::Str(s)) => s.to_string(),
        _ => {
            return Err(Error::type_error(
                "_torch_call(name, ...): name the function",
            ))
        }
    };
    let what = format!("torch.{name}()");
    let rest = &args.pos[1..];
    match name.as_str() {
        "rand" | "randn" => guard(&what, rest, &args.kw, 1)?,
        "randint" | "normal" => guard(
            &what,
            rest.last().map(std::slice::from_ref).unwrap_or(&[]),
            &args.kw,
            1,
        )?,
        "randperm" => guard(&what, &rest[..rest.len().min(1)], &args.kw, 1)?,
        _ => {}
    }
    let b = instance(cx)?;
    let (pos, kw) = args_to(&args, cx, &b)?;
    let r = call_value(cx, &b, Op::TorchMethod, pos, kw)?;
    named_pair(&name, r, cx)
}

/// The memory guard for a tensor libtorch will allocate: `base` times the
/// sizes in `items` (ints or tuples of ints) or a `size=` keyword, 8 bytes
/// each. Values that are not sizes are left for the operation to refuse.
fn guard(what: &str, items: &[Value], kw: &[(std::rc::Rc<str>, Value)], base: usize) -> Result<()> {
    let sized: Vec<&Value> = match kw.iter().find(|(k, _)| matches!(&**k, "size" | "repeats")) {
        Some((_, v)) => vec![v],
        None => items.iter().collect(),
    };
    let mut elems = base;
    for v in sized {
        let dims = match v {
            Value::Int(i) => vec![*i],
            other => match crate::value::convert::seq_items(other) {
                Some(xs) => xs
                    .iter()
                    .filter_map(|x| match x {
                        Value::Int(i) => Some(*i),
                        _ => None,
                    })
                    .collect(),
                None => Vec::new(),
            },
        };
        for d in dims {
            elems = elems.saturating_mul(usize::try_from(d.max(0)).unwrap_or(usize::MAX));
        }
    }
    crate::array::alloc::check(what, elems, 8)
}

/// `_torch_randperm_seeded(n, seed)`: `torch.randperm(n, generator=g)` for
/// a fresh `torch.Generator` seeded with `seed` (what a shuffling
/// DataLoader draws each epoch): libtorch's CPU generator is MT19937 seeded
/// with the seed's low 32 bits, and its randperm swaps item i with item
/// i + (next % (n - i)).
pub fn randperm_seeded(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [n, seed] = args.bind("_torch_randperm_seeded", ["n", "seed"], 2)?;
    let what = "_torch_randperm_seeded()";
    let n = crate::value::convert::to_i64(&n, what)?;
    let seed = crate::value::convert::to_i64(&seed, what)?;
    let n =
        usize::try_from(n).map_err(|_| Error::value(format!("{what}: n must be non-negative")))?;
    crate::array::alloc::check(what, n, std::mem::size_of::<i64>())?;
    let mut mt = rand_mt::Mt::new(seed as u32);
    let mut r: Vec<i64> = (0..n as i64).collect();
    for i in 0..n.saturating_sub(1) {
        let z = if n < (u32::MAX / 20) as usize {
            mt.next_u32() as usize % (n - i)
        } else {
            (mt.next_u64() % (n - i) as u64) as usize
        };
        r.swap(i, z + i);
    }
    Ok(Value::list(r.into_iter().map(Value::Int).collect()))
}
