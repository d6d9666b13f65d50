//! NumPy's legacy random stream (`seed`, `rand`, `randn`, `randint`,
//! `uniform`, `normal`, `choice`, `permutation`, `shuffle`, ...): the
//! Mersenne Twister (rand_mt) seeded as `np.random.seed` seeds it, with
//! NumPy's `RandomState` algorithms on top (53-bit doubles, the polar
//! method's cached normal, masked rejection for bounded integers), so a
//! seeded program draws what NumPy draws. `RandomState(seed)` objects
//! carry their own stream.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::array::alloc::{check, check_shape};
use crate::value::convert::{to_f64, to_i64, to_shape};
use crate::value::{DType, NdArray, Value};
use ndarray::{ArrayD, IxDyn};
use rand_mt::Mt;

/// The legacy generator: MT19937 plus the second normal of the last
/// polar-method pair.
pub struct Rng {
    mt: Mt,
    gauss: Option<f64>,
}

impl Default for Rng {
    /// Unseeded programs draw as after `seed(0)` (NumPy draws from OS
    /// entropy; arr stays reproducible).
    fn default() -> Rng {
        Rng::new(0)
    }
}

impl Rng {
    /// `np.random.seed(n)` for an int n in [0, 2**32).
    pub fn new(seed: u32) -> Rng {
        Rng {
            mt: Mt::new(seed),
            gauss: None,
        }
    }

    /// `np.random.seed([k0, k1, ...])`: MT19937's init_by_array.
    pub fn with_key(key: &[u32]) -> Rng {
        Rng {
            mt: Mt::new_with_key(key.iter().copied()),
            gauss: None,
        }
    }

    pub fn next_u32(&mut self) -> u32 {
        self.mt.next_u32()
    }

    pub fn next_u64(&mut self) -> u64 {
        let hi = self.mt.next_u32() as u64;
        (hi << 32) | self.mt.next_u32() as u64
    }

    /// Uniform in [0, 1) with 53 random bits from two draws.
    pub fn uniform(&mut self) -> f64 {
        let a = (self.next_u32() >> 5) as f64;
        let b = (self.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) / 9007199254740992.0
    }

    /// Standard normal by the polar method, the pair's second value kept
    /// for the next call (NumPy's legacy gauss).
    pub fn normal(&mut self) -> f64 {
        if let Some(g) = self.gauss.take() {
            return g;
        }
        loop {
            let x1 = 2.0 * self.uniform() - 1.0;
            let x2 = 2.0 * self.uniform() - 1.0;
            let r2 = x1 * x1 + x2 * x2;
            if r2 < 1.0 && r2 != 0.0 {
                let f = (-2.0 * r2.ln() / r2).sqrt();
                self.gauss = Some(f * x1);
                return f * x2;
            }
        }
    }

    /// Uniform integer in [0, max] by masked rejection (NumPy's
    /// random_interval, also its legacy bounded integers).
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

    /// Uniform integer in [0, n) (n > 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.interval(n.saturating_sub(1))
    }
}

pub fn register(r: &mut Registry) {
    r.add("seed", seed, "seed(seed=None)\n\nSeeds NumPy's legacy generator (MT19937) as np.random.seed does: later draws repeat NumPy's. An int in [0, 2**32) or a list of them; None seeds from the clock.\n\n>>> seed(0); rand(3)\narray([0.5488135 , 0.71518937, 0.60276338])");
    r.add("rand", rand, "rand(*shape)\n\nUniform samples in [0, 1) of the given shape (a float without arguments), as np.random.rand.\n\n>>> seed(0); rand()\n0.5488135039273248");
    r.add("rand_sample", random_sample, "rand_sample(size=None)\n\nnp.random.random / random_sample: uniform samples in [0, 1), a float without size.\n\n>>> seed(0); rand_sample((2, 2))\narray([[0.5488135 , 0.71518937],\n       [0.60276338, 0.54488318]])");
    r.add("randint", randint, "randint(low, high=None, size=None, dtype=int)\n\nRandom integers in [low, high) (or [0, low) without high), as np.random.randint draws them.\n\n>>> seed(0); randint(0, 10, size=5)\narray([5, 0, 3, 3, 7])");
    r.add("uniform", uniform, "uniform(low=0.0, high=1.0, size=None)\n\nUniform samples in [low, high); low and high may be arrays (broadcast).\n\n>>> seed(0); uniform(-1, 1, 3)\narray([0.09762701, 0.43037873, 0.20552675])");
    r.add("normal", normal, "normal(loc=0.0, scale=1.0, size=None)\n\nNormal samples with mean loc and standard deviation scale (arrays broadcast).\n\n>>> seed(0); normal(5, 2, 3)\narray([8.52810469, 5.80031442, 6.95747597])");
    r.add("standard_normal", standard_normal, "standard_normal(size=None)\n\nStandard normal samples (a float without size).\n\n>>> seed(0); standard_normal(2)\narray([1.76405235, 0.40015721])");
    r.add("exponential", exponential, "exponential(scale=1.0, size=None)\n\nExponential samples with the given scale (1/rate).\n\n>>> seed(0); exponential(2.0, 2)\narray([1.59174902, 2.51186153])");
    r.add("standard_exponential", standard_exponential, "standard_exponential(size=None)\n\nExponential samples with scale 1.\n\n>>> seed(0); standard_exponential(2)\narray([0.79587451, 1.25593076])");
    r.add("permutation", permutation, "permutation(x)\n\nA shuffled copy of x along axis 0 (of arange(x) for an int).\n\n>>> seed(0); permutation(5)\narray([2, 0, 1, 3, 4])");
    r.add("shuffle", shuffle, "shuffle(x)\n\nShuffles the variable x in place along axis 0 (as NumPy's shuffle).\n\n>>> seed(0); a = arange(5); shuffle(a); a\narray([2, 0, 1, 3, 4])");
    r.add("choice", choice, "choice(a, size=None, replace=True, p=None)\n\nRandom samples from a 1-d array (or arange(a) for an int), optionally weighted by p.\n\n>>> seed(0); choice([10, 20, 30], size=4)\narray([10, 20, 10, 20])");
    r.add("randn", randn, "randn(*shape)\n\nStandard normal samples of the given shape (a float without arguments).\n\n>>> seed(0); randn(2)\narray([1.76405235, 0.40015721])");
    r.add("RandomState", super::random_state::random_state, "RandomState(seed=None)\n\nA legacy NumPy generator with its own stream: the np.random functions as methods.\n\n>>> rs = RandomState(0); rs.rand(2)\narray([0.5488135 , 0.71518937])");
}

fn shape_of_varargs(args: &Args, fname: &str) -> Result<Vec<usize>> {
    args.no_keywords(fname)?;
    match args.pos.as_slice() {
        [v @ (Value::Tuple(_) | Value::List(_))] => to_shape(v, fname),
        items => items
            .iter()
            .map(|v| {
                let d = to_i64(v, fname)?;
                usize::try_from(d).map_err(|_| {
                    Error::value(format!("{fname}(): negative dimensions are not allowed"))
                })
            })
            .collect(),
    }
}

/// Functions of other families told about `seed(n)` (the tensor backend
/// seeds libtorch's generator too), registered per engine.
#[derive(Default)]
pub struct SeedHooks(pub Vec<fn(&mut crate::value::Extensions, i64)>);

const SEED_RANGE: &str = "Seed must be between 0 and 2**32 - 1";

fn seed_word(v: &Value) -> Result<u32> {
    match v {
        Value::Float(_) => Err(Error::type_error(
            "seed(): Cannot cast scalar from dtype('float64') to dtype('int64') according to the rule 'safe'",
        )),
        v => {
            let n = to_i64(v, "seed()").map_err(|_| Error::value(SEED_RANGE))?;
            u32::try_from(n).map_err(|_| Error::value(SEED_RANGE))
        }
    }
}

/// A generator seeded as `np.random.seed(v)`, and the int the tensor
/// backend's seed hooks receive.
pub(crate) fn seeded(v: &Value) -> Result<(Rng, i64)> {
    match v {
        Value::None => {
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            let key = [t as u32, (t >> 32) as u32, std::process::id()];
            Ok((Rng::with_key(&key), i64::from(key[0])))
        }
        Value::List(_) | Value::Tuple(_) | Value::Array(_) => {
            let arr = crate::value::convert::to_array(v, "seed()")?;
            if arr.dtype().is_float() && !arr.is_empty() {
                return Err(Error::type_error(
                    "seed(): Cannot cast array data from dtype('float64') to dtype('int64') according to the rule 'safe'",
                ));
            }
            let key = arr
                .to_f64()
                .iter()
                .map(|&x| seed_word(&Value::Int(x as i64)))
                .collect::<Result<Vec<u32>>>()?;
            if key.is_empty() {
                return Err(Error::value("Seed must be non-empty"));
            }
            Ok((Rng::with_key(&key), i64::from(key[0])))
        }
        v => {
            let n = seed_word(v)?;
            Ok((Rng::new(n), i64::from(n)))
        }
    }
}

fn seed(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [s] = args.bind("seed", ["seed"], 0)?;
    let (rng, n) = seeded(&s)?;
    let ext = cx.extensions();
    *ext.get::<Rng>() = rng;
    let hooks = ext.get::<SeedHooks>().0.clone();
    for hook in hooks {
        hook(ext, n);
    }
    Ok(Value::None)
}

fn float_array(shape: &[usize], data: Vec<f64>) -> Result<Value> {
    Ok(Value::array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(shape), data).map_err(|e| Error::value(e.to_string()))?,
    )))
}

/// `n` draws into a float array of `shape` (a float for no shape).
fn fill(
    cx: &mut dyn Context,
    what: &str,
    shape: Option<Vec<usize>>,
    mut draw: impl FnMut(&mut Rng) -> f64,
) -> Result<Value> {
    match shape {
        None => Ok(Value::Float(draw(cx.extensions().get::<Rng>()))),
        Some(shape) => {
            let n = check_shape(what, &shape, 8)?;
            let rng = cx.extensions().get::<Rng>();
            let data: Vec<f64> = (0..n).map(|_| draw(rng)).collect();
            float_array(&shape, data)
        }
    }
}

fn varargs_sample(cx: &mut dyn Context, args: Args, fname: &str, normal: bool) -> Result<Value> {
    let shape = shape_of_varargs(&args, fname)?;
    let shape = (!args.pos.is_empty()).then_some(shape);
    fill(cx, fname, shape, |r| {
        if normal {
            r.normal()
        } else {
            r.uniform()
        }
    })
}

pub(crate) fn rand(cx: &mut dyn Context, args: Args) -> Result<Value> {
    varargs_sample(cx, args, "rand", false)
}

pub(crate) fn randn(cx: &mut dyn Context, args: Args) -> Result<Value> {
    varargs_sample(cx, args, "randn", true)
}

pub(crate) fn size_shape(v: &Value, fname: &str) -> Result<Option<Vec<usize>>> {
    match v {
        Value::None => Ok(None),
        v => to_shape(v, &format!("{fname}(size=)")).map(Some),
    }
}

pub(crate) fn random_sample(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [size] = args.bind("random_sample", ["size"], 0)?;
    let shape = size_shape(&size, "random_sample")?;
    fill(cx, "random_sample", shape, Rng::uniform)
}

pub(crate) fn standard_normal(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [size] = args.bind("standard_normal", ["size"], 0)?;
    let shape = size_shape(&size, "standard_normal")?;
    fill(cx, "standard_normal", shape, Rng::normal)
}

pub(crate) fn standard_exponential(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [size] = args.bind("standard_exponential", ["size"], 0)?;
    let shape = size_shape(&size, "standard_exponential")?;
    fill(cx, "standard_exponential", shape, |r| {
        -(1.0 - r.uniform()).ln()
    })
}

/// A distribution parameter: a scalar, or an array broadcast with the
/// others.
pub(crate) enum Param {
    Scalar(f64),
    Array(ArrayD<f64>),
}

pub(crate) fn param(v: &Value, default: f64, what: &str) -> Result<Param> {
    Ok(match v {
        Value::None => Param::Scalar(default),
        Value::Int(_) | Value::Float(_) | Value::Bool(_) => Param::Scalar(to_f64(v, what)?),
        v => Param::Array(
            crate::value::convert::to_array(v, what)?
                .to_f64()
                .into_owned(),
        ),
    })
}

/// Draws of a continuous distribution with parameters `params`, checked
/// by `check`, in C order over `size` (or the parameters' broadcast
/// shape), as NumPy's legacy `cont` does.
fn cont<const N: usize>(
    cx: &mut dyn Context,
    fname: &str,
    size: &Value,
    params: [Param; N],
    check: impl Fn(&[f64; N]) -> Result<()>,
    draw: impl Fn(&mut Rng, &[f64; N]) -> f64,
) -> Result<Value> {
    cont_with(
        cx.extensions().get::<Rng>(),
        fname,
        size,
        params,
        check,
        draw,
    )
}

/// `cont` on any generator (the legacy stream or a `default_rng`).
pub(crate) fn cont_with<R, const N: usize>(
    rng: &mut R,
    fname: &str,
    size: &Value,
    params: [Param; N],
    check: impl Fn(&[f64; N]) -> Result<()>,
    draw: impl Fn(&mut R, &[f64; N]) -> f64,
) -> Result<Value> {
    let size = size_shape(size, fname)?;
    if params.iter().all(|p| matches!(p, Param::Scalar(_))) {
        let vals = params.map(|p| match p {
            Param::Scalar(x) => x,
            Param::Array(_) => 0.0,
        });
        check(&vals)?;
        return match size {
            None => Ok(Value::Float(draw(rng, &vals))),
            Some(shape) => {
                let n = check_shape(fname, &shape, 8)?;
                let data: Vec<f64> = (0..n).map(|_| draw(rng, &vals)).collect();
                float_array(&shape, data)
            }
        };
    }
    let mut shape: Vec<usize> = Vec::new();
    for p in &params {
        if let Param::Array(a) = p {
            shape =
                crate::array::broadcast::broadcast_shapes(&shape, a.shape()).ok_or_else(|| {
                    Error::value(format!(
                        "{fname}(): shape mismatch: objects cannot be broadcast to a single shape"
                    ))
                })?;
        }
    }
    if let Some(s) = size {
        if crate::array::broadcast::broadcast_shapes(&shape, &s).as_deref() != Some(&s[..]) {
            return Err(Error::value(format!(
                "{fname}(): size {s:?} does not hold the parameters' shape {shape:?}"
            )));
        }
        shape = s;
    }
    let n = check_shape(fname, &shape, 8)?;
    let mut cols: Vec<Vec<f64>> = Vec::with_capacity(N);
    for p in &params {
        cols.push(match p {
            Param::Scalar(x) => vec![*x; n],
            Param::Array(a) => a
                .broadcast(IxDyn(&shape))
                .ok_or_else(|| Error::value(format!("{fname}(): shape mismatch")))?
                .iter()
                .copied()
                .collect(),
        });
    }
    let row = |i: usize| -> [f64; N] { std::array::from_fn(|k| cols[k][i]) };
    for i in 0..n {
        check(&row(i))?;
    }
    let data: Vec<f64> = (0..n).map(|i| draw(rng, &row(i))).collect();
    float_array(&shape, data)
}

pub(crate) fn uniform(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [low, high, size] = args.bind("uniform", ["low", "high", "size"], 0)?;
    let p = [
        param(&low, 0.0, "uniform(low=)")?,
        param(&high, 1.0, "uniform(high=)")?,
    ];
    cont(
        cx,
        "uniform",
        &size,
        p,
        |[lo, hi]| {
            if (hi - lo).is_finite() {
                Ok(())
            } else {
                Err(Error::new(
                    crate::error::ErrorKind::Overflow,
                    "uniform(): Range exceeds valid bounds",
                ))
            }
        },
        |r, [lo, hi]| lo + (hi - lo) * r.uniform(),
    )
}

fn nonneg_scale(fname: &'static str) -> impl Fn(&[f64]) -> Result<()> {
    move |p: &[f64]| {
        if p[p.len() - 1] < 0.0 {
            Err(Error::value(format!("{fname}(): scale < 0")))
        } else {
            Ok(())
        }
    }
}

pub(crate) fn normal(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [loc, scale, size] = args.bind("normal", ["loc", "scale", "size"], 0)?;
    let p = [
        param(&loc, 0.0, "normal(loc=)")?,
        param(&scale, 1.0, "normal(scale=)")?,
    ];
    let ok = nonneg_scale("normal");
    cont(
        cx,
        "normal",
        &size,
        p,
        |v| ok(v),
        |r, [m, s]| m + s * r.normal(),
    )
}

pub(crate) fn exponential(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [scale, size] = args.bind("exponential", ["scale", "size"], 0)?;
    let p = [param(&scale, 1.0, "exponential(scale=)")?];
    let ok = nonneg_scale("exponential");
    cont(
        cx,
        "exponential",
        &size,
        p,
        |v| ok(v),
        |r, [s]| s * -(1.0 - r.uniform()).ln(),
    )
}

pub(crate) fn randint(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [low, high, size, dtype] = args.bind("randint", ["low", "high", "size", "dtype"], 1)?;
    let dt = match &dtype {
        Value::None => DType::Int64,
        d => crate::value::convert::to_dtype(d, "randint(dtype=)")?,
    };
    if dt.is_float() {
        return Err(Error::type_error(format!(
            "randint(): Unsupported dtype dtype('{dt}') for randint"
        )));
    }
    let (lo, hi) = match high {
        Value::None => (0, to_i64(&low, "randint(low=)")?),
        h => (
            to_i64(&low, "randint(low=)")?,
            to_i64(&h, "randint(high=)")?,
        ),
    };
    if hi <= lo {
        return Err(Error::value(if lo == 0 {
            "randint(): high <= 0".to_string()
        } else {
            format!("randint(): low >= high ({lo} >= {hi})")
        }));
    }
    if let Some((min, max)) = dt.int_range() {
        if (lo as i128) < min {
            return Err(Error::value(format!(
                "randint(): low is out of bounds for {dt}"
            )));
        }
        if (hi as i128) > max + 1 {
            return Err(Error::value(format!(
                "randint(): high is out of bounds for {dt}"
            )));
        }
    }
    let span = (hi as i128 - lo as i128 - 1) as u64;
    if dt.itemsize() <= 2 {
        // NumPy's 8- and 16-bit (and bool) draws share one 32-bit word.
        let shape = size_shape(&size, "randint")?;
        let n = match &shape {
            Some(s) => check_shape("randint", s, 1)?,
            None => 1,
        };
        let rng = cx.extensions().get::<Rng>();
        let data: Vec<i64> = buffered_bounded(rng, span, dt, n)
            .into_iter()
            .map(|v| (lo as i128 + v as i128) as i64)
            .collect();
        let out = NdArray::Int(
            ArrayD::from_shape_vec(IxDyn(shape.as_deref().unwrap_or(&[])), data)
                .map_err(|e| Error::value(e.to_string()))?,
        )
        .into_dtype(dt);
        return Ok(Value::from_array(out));
    }
    let draw = |r: &mut Rng| (lo as i128 + r.interval(span) as i128) as i64;
    if dt != DType::Int64 {
        let shape = size_shape(&size, "randint")?;
        let n = match &shape {
            Some(s) => check_shape("randint", s, 8)?,
            None => 1,
        };
        let rng = cx.extensions().get::<Rng>();
        let data: Vec<i64> = (0..n).map(|_| draw(rng)).collect();
        let out = NdArray::Int(
            ArrayD::from_shape_vec(IxDyn(shape.as_deref().unwrap_or(&[])), data)
                .map_err(|e| Error::value(e.to_string()))?,
        )
        .into_dtype(dt);
        return Ok(Value::from_array(out));
    }
    match size_shape(&size, "randint")? {
        None => Ok(Value::Int(draw(cx.extensions().get::<Rng>()))),
        Some(shape) => {
            let n = check_shape("randint", &shape, 8)?;
            let rng = cx.extensions().get::<Rng>();
            let data: Vec<i64> = (0..n).map(|_| draw(rng)).collect();
            Ok(Value::array(NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&shape), data)
                    .map_err(|e| Error::value(e.to_string()))?,
            )))
        }
    }
}

/// NumPy's bounded draws for bool and the 8- and 16-bit dtypes: values in
/// [0, span] by masked rejection on bytes (or half-words, or bits) taken
/// from one 32-bit word at a time, low part first.
fn buffered_bounded(rng: &mut Rng, span: u64, dt: DType, n: usize) -> Vec<u64> {
    let bits: u32 = match dt.itemsize() {
        1 if dt == DType::Bool => 1,
        1 => 8,
        _ => 16,
    };
    let per_word = 32 / bits;
    let full: u64 = (1u64 << bits) - 1;
    let mut mask = span;
    for s in [1, 2, 4, 8] {
        mask |= mask >> s;
    }
    let (mut buf, mut left) = (0u32, 0u32);
    let mut next = |rng: &mut Rng| -> u64 {
        if left == 0 {
            buf = rng.next_u32();
            left = per_word - 1;
        } else {
            buf >>= bits;
            left -= 1;
        }
        buf as u64 & full
    };
    (0..n)
        .map(|_| {
            if span == 0 {
                0
            } else if span == full {
                next(rng)
            } else {
                loop {
                    let v = next(rng) & mask;
                    if v <= span {
                        break v;
                    }
                }
            }
        })
        .collect()
}

/// NumPy's legacy shuffle order of 0..n: i from n-1 down to 1 swaps with
/// a uniform j in [0, i].
fn perm_indices(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rng.interval(i as u64) as usize;
        idx.swap(i, j);
    }
    idx
}

fn arange_of(n: i64, fname: &str) -> Result<NdArray> {
    if n < 0 {
        return Err(Error::value(format!("{fname}(): n must be non-negative")));
    }
    check(fname, n as usize, 8)?;
    Ok(NdArray::Int(
        ArrayD::from_shape_vec(IxDyn(&[n as usize]), (0..n).collect())
            .map_err(|e| Error::value(e.to_string()))?,
    ))
}

fn permuted(cx: &mut dyn Context, x: &Value, fname: &str) -> Result<NdArray> {
    let arr = match x {
        Value::Int(n) => arange_of(*n, fname)?,
        other => crate::value::convert::to_array(other, &format!("{fname}()"))?.into_owned(),
    };
    if arr.ndim() == 0 {
        return Err(Error::index(format!(
            "{fname}(): x must be an integer or at least 1-dimensional"
        )));
    }
    // The permutation of the rows is made even when they are empty.
    check(fname, arr.shape()[0], std::mem::size_of::<usize>())?;
    let idx = perm_indices(cx.extensions().get::<Rng>(), arr.shape()[0]);
    Ok(crate::map_array!(&arr, a => a.select(ndarray::Axis(0), &idx)))
}

pub(crate) fn permutation(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("permutation", ["x"], 1)?;
    permuted(cx, &x, "permutation").map(Value::array)
}

/// Returns the shuffled array; the evaluator stores it back into the
/// variable passed in, which is how `shuffle(a)` works in place. A list
/// is shuffled in place.
pub(crate) fn shuffle(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("shuffle", ["x"], 1)?;
    match &x {
        Value::List(l) => {
            let n = l.borrow().len();
            let idx = perm_indices(cx.extensions().get::<Rng>(), n);
            let old = l.borrow().clone();
            *l.borrow_mut() = idx.into_iter().map(|i| old[i].clone()).collect();
            Ok(x.clone())
        }
        Value::Array(_) => permuted(cx, &x, "shuffle").map(Value::array),
        _ => Err(Error::type_error(format!(
            "shuffle() takes an array or list variable, not {}",
            x.type_name()
        ))),
    }
}

/// NumPy's pairwise-free (Kahan) sum of the probabilities, as choice
/// checks them.
fn kahan_sum(xs: &[f64]) -> f64 {
    let (mut s, mut c) = (0.0, 0.0);
    for &x in xs {
        let y = x - c;
        let t = s + y;
        c = (t - s) - y;
        s = t;
    }
    s
}

/// The normalized running sum of `p`, as choice searches it.
pub(crate) fn cdf_of(p: &[f64]) -> Vec<f64> {
    let mut acc = 0.0;
    let mut cdf: Vec<f64> = p
        .iter()
        .map(|&x| {
            acc += x;
            acc
        })
        .collect();
    let last = cdf.last().copied().unwrap_or(1.0);
    for c in &mut cdf {
        *c /= last;
    }
    cdf
}

pub(crate) fn search_right(cdf: &[f64], u: f64) -> usize {
    cdf.partition_point(|&c| c <= u)
}

pub(crate) fn choice_weights(p: &Value, n: usize) -> Result<Option<Vec<f64>>> {
    if let Value::None = p {
        return Ok(None);
    }
    let arr = crate::value::convert::to_array(p, "choice(p=)")?;
    if arr.ndim() != 1 {
        return Err(Error::value("choice(): 'p' must be 1-dimensional"));
    }
    let w: Vec<f64> = arr.to_f64().iter().copied().collect();
    if w.len() != n {
        return Err(Error::value(format!(
            "choice(): 'a' and 'p' must have same size ({n} and {})",
            w.len()
        )));
    }
    if w.iter().any(|x| x.is_nan()) {
        return Err(Error::value("choice(): probabilities contain NaN"));
    }
    if w.iter().any(|&x| x < 0.0) {
        return Err(Error::value("choice(): probabilities are not non-negative"));
    }
    if (kahan_sum(&w) - 1.0).abs() > f64::EPSILON.sqrt() {
        return Err(Error::value("choice(): probabilities do not sum to 1"));
    }
    Ok(Some(w))
}

/// Indices drawn without replacement with weights, as NumPy's legacy
/// choice draws them (rounds of uniforms, repeats dropped, the chosen
/// weights zeroed).
fn weighted_distinct(rng: &mut Rng, mut p: Vec<f64>, count: usize) -> Vec<usize> {
    let mut found: Vec<usize> = Vec::with_capacity(count);
    while found.len() < count {
        let xs: Vec<f64> = (0..count - found.len()).map(|_| rng.uniform()).collect();
        for &k in &found {
            p[k] = 0.0;
        }
        let cdf = cdf_of(&p);
        let mut seen = std::collections::HashSet::new();
        for u in xs {
            let k = search_right(&cdf, u).min(p.len() - 1);
            if seen.insert(k) {
                found.push(k);
            }
        }
    }
    found
}

pub(crate) fn choice(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, size, replace, p] = args.bind("choice", ["a", "size", "replace", "p"], 1)?;
    let pool = match &a {
        Value::Int(n) => arange_of((*n).max(0), "choice")?,
        other => crate::value::convert::to_array(other, "choice()")?.into_owned(),
    };
    if pool.ndim() != 1 {
        return Err(Error::value(format!(
            "choice(): 'a' must be 1-dimensional, not of shape {}",
            crate::array::format::shape_str(pool.shape())
        )));
    }
    let n = pool.len();
    let replace = super::opt_bool(&replace, "choice", "replace", true)?;
    let weights = choice_weights(&p, n)?;
    let shape = size_shape(&size, "choice")?;
    let count = match &shape {
        None => 1,
        Some(s) => check_shape("choice", s, pool.dtype().itemsize())?,
    };
    if n == 0 && count > 0 {
        return Err(Error::value(match a {
            Value::Int(_) => "choice(): a must be greater than 0 unless no samples are taken",
            _ => "choice(): 'a' cannot be empty unless no samples are taken",
        }));
    }
    let rng = cx.extensions().get::<Rng>();
    let picks: Vec<usize> = match (replace, weights) {
        (true, None) => (0..count)
            .map(|_| rng.interval(n as u64 - 1) as usize)
            .collect(),
        (true, Some(w)) => {
            let cdf = cdf_of(&w);
            let us: Vec<f64> = (0..count).map(|_| rng.uniform()).collect();
            us.into_iter()
                .map(|u| search_right(&cdf, u).min(n - 1))
                .collect()
        }
        (false, w) => {
            if count > n {
                return Err(Error::value(
                    "choice(): Cannot take a larger sample than population when 'replace=False'",
                ));
            }
            match w {
                None => perm_indices(rng, n).into_iter().take(count).collect(),
                Some(w) => {
                    if w.iter().filter(|&&x| x > 0.0).count() < count {
                        return Err(Error::value(
                            "choice(): Fewer non-zero entries in p than size",
                        ));
                    }
                    weighted_distinct(rng, w, count)
                }
            }
        }
    };
    let flat = crate::map_array!(&pool, x => x.select(ndarray::Axis(0), &picks));
    match shape {
        None => Ok(flat.get_flat(0).map(Value::from).unwrap_or(Value::None)),
        Some(s) => {
            let dims: Vec<i64> = s.iter().map(|&d| d as i64).collect();
            crate::builtins::shape::reshape_to(&flat, &dims).map(Value::from_array)
        }
    }
}
