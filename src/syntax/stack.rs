//! Deep recursion on any stack: the thread's own, a segment allocated on the
//! heap, or a generator's coroutine stack (`eval/generator.rs`).
//!
//! Every recursive pass (the resolver, the evaluator) calls [`maybe_grow`]:
//! when less than the red zone is left below the stack pointer, the rest of
//! the work runs on a fresh segment (`stacker::grow`). stacker knows only the
//! stack it last switched to, and a generator suspended inside a segment
//! leaves it pointing at that segment; so the limit of the stack running now
//! is kept here, per thread, and saved and restored around every switch
//! (a generator's resume and its yields, [`limit`] / [`set_limit`]).

use std::cell::Cell;

thread_local! {
    /// The lowest usable address of the stack running now (0: not known yet).
    static LIMIT: Cell<usize> = const { Cell::new(0) };
}

/// An address on the stack running now.
#[inline(always)]
fn stack_pointer() -> usize {
    let marker = 0u8;
    std::hint::black_box(&marker) as *const u8 as usize
}

/// The limit of the stack running now (for saving around a switch).
pub fn limit() -> usize {
    LIMIT.with(|l| l.get())
}

/// Sets the limit of the stack running now (after a switch, or on a new
/// coroutine stack: its lowest address plus a margin).
pub fn set_limit(limit: usize) {
    LIMIT.with(|l| l.set(limit));
}

/// Restores the limit when a call returns or unwinds.
struct Restore(usize);

impl Drop for Restore {
    fn drop(&mut self) {
        set_limit(self.0);
    }
}

/// Runs `f`, first moving to a new stack segment of `segment` bytes when
/// less than `red_zone` bytes are left on this one.
#[inline]
pub fn maybe_grow<R>(red_zone: usize, segment: usize, f: impl FnOnce() -> R) -> R {
    let mut limit = limit();
    if limit == 0 {
        // The thread's own stack, first use: stacker knows its bounds.
        match stacker::remaining_stack() {
            Some(left) => {
                limit = stack_pointer().saturating_sub(left);
                set_limit(limit);
            }
            None => return stacker::maybe_grow(red_zone, segment, f),
        }
    }
    if stack_pointer().saturating_sub(limit) >= red_zone {
        return f();
    }
    let _restore = Restore(limit);
    stacker::grow(segment, move || {
        // stacker has just set its own record to this segment's bounds.
        let left = stacker::remaining_stack().unwrap_or(0);
        set_limit(stack_pointer().saturating_sub(left));
        f()
    })
}
