//! The Mersenne Twister behind Python's `random` module, seeded as CPython
//! seeds it, so that `random.seed(42); random.randint(1, 100)` draws what
//! Python draws. The distributions are CPython's algorithms, written in arr
//! over `random()` and `getrandbits(k)` (`stdlib/py_random.arr`).

use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::value::{HostValue, Value};
use num_bigint::BigInt;
use rand_mt::Mt;
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add(
        "_py_random_mt",
        new_mt,
        "_py_random_mt(seed=None)\n\nA Mersenne Twister generator seeded as CPython's random.seed(seed) (the state of random.Random).\n\n>>> _py_random_mt(42).random()\n0.6394267984578837",
    );
}

/// MT19937 with CPython's seeding.
pub struct MtState(RefCell<Mt>);

impl std::fmt::Debug for MtState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("MtState")
    }
}

/// The 32-bit words of `|n|`, least significant first (at least one), as
/// CPython's `init_by_array` key.
fn key_of(n: &BigInt) -> Vec<u32> {
    let (_, mut words) = n.to_u32_digits();
    if words.is_empty() {
        words.push(0);
    }
    words
}

fn seeded(seed: &Value) -> Result<Mt> {
    let n = match seed {
        Value::None => {
            // Fresh entropy, as CPython's seed(None).
            let t = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map(|d| d.as_nanos())
                .unwrap_or(0);
            BigInt::from(t ^ (std::process::id() as u128) << 64)
        }
        Value::Float(f) => {
            // CPython seeds with hash(x) for a float.
            BigInt::from(crate::value::bigint::hash_f64(*f))
        }
        v => crate::value::bigint::to_big(v).ok_or_else(|| {
            Error::type_error(format!(
                "random.seed() takes an int, a float or None in arr, not {}",
                v.py_type_name()
            ))
        })?,
    };
    Ok(Mt::new_with_key(key_of(&n)))
}

fn new_mt(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [seed] = args.bind("_py_random_mt", ["seed"], 0)?;
    Ok(Value::Host(Rc::new(MtState(RefCell::new(seeded(&seed)?)))))
}

impl MtState {
    /// CPython's `random()`: 53 random bits from two draws.
    fn random(&self) -> f64 {
        let mut mt = self.0.borrow_mut();
        let a = (mt.next_u32() >> 5) as f64;
        let b = (mt.next_u32() >> 6) as f64;
        (a * 67108864.0 + b) * (1.0 / 9007199254740992.0)
    }

    /// CPython's `getrandbits(k)`: 32-bit draws, least significant first,
    /// the last one cut to the bits left.
    fn getrandbits(&self, k: i64, cx: &mut dyn Context) -> Result<Value> {
        if k < 0 {
            return Err(Error::value("number of bits must be non-negative"));
        }
        if k as u64 > crate::value::bigint::MAX_BITS {
            return Err(Error::value(format!(
                "getrandbits({k}): more bits than arr's ints hold"
            )));
        }
        let mut mt = self.0.borrow_mut();
        if k <= 32 {
            return Ok(Value::Int(if k == 0 {
                0
            } else {
                (mt.next_u32() >> (32 - k)) as i64
            }));
        }
        cx.charge(k as u64 / 32)?;
        let mut words = Vec::with_capacity((k as usize).div_ceil(32));
        let mut left = k;
        while left > 0 {
            let r = mt.next_u32();
            words.push(if left < 32 { r >> (32 - left) } else { r });
            left -= 32;
        }
        Ok(crate::value::bigint::normalize(BigInt::from_slice(
            num_bigint::Sign::Plus,
            &words,
        )))
    }
}

impl HostValue for MtState {
    fn type_name(&self) -> String {
        "MersenneTwister".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let r = match name {
            "random" => args
                .clone()
                .bind::<0>("random", [], 0)
                .map(|_| Value::Float(self.random())),
            "getrandbits" => args.clone().bind("getrandbits", ["k"], 1).and_then(|[k]| {
                let k = crate::value::convert::to_i64(&k, "getrandbits()")?;
                self.getrandbits(k, cx)
            }),
            "seed" => args.clone().bind("seed", ["a"], 0).and_then(|[a]| {
                *self.0.borrow_mut() = seeded(&a)?;
                Ok(Value::None)
            }),
            _ => return None,
        };
        Some(r)
    }

    fn attr_names(&self) -> Vec<String> {
        ["getrandbits", "random", "seed"].map(String::from).to_vec()
    }
}
