//! The one size check that every allocation a script causes passes: the
//! running engine's element limit, its memory limit, and a probe that turns
//! an allocation the system cannot satisfy into an error instead of an
//! abort. The engine installs its limits for the duration of each
//! evaluation ([`scope`]); the check reads them here, so array code deep in
//! a kernel needs no handle to the engine.

use crate::error::{Error, ErrorKind};
use std::cell::Cell;

/// Allocation limits of the engine that is running.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct AllocLimits {
    /// Elements of any one array; `None` for no limit.
    pub max_elements: Option<usize>,
}

thread_local! {
    static LIMITS: Cell<AllocLimits> = const { Cell::new(AllocLimits { max_elements: None }) };
}

/// Restores the previous limits when dropped.
pub struct Scope(AllocLimits);

impl Drop for Scope {
    fn drop(&mut self) {
        let prev = self.0;
        let _ = LIMITS.try_with(|l| l.set(prev));
    }
}

/// Installs `limits` until the returned guard is dropped (engines nest: an
/// engine called from another's native function restores the outer one's).
pub fn scope(limits: AllocLimits) -> Scope {
    let prev = LIMITS.with(|l| l.replace(limits));
    Scope(prev)
}

/// The limits in force.
pub fn limits() -> AllocLimits {
    LIMITS.with(|l| l.get())
}

/// Fails cleanly, instead of aborting the process, when an allocation of
/// `elems` items of `itemsize` bytes is over the engine's limits or cannot
/// be satisfied.
pub fn check_alloc(elems: usize, itemsize: usize) -> Result<(), Error> {
    if let Some(max) = limits().max_elements {
        if elems > max {
            return Err(Error::new(
                ErrorKind::Limit,
                format!("array of {elems} elements exceeds this engine's limit of {max} elements"),
            ));
        }
    }
    let bytes = elems.checked_mul(itemsize).ok_or_else(|| {
        Error::memory(format!(
            "cannot allocate an array of {elems} elements: size overflows"
        ))
    })?;
    if bytes < (1 << 26) {
        return Ok(());
    }
    let mut probe: Vec<u8> = Vec::new();
    probe.try_reserve_exact(bytes).map_err(|_| {
        Error::memory(format!(
            "cannot allocate {} for an array of {elems} elements",
            human_bytes(bytes)
        ))
    })
}

fn human_bytes(b: usize) -> String {
    let units = ["B", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < units.len() {
        v /= 1024.0;
        i += 1;
    }
    format!("{v:.1} {}", units[i])
}

/// The number of elements of `shape`, or an error if it overflows.
pub fn shape_size(shape: &[usize]) -> Result<usize, Error> {
    shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .ok_or_else(|| {
            Error::memory(format!(
                "array of shape {} is too large",
                super::format::shape_str(shape)
            ))
        })
}
