//! The one size check that every allocation a script causes passes.

use crate::error::Error;

/// Fails cleanly, instead of aborting the process, when an allocation of
/// `elems` items of `itemsize` bytes cannot be satisfied.
pub fn check_alloc(elems: usize, itemsize: usize) -> Result<(), Error> {
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
