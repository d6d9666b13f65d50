//! Calls: script functions (binding arguments into a fresh frame, with the
//! call-depth limit), builtins (with the object protocol's dispatch),
//! native functions and callable host objects.

use super::{Flow, Frame, Interp};
use crate::error::{suggest, Error, ErrorKind, Result, TraceFrame};
use crate::syntax::ast::*;
use crate::syntax::Span;
use crate::value::{Args, Builtin, Closure, HostValue, Value};
use std::cell::RefCell;
use std::rc::Rc;

impl Interp {
    /// `shuffle(a)`: the builtin returns the new value, stored back into the
    /// place its first argument names.
    pub(super) fn call_in_place(
        &mut self,
        b: &'static Builtin,
        args: &[Arg],
        f: &mut Frame,
        span: Span,
    ) -> Result<Value> {
        let evaluated = self.eval_args(args, f)?;
        let place = args.first().map(|a| &a.value);
        let result = self.call(&Value::Builtin(b), evaluated, span)?;
        match place {
            Some(p)
                if matches!(
                    p.kind,
                    ExprKind::Var(_) | ExprKind::Index(..) | ExprKind::Attr(..)
                ) =>
            {
                self.store_into(p, f, result, span)?;
                Ok(Value::None)
            }
            // A temporary (`put(arange(5), ...)`): updated and dropped, as
            // in NumPy; nothing could see the change.
            _ => Ok(Value::None),
        }
    }

    /// Stores `value` into the place `p` names (a variable, an element or
    /// an attribute): how `out=` and in-place functions reach their target.
    pub(super) fn store_into(
        &mut self,
        p: &Expr,
        f: &mut Frame,
        value: Value,
        span: Span,
    ) -> Result<()> {
        let mut new = Some(value);
        self.modify_place(p, f, &mut |_, v| {
            if let Some(n) = new.take() {
                *v = n;
            }
            Ok(())
        })
        .map_err(|e| e.at(span))
    }

    /// A call with `out=PLACE` (`np.add(a, b, out=b)`): the callee computes
    /// and checks the result, which is then stored into the place (arrays
    /// are values, so nothing else could update it).
    pub(super) fn out_place(args: &[Arg]) -> Option<&Expr> {
        let a = args.iter().find(|a| a.name.as_deref() == Some("out"))?;
        let e = match &a.value.kind {
            ExprKind::Tuple(items) if items.len() == 1 => &items[0],
            _ => &a.value,
        };
        matches!(
            e.kind,
            ExprKind::Var(_) | ExprKind::Index(..) | ExprKind::Attr(..)
        )
        .then_some(e)
    }

    /// Callees whose `out=` the evaluator stores: builtins and ufuncs (a
    /// script function's `out` parameter is its own business).
    pub(super) fn takes_out(fv: &Value) -> bool {
        match fv {
            Value::Builtin(_) => true,
            Value::Host(h) => h.as_any().is::<crate::builtins::ufunc::Ufunc>(),
            _ => false,
        }
    }

    pub(super) fn make_closure(&mut self, def: &Rc<FnDef>, f: &mut Frame) -> Result<Value> {
        let mut defaults = Vec::with_capacity(def.params.len());
        for p in &def.params {
            defaults.push(match &p.default {
                Some(d) => Some(self.eval(d, f)?),
                None => None,
            });
        }
        let captures = def
            .captures
            .iter()
            .map(|c| match c {
                CaptureFrom::Cell(i) => f.cells[*i as usize].clone(),
                CaptureFrom::Capture(i) => f.captures[*i as usize].clone(),
            })
            .collect();
        Ok(Value::Func(Rc::new(Closure {
            def: def.clone(),
            captures,
            defaults,
            name: def.name.clone(),
            attrs: RefCell::new(Vec::new()),
        })))
    }

    // ------------------------------------------------------------------ calls

    /// Calls any callable value.
    pub fn call(&mut self, callee: &Value, args: Args, span: Span) -> Result<Value> {
        match callee {
            Value::Builtin(b) => {
                // Script code the builtin calls back reports errors here.
                let outer = std::mem::replace(&mut self.call_site, span);
                let r = self.call_builtin(b, args);
                self.call_site = outer;
                r.map_err(|e| e.at(span))
            }
            Value::Host(h) => {
                let outer = std::mem::replace(&mut self.call_site, span);
                let r = h.call(callee, args, self);
                self.call_site = outer;
                match r {
                    Some(r) => r.map_err(|e| e.at(span)),
                    None => Err(Error::type_error(format!(
                        "{} is not callable",
                        callee.type_name()
                    ))
                    .at(span)),
                }
            }
            Value::Native(n) => {
                if !args.kw.is_empty() {
                    return Err(Error::type_error(format!(
                        "{}() takes no keyword arguments",
                        n.name
                    ))
                    .at(span));
                }
                (n.func)(&args.pos).map_err(|e| e.at(span))
            }
            Value::Func(c) => self.call_closure(c, args, span),
            Value::DType(d) => {
                crate::builtins::create::dtype_call(*d, args).map_err(|e| e.at(span))
            }
            other => {
                Err(Error::type_error(format!("{} is not callable", other.type_name())).at(span))
            }
        }
    }

    pub(super) fn call_closure(
        &mut self,
        c: &Rc<Closure>,
        args: Args,
        span: Span,
    ) -> Result<Value> {
        let def = &c.def;
        self.tick().map_err(|e| e.at(span))?;
        if self.depth >= self.limits.max_call_depth {
            return Err(Error::new(
                ErrorKind::Recursion,
                format!(
                    "maximum call depth ({}) exceeded in fn {}; is the recursion missing a base case?",
                    self.limits.max_call_depth, def.name
                ),
            )
            .at(span));
        }
        let mut locals = bind_arguments(c, args).map_err(|e| e.at(span))?;
        let cells: Vec<Rc<RefCell<Value>>> = if def.n_cells == 0 {
            Vec::new()
        } else {
            (0..def.n_cells)
                .map(|_| Rc::new(RefCell::new(Value::Undefined)))
                .collect()
        };
        for &(pi, ci) in &def.param_cells {
            *cells[ci as usize].borrow_mut() = std::mem::take(&mut locals[pi as usize]);
        }
        // A generator function (or expression) runs nothing until `next()`.
        if def.is_generator || matches!(&def.body, Body::Comp(b) if matches!(b.kind, CompKind::Gen))
        {
            return Ok(self.new_generator(c, locals, cells, span));
        }
        let mut frame = Frame {
            locals,
            cells,
            captures: &c.captures,
        };
        self.depth += 1;
        let check_stack = self.depth % 8 == 0;
        let mut run = || match &def.body {
            Body::Expr(e) => self.eval(e, &mut frame),
            Body::Comp(body) => self.run_comp(body, span, &mut frame),
            Body::Block(b) => match self.exec_block(b, &mut frame)? {
                Flow::Normal(v) | Flow::Return(v) => Ok(v),
                Flow::Break | Flow::Continue => Err(Error::new(
                    ErrorKind::Syntax,
                    "'break' or 'continue' outside a loop",
                )),
            },
        };
        // Deep recursion runs on stack segments allocated on demand. Checking
        // every 8th level is enough: 8 levels use far less than the red zone.
        let r = if check_stack {
            crate::syntax::stack::maybe_grow(512 * 1024, 4 * 1024 * 1024, run)
        } else {
            run()
        };
        self.depth -= 1;
        self.recycle_frame(std::mem::take(&mut frame.locals));
        r.map_err(|mut e| {
            if e.span.is_none() {
                e.span = Some(def.span);
            }
            e.trace.push(TraceFrame {
                function: def.name.clone(),
                call_site: span,
            });
            e
        })
    }

    /// A builtin call. A host object among the arguments may answer it
    /// with its own version (NumPy's `__array_function__` protocol: a
    /// tensor's `sum` runs in libtorch); otherwise the builtin runs.
    pub(super) fn call_builtin(&mut self, b: &'static Builtin, args: Args) -> Result<Value> {
        // Under an operation limit, a builtin costs the elements it is given,
        // so a loop of heavy calls is bounded like a loop of many cheap ones.
        if self.limits.max_operations.is_some() {
            let work = args
                .pos
                .iter()
                .chain(args.kw.iter().map(|(_, v)| v))
                .map(|v| match v {
                    Value::Array(a) => a.len() as u64,
                    // Strings cost their length over 16 (one step copies or
                    // scans about that much text).
                    Value::Str(s) => s.len() as u64 / 16,
                    Value::List(_) | Value::Tuple(_) => crate::value::convert::seq_items(v)
                        .unwrap_or_default()
                        .iter()
                        .map(|x| match x {
                            Value::Str(s) => 1 + s.len() as u64 / 16,
                            _ => 1,
                        })
                        .sum(),
                    _ => 0,
                })
                .sum::<u64>();
            crate::value::Context::charge(self, work)?;
        }
        if let Some(h) = first_host(&args) {
            if let Some(r) = h.dispatch_builtin(b, &args, self) {
                return r;
            }
        }
        let r = (b.func)(self, args)?;
        // ... and the elements it makes (`rand(1000, 3, 2)` in a loop).
        if self.limits.max_operations.is_some() {
            let made = match &r {
                Value::Array(a) => a.len() as u64,
                Value::List(l) => l.borrow().len() as u64,
                Value::Tuple(l) => l.len() as u64,
                Value::Str(s) => s.len() as u64 / 16,
                _ => 0,
            };
            crate::value::Context::charge(self, made)?;
        }
        Ok(r)
    }

    /// Calls a function value from Rust with positional arguments.
    pub fn call_value(&mut self, f: &Value, args: Vec<Value>) -> Result<Value> {
        self.ops = 0;
        self.depth = 0;
        self.nesting = 0;
        let _limits = self.alloc_scope();
        self.call(
            f,
            Args {
                pos: args,
                kw: Vec::new(),
            },
            Span::default(),
        )
    }

    /// Calls a value from a builtin or host object (the interpreter's
    /// counters keep running).
    pub(super) fn call_value_args(&mut self, f: &Value, args: Args, span: Span) -> Result<Value> {
        self.call(f, args, span)
    }
}

/// The first host object among a call's arguments, or at the head of a list
/// or tuple argument (`concatenate([t1, t2])`); only heads are looked at, so
/// that the check stays O(1) for long lists.
fn first_host(args: &Args) -> Option<Rc<dyn HostValue>> {
    let top = args.pos.iter().chain(args.kw.iter().map(|(_, v)| v));
    for v in top.clone() {
        if let Value::Host(h) = v {
            return Some(h.clone());
        }
    }
    for v in top {
        let first = match v {
            Value::List(items) => items.borrow().first().cloned(),
            Value::Tuple(items) => items.first().cloned(),
            _ => None,
        };
        if let Some(Value::Host(h)) = &first {
            return Some(h.clone());
        }
    }
    None
}

/// Binds a call's arguments to a script function's parameters as Python
/// does (positional, by name, defaults, `*args`, keyword-only, `**kwargs`);
/// returns the new frame's locals.
fn bind_arguments(c: &Closure, args: Args) -> Result<Vec<Value>> {
    let def = &c.def;
    // The common case: exactly the plain parameters, by position.
    if args.kw.is_empty()
        && args.pos.len() == def.params.len()
        && def.params.iter().all(|p| p.kind == ParamKind::Plain)
    {
        let mut locals = args.pos;
        locals.resize(
            (def.n_locals as usize).max(def.params.len()),
            Value::Undefined,
        );
        return Ok(locals);
    }
    let name = &def.name;
    let nplain = def
        .params
        .iter()
        .take_while(|p| matches!(p.kind, ParamKind::Plain | ParamKind::PositionalOnly))
        .count();
    let var_args = def.params.iter().position(|p| p.kind == ParamKind::VarArgs);
    let var_kw = def.params.iter().position(|p| p.kind == ParamKind::VarKw);
    let mut locals = args.pos;
    let extra = if locals.len() > nplain {
        if var_args.is_none() {
            let given = locals.len();
            let required = (0..nplain).filter(|&i| c.defaults[i].is_none()).count();
            let takes = if required == nplain {
                format!("{nplain}")
            } else {
                format!("from {required} to {nplain}")
            };
            return Err(Error::type_error(format!(
                "{name}() takes {takes} positional argument{} but {given} {} given",
                if nplain == 1 { "" } else { "s" },
                if given == 1 { "was" } else { "were" }
            )));
        }
        locals.split_off(nplain)
    } else {
        Vec::new()
    };
    let npos = locals.len();
    locals.resize(
        (def.n_locals as usize).max(def.params.len()),
        Value::Undefined,
    );
    if let Some(i) = var_args {
        locals[i] = Value::tuple(extra);
    }
    let mut kwargs = Vec::new();
    for (k, v) in args.kw {
        let slot = def.params.iter().position(|p| {
            p.var.name == k && matches!(p.kind, ParamKind::Plain | ParamKind::KeywordOnly)
        });
        let Some(i) = slot else {
            if var_kw.is_some() {
                kwargs.push((Value::Str(k), v));
                continue;
            }
            if def
                .params
                .iter()
                .any(|p| p.var.name == k && p.kind == ParamKind::PositionalOnly)
            {
                return Err(Error::type_error(format!(
                    "{name}() got some positional-only arguments passed as keyword arguments: '{k}'"
                )));
            }
            let mut e =
                Error::type_error(format!("{name}() got an unexpected keyword argument '{k}'"));
            if let Some(s) = suggest(&k, def.params.iter().map(|p| &*p.var.name)) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            return Err(e);
        };
        if i < npos || !matches!(locals[i], Value::Undefined) {
            return Err(Error::type_error(format!(
                "{name}() got multiple values for argument '{k}'"
            )));
        }
        locals[i] = v;
    }
    if let Some(i) = var_kw {
        locals[i] = Value::dict(kwargs);
    }
    let mut missing_pos = Vec::new();
    let mut missing_kw = Vec::new();
    for (i, p) in def.params.iter().enumerate() {
        if !matches!(locals[i], Value::Undefined)
            || !matches!(
                p.kind,
                ParamKind::Plain | ParamKind::KeywordOnly | ParamKind::PositionalOnly
            )
        {
            continue;
        }
        match &c.defaults[i] {
            Some(d) => locals[i] = d.clone(),
            None if p.kind != ParamKind::KeywordOnly => {
                missing_pos.push(format!("'{}'", p.var.name))
            }
            None => missing_kw.push(format!("'{}'", p.var.name)),
        }
    }
    for (names, what) in [(missing_pos, "positional"), (missing_kw, "keyword-only")] {
        if names.is_empty() {
            continue;
        }
        let list = match names.len() {
            1 => names[0].clone(),
            n => format!("{} and {}", names[..n - 1].join(", "), names[n - 1]),
        };
        return Err(Error::type_error(format!(
            "{name}() missing {} required {what} argument{}: {list}",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    Ok(locals)
}
