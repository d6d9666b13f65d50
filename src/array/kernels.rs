//! Fast paths for large contiguous arrays: element-wise loops over slices
//! (which the compiler vectorizes) split across the machine's cores, and
//! reductions that keep NumPy's summation order so results stay identical.

use ndarray::{ArrayD, IxDyn};
use std::sync::OnceLock;

/// Below this many elements, threads cost more than they save.
const PARALLEL_MIN: usize = 1 << 17;

pub fn threads() -> usize {
    static N: OnceLock<usize> = OnceLock::new();
    *N.get_or_init(|| {
        std::thread::available_parallelism()
            .map(|n| n.get())
            .unwrap_or(1)
            .clamp(1, 8)
    })
}

/// A vector with room for `n` values. Large buffers ask the kernel for
/// transparent huge pages, as NumPy does: first-touch page faults otherwise
/// dominate simple element-wise loops.
pub fn with_capacity_huge<T>(n: usize) -> Vec<T> {
    let mut v: Vec<T> = Vec::with_capacity(n);
    let bytes = n.saturating_mul(std::mem::size_of::<T>());
    #[cfg(target_os = "linux")]
    if bytes >= 4 << 20 {
        const HUGE: usize = 1 << 21;
        let p = v.as_mut_ptr() as usize;
        let start = (p + HUGE - 1) & !(HUGE - 1);
        let end = (p + bytes) & !(HUGE - 1);
        if end > start {
            // SAFETY: madvise only advises on memory this vector owns; a
            // failure (e.g. huge pages disabled) changes nothing.
            unsafe {
                libc::madvise(start as *mut libc::c_void, end - start, libc::MADV_HUGEPAGE);
            }
        }
    }
    v
}

/// Builds a vector of `n` values, chunk by chunk, in parallel when large
/// (`build` for callers outside this module).
///
/// # Safety
/// `f(start, chunk)` must initialize every element of every chunk it is
/// given; the vector is handed out as initialized.
pub unsafe fn build_with<R: Send>(
    n: usize,
    f: &(impl Fn(usize, &mut [std::mem::MaybeUninit<R>]) + Sync),
) -> Vec<R> {
    // SAFETY: the caller's contract is `build`'s.
    unsafe { build(n, f) }
}

/// Builds a vector of `n` values, chunk by chunk, in parallel when large.
///
/// # Safety
/// `f(start, chunk)` must initialize every element of its chunk.
unsafe fn build<R: Send>(
    n: usize,
    f: &(impl Fn(usize, &mut [std::mem::MaybeUninit<R>]) + Sync),
) -> Vec<R> {
    let mut v = with_capacity_huge::<R>(n);
    let spare = &mut v.spare_capacity_mut()[..n];
    let t = threads();
    if n < PARALLEL_MIN || t == 1 {
        f(0, spare);
    } else {
        let chunk = n.div_ceil(t);
        std::thread::scope(|s| {
            for (k, part) in spare.chunks_mut(chunk).enumerate() {
                s.spawn(move || f(k * chunk, part));
            }
        });
    }
    // SAFETY: every caller's `f` writes each element of the chunk it is given,
    // and the chunks cover 0..n, so all n values are initialized.
    unsafe { v.set_len(n) };
    v
}

/// `f(a[i], b[i])` for two same-shape standard-layout arrays; `None` when
/// either is not contiguous.
pub fn zip_same<T: Copy + Sync, R: Copy + Default + Send>(
    a: &ArrayD<T>,
    b: &ArrayD<T>,
    f: impl Fn(T, T) -> R + Sync,
) -> Option<ArrayD<R>> {
    let (x, y) = (a.as_slice()?, b.as_slice()?);
    // SAFETY: the closure writes every element of its part.
    let out = unsafe {
        build(x.len(), &|start, part: &mut [std::mem::MaybeUninit<R>]| {
            let xs = &x[start..start + part.len()];
            let ys = &y[start..start + part.len()];
            for ((o, &p), &q) in part.iter_mut().zip(xs).zip(ys) {
                o.write(f(p, q));
            }
        })
    };
    ArrayD::from_shape_vec(IxDyn(a.shape()), out).ok()
}

/// `f(a[i])` for a standard-layout array; `None` when not contiguous.
pub fn map_contig<T: Copy + Sync, R: Copy + Default + Send>(
    a: &ArrayD<T>,
    f: impl Fn(T) -> R + Sync,
) -> Option<ArrayD<R>> {
    let x = a.as_slice()?;
    // SAFETY: the closure writes every element of its part.
    let out = unsafe {
        build(x.len(), &|start, part: &mut [std::mem::MaybeUninit<R>]| {
            let xs = &x[start..start + part.len()];
            for (o, &p) in part.iter_mut().zip(xs) {
                o.write(f(p));
            }
        })
    };
    ArrayD::from_shape_vec(IxDyn(a.shape()), out).ok()
}

/// NumPy's pairwise summation of `f(x[i])`: blocks of up to 128 summed with
/// 8 accumulators, halves (split at a multiple of 8) added. The two top-level
/// halves are independent, so they run on two threads without changing the
/// result.
pub fn pairwise_sum_map(x: &[f64], f: &(impl Fn(f64) -> f64 + Sync)) -> f64 {
    fn rec(x: &[f64], f: &(impl Fn(f64) -> f64 + Sync), depth: u32) -> f64 {
        let n = x.len();
        if n < 8 {
            let mut s = 0.0;
            for &v in x {
                s += f(v);
            }
            return s;
        }
        if n <= 128 {
            let mut r = [0.0f64; 8];
            for (k, slot) in r.iter_mut().enumerate() {
                *slot = f(x[k]);
            }
            let mut chunks = x[8..].chunks_exact(8);
            for c in &mut chunks {
                for k in 0..8 {
                    r[k] += f(c[k]);
                }
            }
            let mut s = ((r[0] + r[1]) + (r[2] + r[3])) + ((r[4] + r[5]) + (r[6] + r[7]));
            for &v in chunks.remainder() {
                s += f(v);
            }
            return s;
        }
        let mut n2 = n / 2;
        n2 -= n2 % 8;
        let (lo, hi) = x.split_at(n2);
        if depth < 2 && n >= PARALLEL_MIN && threads() > 1 {
            let (a, b) = std::thread::scope(|s| {
                let h = s.spawn(|| rec(lo, f, depth + 1));
                let b = rec(hi, f, depth + 1);
                (h.join(), b)
            });
            match a {
                Ok(a) => a + b,
                Err(_) => rec(lo, f, depth + 1) + b,
            }
        } else {
            rec(lo, f, depth + 1) + rec(hi, f, depth + 1)
        }
    }
    rec(x, f, 0)
}

pub fn pairwise_sum_f64(x: &[f64]) -> f64 {
    pairwise_sum_map(x, &|v| v)
}

/// Index of the first maximum (or minimum), the first NaN winning as in
/// NumPy.
pub fn arg_extreme(x: &[f64], is_max: bool) -> usize {
    if is_max {
        arg_extreme_impl::<true>(x)
    } else {
        arg_extreme_impl::<false>(x)
    }
}

/// The extreme of a block with 8 independent compare-and-select lanes (which
/// vectorize), and whether the block may hold a NaN (a NaN makes its lane's
/// sum NaN; so can inf - inf, which the caller's exact check rules out).
#[inline(always)]
fn block_extreme<const MAX: bool>(block: &[f64]) -> (f64, bool) {
    let init = if MAX {
        f64::NEG_INFINITY
    } else {
        f64::INFINITY
    };
    let mut acc = [init; 8];
    let mut sums = [0.0f64; 8];
    let mut chunks = block.chunks_exact(8);
    for c in &mut chunks {
        for k in 0..8 {
            let v = c[k];
            sums[k] += v;
            let better = if MAX { v > acc[k] } else { v < acc[k] };
            acc[k] = if better { v } else { acc[k] };
        }
    }
    let mut m = init;
    let mut maybe_nan = sums.iter().any(|s| s.is_nan());
    for &v in acc.iter().chain(chunks.remainder()) {
        maybe_nan |= v.is_nan();
        if (MAX && v > m) || (!MAX && v < m) {
            m = v;
        }
    }
    (m, maybe_nan)
}

fn arg_extreme_impl<const MAX: bool>(x: &[f64]) -> usize {
    const BLOCK: usize = 4096;
    // (extreme value, block holding it, first NaN index).
    let scan = |part: &[f64], base: usize| -> (f64, usize, Option<usize>) {
        let mut best = if MAX {
            f64::NEG_INFINITY
        } else {
            f64::INFINITY
        };
        let mut best_block = 0;
        for (b, block) in part.chunks(BLOCK).enumerate() {
            let (m, maybe_nan) = block_extreme::<MAX>(block);
            if maybe_nan {
                if let Some(k) = block.iter().position(|v| v.is_nan()) {
                    return (f64::NAN, b, Some(base + b * BLOCK + k));
                }
            }
            if (MAX && m > best) || (!MAX && m < best) || b == 0 {
                best = m;
                best_block = b;
            }
        }
        (best, best_block, None)
    };
    let first_index = |part: &[f64], base: usize, best: f64, block: usize| -> usize {
        let start = block * BLOCK;
        let end = (start + BLOCK).min(part.len());
        base + start
            + part[start..end]
                .iter()
                .position(|&v| v == best)
                .unwrap_or(0)
    };
    if x.is_empty() {
        return 0;
    }
    let parts = threads().min(x.len() / (64 * BLOCK)).max(1);
    if parts == 1 {
        let (best, block, nan) = scan(x, 0);
        return nan.unwrap_or_else(|| first_index(x, 0, best, block));
    }
    // Parts start on block boundaries; each thread scans its own part.
    let per = x.len().div_ceil(parts).div_ceil(BLOCK) * BLOCK;
    let results: Vec<(f64, usize, Option<usize>, usize)> = std::thread::scope(|s| {
        let handles: Vec<_> = x
            .chunks(per)
            .enumerate()
            .map(|(p, part)| {
                let scan = &scan;
                s.spawn(move || {
                    let (m, b, nan) = scan(part, p * per);
                    (m, b, nan, p)
                })
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    // The earliest NaN wins; otherwise the best value, the earlier part on ties.
    if let Some(i) = results.iter().filter_map(|r| r.2).min() {
        return i;
    }
    let mut pick = &results[0];
    for r in &results[1..] {
        if (MAX && r.0 > pick.0) || (!MAX && r.0 < pick.0) {
            pick = r;
        }
    }
    let base = pick.3 * per;
    let part = &x[base..(base + per).min(x.len())];
    first_index(part, base, pick.0, pick.1)
}

/// Applies `f` to consecutive lanes of length `inner` (in parallel when the
/// data is large); lanes are independent, so the result does not depend on
/// the split.
pub fn map_lanes<T: Sync, R: Send + Clone>(
    data: &[T],
    inner: usize,
    f: &(impl Fn(&[T]) -> R + Sync),
) -> Vec<R> {
    let lanes = data.len() / inner.max(1);
    if data.len() < PARALLEL_MIN || threads() == 1 || lanes < 2 {
        return data.chunks(inner.max(1)).map(f).collect();
    }
    let per = lanes.div_ceil(threads()) * inner;
    let parts: Vec<Vec<R>> = std::thread::scope(|s| {
        let handles: Vec<_> = data
            .chunks(per)
            .map(|part| s.spawn(move || part.chunks(inner).map(f).collect::<Vec<R>>()))
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_default())
            .collect()
    });
    parts.concat()
}

/// `out[j] = sum_i rows[i][j]`. Rows are added in order (NumPy's order for a
/// reduction over a leading axis, so small results match it bit for bit);
/// large inputs give each thread a contiguous band of rows and add the band
/// sums at the end, which streams memory far better than splitting columns.
pub fn sum_rows(data: &[f64], rows: usize, cols: usize) -> Vec<f64> {
    let band = |range: std::ops::Range<usize>| -> Vec<f64> {
        let mut acc = data[range.start * cols..(range.start + 1) * cols].to_vec();
        for i in range.start + 1..range.end {
            for (o, v) in acc.iter_mut().zip(&data[i * cols..(i + 1) * cols]) {
                *o += v;
            }
        }
        acc
    };
    let parts = threads().min(rows / 2).max(1);
    if data.len() < PARALLEL_MIN || parts == 1 {
        return band(0..rows);
    }
    let per = rows.div_ceil(parts);
    let bands: Vec<Vec<f64>> = std::thread::scope(|s| {
        let handles: Vec<_> = (0..rows)
            .step_by(per)
            .map(|start| {
                let band = &band;
                s.spawn(move || band(start..(start + per).min(rows)))
            })
            .collect();
        handles
            .into_iter()
            .map(|h| h.join().unwrap_or_else(|e| std::panic::resume_unwind(e)))
            .collect()
    });
    let mut out = bands[0].clone();
    for b in &bands[1..] {
        for (o, v) in out.iter_mut().zip(b) {
            *o += v;
        }
    }
    out
}
