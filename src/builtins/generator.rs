//! `random.default_rng(seed)`: NumPy's `Generator` on its `PCG64` bit
//! generator, seeded through `SeedSequence`, draw for draw. The bit
//! generator is `rand_pcg`'s PCG XSL-RR 128/64 (NumPy's PCG64); this file
//! adds NumPy's seeding, its 32-bit buffering and the Generator's
//! algorithms (53-bit doubles, Lemire's bounded integers, the 256-layer
//! ziggurat normal, Floyd's sampling and the masked-interval shuffle).

use super::random::{cont_with, param, size_shape};
use super::{Args, Context, Registry};
use crate::array::alloc::check_shape;
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{to_array, to_i64};
use crate::value::{HostValue, Value};
use ndarray::{ArrayD, IxDyn};
use rand_core::RngCore;
use rand_pcg::Pcg64;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("default_rng", default_rng, "default_rng(seed=none)\n\nA Generator on NumPy's PCG64 bit generator, seeded through SeedSequence as NumPy seeds it, so every method draws NumPy's values: random integers normal standard_normal exponential standard_exponential uniform choice permutation shuffle. No seed draws fresh entropy.\n\n>>> rng = default_rng(42)\n>>> rng.integers(0, 10, 5)\narray([0, 7, 6, 4, 4])\n>>> rng.random()\n0.6973680290593639");
}

// SeedSequence's hash constants (NumPy's bit_generator).
const INIT_A: u32 = 0x43b0_d7e5;
const MULT_A: u32 = 0x931e_8875;
const INIT_B: u32 = 0x8b51_f9dd;
const MULT_B: u32 = 0x58f3_8ded;
const MIX_MULT_L: u32 = 0xca01_f9dd;
const MIX_MULT_R: u32 = 0x4973_f715;

fn hashmix(v: u32, h: &mut u32) -> u32 {
    let mut v = v ^ *h;
    *h = h.wrapping_mul(MULT_A);
    v = v.wrapping_mul(*h);
    v ^ (v >> 16)
}

fn mix(x: u32, y: u32) -> u32 {
    let r = MIX_MULT_L
        .wrapping_mul(x)
        .wrapping_sub(MIX_MULT_R.wrapping_mul(y));
    r ^ (r >> 16)
}

/// SeedSequence(entropy).generate_state(4, uint64): the pool of four words
/// hashed from the entropy, then stretched to four 64-bit words.
pub fn seed_state(entropy: &[u32]) -> [u64; 4] {
    let mut h = INIT_A;
    let mut pool = [0u32; 4];
    for (i, p) in pool.iter_mut().enumerate() {
        *p = hashmix(entropy.get(i).copied().unwrap_or(0), &mut h);
    }
    for src in 0..4 {
        for dst in 0..4 {
            if src != dst {
                let m = hashmix(pool[src], &mut h);
                pool[dst] = mix(pool[dst], m);
            }
        }
    }
    for &e in entropy.iter().skip(4) {
        for p in pool.iter_mut() {
            let m = hashmix(e, &mut h);
            *p = mix(*p, m);
        }
    }
    let mut hb = INIT_B;
    let mut words = [0u32; 8];
    for (i, w) in words.iter_mut().enumerate() {
        let mut d = pool[i % 4] ^ hb;
        hb = hb.wrapping_mul(MULT_B);
        d = d.wrapping_mul(hb);
        *w = d ^ (d >> 16);
    }
    std::array::from_fn(|k| words[2 * k] as u64 | (words[2 * k + 1] as u64) << 32)
}

/// NumPy's PCG64 with its 32-bit half-word buffer.
pub struct BitGen {
    pcg: Pcg64,
    half: Option<u32>,
}

impl BitGen {
    pub fn from_entropy(entropy: &[u32]) -> BitGen {
        let s = seed_state(entropy);
        let state = (s[0] as u128) << 64 | s[1] as u128;
        let seq = (s[2] as u128) << 64 | s[3] as u128;
        BitGen {
            pcg: Pcg64::new(state, seq),
            half: None,
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        self.pcg.next_u64()
    }

    /// The low half of a 64-bit draw, the high half kept for the next call.
    pub fn next_u32(&mut self) -> u32 {
        if let Some(h) = self.half.take() {
            return h;
        }
        let v = self.next_u64();
        self.half = Some((v >> 32) as u32);
        v as u32
    }

    pub fn next_double(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / 9007199254740992.0)
    }

    /// An integer in [0, rng] by Lemire's multiply-shift with rejection.
    pub fn bounded(&mut self, rng: u64) -> u64 {
        if rng == 0 {
            0
        } else if rng <= 0xffff_ffff {
            if rng == 0xffff_ffff {
                return self.next_u32() as u64;
            }
            let excl = rng + 1;
            let mut m = self.next_u32() as u64 * excl;
            let mut left = m & 0xffff_ffff;
            if left < excl {
                let threshold = (0xffff_ffff - rng) % excl;
                while left < threshold {
                    m = self.next_u32() as u64 * excl;
                    left = m & 0xffff_ffff;
                }
            }
            m >> 32
        } else if rng == u64::MAX {
            self.next_u64()
        } else {
            let excl = rng as u128 + 1;
            let mut m = self.next_u64() as u128 * excl;
            let mut left = m as u64;
            if (left as u128) < excl {
                let threshold = ((u64::MAX - rng) as u128 % excl) as u64;
                while left < threshold {
                    m = self.next_u64() as u128 * excl;
                    left = m as u64;
                }
            }
            (m >> 64) as u64
        }
    }

    /// An integer in [0, max] by masked rejection (NumPy's random_interval).
    pub fn interval(&mut self, max: u64) -> u64 {
        if max == 0 {
            return 0;
        }
        let mut mask = max;
        for s in [1, 2, 4, 8, 16, 32] {
            mask |= mask >> s;
        }
        loop {
            let v = if max <= 0xffff_ffff {
                self.next_u32() as u64 & mask
            } else {
                self.next_u64() & mask
            };
            if v <= max {
                return v;
            }
        }
    }

    /// The standard normal by NumPy's 256-layer ziggurat.
    pub fn normal(&mut self) -> f64 {
        let z = super::ziggurat::tables();
        loop {
            let r = self.next_u64();
            let idx = (r & 0xff) as usize;
            let r = r >> 8;
            let neg = r & 1 == 1;
            let rabs = (r >> 1) & 0x000f_ffff_ffff_ffff;
            let mut x = rabs as f64 * z.wi[idx];
            if neg {
                x = -x;
            }
            if rabs < z.ki[idx] {
                return x;
            }
            if idx == 0 {
                loop {
                    let xx = -super::ziggurat::INV_R * (-self.next_double()).ln_1p();
                    let yy = -(-self.next_double()).ln_1p();
                    if yy + yy > xx * xx {
                        return if (rabs >> 8) & 1 == 1 {
                            -(super::ziggurat::R + xx)
                        } else {
                            super::ziggurat::R + xx
                        };
                    }
                }
            } else if (z.fi[idx - 1] - z.fi[idx]) * self.next_double() + z.fi[idx]
                < (-0.5 * x * x).exp()
            {
                return x;
            }
        }
    }

    /// The standard exponential by NumPy's 256-layer ziggurat.
    pub fn exponential(&mut self) -> f64 {
        let z = super::ziggurat::exp_tables();
        loop {
            let r = self.next_u64() >> 3;
            let idx = (r & 0xff) as usize;
            let m = r >> 8;
            let x = m as f64 * z.wi[idx];
            if m < z.ki[idx] {
                return x;
            }
            if idx == 0 {
                return z.wi[255] * 9_007_199_254_740_992.0 - (-self.next_double()).ln_1p();
            }
            if (z.fi[idx - 1] - z.fi[idx]) * self.next_double() + z.fi[idx] < (-x).exp() {
                return x;
            }
        }
    }

    /// Draws in [0, rng] of a dtype narrower than 32 bits: bytes or
    /// half-words (or bits, for bool) taken from one 32-bit draw at a time.
    fn bounded_small(&mut self, rng: u64, bits: u32, n: usize) -> Vec<u64> {
        let full: u64 = (1u64 << bits) - 1;
        let per_word = 32 / bits;
        let (mut buf, mut left) = (0u32, 0u32);
        let mut next = |g: &mut BitGen| -> u64 {
            if left == 0 {
                buf = g.next_u32();
                left = per_word - 1;
            } else {
                buf >>= bits;
                left -= 1;
            }
            buf as u64 & full
        };
        (0..n)
            .map(|_| {
                if rng == 0 {
                    0
                } else if rng == full {
                    next(self)
                } else {
                    let excl = rng + 1;
                    let mut m = next(self) * excl;
                    let mut lo = m & full;
                    if lo < excl {
                        let threshold = (full - rng) % excl;
                        while lo < threshold {
                            m = next(self) * excl;
                            lo = m & full;
                        }
                    }
                    m >> bits
                }
            })
            .collect()
    }
}

/// A `numpy.random.Generator`.
pub struct Generator(RefCell<BitGen>);

impl std::fmt::Debug for Generator {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Generator(PCG64)")
    }
}

/// A seed's entropy words: an int's 32-bit words (low first), or a
/// sequence's words one after another (NumPy's SeedSequence coercion).
fn entropy_of(v: &Value, out: &mut Vec<u32>) -> Result<()> {
    match v {
        Value::Int(_) | Value::Bool(_) => {
            let i = to_i64(v, "default_rng(seed=)")?;
            if i < 0 {
                return Err(Error::value(
                    "default_rng(): seed must be non-negative (SeedSequence expects non-negative integers)",
                ));
            }
            let mut u = i as u64;
            out.push(u as u32);
            u >>= 32;
            if u != 0 {
                out.push(u as u32);
            }
            Ok(())
        }
        Value::List(_) | Value::Tuple(_) | Value::Array(_) => {
            for item in crate::value::convert::items_of(v, "default_rng")? {
                entropy_of(&item, out)?;
            }
            Ok(())
        }
        other => Err(Error::type_error(format!(
            "default_rng(): seed must be an int or a sequence of ints, got {}",
            other.type_name()
        ))),
    }
}

fn default_rng(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [seed] = args.bind("default_rng", ["seed"], 0)?;
    let mut entropy = Vec::new();
    match &seed {
        Value::None => {
            // Fresh entropy, as NumPy draws from the operating system.
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let pid = std::process::id() as u128;
            let x = t ^ (pid << 64);
            entropy.extend((0..4).map(|k| (x >> (32 * k)) as u32));
        }
        Value::Host(h) if h.as_any().is::<Generator>() => return Ok(seed.clone()),
        v => entropy_of(v, &mut entropy)?,
    }
    if entropy.is_empty() {
        entropy.push(0);
    }
    Ok(Value::Host(Rc::new(Generator(RefCell::new(
        BitGen::from_entropy(&entropy),
    )))))
}

fn shaped(shape: Option<Vec<usize>>, data: Vec<f64>) -> Result<Value> {
    match shape {
        None => Ok(Value::Float(data.first().copied().unwrap_or(0.0))),
        Some(s) => Ok(Value::array(NdArray::F64(
            ArrayD::from_shape_vec(IxDyn(&s), data).map_err(|e| Error::value(e.to_string()))?,
        ))),
    }
}

fn count(shape: &Option<Vec<usize>>, what: &str, item: usize) -> Result<usize> {
    match shape {
        None => Ok(1),
        Some(s) => check_shape(what, s, item),
    }
}

impl Generator {
    fn random(&self, args: Args) -> Result<Value> {
        let [size, dtype] = args.bind("random", ["size", "dtype"], 0)?;
        let shape = size_shape(&size, "random")?;
        let n = count(&shape, "random", 8)?;
        let dt = super::opt_dtype(&dtype, "random")?.unwrap_or(DType::Float64);
        let g = &mut *self.0.borrow_mut();
        match dt {
            DType::Float64 => shaped(shape, (0..n).map(|_| g.next_double()).collect()),
            DType::Float32 => {
                let data: Vec<f32> = (0..n)
                    .map(|_| (g.next_u32() >> 8) as f32 * (1.0 / 16777216.0))
                    .collect();
                let s = shape.unwrap_or_default();
                Ok(Value::from_array(NdArray::F32(
                    ArrayD::from_shape_vec(IxDyn(&s), data)
                        .map_err(|e| Error::value(e.to_string()))?,
                )))
            }
            d => Err(Error::type_error(format!(
                "random(): Unsupported dtype dtype('{d}') for random"
            ))),
        }
    }

    fn integers(&self, args: Args) -> Result<Value> {
        let [low, high, size, dtype, endpoint] =
            args.bind("integers", ["low", "high", "size", "dtype", "endpoint"], 1)?;
        let endpoint = super::opt_bool(&endpoint, "integers", "endpoint", false)?;
        let dt = super::opt_dtype(&dtype, "integers")?.unwrap_or(DType::Int64);
        if dt.is_float() {
            return Err(Error::type_error(format!(
                "integers(): Unsupported dtype dtype('{dt}') for integers"
            )));
        }
        let (lo, hi) = match &high {
            Value::None => (0i128, wide_int(&low, "integers(low=)")?),
            h => (
                wide_int(&low, "integers(low=)")?,
                wide_int(h, "integers(high=)")?,
            ),
        };
        let hi_incl = if endpoint { hi } else { hi - 1 };
        if hi_incl < lo {
            return Err(Error::value(if endpoint {
                "integers(): low > high".to_string()
            } else {
                format!("integers(): low >= high ({lo} >= {hi})")
            }));
        }
        if let Some((min, max)) = dt.int_range() {
            if lo < min {
                return Err(Error::value(format!(
                    "integers(): low is out of bounds for {dt}"
                )));
            }
            if hi_incl > max {
                return Err(Error::value(format!(
                    "integers(): high is out of bounds for {dt}"
                )));
            }
        }
        let rng = (hi_incl - lo) as u64;
        let shape = size_shape(&size, "integers")?;
        let n = count(&shape, "integers", dt.itemsize())?;
        let g = &mut *self.0.borrow_mut();
        let draws: Vec<u64> = match dt.itemsize() {
            1 if dt == DType::Bool => g.bounded_small(rng, 1, n),
            1 => g.bounded_small(rng, 8, n),
            2 => g.bounded_small(rng, 16, n),
            _ => (0..n).map(|_| g.bounded(rng)).collect(),
        };
        let s = shape.clone().unwrap_or_default();
        let out = if dt == DType::UInt64 {
            let data: Vec<u64> = draws.into_iter().map(|v| (lo + v as i128) as u64).collect();
            NdArray::U64(
                ArrayD::from_shape_vec(IxDyn(&s), data).map_err(|e| Error::value(e.to_string()))?,
            )
        } else {
            let data: Vec<i64> = draws.into_iter().map(|v| (lo + v as i128) as i64).collect();
            NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&s), data).map_err(|e| Error::value(e.to_string()))?,
            )
            .into_dtype(dt)
        };
        Ok(Value::from_array(out))
    }

    fn uniform(&self, args: Args) -> Result<Value> {
        let [low, high, size] = args.bind("uniform", ["low", "high", "size"], 0)?;
        let p = [
            param(&low, 0.0, "uniform(low=)")?,
            param(&high, 1.0, "uniform(high=)")?,
        ];
        let g = &mut *self.0.borrow_mut();
        cont_with(
            g,
            "uniform",
            &size,
            p,
            |[lo, hi]| {
                if (hi - lo).is_finite() {
                    Ok(())
                } else {
                    Err(Error::new(
                        crate::error::ErrorKind::Overflow,
                        "uniform(): high - low range exceeds valid bounds",
                    ))
                }
            },
            |g: &mut BitGen, [lo, hi]| lo + (hi - lo) * g.next_double(),
        )
    }

    fn normal(&self, args: Args, standard: bool) -> Result<Value> {
        let (loc, scale, size) = if standard {
            let [size] = args.bind("standard_normal", ["size"], 0)?;
            (Value::None, Value::None, size)
        } else {
            let [loc, scale, size] = args.bind("normal", ["loc", "scale", "size"], 0)?;
            (loc, scale, size)
        };
        let p = [
            param(&loc, 0.0, "normal(loc=)")?,
            param(&scale, 1.0, "normal(scale=)")?,
        ];
        let g = &mut *self.0.borrow_mut();
        cont_with(
            g,
            "normal",
            &size,
            p,
            |[_, s]| {
                if *s < 0.0 {
                    Err(Error::value("normal(): scale < 0"))
                } else {
                    Ok(())
                }
            },
            |g: &mut BitGen, [m, s]| m + s * g.normal(),
        )
    }

    fn exponential(&self, args: Args, standard: bool) -> Result<Value> {
        let (scale, size) = if standard {
            let [size] = args.bind("standard_exponential", ["size"], 0)?;
            (Value::None, size)
        } else {
            let [scale, size] = args.bind("exponential", ["scale", "size"], 0)?;
            (scale, size)
        };
        let p = [param(&scale, 1.0, "exponential(scale=)")?];
        let g = &mut *self.0.borrow_mut();
        cont_with(
            g,
            "exponential",
            &size,
            p,
            |[s]| {
                if *s < 0.0 {
                    Err(Error::value("exponential(): scale < 0"))
                } else {
                    Ok(())
                }
            },
            |g: &mut BitGen, [s]| s * g.exponential(),
        )
    }

    /// The shuffle order of n items: i from n-1 down to 1 swaps with a
    /// masked-interval j in [0, i].
    fn order(&self, n: usize) -> Vec<usize> {
        let g = &mut *self.0.borrow_mut();
        let mut idx: Vec<usize> = (0..n).collect();
        for i in (1..n).rev() {
            let j = g.interval(i as u64) as usize;
            idx.swap(i, j);
        }
        idx
    }

    fn permutation(&self, args: Args) -> Result<Value> {
        let [x, axis] = args.bind("permutation", ["x", "axis"], 1)?;
        if !matches!(axis, Value::None) && to_i64(&axis, "permutation(axis=)")? != 0 {
            return Err(Error::value(
                "permutation(): only axis=0 is supported in arr",
            ));
        }
        if let Value::Int(n) = x {
            if n < 0 {
                return Err(Error::value("permutation(): n must be non-negative"));
            }
            let order = self.order(n as usize);
            return Ok(Value::array(ints(
                order.into_iter().map(|v| v as i64).collect(),
            )?));
        }
        let a = to_array(&x, "permutation()")?;
        if a.ndim() == 0 {
            return Err(Error::index(
                "permutation(): x must be an integer or at least 1-dimensional",
            ));
        }
        let order = self.order(a.shape()[0]);
        take_rows(&a, order)
    }

    /// `rng.shuffle(x)`: a list in place (lists are shared, as in Python);
    /// an array is a value that this method cannot reach.
    fn shuffle(&self, args: Args) -> Result<Value> {
        let [x, axis] = args.bind("shuffle", ["x", "axis"], 1)?;
        if !matches!(axis, Value::None) && to_i64(&axis, "shuffle(axis=)")? != 0 {
            return Err(Error::value("shuffle(): only axis=0 is supported in arr"));
        }
        let Value::List(l) = &x else {
            return Err(Error::type_error(
                "Generator.shuffle(x): arrays are values in arr and this method cannot update x; write x = rng.permutation(x)",
            ));
        };
        let n = l.borrow().len();
        let order = self.order(n);
        let old = l.borrow().clone();
        let mut items = l.borrow_mut();
        for (slot, &k) in items.iter_mut().zip(order.iter()) {
            *slot = old[k].clone();
        }
        Ok(Value::None)
    }

    fn choice(&self, args: Args) -> Result<Value> {
        let [a, size, replace, p, axis, shuffle] = args.bind(
            "choice",
            ["a", "size", "replace", "p", "axis", "shuffle"],
            1,
        )?;
        if !matches!(axis, Value::None) && to_i64(&axis, "choice(axis=)")? != 0 {
            return Err(Error::value("choice(): only axis=0 is supported in arr"));
        }
        let replace = super::opt_bool(&replace, "choice", "replace", true)?;
        let shuffle = super::opt_bool(&shuffle, "choice", "shuffle", true)?;
        let (pop, arr) = match &a {
            Value::Int(n) => (*n, None),
            v => {
                let x = to_array(v, "choice()")?.into_owned();
                if x.ndim() == 0 {
                    (to_i64(v, "choice(a=)")?, None)
                } else {
                    (x.shape()[0] as i64, Some(x))
                }
            }
        };
        let shape = size_shape(&size, "choice")?;
        let n = count(&shape, "choice", 8)?;
        if pop <= 0 && n != 0 {
            return Err(Error::value(
                "choice(): a must be a positive integer unless no samples are taken",
            ));
        }
        let weights = match &p {
            Value::None => None,
            v => Some(super::random::choice_weights(v, pop as usize)?),
        }
        .flatten();
        let idx: Vec<i64> = if replace {
            match &weights {
                Some(w) => {
                    let cdf = super::random::cdf_of(w);
                    let g = &mut *self.0.borrow_mut();
                    (0..n)
                        .map(|_| super::random::search_right(&cdf, g.next_double()) as i64)
                        .collect()
                }
                None => {
                    let g = &mut *self.0.borrow_mut();
                    (0..n).map(|_| g.bounded(pop as u64 - 1) as i64).collect()
                }
            }
        } else {
            if n as i64 > pop {
                return Err(Error::value(
                    "choice(): Cannot take a larger sample than population when replace is False",
                ));
            }
            match weights {
                Some(w) => self.weighted_distinct(w, n)?,
                None => self.floyd(pop as u64, n as u64, shuffle),
            }
        };
        let picked = match arr {
            None => {
                if shape.is_none() {
                    return Ok(Value::Int(idx.first().copied().unwrap_or(0)));
                }
                ints(idx)?
            }
            Some(x) => {
                let rows = take_rows(&x, idx.iter().map(|&i| i as usize).collect())?;
                if shape.is_none() {
                    let Value::Array(r) = &rows else {
                        return Ok(rows);
                    };
                    return Ok(Value::from(crate::array::index::get_array(
                        r,
                        &[crate::array::index::Idx::Int(0)],
                    )?));
                }
                let Value::Array(r) = &rows else {
                    return Ok(rows);
                };
                (**r).clone()
            }
        };
        let s = shape.unwrap_or_default();
        let mut full: Vec<i64> = s.iter().map(|&d| d as i64).collect();
        full.extend(picked.shape().iter().skip(1).map(|&d| d as i64));
        crate::builtins::shape::reshape_to(&picked, &full).map(Value::array)
    }

    /// Floyd's sampling of `k` distinct indices below `n` (a hash set in
    /// NumPy; the draws are what matter), then NumPy's shuffle of them.
    /// Large samples of large populations shuffle the tail instead.
    fn floyd(&self, n: u64, k: u64, shuffle: bool) -> Vec<i64> {
        let cutoff = if shuffle { 50 } else { 20 };
        let g = &mut *self.0.borrow_mut();
        if n > 10000 && k > n / cutoff {
            let mut idx: Vec<i64> = (0..n as i64).collect();
            let stop = (n - k).max(1);
            for i in (stop..n).rev() {
                let j = g.bounded(i) as usize;
                idx.swap(i as usize, j);
            }
            return idx[(n - k) as usize..].to_vec();
        }
        let mut seen = std::collections::HashSet::new();
        let mut out = Vec::with_capacity(k as usize);
        for j in n - k..n {
            let v = g.bounded(j);
            let pick = if seen.insert(v) { v } else { j };
            seen.insert(pick);
            out.push(pick as i64);
        }
        if shuffle {
            for i in (1..out.len()).rev() {
                let j = g.bounded(i as u64) as usize;
                out.swap(i, j);
            }
        }
        out
    }

    /// Distinct weighted draws: rounds of uniform draws through the CDF of
    /// the weights not yet taken, keeping each round's new values in order.
    fn weighted_distinct(&self, mut p: Vec<f64>, k: usize) -> Result<Vec<i64>> {
        if p.iter().filter(|&&w| w > 0.0).count() < k {
            return Err(Error::value(
                "choice(): Fewer non-zero entries in p than size",
            ));
        }
        let mut found: Vec<i64> = Vec::with_capacity(k);
        let g = &mut *self.0.borrow_mut();
        while found.len() < k {
            let need = k - found.len();
            let xs: Vec<f64> = (0..need).map(|_| g.next_double()).collect();
            for &f in &found {
                p[f as usize] = 0.0;
            }
            let cdf = super::random::cdf_of(&p);
            let mut new: Vec<i64> = Vec::new();
            for x in xs {
                let v = super::random::search_right(&cdf, x) as i64;
                if !new.contains(&v) {
                    new.push(v);
                }
            }
            found.extend(new);
        }
        Ok(found)
    }
}

/// An int bound, past int64 too (`2**64 - 1` for uint64 draws).
fn wide_int(v: &Value, what: &str) -> Result<i128> {
    use num_traits::ToPrimitive;
    match crate::value::bigint::as_big(v) {
        Some(b) => b
            .to_i128()
            .ok_or_else(|| crate::value::bigint::too_large(what)),
        None => Ok(to_i64(v, what)? as i128),
    }
}

fn ints(v: Vec<i64>) -> Result<NdArray> {
    let n = v.len();
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n]), v).map_err(|e| Error::value(e.to_string()))?,
    ))
}

fn take_rows(a: &NdArray, order: Vec<usize>) -> Result<Value> {
    let idx = ints(order.into_iter().map(|v| v as i64).collect())?;
    let picked = crate::array::index::get_array(a, &[crate::array::index::Idx::Array(idx)])?;
    Ok(Value::from(picked))
}

type Method = fn(&Generator, Args) -> Result<Value>;

const METHODS: &[(&str, Method)] = &[
    ("choice", Generator::choice),
    ("exponential", |g, a| g.exponential(a, false)),
    ("integers", Generator::integers),
    ("normal", |g, a| g.normal(a, false)),
    ("permutation", Generator::permutation),
    ("random", Generator::random),
    ("shuffle", Generator::shuffle),
    ("standard_exponential", |g, a| g.exponential(a, true)),
    ("standard_normal", |g, a| g.normal(a, true)),
    ("uniform", Generator::uniform),
];

impl HostValue for Generator {
    fn type_name(&self) -> String {
        "Generator".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        Ok("Generator(PCG64)".into())
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let f = METHODS.iter().find(|(n, _)| *n == name)?.1;
        Some(f(self, args.clone()))
    }

    fn attr_names(&self) -> Vec<String> {
        METHODS.iter().map(|(n, _)| n.to_string()).collect()
    }
}
