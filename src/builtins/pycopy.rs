//! Python's `copy` module: `copy.copy` and `copy.deepcopy` (module
//! attributes `copy_copy`, `copy_deepcopy`).

use super::Registry;
use crate::error::{Error, Result};
use crate::value::{Args, Context, Value};
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add(
        "copy_copy",
        copy_copy,
        "copy.copy(x)\n\nA shallow copy: a new list, dict, set or object holding the same items.\n\n>>> import copy\n>>> a = [['x'], 2]\n>>> b = copy.copy(a)\n>>> b is a, b[0] is a[0]\n(False, True)",
    );
    r.add(
        "copy_deepcopy",
        copy_deepcopy,
        "copy.deepcopy(x)\n\nA deep copy: lists, dicts, sets, tuples and objects copied all the way down (shared parts stay shared).\n\n>>> import copy\n>>> a = [['x'], 2]\n>>> b = copy.deepcopy(a)\n>>> b == a, b[0] is a[0]\n(True, False)",
    );
}

fn copy_copy(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("copy", ["x"], 1)?;
    Ok(match &x {
        Value::List(l) => Value::list(l.borrow().clone()),
        Value::Dict(d) => Value::dict(d.borrow().clone()),
        Value::Host(_) => {
            if let Some(s) = crate::object::set::as_set(&x) {
                let items = s.items.borrow().clone();
                return crate::object::set::new_set(items, cx);
            }
            match crate::object::as_instance(&x) {
                Some(inst) => {
                    let copy = crate::object::Instance::new(inst.class.clone());
                    for (k, v) in inst.fields.borrow().iter() {
                        copy.set_field(k, v.clone());
                    }
                    Value::Host(copy)
                }
                None => x.clone(),
            }
        }
        _ => x.clone(),
    })
}

/// The deepest nesting `copy.deepcopy` follows (Python's recursion limit).
const MAX_DEEPCOPY_DEPTH: usize = 1000;

fn copy_deepcopy(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("deepcopy", ["x"], 1)?;
    let mut memo = std::collections::HashMap::new();
    deep(&x, &mut memo, 0, cx)
}

/// One level of `deepcopy`; `memo` maps what was copied (by address) to
/// its copy, so shared parts stay shared and cycles end.
fn deep(
    x: &Value,
    memo: &mut std::collections::HashMap<usize, Value>,
    depth: usize,
    cx: &mut dyn Context,
) -> Result<Value> {
    if depth > MAX_DEEPCOPY_DEPTH {
        return Err(Error::new(
            crate::error::ErrorKind::Recursion,
            "maximum recursion depth exceeded in deepcopy",
        ));
    }
    let addr = match x {
        Value::List(l) => Rc::as_ptr(l) as *const u8 as usize,
        Value::Dict(d) => Rc::as_ptr(d) as *const u8 as usize,
        Value::Tuple(t) => Rc::as_ptr(t) as *const u8 as usize,
        Value::Host(h) => Rc::as_ptr(h) as *const u8 as usize,
        // An array is a new array (its data is copied when it changes).
        Value::Array(a) => return Ok(Value::Array(Rc::new((**a).clone()))),
        _ => return Ok(x.clone()),
    };
    if let Some(v) = memo.get(&addr) {
        return Ok(v.clone());
    }
    cx.charge(1)?;
    match x {
        Value::List(l) => {
            let out = Value::list(Vec::new());
            memo.insert(addr, out.clone());
            let items = l.borrow().clone();
            let mut copied = Vec::with_capacity(items.len());
            for v in &items {
                copied.push(deep(v, memo, depth + 1, cx)?);
            }
            if let Value::List(o) = &out {
                *o.borrow_mut() = copied;
            }
            Ok(out)
        }
        Value::Dict(d) => {
            let out = Value::dict(Vec::new());
            memo.insert(addr, out.clone());
            let pairs = d.borrow().clone();
            let mut copied = Vec::with_capacity(pairs.len());
            for (k, v) in &pairs {
                copied.push((deep(k, memo, depth + 1, cx)?, deep(v, memo, depth + 1, cx)?));
            }
            if let Value::Dict(o) = &out {
                *o.borrow_mut() = copied;
            }
            Ok(out)
        }
        Value::Tuple(t) => {
            let mut copied = Vec::with_capacity(t.len());
            for v in t.iter() {
                copied.push(deep(v, memo, depth + 1, cx)?);
            }
            let out = Value::tuple(copied);
            memo.insert(addr, out.clone());
            Ok(out)
        }
        _ => {
            if let Some(s) = crate::object::set::as_set(x) {
                let items = s.items.borrow().clone();
                let mut copied = Vec::with_capacity(items.len());
                for v in &items {
                    copied.push(deep(v, memo, depth + 1, cx)?);
                }
                let out = crate::object::set::new_set(copied, cx)?;
                memo.insert(addr, out.clone());
                return Ok(out);
            }
            match crate::object::as_instance(x) {
                Some(inst) if !inst.class.exception => {
                    let copy = crate::object::Instance::new(inst.class.clone());
                    let out = Value::Host(copy.clone());
                    memo.insert(addr, out.clone());
                    let fields = inst.fields.borrow().clone();
                    for (k, v) in &fields {
                        copy.set_field(k, deep(v, memo, depth + 1, cx)?);
                    }
                    Ok(out)
                }
                Some(_) => Ok(x.clone()),
                None => {
                    let Value::Host(h) = x else {
                        return Ok(x.clone());
                    };
                    match h.type_name().as_str() {
                        // A tensor's data is copied (PyTorch's deepcopy).
                        "tensor" => {
                            let copy = super::lookup("copy")
                                .ok_or_else(|| Error::internal("no builtin copy"))?;
                            let out = cx.call(&Value::Builtin(copy), Args::new(vec![x.clone()]))?;
                            memo.insert(addr, out.clone());
                            Ok(out)
                        }
                        // What Python's deepcopy treats as atoms.
                        "module" | "type" | "function" | "builtin_function_or_method"
                        | "method" | "method_descriptor" | "property" | "slice"
                        | "NotImplementedType" | "staticmethod" | "classmethod" => Ok(x.clone()),
                        other => Err(Error::type_error(format!(
                            "copy.deepcopy() cannot copy a {other} in arr (copy its tensors, e.g. its state_dict(), instead)"
                        ))),
                    }
                }
            }
        }
    }
}
