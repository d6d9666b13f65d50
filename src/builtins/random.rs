//! Random numbers: a seedable generator (xoshiro256++ seeded by splitmix64).

use super::{Args, Registry};
use crate::error::{Error, Result};
use crate::eval::Interp;
use crate::value::array::{check_alloc, shape_size};
use crate::value::convert::{to_i64, to_shape};
use crate::value::{NdArray, Value};
use ndarray::{ArrayD, IxDyn};

pub struct Rng {
    s: [u64; 4],
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

fn seed(it: &mut Interp, args: Args) -> Result<Value> {
    let [n] = args.bind("seed", ["n"], 1)?;
    it.rng = Rng::new(to_i64(&n, "seed()")? as u64);
    Ok(Value::None)
}

fn sample(it: &mut Interp, args: Args, fname: &str, normal: bool) -> Result<Value> {
    let shape = shape_of_varargs(&args, fname)?;
    if args.pos.is_empty() {
        return Ok(Value::Float(if normal {
            it.rng.normal()
        } else {
            it.rng.uniform()
        }));
    }
    let n = shape_size(&shape)?;
    it.check_elements(n)?;
    check_alloc(n, 8)?;
    let data: Vec<f64> = (0..n)
        .map(|_| {
            if normal {
                it.rng.normal()
            } else {
                it.rng.uniform()
            }
        })
        .collect();
    Ok(Value::array(NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::value(e.to_string()))?,
    )))
}

fn rand(it: &mut Interp, args: Args) -> Result<Value> {
    sample(it, args, "rand", false)
}

fn randn(it: &mut Interp, args: Args) -> Result<Value> {
    sample(it, args, "randn", true)
}
