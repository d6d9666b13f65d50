//! `grad(f)` and `value_and_grad(f)`: functions that run the arr function
//! `f` on tensors recording a tape and ask libtorch for the gradients; and
//! `no_grad(f)`.

use super::backend::{bcall, call_value, instance, protocol};
use super::convert::to_arg;
use super::object::{as_tensor, is_tensor, meta, BackendObj};
use crate::array::NdArray;
use crate::error::{Error, Result};
use crate::value::{Args, Context, DType, HostValue, Value};
use arr_torch_abi::{Arg, Op};
use std::any::Any;

/// The function `grad` made: the gradient of `f` with respect to the
/// arguments in `argnums`.
#[derive(Debug)]
pub struct GradFn {
    pub f: Value,
    pub argnums: Vec<usize>,
    pub with_value: bool,
    pub single: bool,
}

impl HostValue for GradFn {
    fn type_name(&self) -> String {
        "function".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<{} of {}>",
            if self.with_value {
                "value_and_grad"
            } else {
                "grad"
            },
            crate::value::format::value_repr(&self.f)
        )
    }

    fn is_callable(&self) -> bool {
        true
    }

    fn call(&self, _this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(self.run(args, cx))
    }
}

/// One differentiated input: the tensor given to `f`, whether it came in
/// as an array (the gradient goes back as one) and whether this call made
/// it a graph leaf.
struct Input {
    tensor: Value,
    was_array: bool,
    made: bool,
}

impl GradFn {
    fn input(&self, k: usize, v: &Value, cx: &mut dyn Context) -> Result<Input> {
        let b = instance(cx)?;
        let arrayish = matches!(
            v,
            Value::Array(_) | Value::Int(_) | Value::Float(_) | Value::Bool(_) | Value::List(_)
        );
        let t = if arrayish {
            let a = crate::value::convert::to_array(v, "grad")?;
            if a.dtype() != DType::Float64 && a.dtype() != DType::Float32 {
                Value::array(NdArray::F64(a.to_f64().into_owned()))
            } else {
                Value::array(a.into_owned())
            }
        } else if is_tensor(v) {
            v.clone()
        } else {
            return Err(Error::type_error(format!(
                "grad: argument {k} must be an array, a number or a tensor, not {}",
                v.type_name()
            )));
        };
        // Inputs this call makes into graph leaves have their gradients
        // (and the value) detached on the way out; inputs already on a tape
        // (an outer grad) keep the graph, so grad(grad(f)) works.
        let needs = match as_tensor(&t) {
            Some(o) => !meta(&b, o.handle)?.requires_grad,
            None => true,
        };
        let tensor = if needs {
            let a = to_arg(&t, cx, &b)?;
            call_value(cx, &b, Op::FromArray, vec![a, Arg::Bool(true)], Vec::new())?
        } else {
            t
        };
        Ok(Input {
            tensor,
            was_array: arrayish,
            made: needs,
        })
    }

    fn run(&self, mut args: Args, cx: &mut dyn Context) -> Result<Value> {
        let b = instance(cx)?;
        let mut inputs = Vec::new();
        for &k in &self.argnums {
            let Some(v) = args.pos.get(k) else {
                return Err(Error::type_error(format!(
                    "grad: argument {k} was asked for (argnums) but only {} were given",
                    args.pos.len()
                )));
            };
            let input = self.input(k, &v.clone(), cx)?;
            args.pos[k] = input.tensor.clone();
            inputs.push(input);
        }
        let out = cx.call(&self.f, args)?;
        let out_arg = match &out {
            Value::Float(x) => Arg::Float(*x),
            Value::Int(i) => Arg::Float(*i as f64),
            v if is_tensor(v) => to_arg(v, cx, &b)?,
            Value::Array(a) if a.len() == 1 => to_arg(&out, cx, &b)?,
            other => {
                return Err(Error::type_error(format!(
                    "grad: the function must return a scalar, but it returned {}",
                    other.type_name()
                )))
            }
        };
        let ins = inputs
            .iter()
            .map(|i| to_arg(&i.tensor, cx, &b))
            .collect::<Result<Vec<_>>>()?;
        let grads = bcall(
            cx,
            &b,
            Op::Autograd,
            vec![out_arg, Arg::List(ins), Arg::Bool(true)],
            Vec::new(),
        )?
        .into_list(Op::Autograd)
        .map_err(protocol)?;
        let mut outv = Vec::new();
        for (g, input) in grads.into_iter().zip(&inputs) {
            let g = super::convert::from_ret(g, &b)?;
            outv.push(if input.was_array {
                to_array_value(&g)?
            } else if input.made {
                detach(&g, cx)?
            } else {
                g
            });
        }
        let g = if self.single && outv.len() == 1 {
            outv.remove(0)
        } else {
            Value::tuple(outv)
        };
        if !self.with_value {
            return Ok(g);
        }
        let value = if inputs.iter().all(|i| i.was_array) && is_tensor(&out) {
            to_array_value(&out)?
        } else if inputs.iter().all(|i| i.made) {
            detach(&out, cx)?
        } else {
            out
        };
        Ok(Value::tuple(vec![value, g]))
    }
}

fn detach(v: &Value, cx: &mut dyn Context) -> Result<Value> {
    match as_tensor(v) {
        Some(o) => call_value(
            cx,
            &o.backend,
            Op::Detach,
            vec![Arg::Obj(o.handle)],
            Vec::new(),
        ),
        None => Ok(v.clone()),
    }
}

/// A tensor as an array value (0-d results become scalars).
pub fn to_array_value(v: &Value) -> Result<Value> {
    match v {
        Value::Host(h) if h.as_any().is::<BackendObj>() && is_tensor(v) => match h.to_array(None) {
            Some(r) => r.map(Value::from_array),
            None => Ok(v.clone()),
        },
        _ => Ok(v.clone()),
    }
}

/// `no_grad()` without a function: a context manager, as PyTorch's
/// `with torch.no_grad(): ...`.
#[derive(Debug)]
pub struct NoGradContext;

impl HostValue for NoGradContext {
    fn type_name(&self) -> String {
        "no_grad".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        "<no_grad>".into()
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        _args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let op = match name {
            "__enter__" => Op::NoGradEnter,
            "__exit__" => Op::NoGradExit,
            _ => return None,
        };
        Some((|| {
            let b = instance(cx)?;
            bcall(cx, &b, op, Vec::new(), Vec::new())?;
            // `__exit__` returns false: exceptions go on.
            Ok(if name == "__exit__" {
                Value::Bool(false)
            } else {
                Value::None
            })
        })())
    }
}

/// Enters and leaves a no-grad region around `f()`.
pub fn no_grad(cx: &mut dyn Context, f: &Value) -> Result<Value> {
    let b = instance(cx)?;
    bcall(cx, &b, Op::NoGradEnter, Vec::new(), Vec::new())?;
    let r = cx.call(f, Args::new(Vec::new()));
    let _ = bcall(cx, &b, Op::NoGradExit, Vec::new(), Vec::new());
    r
}
