//! Expressions: literals, names, operators (with fused float arithmetic),
//! comparisons, containers, subscripts, lambdas; arguments of calls.

use super::{fuse, Frame, Interp};
use crate::array::index::{get_array, Idx};
use crate::error::{Error, ErrorKind, Result};
use crate::syntax::ast::*;
use crate::value::index::{dict_set, get_item};
use crate::value::{ops, Args, Context, Index, Value};

impl Interp {
    // ------------------------------------------------------------ expressions

    /// Evaluates an expression. Leaves are answered at once; every other
    /// node counts one level of nesting, and every 16th level checks the
    /// stack (growing it on the heap when it runs short) and the nesting
    /// limit, so deep recursion ends in an error, never a stack overflow,
    /// on any thread.
    #[inline]
    pub fn eval(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::Int(i) => return Ok(Value::Int(*i)),
            ExprKind::Float(x) => return Ok(Value::Float(*x)),
            ExprKind::Var(v) => return self.load(v, f),
            _ => {}
        }
        self.nesting += 1;
        let r = if self.nesting % 16 == 0 {
            self.eval_guarded(e, f)
        } else {
            self.eval_node(e, f)
        };
        self.nesting -= 1;
        r
    }

    #[inline(never)]
    fn eval_guarded(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        self.check_nesting().map_err(|err| err.at(e.span))?;
        crate::syntax::stack::maybe_grow(super::RED_ZONE, super::STACK_SEGMENT, || {
            self.eval_node(e, f)
        })
    }

    fn eval_node(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::Int(i) => Ok(Value::Int(*i)),
            ExprKind::Float(x) => Ok(Value::Float(*x)),
            ExprKind::Bool(b) => Ok(Value::Bool(*b)),
            ExprKind::None => Ok(Value::None),
            ExprKind::Ellipsis => Ok(crate::object::types::ellipsis()),
            ExprKind::Var(v) => self.load(v, f),
            ExprKind::Binary(op, a, b) => {
                if matches!(op, BinOp::Add | BinOp::Mul)
                    && (matches!(a.kind, ExprKind::List(_)) || matches!(b.kind, ExprKind::List(_)))
                {
                    return self.eval_list_literal_op(e, *op, a, b, f);
                }
                if fuse::fusable_op(*op) && (is_arith(a) || is_arith(b)) {
                    return self.eval_arith_tree(e, f);
                }
                if let ExprKind::Binary(..) = a.kind {
                    return self.eval_chain(e, f);
                }
                let x = self.eval(a, f)?;
                let y = self.eval(b, f)?;
                if let Some(v) = ops::fast_scalar(*op, &x, &y) {
                    return Ok(v);
                }
                ops::binary(*op, &x, &y, self).map_err(|err| err.at(e.span))
            }
            ExprKind::Call(callee, args) => {
                let fv = self.eval(callee, f)?;
                if let Value::Builtin(b) = fv {
                    if crate::builtins::mutates_first_argument(b) {
                        return self.call_in_place(b, args, f, e.span);
                    }
                }
                let cap = match &fv {
                    Value::Func(c) => (c.def.n_locals as usize).max(args.len()),
                    _ => args.len(),
                };
                let place = if args.iter().any(|a| a.name.is_some()) && Self::takes_out(&fv) {
                    Self::out_place(args)
                } else {
                    None
                };
                let args = self.eval_args_with(args, f, cap)?;
                let r = self.call(&fv, args, e.span)?;
                if let Some(p) = place {
                    self.store_into(p, f, r.clone(), e.span)?;
                }
                Ok(r)
            }
            _ => self.eval_other(e, f),
        }
    }

    /// A left-leaning chain of binary operators (`a - b * c + d < e`),
    /// evaluated in a loop along its left spine: the same operations in the
    /// same order as recursion, without recursion's depth, so machine-made
    /// expressions of any length run.
    #[inline(never)]
    fn eval_chain(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        let mut spine = Vec::new();
        let mut left = e;
        while let ExprKind::Binary(op, a, b) = &left.kind {
            spine.push((*op, &**b, left.span));
            left = a;
        }
        // A long chain is as much work as a loop of that many steps.
        Context::charge(self, spine.len() as u64).map_err(|err| err.at(e.span))?;
        let mut acc = self.eval(left, f)?;
        for (op, right, span) in spine.into_iter().rev() {
            let y = self.eval(right, f)?;
            acc = match ops::fast_scalar(op, &acc, &y) {
                Some(v) => v,
                None => ops::binary(op, &acc, &y, self).map_err(|err| err.at(span))?,
            };
        }
        Ok(acc)
    }

    /// A tree of `+ - * /`: its leaves are evaluated once, in order; large
    /// float64 arrays then run through one fused pass, anything else through
    /// the ordinary operators.
    #[inline(never)]
    pub(super) fn eval_arith_tree(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        let mut leaves = Vec::new();
        if !fuse::leaves(e, &mut leaves) {
            // Too many leaves: evaluate the top operator normally.
            let ExprKind::Binary(op, a, b) = &e.kind else {
                return self.eval(e, f);
            };
            if let ExprKind::Binary(..) = a.kind {
                return self.eval_chain(e, f);
            }
            let x = self.eval(a, f)?;
            let y = self.eval(b, f)?;
            return ops::binary(*op, &x, &y, self).map_err(|err| err.at(e.span));
        }
        let mut vals = Vec::with_capacity(leaves.len());
        for l in &leaves {
            vals.push(self.eval(l, f)?);
        }
        if vals.iter().any(|v| matches!(v, Value::Array(_))) {
            if let Some(v) = fuse::run(e, &vals) {
                return Ok(v);
            }
        }
        let mut next = 0;
        self.combine(e, &vals, &mut next)
    }

    /// Applies a tree's operators to its already evaluated leaves.
    pub(super) fn combine(&mut self, e: &Expr, vals: &[Value], next: &mut usize) -> Result<Value> {
        match &e.kind {
            ExprKind::Binary(op, a, b) if fuse::fusable_op(*op) => {
                let x = self.combine(a, vals, next)?;
                let y = self.combine(b, vals, next)?;
                if let Some(v) = ops::fast_scalar(*op, &x, &y) {
                    return Ok(v);
                }
                ops::binary(*op, &x, &y, self).map_err(|err| err.at(e.span))
            }
            _ => {
                let v = vals.get(*next).cloned().unwrap_or(Value::None);
                *next += 1;
                Ok(v)
            }
        }
    }

    /// The less frequent expression kinds, kept out of `eval` so that its
    /// frame stays small for the hot cases.
    #[inline(never)]
    pub(super) fn eval_other(&mut self, e: &Expr, f: &mut Frame) -> Result<Value> {
        match &e.kind {
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Bool(_)
            | ExprKind::None
            | ExprKind::Ellipsis
            | ExprKind::Var(_)
            | ExprKind::Binary(..)
            | ExprKind::Call(..) => self.eval_node(e, f),
            ExprKind::Str(s) => Ok(Value::Str(s.clone())),
            ExprKind::BigInt(b) => Ok(crate::value::bigint::normalize((**b).clone())),
            ExprKind::Unary(op, a) => {
                // A chain of prefix operators (`not not not ... x`) costs
                // one step per link, as a long operator chain does.
                if let ExprKind::Unary(..) = a.kind {
                    Context::charge(self, 1).map_err(|err| err.at(e.span))?;
                }
                let x = self.eval(a, f)?;
                ops::unary(*op, &x, self).map_err(|err| err.at(e.span))
            }
            ExprKind::Compare(first, rest) => {
                let mut left = self.eval(first, f)?;
                let mut result = Value::Bool(true);
                for (k, (op, right)) in rest.iter().enumerate() {
                    let r = self.eval(right, f)?;
                    result = match ops::fast_scalar(*op, &left, &r) {
                        Some(v) => v,
                        None if matches!(
                            op,
                            BinOp::In | BinOp::NotIn | BinOp::Is | BinOp::IsNot
                        ) =>
                        {
                            self.compare_python(*op, &left, &r)
                                .map_err(|err| err.at(e.span))?
                        }
                        None => ops::binary(*op, &left, &r, self).map_err(|err| err.at(e.span))?,
                    };
                    if k + 1 < rest.len()
                        && !ops::truthy(&result, self).map_err(|err| err.at(e.span))?
                    {
                        return Ok(result);
                    }
                    left = r;
                }
                Ok(result)
            }
            ExprKind::And(a, b) => {
                let x = self.eval(a, f)?;
                if !ops::truthy(&x, self).map_err(|err| err.at(a.span))? {
                    return Ok(x);
                }
                self.eval(b, f)
            }
            ExprKind::Or(a, b) => {
                let x = self.eval(a, f)?;
                if ops::truthy(&x, self).map_err(|err| err.at(a.span))? {
                    return Ok(x);
                }
                self.eval(b, f)
            }
            ExprKind::List(items) => {
                // Literals charge their items to the operation budget.
                Context::charge(self, items.len() as u64).map_err(|err| err.at(e.span))?;
                if items.is_empty() || items.iter().any(|x| matches!(x.kind, ExprKind::Starred(_)))
                {
                    return Ok(Value::list(self.eval_items(items, f)?));
                }
                let vals = items
                    .iter()
                    .map(|x| self.eval(x, f))
                    .collect::<Result<Vec<_>>>()?;
                let v = bracket_value(vals).map_err(|err| err.at(e.span))?;
                ragged_as_lists(items, &v)?;
                Ok(v)
            }
            ExprKind::Tuple(items) => {
                Context::charge(self, items.len() as u64).map_err(|err| err.at(e.span))?;
                Ok(Value::tuple(self.eval_items(items, f)?))
            }
            ExprKind::Dict(items) => {
                Context::charge(self, items.len() as u64).map_err(|err| err.at(e.span))?;
                let mut out: Vec<(Value, Value)> = Vec::with_capacity(items.len());
                for (k, v) in items {
                    if let ExprKind::Starred(m) = &k.kind {
                        // `{**m, ...}`: the items of a mapping.
                        let m = self.eval(m, f)?;
                        let Some(pairs) = self.mapping_pairs(&m).map_err(|e| e.at(k.span))? else {
                            return Err(Error::type_error(format!(
                                "'{}' object is not a mapping",
                                crate::object::types::type_name_of(&m)
                            ))
                            .at(k.span));
                        };
                        for (key, val) in pairs {
                            dict_set(&mut out, key, val);
                        }
                        continue;
                    }
                    let key = self.eval(k, f)?;
                    let val = self.eval(v, f)?;
                    if matches!(key, Value::Host(_)) {
                        crate::value::index::dict_set_cx(&mut out, key, val, self)
                            .map_err(|err| err.at(k.span))?;
                    } else {
                        dict_set(&mut out, key, val);
                    }
                }
                Ok(Value::dict(out))
            }
            ExprKind::MethodCall {
                obj,
                name,
                name_span,
                args,
                builtin,
            } => self.eval_method(e, obj, name, *name_span, args, *builtin, f),
            ExprKind::Attr(obj, name) => {
                let v = self.eval(obj, f)?;
                self.attribute(&v, name).map_err(|err| err.at(e.span))
            }
            ExprKind::Index(obj, items) => {
                let v = self.eval(obj, f)?;
                if let Value::Array(a) = &v {
                    if let Some(ix) = self.int_indices(items, f)? {
                        return get_array(a, &ix[..items.len()])
                            .map(Value::from)
                            .map_err(|err| err.at(e.span));
                    }
                }
                let raw = self.eval_index_items(items, f)?;
                if let Value::Builtin(_) = &v {
                    let key = crate::value::index::dict_key(&raw).map_err(|err| err.at(e.span))?;
                    if let Some(alias) = crate::object::types::generic_alias(&v, key.into_owned()) {
                        return Ok(alias);
                    }
                }
                get_item(&v, &raw, self).map_err(|err| err.at(e.span))
            }
            ExprKind::Lambda(def) => self.make_closure(def, f),
            ExprKind::IfElse(..)
            | ExprKind::Set(_)
            | ExprKind::Starred(_)
            | ExprKind::Walrus(..)
            | ExprKind::Comp(_)
            | ExprKind::FStr(_) => self.eval_python(e, f),
        }
    }

    /// Up to four plain integer index expressions, evaluated without
    /// allocating (the hot case `a[i]`, `a[i, j]`); `None` when the items are
    /// anything else. Index expressions are evaluated only when all of them
    /// are simple names or literals, so nothing is evaluated twice.
    pub(super) fn int_indices(
        &mut self,
        items: &[IndexItem],
        f: &mut Frame,
    ) -> Result<Option<[Idx; 4]>> {
        if items.len() > 4 || items.is_empty() {
            return Ok(None);
        }
        let mut out = [Idx::Int(0), Idx::Int(0), Idx::Int(0), Idx::Int(0)];
        for (k, it) in items.iter().enumerate() {
            let IndexItem::Expr(e) = it else {
                return Ok(None);
            };
            let simple = match &e.kind {
                ExprKind::Var(_) | ExprKind::Int(_) => true,
                ExprKind::Binary(_, a, b) => {
                    matches!(a.kind, ExprKind::Var(_) | ExprKind::Int(_))
                        && matches!(b.kind, ExprKind::Var(_) | ExprKind::Int(_))
                }
                _ => false,
            };
            if !simple {
                return Ok(None);
            }
            match self.eval(e, f)? {
                Value::Int(i) => out[k] = Idx::Int(i),
                // Evaluating a name or literal twice has no effect, so the
                // general path may safely start over.
                _ => return Ok(None),
            }
        }
        Ok(Some(out))
    }

    pub(super) fn eval_index_items(
        &mut self,
        items: &[IndexItem],
        f: &mut Frame,
    ) -> Result<Vec<Index>> {
        let mut out = Vec::with_capacity(items.len());
        for it in items {
            out.push(match it {
                IndexItem::Expr(e) => Index::Value(self.eval(e, f)?),
                IndexItem::Ellipsis(_) => Index::Ellipsis,
                IndexItem::Slice(a, b, c) => {
                    let mut bound = |x: &Option<Expr>| -> Result<Option<i64>> {
                        match x {
                            None => Ok(None),
                            Some(x) => match self.eval(x, f)? {
                                Value::None => Ok(None),
                                v => crate::value::convert::to_i64(&v, "slice index")
                                    .map(Some)
                                    .map_err(|_| {
                                        Error::type_error(format!(
                                            "slice indices must be integers or none, not {}",
                                            v.type_name()
                                        ))
                                        .at(x.span)
                                    }),
                            },
                        }
                    };
                    Index::Slice(bound(a)?, bound(b)?, bound(c)?)
                }
            });
        }
        Ok(out)
    }

    pub(super) fn eval_args(&mut self, args: &[Arg], f: &mut Frame) -> Result<Args> {
        self.eval_args_with(args, f, args.len())
    }

    /// Evaluates arguments into a vector with room for `cap` values, so that
    /// a script function can use it as its frame without reallocating.
    pub(super) fn eval_args_with(
        &mut self,
        args: &[Arg],
        f: &mut Frame,
        cap: usize,
    ) -> Result<Args> {
        let first = self.frame_vec(cap);
        self.eval_args_after(args, f, first)
    }

    /// Evaluates arguments after the positional values already in `first`
    /// (a method's `self`).
    pub(super) fn eval_args_after(
        &mut self,
        args: &[Arg],
        f: &mut Frame,
        first: Vec<Value>,
    ) -> Result<Args> {
        let mut out = Args {
            pos: first,
            kw: Vec::new(),
        };
        for a in args {
            let v = self.eval(&a.value, f)?;
            if a.unpack != Unpack::No {
                self.spread_arg(a, v, &mut out)?;
                continue;
            }
            match &a.name {
                None => {
                    if !out.kw.is_empty() && args.iter().all(|a| a.unpack == Unpack::No) {
                        return Err(Error::new(
                            ErrorKind::Syntax,
                            "positional argument follows keyword argument",
                        )
                        .at(a.value.span));
                    }
                    out.pos.push(v)
                }
                Some(n) => {
                    if out.kw.iter().any(|(k, _)| k == n) {
                        return Err(
                            Error::type_error(format!("keyword argument '{n}' repeated"))
                                .at(a.value.span),
                        );
                    }
                    out.kw.push((n.clone(), v))
                }
            }
        }
        Ok(out)
    }
}

fn is_arith(e: &Expr) -> bool {
    matches!(&e.kind, ExprKind::Binary(op, _, _) if fuse::fusable_op(*op))
}

/// The value of a bracket literal's items: an array when they are numbers
/// (or arrays of one shape), else a list.
pub(super) fn bracket_value(vals: Vec<Value>) -> Result<Value> {
    match crate::value::convert::stack_items(&vals)? {
        Some(a) => {
            crate::array::alloc::check("an array literal", a.len(), a.dtype().itemsize())?;
            Ok(Value::array(a))
        }
        None => Ok(Value::list(vals)),
    }
}

/// A ragged nest of literals is Python data: when a bracket literal is a
/// list, its inner number literals are lists too (`[[1, 2], [3]]`).
fn ragged_as_lists(items: &[Expr], v: &Value) -> Result<()> {
    if let Value::List(l) = v {
        let mut l = l.borrow_mut();
        for (x, item) in items.iter().zip(l.iter_mut()) {
            if let (ExprKind::List(_), Value::Array(a)) = (&x.kind, &*item) {
                *item = crate::value::tolist::array_tolist(a).map_err(|err| err.at(x.span))?;
            }
        }
    }
    Ok(())
}
