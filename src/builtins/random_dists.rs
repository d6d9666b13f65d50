//! More of NumPy's legacy distributions (`np.random.poisson`, `gamma`,
//! `beta`, `lognormal`, ...), drawn from the MT19937 stream with
//! RandomState's algorithms so that a seeded program draws NumPy's numbers.

use super::random::{cont_with, param, Param, Rng};
use super::{Args, Context, Registry};
use crate::error::{Error, Result};
use crate::value::Value;

pub fn register(r: &mut Registry) {
    r.add("random_poisson", poisson, "random_poisson(lam=1.0, size=None)\n\nnp.random.poisson: Poisson counts with mean lam (NumPy's legacy stream).\n\n>>> seed(0); random_poisson(5, 4)\narray([9, 5, 6, 5])");
    r.add("random_geometric", geometric, "random_geometric(p, size=None)\n\nnp.random.geometric: the number of trials to the first success.\n\n>>> seed(0); random_geometric(0.5, 4)\narray([2, 2, 2, 2])");
    r.add("random_lognormal", lognormal, "random_lognormal(mean=0.0, sigma=1.0, size=None)\n\nnp.random.lognormal: exp of normal draws.\n\n>>> seed(0); random_lognormal(0, 1, 2)\narray([5.83603919, 1.49205924])");
    r.add("random_laplace", laplace, "random_laplace(loc=0.0, scale=1.0, size=None)\n\nnp.random.laplace: double exponential draws.\n\n>>> seed(0); random_laplace(0, 1, 2)\narray([0.10272733, 0.56278358])");
    r.add("random_gumbel", gumbel, "random_gumbel(loc=0.0, scale=1.0, size=None)\n\nnp.random.gumbel: extreme value draws.\n\n>>> seed(0); random_gumbel(0, 1, 2)\narray([ 0.22831376, -0.22787694])");
    r.add("random_logistic", logistic, "random_logistic(loc=0.0, scale=1.0, size=None)\n\nnp.random.logistic.\n\n>>> seed(0); random_logistic(0, 1, 2)\narray([0.19587791, 0.92072284])");
    r.add("random_weibull", weibull, "random_weibull(a, size=None)\n\nnp.random.weibull.\n\n>>> seed(0); random_weibull(2, 2)\narray([0.89211799, 1.12068317])");
    r.add("random_pareto", pareto, "random_pareto(a, size=None)\n\nnp.random.pareto (Lomax: shifted by 1).\n\n>>> seed(0); random_pareto(3, 2)\narray([0.30381098, 0.51989855])");
    r.add("random_power", power, "random_power(a, size=None)\n\nnp.random.power: draws in [0, 1] with density a*x**(a-1).\n\n>>> seed(0); random_power(3, 2)\narray([0.81873168, 0.89428034])");
    r.add("random_rayleigh", rayleigh, "random_rayleigh(scale=1.0, size=None)\n\nnp.random.rayleigh.\n\n>>> seed(0); random_rayleigh(1, 2)\narray([1.26164536, 1.58488534])");
    r.add("random_standard_cauchy", standard_cauchy, "random_standard_cauchy(size=None)\n\nnp.random.standard_cauchy: a ratio of normals.\n\n>>> seed(0); random_standard_cauchy(2)\narray([4.40839827, 0.43676244])");
    r.add("np_random_triangular", triangular, "np_random_triangular(left, mode, right, size=None)\n\nnp.random.triangular.\n\n>>> seed(0); np_random_triangular(0, 1, 2, 2)\narray([1.05006685, 1.24526742])");
    r.add("random_standard_gamma", standard_gamma, "random_standard_gamma(shape, size=None)\n\nnp.random.standard_gamma.\n\n>>> seed(0); random_standard_gamma(2, 2)\narray([5.13882958, 2.23848091])");
    r.add("random_gamma", gamma, "random_gamma(shape, scale=1.0, size=None)\n\nnp.random.gamma.\n\n>>> seed(0); random_gamma(2, 3, 2)\narray([15.41648873,  6.71544274])");
    r.add("random_chisquare", chisquare, "random_chisquare(df, size=None)\n\nnp.random.chisquare.\n\n>>> seed(0); random_chisquare(4, 2)\narray([10.27765915,  4.47696182])");
    r.add("random_beta", beta, "random_beta(a, b, size=None)\n\nnp.random.beta.\n\n>>> seed(0); random_beta(2, 3, 2)\narray([0.60358975, 0.79868334])");
    r.add("random_standard_t", standard_t, "random_standard_t(df, size=None)\n\nnp.random.standard_t.\n\n>>> seed(0); random_standard_t(5, 2)\narray([ 1.66370595, -1.64009533])");
    r.add("random_f", f_dist, "random_f(dfnum, dfden, size=None)\n\nnp.random.f.\n\n>>> seed(0); random_f(3, 5, 2)\narray([2.54837739, 7.44491681])");
}

/// NumPy's `random_loggam`: log-gamma for the Poisson rejection test.
fn loggam(x: f64) -> f64 {
    const A: [f64; 10] = [
        8.333333333333333e-02,
        -2.777777777777778e-03,
        7.936507936507937e-04,
        -5.952380952380952e-04,
        8.417508417508418e-04,
        -1.917526917526918e-03,
        6.41025641025641e-03,
        -2.955065359477124e-02,
        1.796443723688307e-01,
        -1.39243221690590e+00,
    ];
    if x == 1.0 || x == 2.0 {
        return 0.0;
    }
    let n = if x < 7.0 { (7.0 - x) as i64 } else { 0 };
    let mut x0 = x + n as f64;
    let x2 = (1.0 / x0) * (1.0 / x0);
    let xp = 2.0 * std::f64::consts::PI;
    let mut gl0 = A[9];
    for k in (0..9).rev() {
        gl0 *= x2;
        gl0 += A[k];
    }
    let mut gl = gl0 / x0 + 0.5 * xp.ln() + (x0 - 0.5) * x0.ln() - x0;
    if x < 7.0 {
        for _ in 1..=n {
            gl -= (x0 - 1.0).ln();
            x0 -= 1.0;
        }
    }
    gl
}

fn poisson_draw(r: &mut Rng, lam: f64) -> f64 {
    if lam == 0.0 {
        return 0.0;
    }
    if lam < 10.0 {
        let enlam = (-lam).exp();
        let mut x = 0.0;
        let mut prod = 1.0;
        loop {
            prod *= r.uniform();
            if prod > enlam {
                x += 1.0;
            } else {
                return x;
            }
        }
    }
    // Hörmann's PTRS.
    let slam = lam.sqrt();
    let loglam = lam.ln();
    let b = 0.931 + 2.53 * slam;
    let a = -0.059 + 0.02483 * b;
    let invalpha = 1.1239 + 1.1328 / (b - 3.4);
    let vr = 0.9277 - 3.6224 / (b - 2.0);
    loop {
        let u = r.uniform() - 0.5;
        let v = r.uniform();
        let us = 0.5 - u.abs();
        let k = ((2.0 * a / us + b) * u + lam + 0.43).floor();
        if us >= 0.07 && v <= vr {
            return k;
        }
        if k < 0.0 || (us < 0.013 && v > us) {
            continue;
        }
        if v.ln() + invalpha.ln() - (a / (us * us) + b).ln() <= -lam + k * loglam - loggam(k + 1.0)
        {
            return k;
        }
    }
}

fn exp_draw(r: &mut Rng) -> f64 {
    -(1.0 - r.uniform()).ln()
}

fn gamma_draw(r: &mut Rng, shape: f64) -> f64 {
    if shape == 1.0 {
        return exp_draw(r);
    }
    if shape == 0.0 {
        return 0.0;
    }
    if shape < 1.0 {
        loop {
            let u = r.uniform();
            let v = exp_draw(r);
            if u <= 1.0 - shape {
                let x = u.powf(1.0 / shape);
                if x <= v {
                    return x;
                }
            } else {
                let y = -((1.0 - u) / shape).ln();
                let x = (1.0 - shape + shape * y).powf(1.0 / shape);
                if x <= v + y {
                    return x;
                }
            }
        }
    }
    let b = shape - 1.0 / 3.0;
    let c = 1.0 / (9.0 * b).sqrt();
    loop {
        let (mut x, mut v);
        loop {
            x = r.normal();
            v = 1.0 + c * x;
            // NumPy's `while (V <= 0.0)`: a NaN shape leaves with NaN.
            if v > 0.0 || v.is_nan() {
                break;
            }
        }
        v = v * v * v;
        let u = r.uniform();
        if u < 1.0 - 0.0331 * (x * x) * (x * x) {
            return b * v;
        }
        if u.ln() < 0.5 * x * x + b * (1.0 - v + v.ln()) {
            return b * v;
        }
    }
}

fn beta_draw(r: &mut Rng, a: f64, b: f64) -> f64 {
    if a <= 1.0 && b <= 1.0 {
        // Johnk's algorithm.
        loop {
            let u = r.uniform();
            let v = r.uniform();
            let x = u.powf(1.0 / a);
            let y = v.powf(1.0 / b);
            if x + y <= 1.0 {
                if x + y > 0.0 {
                    return x / (x + y);
                }
                let mut lx = u.ln() / a;
                let mut ly = v.ln() / b;
                let m = lx.max(ly);
                lx -= m;
                ly -= m;
                return (lx - (lx.exp() + ly.exp()).ln()).exp();
            }
        }
    }
    let ga = gamma_draw(r, a);
    let gb = gamma_draw(r, b);
    ga / (ga + gb)
}

type Draw<const N: usize> = fn(&mut Rng, &[f64; N]) -> f64;

/// A continuous distribution of the legacy stream: `names` are the
/// parameters with their defaults (`None`: required), `check` names the
/// first invalid one.
fn dist<const N: usize>(
    cx: &mut dyn Context,
    args: Args,
    fname: &'static str,
    names: [(&str, Option<f64>); N],
    check: fn(&[f64; N]) -> Option<&'static str>,
    draw: Draw<N>,
    discrete: bool,
) -> Result<Value> {
    let mut params: Vec<Param> = Vec::with_capacity(N);
    let mut pos = args.pos.into_iter();
    let mut kw = args.kw;
    let mut size = Value::None;
    for (name, default) in names {
        let v = match pos.next() {
            Some(v) => v,
            None => match kw.iter().position(|(k, _)| &**k == name) {
                Some(i) => kw.remove(i).1,
                None => match default {
                    Some(_) => Value::None,
                    None => {
                        return Err(Error::type_error(format!(
                            "{fname}() missing required argument '{name}'"
                        )))
                    }
                },
            },
        };
        params.push(param(
            &v,
            default.unwrap_or(0.0),
            &format!("{fname}({name}=)"),
        )?);
    }
    if let Some(v) = pos.next() {
        size = v;
    }
    if let Some(i) = kw.iter().position(|(k, _)| &**k == "size") {
        size = kw.remove(i).1;
    }
    if pos.next().is_some() {
        return Err(Error::type_error(format!(
            "{fname}() takes at most {} arguments",
            N + 1
        )));
    }
    if let Some((k, _)) = kw.first() {
        return Err(Error::type_error(format!(
            "{fname}() got an unexpected keyword argument '{k}'"
        )));
    }
    let params: [Param; N] = params
        .try_into()
        .map_err(|_| Error::internal("distribution parameters"))?;
    let out = cont_with(
        cx.extensions().get::<Rng>(),
        fname,
        &size,
        params,
        |p| match check(p) {
            Some(msg) => Err(Error::value(format!("{fname}(): {msg}"))),
            None => Ok(()),
        },
        draw,
    )?;
    if !discrete {
        return Ok(out);
    }
    Ok(match &out {
        Value::Float(x) => Value::Int(*x as i64),
        Value::Array(a) => Value::array(a.astype(crate::array::DType::Int64)),
        _ => out,
    })
}

pub(crate) fn poisson(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "poisson",
        [("lam", Some(1.0))],
        |p| {
            if p[0] < 0.0 || p[0].is_nan() {
                Some("lam < 0 or lam is NaN")
            } else if p[0] > 9.223372006484771e18 {
                Some("lam value too large")
            } else {
                None
            }
        },
        |r, p| poisson_draw(r, p[0]),
        true,
    )
}

pub(crate) fn geometric(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "geometric",
        [("p", None)],
        |p| {
            if !(p[0] > 0.0 && p[0] <= 1.0) {
                Some("p <= 0, p > 1 or p contains NaNs")
            } else {
                None
            }
        },
        |r, p| {
            let p = p[0];
            if p >= 0.3333333333333333 {
                let (mut x, mut prod) = (1.0, p);
                let mut sum = prod;
                let q = 1.0 - p;
                let u = r.uniform();
                while u > sum {
                    prod *= q;
                    sum += prod;
                    x += 1.0;
                }
                x
            } else {
                ((1.0 - r.uniform()).ln() / (1.0 - p).ln()).ceil()
            }
        },
        true,
    )
}

fn scale_ok<const N: usize>(p: &[f64; N]) -> Option<&'static str> {
    if p[N - 1] < 0.0 {
        Some("scale < 0")
    } else {
        None
    }
}

pub(crate) fn lognormal(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "lognormal",
        [("mean", Some(0.0)), ("sigma", Some(1.0))],
        |p| (p[1] < 0.0).then_some("sigma < 0"),
        |r, p| (p[0] + p[1] * r.normal()).exp(),
        false,
    )
}

pub(crate) fn laplace(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "laplace",
        [("loc", Some(0.0)), ("scale", Some(1.0))],
        scale_ok,
        |r, p| loop {
            let u = r.uniform();
            if u >= 0.5 {
                return p[0] - p[1] * (2.0 - u - u).ln();
            }
            if u > 0.0 {
                return p[0] + p[1] * (u + u).ln();
            }
        },
        false,
    )
}

pub(crate) fn gumbel(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "gumbel",
        [("loc", Some(0.0)), ("scale", Some(1.0))],
        scale_ok,
        |r, p| loop {
            let u = 1.0 - r.uniform();
            if u < 1.0 {
                return p[0] - p[1] * (-u.ln()).ln();
            }
        },
        false,
    )
}

pub(crate) fn logistic(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "logistic",
        [("loc", Some(0.0)), ("scale", Some(1.0))],
        scale_ok,
        |r, p| loop {
            let u = r.uniform();
            if u > 0.0 {
                return p[0] + p[1] * (u / (1.0 - u)).ln();
            }
        },
        false,
    )
}

fn shape_ok(p: &[f64; 1]) -> Option<&'static str> {
    (p[0] < 0.0).then_some("a < 0")
}

pub(crate) fn weibull(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "weibull",
        [("a", None)],
        shape_ok,
        |r, p| {
            if p[0] == 0.0 {
                0.0
            } else {
                exp_draw(r).powf(1.0 / p[0])
            }
        },
        false,
    )
}

pub(crate) fn pareto(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "pareto",
        [("a", None)],
        |p| (p[0] <= 0.0).then_some("a <= 0"),
        |r, p| (exp_draw(r) / p[0]).exp() - 1.0,
        false,
    )
}

pub(crate) fn power(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "power",
        [("a", None)],
        |p| (p[0] <= 0.0).then_some("a <= 0"),
        |r, p| (1.0 - (-exp_draw(r)).exp()).powf(1.0 / p[0]),
        false,
    )
}

pub(crate) fn rayleigh(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "rayleigh",
        [("scale", Some(1.0))],
        scale_ok,
        |r, p| p[0] * (-2.0 * (1.0 - r.uniform()).ln()).sqrt(),
        false,
    )
}

pub(crate) fn standard_cauchy(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "standard_cauchy",
        [],
        |_| None,
        |r, _| {
            let n = r.normal();
            n / r.normal()
        },
        false,
    )
}

pub(crate) fn triangular(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "triangular",
        [("left", None), ("mode", None), ("right", None)],
        |p| {
            if p[0] > p[1] {
                Some("left > mode")
            } else if p[1] > p[2] {
                Some("mode > right")
            } else if p[0] == p[2] {
                Some("left == right")
            } else {
                None
            }
        },
        |r, p| {
            let (left, mode, right) = (p[0], p[1], p[2]);
            let base = right - left;
            let leftbase = mode - left;
            let ratio = leftbase / base;
            let leftprod = leftbase * base;
            let rightprod = (right - mode) * base;
            let u = r.uniform();
            if u <= ratio {
                left + (u * leftprod).sqrt()
            } else {
                right - ((1.0 - u) * rightprod).sqrt()
            }
        },
        false,
    )
}

pub(crate) fn standard_gamma(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "standard_gamma",
        [("shape", None)],
        |p| (p[0] < 0.0).then_some("shape < 0"),
        |r, p| gamma_draw(r, p[0]),
        false,
    )
}

pub(crate) fn gamma(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "gamma",
        [("shape", None), ("scale", Some(1.0))],
        |p| {
            if p[0] < 0.0 {
                Some("shape < 0")
            } else {
                scale_ok(p)
            }
        },
        |r, p| p[1] * gamma_draw(r, p[0]),
        false,
    )
}

pub(crate) fn chisquare(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "chisquare",
        [("df", None)],
        |p| (p[0] <= 0.0).then_some("df <= 0"),
        |r, p| 2.0 * gamma_draw(r, p[0] / 2.0),
        false,
    )
}

pub(crate) fn beta(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "beta",
        [("a", None), ("b", None)],
        |p| {
            if p[0] <= 0.0 {
                Some("a <= 0")
            } else if p[1] <= 0.0 {
                Some("b <= 0")
            } else {
                None
            }
        },
        |r, p| beta_draw(r, p[0], p[1]),
        false,
    )
}

pub(crate) fn standard_t(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "standard_t",
        [("df", None)],
        |p| (p[0] <= 0.0).then_some("df <= 0"),
        |r, p| {
            let num = r.normal();
            let denom = gamma_draw(r, p[0] / 2.0);
            (p[0] / 2.0).sqrt() * num / denom.sqrt()
        },
        false,
    )
}

pub(crate) fn f_dist(cx: &mut dyn Context, args: Args) -> Result<Value> {
    dist(
        cx,
        args,
        "f",
        [("dfnum", None), ("dfden", None)],
        |p| {
            if p[0] <= 0.0 {
                Some("dfnum <= 0")
            } else if p[1] <= 0.0 {
                Some("dfden <= 0")
            } else {
                None
            }
        },
        |r, p| {
            let a = 2.0 * gamma_draw(r, p[0] / 2.0) * p[1];
            let b = 2.0 * gamma_draw(r, p[1] / 2.0) * p[0];
            a / b
        },
        false,
    )
}
