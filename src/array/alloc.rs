//! The one size check that every allocation a script causes passes: the
//! running engine's element limit, its memory limit (by default three
//! quarters of the machine's physical memory), and a probe that turns an
//! allocation the system cannot satisfy into an error instead of an abort.
//! The engine installs its limits for the duration of each evaluation
//! ([`scope`]); the check reads them here, so array code deep in a kernel
//! needs no handle to the engine. Sizes are computed with checked
//! arithmetic: an overflow is an error like any other.

use super::format::shape_str;
use crate::error::{Error, ErrorKind};
use std::cell::Cell;
use std::sync::OnceLock;

/// Allocation limits of the engine that is running.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AllocLimits {
    /// Elements of any one array; `None` for no limit.
    pub max_elements: Option<usize>,
    /// Bytes of any one allocation (array, string, list).
    pub max_bytes: usize,
}

impl Default for AllocLimits {
    fn default() -> Self {
        AllocLimits {
            max_elements: None,
            max_bytes: default_max_bytes(),
        }
    }
}

/// Three quarters of the machine's physical memory (8 GiB where it cannot
/// be read).
pub fn default_max_bytes() -> usize {
    static DEFAULT: OnceLock<usize> = OnceLock::new();
    *DEFAULT.get_or_init(|| physical_memory().map_or(8 << 30, |m| m / 4 * 3))
}

#[cfg(unix)]
fn physical_memory() -> Option<usize> {
    // SAFETY: sysconf only reads system configuration.
    let (pages, size) = unsafe {
        (
            libc::sysconf(libc::_SC_PHYS_PAGES),
            libc::sysconf(libc::_SC_PAGESIZE),
        )
    };
    if pages <= 0 || size <= 0 {
        return None;
    }
    (pages as usize).checked_mul(size as usize)
}

#[cfg(not(unix))]
fn physical_memory() -> Option<usize> {
    None
}

/// Field `n` of `/proc/self/statm` (0: mapped, 1: resident), in bytes.
#[cfg(target_os = "linux")]
fn statm_bytes(n: usize) -> Option<usize> {
    let statm = std::fs::read_to_string("/proc/self/statm").ok()?;
    let pages: usize = statm.split_whitespace().nth(n)?.parse().ok()?;
    // SAFETY: sysconf only reads system configuration.
    let size = unsafe { libc::sysconf(libc::_SC_PAGESIZE) };
    pages.checked_mul(usize::try_from(size).ok()?)
}

/// The process's resident memory.
#[cfg(target_os = "linux")]
fn resident_bytes() -> Option<usize> {
    statm_bytes(1)
}

#[cfg(not(target_os = "linux"))]
fn resident_bytes() -> Option<usize> {
    None
}

/// The process's address-space limit (`ulimit -v`), when it has one.
#[cfg(unix)]
fn address_limit() -> Option<usize> {
    static LIMIT: OnceLock<Option<usize>> = OnceLock::new();
    *LIMIT.get_or_init(|| {
        let mut l = libc::rlimit {
            rlim_cur: 0,
            rlim_max: 0,
        };
        // SAFETY: getrlimit writes the struct passed.
        let ok = unsafe { libc::getrlimit(libc::RLIMIT_AS, &mut l) } == 0;
        (ok && l.rlim_cur != libc::RLIM_INFINITY).then_some(l.rlim_cur as usize)
    })
}

#[cfg(not(unix))]
fn address_limit() -> Option<usize> {
    None
}

/// The process's mapped (virtual) memory, what an address-space limit counts.
#[cfg(target_os = "linux")]
fn virtual_bytes() -> Option<usize> {
    statm_bytes(0)
}

#[cfg(not(target_os = "linux"))]
fn virtual_bytes() -> Option<usize> {
    None
}

/// Bytes of small allocations checked since the process's memory was last
/// read: it is read again every [`SAMPLE_BYTES`], so that many small arrays
/// stop at the limit too, at the cost of one read per 32 MiB.
const SAMPLE_BYTES: usize = 32 << 20;

thread_local! {
    static SINCE_READ: Cell<usize> = const { Cell::new(0) };
}

thread_local! {
    static LIMITS: Cell<Option<AllocLimits>> = const { Cell::new(None) };
}

/// Restores the previous limits when dropped.
pub struct Scope(Option<AllocLimits>);

impl Drop for Scope {
    fn drop(&mut self) {
        let prev = self.0;
        let _ = LIMITS.try_with(|l| l.set(prev));
    }
}

/// Installs `limits` until the returned guard is dropped (engines nest: an
/// engine called from another's native function restores the outer one's).
pub fn scope(limits: AllocLimits) -> Scope {
    let prev = LIMITS.with(|l| l.replace(Some(limits)));
    Scope(prev)
}

/// The limits in force (the defaults outside any engine).
pub fn limits() -> AllocLimits {
    LIMITS.with(|l| l.get()).unwrap_or_default()
}

/// `1.5 GiB`.
pub fn human_bytes(b: usize) -> String {
    let units = ["bytes", "KiB", "MiB", "GiB", "TiB", "PiB", "EiB"];
    if b < 1024 {
        return format!("{b} bytes");
    }
    let mut v = b as f64;
    let mut i = 0;
    while v >= 1024.0 && i + 1 < units.len() {
        v /= 1024.0;
        i += 1;
    }
    format!("{v:.1} {}", units[i])
}

fn memory_error(what: &str, detail: String) -> Error {
    Error::memory(format!("{what} would allocate {detail}")).with_note(
        "raise the limit with `arr --max-memory SIZE`, `:memory SIZE` in the REPL, or Engine::set_max_memory",
    )
}

/// Checks that `what` may allocate `elems` items of `itemsize` bytes: within
/// the engine's element limit, its memory limit, and what the system can
/// give. Call it before allocating.
pub fn check(what: &str, elems: usize, itemsize: usize) -> Result<(), Error> {
    let l = limits();
    if let Some(max) = l.max_elements {
        if elems > max {
            return Err(Error::new(
                ErrorKind::Limit,
                format!(
                    "{what} would make an array of {elems} elements, more than this engine's limit of {max} elements"
                ),
            ));
        }
    }
    let Some(bytes) = elems.checked_mul(itemsize) else {
        return Err(memory_error(
            what,
            format!("{elems} elements of {itemsize} bytes, more than any machine can address"),
        ));
    };
    check_total(what, bytes, elems, itemsize, l)
}

/// Checks an allocation of `bytes` bytes of text or of a list's items.
pub fn check_bytes(what: &str, bytes: usize) -> Result<(), Error> {
    check_total(what, bytes, bytes, 1, limits())
}

fn check_total(
    what: &str,
    bytes: usize,
    elems: usize,
    itemsize: usize,
    l: AllocLimits,
) -> Result<(), Error> {
    let detail = || {
        if itemsize == 1 {
            human_bytes(bytes)
        } else {
            format!(
                "{} ({elems} elements of {itemsize} bytes)",
                human_bytes(bytes)
            )
        }
    };
    if bytes > l.max_bytes {
        return Err(memory_error(
            what,
            format!(
                "{}, more than the memory limit of {}",
                detail(),
                human_bytes(l.max_bytes)
            ),
        ));
    }
    let large = bytes >= (1 << 26);
    if !large {
        let due = SINCE_READ.with(|c| {
            let n = c.get().saturating_add(bytes);
            c.set(if n >= SAMPLE_BYTES { 0 } else { n });
            n >= SAMPLE_BYTES
        });
        if !due {
            return Ok(());
        }
    }
    // Under an address-space limit (`ulimit -v`) an allocation past it
    // aborts the process: stop short of it instead.
    if let (Some(limit), Some(mapped)) = (address_limit(), virtual_bytes()) {
        if mapped.saturating_add(bytes.saturating_mul(2)) > limit / 10 * 9 {
            return Err(memory_error(
                what,
                format!(
                    "{} while {} are mapped, near the address-space limit of {}",
                    detail(),
                    human_bytes(mapped),
                    human_bytes(limit)
                ),
            ));
        }
    }
    // A large allocation, and every 32 MiB of small ones, also counts what
    // the process already holds, so that a script growing a value step by
    // step (or keeping many small arrays) stops at the limit rather than in
    // swap.
    if let Some(used) = resident_bytes() {
        if used.saturating_add(bytes) > l.max_bytes {
            return Err(memory_error(
                what,
                format!(
                    "{} while {} are in use, more than the memory limit of {}",
                    detail(),
                    human_bytes(used),
                    human_bytes(l.max_bytes)
                ),
            ));
        }
    }
    if !large {
        return Ok(());
    }
    // The probe asks for twice the size: operations make temporaries of
    // their result's size (a cast, a gather), and an allocation that fails
    // after the check would abort the process.
    let mut probe: Vec<u8> = Vec::new();
    probe
        .try_reserve_exact(bytes.saturating_mul(2))
        .map_err(|_| {
            memory_error(
                what,
                format!("{}, which this system cannot provide", detail()),
            )
        })
}

/// The number of elements of `shape`, or an error if it overflows. The
/// product of the non-zero axes must fit too (ndarray's rule, which an
/// empty array of a huge shape would otherwise break).
pub fn shape_size(shape: &[usize]) -> Result<usize, Error> {
    shape
        .iter()
        .filter(|&&d| d != 0)
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .filter(|&n| n <= isize::MAX as usize)
        .map(|n| if shape.contains(&0) { 0 } else { n })
        .ok_or_else(|| {
            Error::memory(format!(
                "an array of shape {} would have more elements than any machine can address",
                shape_str(shape)
            ))
        })
}

/// Checks an array of `shape` made by `what`.
pub fn check_shape(what: &str, shape: &[usize], itemsize: usize) -> Result<usize, Error> {
    let n = shape_size(shape).map_err(|e| Error::memory(format!("{what}: {}", e.message)))?;
    check(what, n, itemsize)?;
    Ok(n)
}
/// A global allocator for programs that hold large arrays: the system's,
/// with blocks of 4 MiB and more marked for transparent huge pages, as
/// NumPy marks its array data. A fresh 80 MB result then takes ~40 page
/// faults instead of ~20,000 (a copy of 1e7 floats: 0.06 s -> 0.015 s
/// where the kernel's huge pages are in `madvise` mode). The `arr` command
/// installs it; an embedding program may (`#[global_allocator]`).
pub struct HugePageAlloc;

/// Blocks at least this large are marked.
const HUGE_MIN: usize = 4 << 20;

#[cfg(target_os = "linux")]
fn advise_huge(p: *mut u8, size: usize) {
    const PAGE: usize = 4096;
    let start = (p as usize).saturating_add(PAGE - 1) & !(PAGE - 1);
    let end = (p as usize).saturating_add(size) & !(PAGE - 1);
    if end > start {
        // Advice only: a kernel without huge pages refuses it, harmlessly.
        // SAFETY: [start, end) lies inside the block just allocated.
        unsafe {
            libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
        }
    }
}

#[cfg(not(target_os = "linux"))]
fn advise_huge(_: *mut u8, _: usize) {}

// SAFETY: every call is the system allocator's; the advice changes how the
// kernel backs the pages, not their contents or ownership.
unsafe impl std::alloc::GlobalAlloc for HugePageAlloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc(layout);
        if !p.is_null() && layout.size() >= HUGE_MIN {
            advise_huge(p, layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        let p = std::alloc::System.alloc_zeroed(layout);
        if !p.is_null() && layout.size() >= HUGE_MIN {
            advise_huge(p, layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, p: *mut u8, layout: std::alloc::Layout) {
        std::alloc::System.dealloc(p, layout)
    }

    unsafe fn realloc(&self, p: *mut u8, layout: std::alloc::Layout, new: usize) -> *mut u8 {
        let q = std::alloc::System.realloc(p, layout, new);
        if !q.is_null() && new >= HUGE_MIN {
            advise_huge(q, new);
        }
        q
    }
}
