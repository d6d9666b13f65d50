//! Random numbers: a seedable generator (xoshiro256++ seeded by splitmix64).

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::array::alloc::{check, check_shape};
use crate::value::convert::{to_i64, to_shape};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};

pub struct Rng {
    s: [u64; 4],
}

impl Default for Rng {
    fn default() -> Rng {
        Rng::new(0)
    }
}

impl Rng {
    pub fn new(seed: u64) -> Rng {
        let mut z = seed;
        let mut next = || {
            z = z.wrapping_add(0x9E37_79B9_7F4A_7C15);
            let mut x = z;
            x = (x ^ (x >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
            x = (x ^ (x >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
            x ^ (x >> 31)
        };
        Rng {
            s: [next(), next(), next(), next()],
        }
    }

    pub fn next_u64(&mut self) -> u64 {
        let s = &mut self.s;
        let result = (s[0].wrapping_add(s[3])).rotate_left(23).wrapping_add(s[0]);
        let t = s[1] << 17;
        s[2] ^= s[0];
        s[3] ^= s[1];
        s[1] ^= s[2];
        s[0] ^= s[3];
        s[2] ^= t;
        s[3] = s[3].rotate_left(45);
        result
    }

    /// Uniform in [0, 1).
    pub fn uniform(&mut self) -> f64 {
        (self.next_u64() >> 11) as f64 * (1.0 / (1u64 << 53) as f64)
    }

    /// Standard normal (Box-Muller).
    pub fn normal(&mut self) -> f64 {
        loop {
            let u = self.uniform();
            if u > 0.0 {
                let v = self.uniform();
                return (-2.0 * u.ln()).sqrt() * (2.0 * std::f64::consts::PI * v).cos();
            }
        }
    }

    /// Uniform integer in [0, n).
    pub fn below(&mut self, n: u64) -> u64 {
        if n == 0 {
            return 0;
        }
        let zone = u64::MAX - (u64::MAX % n);
        loop {
            let x = self.next_u64();
            if x < zone {
                return x % n;
            }
        }
    }
}

pub fn register(r: &mut Registry) {
    r.add("seed", seed, "seed(n)\n\nSeeds the random generator so that later draws repeat.\n\n>>> seed(1); a = rand(3); seed(1); all(a == rand(3))\nTrue");
    r.add("rand", rand, "rand(*shape)\n\nUniform samples in [0, 1) of the given shape (a float without arguments).\n\n>>> rand(2, 3).shape\n(2, 3)");
    r.add("randint", randint, "randint(low, high=none, size=none)\n\nRandom integers in [low, high) (or [0, low) without high).\n\n>>> seed(0); x = randint(5, 10, size=100); all((x >= 5) & (x < 10))\nTrue");
    r.add("uniform", uniform, "uniform(low=0.0, high=1.0, size=none)\n\nUniform samples in [low, high).\n\n>>> uniform(2, 3, size=(2, 2)).shape\n(2, 2)");
    r.add("normal", normal, "normal(loc=0.0, scale=1.0, size=none)\n\nNormal samples with mean loc and standard deviation scale.\n\n>>> seed(3); abs(mean(normal(5, 2, size=20000)) - 5) < 0.1\nTrue");
    r.add("permutation", permutation, "permutation(x)\n\nA shuffled copy of x along axis 0 (of arange(x) for an int).\n\n>>> sort(permutation(5))\narray([0, 1, 2, 3, 4])");
    r.add("shuffle", shuffle, "shuffle(x)\n\nShuffles the variable x in place along axis 0 (as NumPy's shuffle).\n\n>>> a = arange(4); shuffle(a); sort(a)\narray([0, 1, 2, 3])");
    r.add("choice", choice, "choice(a, size=none, replace=true, p=none)\n\nRandom samples from an array (or arange(a) for an int), optionally weighted by p.\n\n>>> choice([7, 7, 7], size=2)\narray([7, 7])");
    r.add(
        "randn",
        randn,
        "randn(*shape)\n\nStandard normal samples of the given shape.\n\n>>> randn(4).shape\n(4,)",
    );
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

fn seed(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [n] = args.bind("seed", ["n"], 1)?;
    let n = to_i64(&n, "seed()")?;
    let ext = cx.extensions();
    *ext.get::<Rng>() = Rng::new(n as u64);
    let hooks = ext.get::<SeedHooks>().0.clone();
    for hook in hooks {
        hook(ext, n);
    }
    Ok(Value::None)
}

fn sample(cx: &mut dyn Context, args: Args, fname: &str, normal: bool) -> Result<Value> {
    let shape = shape_of_varargs(&args, fname)?;
    if args.pos.is_empty() {
        return Ok(Value::Float(if normal {
            cx.extensions().get::<Rng>().normal()
        } else {
            cx.extensions().get::<Rng>().uniform()
        }));
    }
    let n = check_shape(fname, &shape, 8)?;
    let data: Vec<f64> = (0..n)
        .map(|_| {
            if normal {
                cx.extensions().get::<Rng>().normal()
            } else {
                cx.extensions().get::<Rng>().uniform()
            }
        })
        .collect();
    Ok(Value::array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn rand(cx: &mut dyn Context, args: Args) -> Result<Value> {
    sample(cx, args, "rand", false)
}

fn randn(cx: &mut dyn Context, args: Args) -> Result<Value> {
    sample(cx, args, "randn", true)
}

fn size_shape(v: &Value, fname: &str) -> Result<Option<Vec<usize>>> {
    match v {
        Value::None => Ok(None),
        v => to_shape(v, &format!("{fname}(size=)")).map(Some),
    }
}

fn fill(
    cx: &mut dyn Context,
    what: &str,
    size: Option<Vec<usize>>,
    mut draw: impl FnMut(&mut Rng) -> f64,
) -> Result<Value> {
    match size {
        None => Ok(Value::Float(draw(cx.extensions().get::<Rng>()))),
        Some(shape) => {
            let n = check_shape(what, &shape, 8)?;
            let data: Vec<f64> = (0..n).map(|_| draw(cx.extensions().get::<Rng>())).collect();
            Ok(Value::array(NdArray::F64(
                ArrayD::from_shape_vec(IxDyn(&shape), data)
                    .map_err(|e| Error::value(e.to_string()))?,
            )))
        }
    }
}

fn randint(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [low, high, size] = args.bind("randint", ["low", "high", "size"], 1)?;
    let (lo, hi) = match high {
        Value::None => (0, to_i64(&low, "randint(low=)")?),
        h => (
            to_i64(&low, "randint(low=)")?,
            to_i64(&h, "randint(high=)")?,
        ),
    };
    if hi <= lo {
        return Err(Error::value(format!(
            "randint(): low >= high ({lo} >= {hi})"
        )));
    }
    let span = (hi as i128 - lo as i128) as u64;
    match size_shape(&size, "randint")? {
        None => Ok(Value::Int(
            lo.wrapping_add(cx.extensions().get::<Rng>().below(span) as i64),
        )),
        Some(shape) => {
            let n = check_shape("randint", &shape, 8)?;
            let data: Vec<i64> = (0..n)
                .map(|_| lo.wrapping_add(cx.extensions().get::<Rng>().below(span) as i64))
                .collect();
            Ok(Value::array(NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&shape), data)
                    .map_err(|e| Error::value(e.to_string()))?,
            )))
        }
    }
}

fn uniform(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [low, high, size] = args.bind("uniform", ["low", "high", "size"], 0)?;
    let lo = if let Value::None = low {
        0.0
    } else {
        crate::value::convert::to_f64(&low, "uniform(low=)")?
    };
    let hi = if let Value::None = high {
        1.0
    } else {
        crate::value::convert::to_f64(&high, "uniform(high=)")?
    };
    let shape = size_shape(&size, "uniform")?;
    fill(cx, "uniform", shape, |r| lo + (hi - lo) * r.uniform())
}

fn normal(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [loc, scale, size] = args.bind("normal", ["loc", "scale", "size"], 0)?;
    let m = if let Value::None = loc {
        0.0
    } else {
        crate::value::convert::to_f64(&loc, "normal(loc=)")?
    };
    let s = if let Value::None = scale {
        1.0
    } else {
        crate::value::convert::to_f64(&scale, "normal(scale=)")?
    };
    if s < 0.0 {
        return Err(Error::value("normal(): scale must be non-negative"));
    }
    let shape = size_shape(&size, "normal")?;
    fill(cx, "normal", shape, |r| m + s * r.normal())
}

/// A random permutation of 0..n (Fisher-Yates).
fn perm_indices(rng: &mut Rng, n: usize) -> Vec<usize> {
    let mut idx: Vec<usize> = (0..n).collect();
    for i in (1..n).rev() {
        let j = rng.below(i as u64 + 1) as usize;
        idx.swap(i, j);
    }
    idx
}

fn permuted(cx: &mut dyn Context, x: &Value, fname: &str) -> Result<NdArray> {
    let arr = match x {
        Value::Int(n) => {
            if *n < 0 {
                return Err(Error::value(format!("{fname}(): n must be non-negative")));
            }
            check(fname, *n as usize, 8)?;
            NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&[*n as usize]), (0..*n).collect())
                    .map_err(|e| Error::value(e.to_string()))?,
            )
        }
        other => crate::value::convert::to_array(other, &format!("{fname}()"))?.into_owned(),
    };
    if arr.ndim() == 0 {
        return Err(Error::value(format!(
            "{fname}(): x must be an integer or at least 1-dimensional"
        )));
    }
    // The permutation of the rows is made even when they are empty.
    check(fname, arr.shape()[0], std::mem::size_of::<usize>())?;
    let idx = perm_indices(cx.extensions().get::<Rng>(), arr.shape()[0]);
    Ok(crate::map_array!(&arr, a => a.select(ndarray::Axis(0), &idx)))
}

fn permutation(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("permutation", ["x"], 1)?;
    permuted(cx, &x, "permutation").map(Value::array)
}

/// Returns the shuffled array; the evaluator stores it back into the
/// variable passed in, which is how `shuffle(a)` works in place.
fn shuffle(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [x] = args.bind("shuffle", ["x"], 1)?;
    if !matches!(x, Value::Array(_) | Value::List(_)) {
        return Err(Error::type_error(format!(
            "shuffle() takes an array or list variable, not {}",
            x.type_name()
        )));
    }
    if let Value::List(l) = &x {
        // A list is shuffled in place, as Python's random.shuffle does.
        let n = l.borrow().len();
        let idx = perm_indices(cx.extensions().get::<Rng>(), n);
        let old = l.borrow().clone();
        *l.borrow_mut() = idx.into_iter().map(|i| old[i].clone()).collect();
        return Ok(x.clone());
    }
    permuted(cx, &x, "shuffle").map(Value::array)
}

fn choice(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, size, replace, p] = args.bind("choice", ["a", "size", "replace", "p"], 1)?;
    let pool = match &a {
        Value::Int(n) => {
            if *n <= 0 {
                return Err(Error::value(
                    "choice(): a must be a positive integer or a non-empty array",
                ));
            }
            check("choice", *n as usize, 8)?;
            NdArray::Int(
                ArrayD::from_shape_vec(IxDyn(&[*n as usize]), (0..*n).collect())
                    .map_err(|e| Error::value(e.to_string()))?,
            )
        }
        other => crate::value::convert::to_array(other, "choice()")?.into_owned(),
    };
    if pool.ndim() != 1 || pool.is_empty() {
        return Err(Error::value(
            "choice(): a must be 1-dimensional and non-empty",
        ));
    }
    let n = pool.len();
    let replace = super::opt_bool(&replace, "choice", "replace", true)?;
    let weights: Option<Vec<f64>> = match &p {
        Value::None => None,
        v => {
            let w: Vec<f64> = crate::value::convert::to_array(v, "choice(p=)")?
                .to_f64()
                .iter()
                .copied()
                .collect();
            if w.len() != n {
                return Err(Error::value(format!(
                    "choice(): a and p must have the same size ({n} and {})",
                    w.len()
                )));
            }
            if w.iter().any(|&x| x < 0.0 || !x.is_finite())
                || (w.iter().sum::<f64>() - 1.0).abs() > 1e-8
            {
                return Err(Error::value(
                    "choice(): probabilities must be non-negative and sum to 1",
                ));
            }
            Some(w)
        }
    };
    let shape = size_shape(&size, "choice")?;
    let count = match &shape {
        None => 1,
        Some(s) => check_shape("choice", s, pool.dtype().itemsize())?,
    };
    if !replace && count > n {
        return Err(Error::value(format!("choice(): cannot take a larger sample ({count}) than the population ({n}) without replacement")));
    }
    let mut picks = Vec::with_capacity(count);
    if replace {
        for _ in 0..count {
            picks.push(match &weights {
                None => cx.extensions().get::<Rng>().below(n as u64) as usize,
                Some(w) => {
                    let u = cx.extensions().get::<Rng>().uniform();
                    let mut acc = 0.0;
                    let mut k = n - 1;
                    for (i, &wi) in w.iter().enumerate() {
                        acc += wi;
                        if u < acc {
                            k = i;
                            break;
                        }
                    }
                    k
                }
            });
        }
    } else {
        picks = perm_indices(cx.extensions().get::<Rng>(), n)
            .into_iter()
            .take(count)
            .collect();
    }
    let flat = crate::map_array!(&pool, x => x.select(ndarray::Axis(0), &picks));
    match shape {
        None => Ok(flat.get_flat(0).map(Value::from).unwrap_or(Value::None)),
        Some(s) => {
            let dims: Vec<i64> = s.iter().map(|&d| d as i64).collect();
            crate::builtins::shape::reshape_to(&flat, &dims).map(Value::from_array)
        }
    }
}
