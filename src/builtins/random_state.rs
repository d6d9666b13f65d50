//! `RandomState(seed)`: a legacy NumPy generator object with its own
//! MT19937 stream, whose methods run the module's functions on it.

use super::random::{
    choice, exponential, normal, permutation, rand, randint, randn, random_sample, seeded, shuffle,
    standard_exponential, standard_normal, uniform, Rng,
};
use super::{Args, Context};
use crate::error::{Error, Result};
use crate::value::Value;

/// `np.random.RandomState(seed)`: a legacy generator of its own; its
/// methods are the module's functions run on this stream.
pub struct RandomState(std::cell::RefCell<Rng>);

impl std::fmt::Debug for RandomState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("RandomState(MT19937)")
    }
}

pub fn random_state(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [s] = args.bind("RandomState", ["seed"], 0)?;
    let (rng, _) = seeded(&s)?;
    Ok(Value::Host(std::rc::Rc::new(RandomState(
        std::cell::RefCell::new(rng),
    ))))
}

type Method = fn(&mut dyn Context, Args) -> Result<Value>;

const STATE_METHODS: &[(&str, Method)] = &[
    ("beta", super::random_dists::beta),
    ("chisquare", super::random_dists::chisquare),
    ("choice", choice),
    ("exponential", exponential),
    ("f", super::random_dists::f_dist),
    ("gamma", super::random_dists::gamma),
    ("geometric", super::random_dists::geometric),
    ("gumbel", super::random_dists::gumbel),
    ("laplace", super::random_dists::laplace),
    ("logistic", super::random_dists::logistic),
    ("lognormal", super::random_dists::lognormal),
    ("normal", normal),
    ("pareto", super::random_dists::pareto),
    ("permutation", permutation),
    ("poisson", super::random_dists::poisson),
    ("power", super::random_dists::power),
    ("rand", rand),
    ("randint", randint),
    ("randn", randn),
    ("random", random_sample),
    ("random_sample", random_sample),
    ("rayleigh", super::random_dists::rayleigh),
    ("shuffle", shuffle_list),
    ("standard_cauchy", super::random_dists::standard_cauchy),
    ("standard_exponential", standard_exponential),
    ("standard_gamma", super::random_dists::standard_gamma),
    ("standard_normal", standard_normal),
    ("standard_t", super::random_dists::standard_t),
    ("triangular", super::random_dists::triangular),
    ("uniform", uniform),
    ("weibull", super::random_dists::weibull),
];

/// A generator object's `shuffle`: lists in place; an array is a value
/// and cannot be reached from here.
fn shuffle_list(cx: &mut dyn Context, args: Args) -> Result<Value> {
    if let Some(Value::Array(_)) = args.pos.first() {
        return Err(Error::type_error(
            "RandomState.shuffle(x): arrays are values in arr and this method cannot update x; write x = rs.permutation(x), or np.random.shuffle(x) on the module's stream",
        ));
    }
    shuffle(cx, args).map(|_| Value::None)
}

impl crate::value::HostValue for RandomState {
    fn type_name(&self) -> String {
        "RandomState".into()
    }

    fn as_any(&self) -> &dyn std::any::Any {
        self
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        Ok("RandomState(MT19937)".into())
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        if name == "seed" {
            return Some(args.clone().bind("seed", ["seed"], 0).and_then(|[s]| {
                *self.0.borrow_mut() = seeded(&s)?.0;
                Ok(Value::None)
            }));
        }
        let f = STATE_METHODS.iter().find(|(n, _)| *n == name)?.1;
        // Run the module's function on this object's stream.
        std::mem::swap(cx.extensions().get::<Rng>(), &mut *self.0.borrow_mut());
        let r = f(cx, args.clone());
        std::mem::swap(cx.extensions().get::<Rng>(), &mut *self.0.borrow_mut());
        Some(r)
    }

    fn attr_names(&self) -> Vec<String> {
        let mut names: Vec<String> = STATE_METHODS.iter().map(|(n, _)| n.to_string()).collect();
        names.push("seed".into());
        names.sort();
        names
    }
}
