//! Generators, as Python runs them: calling a function that yields (or
//! evaluating a generator expression) runs nothing yet; each `next()` runs
//! the body up to its next `yield`, so the body's effects interleave with
//! the caller's, an endless generator is fine, and `send`/`throw`/`close`
//! reach the paused `yield`.
//!
//! A started generator runs on its own stack, a coroutine (`corosensei`):
//! `yield` suspends it there and `next()` resumes it, with the tree walker's
//! frames kept as they were. What the interpreter counts across calls (call
//! depth, nesting, the exceptions being handled, the stack limit of
//! [`crate::syntax::stack`]) is the caller's plus the generator's own, saved
//! at each yield and restored at each resume. A consumer that takes every
//! value at once (`list(g)`, `sum(x for x in xs)`) runs the body in one go,
//! collecting, without a coroutine when the generator has not started.

use super::{Frame, Interp};
use crate::error::{Error, ErrorKind, Result, TraceFrame};
use crate::syntax::ast::Body;
use crate::syntax::Span;
use crate::value::function::Closure;
use crate::value::{Args, Context, HostValue, Value};
use corosensei::stack::DefaultStack;
use corosensei::{Coroutine, CoroutineResult, Yielder};
use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

/// Bytes of a generator's own stack (deeper work moves to segments on the
/// heap, see [`crate::syntax::stack`]).
const GENERATOR_STACK: usize = 2 << 20;
/// What [`crate::syntax::stack`] leaves unused at the bottom of a
/// generator's stack.
const STACK_MARGIN: usize = 64 << 10;
/// Started, unfinished generators one thread may hold (each has a stack).
const MAX_SUSPENDED: usize = 20_000;
/// Finished generators' stacks kept for the next ones.
const STACK_POOL: usize = 16;
/// Values one generator may yield into a consumer that takes them all.
const MAX_COLLECTED: usize = 100_000_000;

thread_local! {
    static POOL: RefCell<Vec<DefaultStack>> = const { RefCell::new(Vec::new()) };
    static SUSPENDED: Cell<usize> = const { Cell::new(0) };
}

/// What a resume passes in: the interpreter, and what the paused `yield`
/// evaluates to (`send(v)`) or raises (`throw(e)`, `close()`).
pub struct GenIn {
    interp: *mut Interp,
    sent: Result<Value>,
}

type Co = Coroutine<GenIn, Value, Result<Value>, DefaultStack>;

/// A running generator, as `yield` sees it.
pub struct GenCtx {
    /// Where to suspend to (null: running without a coroutine).
    yielder: *const Yielder<GenIn, Value>,
    /// Collecting every value (the consumer takes them all): `yield`
    /// appends here and goes on.
    collect: Option<Vec<Value>>,
}

/// What a generator runs: the function with its arguments bound.
struct Start {
    closure: Rc<Closure>,
    locals: Vec<Value>,
    cells: Vec<Rc<RefCell<Value>>>,
    span: Span,
}

/// A generator paused at a `yield`, with its share of the counters.
struct Paused {
    co: Co,
    yielder: Rc<Cell<usize>>,
    depth: usize,
    nesting: usize,
    handling: Vec<Error>,
}

impl Drop for Paused {
    fn drop(&mut self) {
        // Unwinding the generator's frames runs on its stack; the stack
        // limit of whoever drops it stays theirs.
        let limit = crate::syntax::stack::limit();
        self.co.force_unwind();
        crate::syntax::stack::set_limit(limit);
        SUSPENDED.with(|n| n.set(n.get().saturating_sub(1)));
    }
}

enum State {
    Fresh(Start),
    Paused(Box<Paused>),
    Running,
    Done,
}

pub struct Generator {
    name: Rc<str>,
    state: RefCell<State>,
    /// What the body returned (the value of `yield from` over it).
    returned: RefCell<Value>,
}

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "<generator object {}>", self.name)
    }
}

pub fn as_generator(v: &Value) -> Option<&Generator> {
    match v {
        Value::Host(h) => h.as_any().downcast_ref::<Generator>(),
        _ => None,
    }
}

fn interp(cx: &mut dyn Context) -> Result<&mut Interp> {
    cx.as_any_mut()
        .and_then(|a| a.downcast_mut::<Interp>())
        .ok_or_else(|| Error::internal("a generator resumed outside the interpreter"))
}

fn already_running() -> Error {
    Error::value("generator already executing")
}

impl Interp {
    /// The value of calling a generator function: nothing runs yet.
    pub(super) fn new_generator(
        &mut self,
        closure: &Rc<Closure>,
        locals: Vec<Value>,
        cells: Vec<Rc<RefCell<Value>>>,
        span: Span,
    ) -> Value {
        Value::Host(Rc::new(Generator {
            name: closure.name.clone(),
            state: RefCell::new(State::Fresh(Start {
                closure: closure.clone(),
                locals,
                cells,
                span,
            })),
            returned: RefCell::new(Value::None),
        }))
    }

    /// `yield from v`: every value of `v` in turn, what is sent or thrown
    /// in passed on to it when it is a generator; the value is what the
    /// generator returned.
    pub(super) fn yield_from(&mut self, v: Value, span: Span) -> Result<Value> {
        let collecting = self.gens.last().is_some_and(|c| c.collect.is_some());
        if let Some(g) = as_generator(&v) {
            if collecting {
                let items = self.generator_collect(g).map_err(|e| e.at(span))?;
                for x in items {
                    self.yield_value(x, span)?;
                }
                return Ok(g.returned.borrow().clone());
            }
            let mut sent: Result<Value> = Ok(Value::None);
            loop {
                match self.generator_next(g, sent).map_err(|e| e.at(span))? {
                    Some(x) => sent = self.yield_value(x, span),
                    None => return Ok(g.returned.borrow().clone()),
                }
            }
        }
        let source = match crate::object::proto::dunder(&v, "__iter__", Vec::new(), self) {
            Some(r) => r.map_err(|e| e.at(span))?,
            None => v,
        };
        if let Some(g) = as_generator(&source) {
            let g = Value::Host(Rc::new(Generator {
                name: g.name.clone(),
                state: RefCell::new(std::mem::replace(&mut *g.state.borrow_mut(), State::Done)),
                returned: RefCell::new(Value::None),
            }));
            return self.yield_from(g, span);
        }
        if crate::object::iter::is_iterator(&source)
            || crate::object::as_instance(&source).is_some()
        {
            loop {
                match crate::object::iter::next_of(&source, self) {
                    Some(Ok(Some(x))) => {
                        self.yield_value(x, span)?;
                    }
                    Some(Ok(None)) => return Ok(Value::None),
                    Some(Err(e)) => return Err(e.at(span)),
                    None => break,
                }
            }
        }
        let items = crate::value::convert::iter_values(&source, self).map_err(|e| e.at(span))?;
        for x in items {
            self.yield_value(x, span)?;
        }
        Ok(Value::None)
    }

    /// The body of a generator, on whatever stack runs it.
    fn run_generator_body(&mut self, start: Start) -> Result<Value> {
        let Start {
            closure,
            locals,
            cells,
            span,
        } = start;
        let def = &closure.def;
        let mut frame = Frame {
            locals,
            cells,
            captures: &closure.captures,
        };
        self.depth += 1;
        let r = match &def.body {
            Body::Comp(body) => self.run_comp(body, span, &mut frame).map(|_| Value::None),
            Body::Block(b) => match self.exec_block(b, &mut frame) {
                Ok(super::Flow::Return(v)) => Ok(v),
                Ok(super::Flow::Normal(_)) => Ok(Value::None),
                Ok(_) => Err(Error::new(
                    ErrorKind::Syntax,
                    "'break' or 'continue' outside a loop",
                )),
                Err(e) => Err(e),
            },
            Body::Expr(e) => self.eval(e, &mut frame).map(|_| Value::None),
        };
        self.depth -= 1;
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

    /// `yield v`: hands `v` to the consumer and returns what the paused
    /// `yield` evaluates to when the generator goes on.
    pub(super) fn yield_value(&mut self, v: Value, span: Span) -> Result<Value> {
        let Some(ctx) = self.gens.last_mut() else {
            return Err(Error::new(ErrorKind::Syntax, "'yield' outside function").at(span));
        };
        if let Some(out) = &mut ctx.collect {
            if out.len() >= MAX_COLLECTED {
                return Err(Error::new(
                    ErrorKind::Limit,
                    format!("a generator yielded more than {MAX_COLLECTED} values to a consumer that takes them all"),
                )
                .at(span));
            }
            out.push(v);
            if out.len() % 4096 == 0 {
                crate::array::alloc::check("a generator's values", out.len(), 16)
                    .map_err(|e| e.at(span))?;
            }
            return Ok(Value::None);
        }
        if ctx.yielder.is_null() {
            return Err(Error::internal("a generator without its coroutine").at(span));
        }
        let yielder = ctx.yielder;
        let limit = crate::syntax::stack::limit();
        // Whoever resumes this generator changes the interpreter meanwhile
        // (through the pointer it passes back in); the pointer escapes here
        // so that nothing read before the suspension is trusted after it.
        std::hint::black_box(self as *mut Interp);
        // SAFETY: the yielder lives on this coroutine's stack, which is the
        // stack running now (the context was pushed by this resume).
        let input = unsafe { &*yielder }.suspend(v);
        crate::syntax::stack::set_limit(limit);
        if !std::ptr::eq(input.interp, self) {
            return Err(Error::internal("a generator resumed by another engine").at(span));
        }
        input.sent.map_err(|e| e.at(span))
    }

    /// Runs `g` on until it yields (`Some`) or ends (`None`), the paused
    /// `yield` receiving `sent`.
    pub fn generator_next(&mut self, g: &Generator, sent: Result<Value>) -> Result<Option<Value>> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), State::Running);
        let mut paused = match state {
            State::Running => {
                *g.state.borrow_mut() = State::Running;
                return Err(already_running());
            }
            State::Done => {
                *g.state.borrow_mut() = State::Done;
                return sent.map(|_| None);
            }
            State::Fresh(start) => {
                if let Ok(v) = &sent {
                    if !matches!(v, Value::None) {
                        *g.state.borrow_mut() = State::Fresh(start);
                        return Err(Error::type_error(
                            "can't send non-None value to a just-started generator",
                        ));
                    }
                }
                if let Err(e) = sent {
                    *g.state.borrow_mut() = State::Done;
                    return Err(e);
                }
                match self.start_coroutine(start) {
                    Ok(p) => p,
                    Err(e) => {
                        *g.state.borrow_mut() = State::Done;
                        return Err(e);
                    }
                }
            }
            State::Paused(p) => p,
        };
        let r = self.resume(&mut paused, sent, None);
        *g.state.borrow_mut() = match &r {
            Ok(CoroutineResult::Yield(_)) => State::Paused(paused),
            _ => State::Done,
        };
        match r? {
            CoroutineResult::Yield(v) => Ok(Some(v)),
            CoroutineResult::Return(r) => {
                *g.returned.borrow_mut() = r?;
                Ok(None)
            }
        }
    }

    /// Every value `g` has left, running it to its end.
    pub fn generator_collect(&mut self, g: &Generator) -> Result<Vec<Value>> {
        let state = std::mem::replace(&mut *g.state.borrow_mut(), State::Running);
        match state {
            State::Running => {
                *g.state.borrow_mut() = State::Running;
                Err(already_running())
            }
            State::Done => {
                *g.state.borrow_mut() = State::Done;
                Ok(Vec::new())
            }
            // Not started: the body runs here, no coroutine needed.
            State::Fresh(start) => {
                self.gens.push(GenCtx {
                    yielder: std::ptr::null(),
                    collect: Some(Vec::new()),
                });
                let r = self.run_generator_body(start);
                let out = self.gens.pop().and_then(|c| c.collect).unwrap_or_default();
                *g.state.borrow_mut() = State::Done;
                *g.returned.borrow_mut() = r?;
                Ok(out)
            }
            State::Paused(mut paused) => {
                let mut out = Vec::new();
                let r = self.resume(&mut paused, Ok(Value::None), Some(&mut out));
                *g.state.borrow_mut() = match &r {
                    Ok(CoroutineResult::Yield(_)) => State::Paused(paused),
                    _ => State::Done,
                };
                match r? {
                    CoroutineResult::Return(r) => {
                        *g.returned.borrow_mut() = r?;
                        Ok(out)
                    }
                    CoroutineResult::Yield(_) => {
                        Err(Error::internal("a collecting generator suspended"))
                    }
                }
            }
        }
    }

    /// `g.close()`: `GeneratorExit` at the paused `yield`.
    pub fn generator_close(&mut self, g: &Generator) -> Result<()> {
        let paused = matches!(&*g.state.borrow(), State::Paused(_));
        if !paused {
            if !matches!(&*g.state.borrow(), State::Running) {
                *g.state.borrow_mut() = State::Done;
            }
            return Ok(());
        }
        let exit = crate::object::exc::class("GeneratorExit")
            .ok_or_else(|| Error::internal("no GeneratorExit"))?
            .instantiate(Args::default(), self)?;
        let exit = crate::object::exc::raise(exit, self)?;
        match self.generator_next(g, Err(exit)) {
            Ok(Some(_)) => Err(Error::new(
                ErrorKind::Runtime,
                "generator ignored GeneratorExit",
            )),
            Ok(None) => Ok(()),
            Err(e) if crate::object::exc::is_instance_of(&e, "GeneratorExit") => Ok(()),
            Err(e) => Err(e),
        }
    }

    fn start_coroutine(&mut self, start: Start) -> Result<Box<Paused>> {
        if SUSPENDED.with(|n| n.get()) >= MAX_SUSPENDED {
            return Err(Error::new(
                ErrorKind::Memory,
                format!("more than {MAX_SUSPENDED} started generators are paused at once (each holds a stack)"),
            ));
        }
        let stack = match POOL.with(|p| p.borrow_mut().pop()) {
            Some(s) => s,
            None => DefaultStack::new(GENERATOR_STACK).map_err(|e| {
                Error::new(
                    ErrorKind::Memory,
                    format!("cannot allocate a generator's stack: {e}"),
                )
            })?,
        };
        let low = corosensei::stack::Stack::limit(&stack).get();
        let yielder = Rc::new(Cell::new(0usize));
        let cell = yielder.clone();
        let co = Coroutine::with_stack(stack, move |y: &Yielder<GenIn, Value>, input: GenIn| {
            crate::syntax::stack::set_limit(low + STACK_MARGIN);
            let y = y as *const Yielder<GenIn, Value>;
            cell.set(y as usize);
            // SAFETY: the interpreter that resumed this coroutine is
            // running it (it is blocked in `resume` until this suspends).
            let interp = unsafe { &mut *input.interp };
            if let Some(ctx) = interp.gens.last_mut() {
                ctx.yielder = y;
            }
            input.sent?;
            interp.run_generator_body(start)
        });
        SUSPENDED.with(|n| n.set(n.get() + 1));
        Ok(Box::new(Paused {
            co,
            yielder,
            depth: 0,
            nesting: 0,
            handling: Vec::new(),
        }))
    }

    /// One resume of a paused generator, with the interpreter's counters
    /// switched to the generator's and back.
    fn resume(
        &mut self,
        p: &mut Paused,
        sent: Result<Value>,
        collect: Option<&mut Vec<Value>>,
    ) -> Result<CoroutineResult<Value, Result<Value>>> {
        let (depth, nesting, handling) = (self.depth, self.nesting, self.handling.len());
        let (gens, call_site) = (self.gens.len(), self.call_site);
        self.depth += p.depth;
        self.nesting += p.nesting;
        self.handling.append(&mut p.handling);
        let collecting = collect.is_some();
        self.gens.push(GenCtx {
            yielder: p.yielder.get() as *const Yielder<GenIn, Value>,
            collect: collecting.then(Vec::new),
        });
        let limit = crate::syntax::stack::limit();
        let r = p.co.resume(GenIn {
            interp: self as *mut Interp,
            sent,
        });
        crate::syntax::stack::set_limit(limit);
        p.depth = self.depth.saturating_sub(depth);
        p.nesting = self.nesting.saturating_sub(nesting);
        p.handling = self.handling.split_off(handling.min(self.handling.len()));
        let ctx = self.gens.pop();
        self.gens.truncate(gens);
        (self.depth, self.nesting, self.call_site) = (depth, nesting, call_site);
        if let (Some(out), Some(got)) = (collect, ctx.and_then(|c| c.collect)) {
            *out = got;
        }
        if p.co.done() {
            if let Some(stack) = take_stack(p) {
                POOL.with(|pool| {
                    let mut pool = pool.borrow_mut();
                    if pool.len() < STACK_POOL {
                        pool.push(stack);
                    }
                });
            }
        }
        Ok(r)
    }
}

/// The stack of a finished coroutine, for the pool (the coroutine left in
/// its place has not started and owns a fresh small stack).
fn take_stack(p: &mut Paused) -> Option<DefaultStack> {
    let small = DefaultStack::new(corosensei::stack::MIN_STACK_SIZE).ok()?;
    let fresh: Co = Coroutine::with_stack(small, |_, _| Ok(Value::None));
    let done = std::mem::replace(&mut p.co, fresh);
    Some(done.into_stack())
}

impl HostValue for Generator {
    fn type_name(&self) -> String {
        "generator".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!(
            "<generator object {} at {:#x}>",
            self.name, self as *const _ as usize
        )
    }

    fn is_iterator(&self) -> bool {
        true
    }

    fn next(&self, _this: &Value, cx: &mut dyn Context) -> Option<Result<Option<Value>>> {
        Some(interp(cx).and_then(|i| i.generator_next(self, Ok(Value::None))))
    }

    fn iter(&self, cx: &mut dyn Context) -> Option<Result<Vec<Value>>> {
        Some(interp(cx).and_then(|i| i.generator_collect(self)))
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        match name {
            "__name__" => Some(Ok(Value::Str(self.name.clone()))),
            "gi_running" => Some(Ok(Value::Bool(matches!(
                &*self.state.borrow(),
                State::Running
            )))),
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
        let run = |cx: &mut dyn Context| -> Result<Value> {
            let it = interp(cx)?;
            let stop = |it: &mut Interp, r: Result<Option<Value>>| match r? {
                Some(v) => Ok(v),
                None => Err(crate::object::iter::stop_iteration(it)),
            };
            match name {
                "__next__" => {
                    args.clone().bind::<0>("__next__", [], 0)?;
                    let r = it.generator_next(self, Ok(Value::None));
                    stop(it, r)
                }
                "__iter__" => Ok(this.clone()),
                "send" => {
                    let [v] = args.clone().bind("send", ["value"], 1)?;
                    let r = it.generator_next(self, Ok(v));
                    stop(it, r)
                }
                "throw" => {
                    let [e] = args.clone().bind("throw", ["value"], 1)?;
                    let mut e = e;
                    if crate::object::as_class(&e).is_some() {
                        e = Context::call(it, &e, Args::default())?;
                    }
                    let err = crate::object::exc::raise(e, it)?;
                    let r = it.generator_next(self, Err(err));
                    stop(it, r)
                }
                "close" => {
                    args.clone().bind::<0>("close", [], 0)?;
                    it.generator_close(self).map(|_| Value::None)
                }
                _ => Err(Error::internal("unknown generator method")),
            }
        };
        match name {
            "__next__" | "__iter__" | "send" | "throw" | "close" => Some(run(cx)),
            _ => None,
        }
    }

    fn attr_names(&self) -> Vec<String> {
        ["send", "throw", "close", "__next__", "__iter__", "__name__"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }
}
