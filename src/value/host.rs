//! The object protocol: how values that arr's core does not know (tensors,
//! models, layers, optimizers from the libtorch backend; functions made by
//! `grad`; objects an embedding program registers; user-class instances)
//! take part in the language. The evaluator asks the object through this
//! trait and never names a concrete kind. Every method declines by default
//! (`None`), and a declined operation gets the same error a built-in value
//! would get ("unsupported operand types", "is not subscriptable", ...).

use super::{Args, Builtin, Context, Value};
use crate::array::NdArray;
use crate::error::Result;
use crate::syntax::ast::{BinOp, UnOp};
use std::any::Any;
use std::fmt;

/// One evaluated item of a subscript: `a[i]`, `a[1:3]`, `a[..., none]`.
#[derive(Clone, Debug)]
pub enum Index {
    /// An expression's value: an int, `none` (new axis), an array or list
    /// (fancy index), a bool mask, or a dict key.
    Value(Value),
    /// `start:stop:step`, each part optional.
    Slice(Option<i64>, Option<i64>, Option<i64>),
    /// `...`
    Ellipsis,
}

/// A value provided by the host or a backend. All methods but `type_name`
/// and `as_any` are optional; `this` is the object itself as a value, for
/// methods that hand it on (bound methods, backend calls).
pub trait HostValue: fmt::Debug {
    /// The name `type()` reports and errors use (`tensor`, `Sequential`).
    fn type_name(&self) -> String;

    fn as_any(&self) -> &dyn Any;

    /// `repr(x)`, the REPL echo; `print` uses `str` below.
    fn repr(&self, cx: &mut dyn Context) -> Result<String> {
        let _ = cx;
        Ok(self.fallback_repr())
    }

    /// The repr where no interpreter is at hand (an embedder's `Display`).
    fn fallback_repr(&self) -> String {
        format!("<{} object>", self.type_name())
    }

    /// `str(x)` and `print(x)`; the repr unless the object says otherwise.
    fn str(&self, cx: &mut dyn Context) -> Result<String> {
        self.repr(cx)
    }

    /// `self op other` (`reflected`: `other op self`, asked when the left
    /// operand declined).
    fn binary(
        &self,
        op: BinOp,
        other: &Value,
        reflected: bool,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let _ = (op, other, reflected, cx);
        None
    }

    /// `-x`, `~x` (`not x` goes through `truthy`).
    fn unary(&self, op: UnOp, cx: &mut dyn Context) -> Option<Result<Value>> {
        let _ = (op, cx);
        None
    }

    /// The truth value for `if`, `while`, `and`, `or`, `not`; an object that
    /// declines is true, as in Python.
    fn truthy(&self, cx: &mut dyn Context) -> Option<Result<bool>> {
        let _ = cx;
        None
    }

    /// `len(x)`.
    fn len(&self, cx: &mut dyn Context) -> Option<Result<usize>> {
        let _ = cx;
        None
    }

    /// The items of `for v in x` and of unpacking `a, b = x`.
    fn iter(&self, cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        let _ = cx;
        None
    }

    /// Whether this is an iterator: `next()` takes one value at a time
    /// (a generator, `iter(x)`), and `for` asks for one value per pass.
    fn is_iterator(&self) -> bool {
        false
    }

    /// `next(x)` for an iterator: `Some(Ok(None))` once it is exhausted.
    fn next(&self, this: &Value, cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
        let _ = (this, cx);
        None
    }

    /// `x[index]`.
    fn getitem(&self, index: &[Index], cx: &mut dyn Context) -> Option<Result<Value>> {
        let _ = (index, cx);
        None
    }

    /// `x[index] = value`. `Some(Ok(Some(new)))` asks the evaluator to store
    /// `new` where `x` was (value semantics, as tensors have);
    /// `Some(Ok(None))` means the object changed in place.
    fn setitem(
        &self,
        index: &[Index],
        value: &Value,
        cx: &mut dyn Context,
    ) -> Option<Result<Option<Value>>> {
        let _ = (index, value, cx);
        None
    }

    /// `x.name`.
    fn get_attr(&self, this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        let _ = (this, name, cx);
        None
    }

    /// `x.name = value`.
    fn set_attr(&self, name: &str, value: Value, cx: &mut dyn Context) -> Option<Result<()>> {
        let _ = (name, value, cx);
        None
    }

    /// `x.name(args)`; declining lets the builtin of that name run with `x`
    /// as its first argument (`t.sum()` is `sum(t)`).
    fn call_method(
        &self,
        this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let _ = (this, name, args, cx);
        None
    }

    /// Whether `x(...)` is allowed (what `callable(x)` and `Engine::call` ask).
    fn is_callable(&self) -> bool {
        false
    }

    /// `x(args)`.
    fn call(&self, this: &Value, args: Args, cx: &mut dyn Context) -> Option<Result<Value>> {
        let _ = (this, args, cx);
        None
    }

    /// A builtin called with this object among its arguments (NumPy's
    /// `__array_function__`): the object's own version of the builtin, or
    /// `None` to let the builtin run (converting the object with `to_array`
    /// where it needs an array).
    fn dispatch_builtin(
        &self,
        builtin: &'static Builtin,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let _ = (builtin, args, cx);
        None
    }

    /// The object as an array, where an array is expected (NumPy's
    /// `__array__`).
    fn to_array(&self, cx: Option<&mut dyn Context>) -> Option<Result<NdArray>> {
        let _ = cx;
        None
    }

    /// The object as a shape, a tuple of ints (`torch.Size`), where arr
    /// takes a shape or a tuple.
    fn as_shape(&self) -> Option<Vec<i64>> {
        None
    }

    /// The object as an array dtype (`torch.float32`), where arr takes one.
    fn as_dtype(&self) -> Option<crate::array::DType> {
        None
    }

    /// Attribute names, for completion in the REPL and notebook.
    fn attr_names(&self) -> Vec<String> {
        Vec::new()
    }
}
