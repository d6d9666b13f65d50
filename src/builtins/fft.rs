//! `numpy.fft` on rustfft: `fft ifft rfft irfft hfft ihfft`, their 2-d and
//! n-d forms, `fftfreq rfftfreq fftshift ifftshift`, with NumPy's `n=`/`s=`
//! (cropping or zero-padding), `axis=`/`axes=` and `norm=` ("backward",
//! "ortho", "forward"). float32 and complex64 input gives complex64, as in
//! NumPy 2.

use super::complex::{to_complex, value, C};
use super::{Args, Context, Registry};
use crate::array::NdArray;
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::{norm_axis, to_f64, to_i64};
use crate::value::Value;
use ndarray::{ArrayD, Axis, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("fft", fft, "fft(a, n=none, axis=-1, norm=none)\n\nThe discrete Fourier transform along an axis (n crops or zero-pads it).\n\n>>> fft([1, 2, 3, 4])\narray([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])");
    r.add("ifft", ifft, "ifft(a, n=none, axis=-1, norm=none)\n\nThe inverse discrete Fourier transform along an axis.\n\n>>> ifft([10, -2+2j, -2, -2-2j])\narray([1.+0.j, 2.+0.j, 3.+0.j, 4.+0.j])");
    r.add("rfft", rfft, "rfft(a, n=none, axis=-1, norm=none)\n\nThe Fourier transform of real input: the n//2 + 1 non-negative frequency terms.\n\n>>> rfft([1, 2, 3, 4])\narray([10.+0.j, -2.+2.j, -2.+0.j])");
    r.add("irfft", irfft, "irfft(a, n=none, axis=-1, norm=none)\n\nThe inverse of rfft: real output of length n (2*(m-1) by default).\n\n>>> irfft([10, -2+2j, -2])\narray([1., 2., 3., 4.])");
    r.add("hfft", hfft, "hfft(a, n=none, axis=-1, norm=none)\n\nThe FFT of a signal with Hermitian symmetry given by its first half: real output.\n\n>>> hfft([1, 2, 3])\narray([ 8., -2.,  0., -2.])");
    r.add("ihfft", ihfft, "ihfft(a, n=none, axis=-1, norm=none)\n\nThe inverse of hfft: the first half of the spectrum of real input.\n\n>>> ihfft([8, -2, 0, -2])\narray([1.-0.j, 2.-0.j, 3.-0.j])");
    r.add("fft2", fft2, "fft2(a, s=none, axes=(-2, -1), norm=none)\n\nThe 2-d discrete Fourier transform.\n\n>>> fft2([[1, 2], [3, 4]])\narray([[10.+0.j, -2.+0.j],\n       [-4.+0.j,  0.+0.j]])");
    r.add("ifft2", ifft2, "ifft2(a, s=none, axes=(-2, -1), norm=none)\n\nThe inverse 2-d discrete Fourier transform.\n\n>>> ifft2([[10, -2], [-4, 0]]).real\narray([[1., 2.],\n       [3., 4.]])");
    r.add("fftn", fftn, "fftn(a, s=none, axes=none, norm=none)\n\nThe n-d discrete Fourier transform (over every axis by default).\n\n>>> fftn([[1, 2], [3, 4]])\narray([[10.+0.j, -2.+0.j],\n       [-4.+0.j,  0.+0.j]])");
    r.add("ifftn", ifftn, "ifftn(a, s=none, axes=none, norm=none)\n\nThe inverse n-d discrete Fourier transform.\n\n>>> ifftn([[10, -2], [-4, 0]]).real\narray([[1., 2.],\n       [3., 4.]])");
    r.add("rfft2", rfft2, "rfft2(a, s=none, axes=(-2, -1), norm=none)\n\nThe 2-d Fourier transform of real input (the last axis halved).\n\n>>> rfft2([[1, 2], [3, 4]])\narray([[10.+0.j, -2.+0.j],\n       [-4.+0.j,  0.+0.j]])");
    r.add("irfft2", irfft2, "irfft2(a, s=none, axes=(-2, -1), norm=none)\n\nThe inverse of rfft2.\n\n>>> irfft2([[10, -2], [-4, 0]])\narray([[1., 2.],\n       [3., 4.]])");
    r.add("rfftn", rfftn, "rfftn(a, s=none, axes=none, norm=none)\n\nThe n-d Fourier transform of real input (the last axis halved).\n\n>>> rfftn([[1, 2], [3, 4]])\narray([[10.+0.j, -2.+0.j],\n       [-4.+0.j,  0.+0.j]])");
    r.add("irfftn", irfftn, "irfftn(a, s=none, axes=none, norm=none)\n\nThe inverse of rfftn.\n\n>>> irfftn([[10, -2], [-4, 0]])\narray([[1., 2.],\n       [3., 4.]])");
    r.add("fftfreq", fftfreq, "fftfreq(n, d=1.0)\n\nThe sample frequencies of an n-point FFT with sample spacing d.\n\n>>> fftfreq(4, 0.5)\narray([ 0. ,  0.5, -1. , -0.5])");
    r.add("rfftfreq", rfftfreq, "rfftfreq(n, d=1.0)\n\nThe sample frequencies of rfft's output.\n\n>>> rfftfreq(5)\narray([0. , 0.2, 0.4])");
    r.add("fftshift", fftshift, "fftshift(x, axes=none)\n\nRolls the zero frequency to the centre (every axis by default).\n\n>>> fftshift([0, 1, 2, -2, -1])\narray([-2, -1,  0,  1,  2])");
    r.add("ifftshift", ifftshift, "ifftshift(x, axes=none)\n\nThe inverse of fftshift.\n\n>>> ifftshift([-2, -1, 0, 1, 2])\narray([ 0,  1,  2, -2, -1])");
}

#[derive(Clone, Copy, PartialEq)]
enum Norm {
    Backward,
    Ortho,
    Forward,
}

fn norm_of(v: &Value, what: &str) -> Result<Norm> {
    match v {
        Value::None => Ok(Norm::Backward),
        Value::Str(s) => match &**s {
            "backward" => Ok(Norm::Backward),
            "ortho" => Ok(Norm::Ortho),
            "forward" => Ok(Norm::Forward),
            other => Err(Error::value(format!(
                "{what}: Invalid norm value {other}; should be \"backward\",\"ortho\" or \"forward\"."
            ))),
        },
        other => Err(Error::type_error(format!(
            "{what}: norm= is a string, not {}",
            other.type_name()
        ))),
    }
}

/// The scale of a transform of length `n`.
fn scale(norm: Norm, n: usize, inverse: bool) -> f64 {
    match (norm, inverse) {
        (Norm::Ortho, _) => 1.0 / (n as f64).sqrt(),
        (Norm::Backward, true) | (Norm::Forward, false) => 1.0 / n as f64,
        _ => 1.0,
    }
}

fn points(v: &Value, what: &str) -> Result<Option<usize>> {
    match v {
        Value::None => Ok(None),
        v => {
            let n = to_i64(v, what)?;
            if n < 1 {
                return Err(Error::value(format!(
                    "{what}: Invalid number of FFT data points ({n}) specified."
                )));
            }
            crate::array::alloc::check(what, n as usize, 16)?;
            Ok(Some(n as usize))
        }
    }
}

/// `n` when a transform of that many points can be made.
fn nonzero(n: usize, what: &str) -> Result<usize> {
    if n == 0 {
        return Err(Error::value(format!(
            "{what}(): Invalid number of FFT data points (0) specified."
        )));
    }
    Ok(n)
}

/// `a` cropped or zero-padded to `n` along `axis`.
fn fit(a: ArrayD<C>, axis: usize, n: usize) -> Result<ArrayD<C>> {
    let m = a.shape()[axis];
    if m == n {
        return Ok(a);
    }
    let mut shape = a.shape().to_vec();
    shape[axis] = n;
    let total = shape.iter().try_fold(1usize, |t, &d| t.checked_mul(d));
    crate::array::alloc::check("fft()", total.unwrap_or(usize::MAX), 16)?;
    let mut out = ArrayD::from_elem(IxDyn(&shape), C::new(0.0, 0.0));
    let k = m.min(n);
    out.slice_axis_mut(Axis(axis), (0..k).into())
        .assign(&a.slice_axis(Axis(axis), (0..k).into()));
    Ok(out)
}

/// A complex FFT of every lane along `axis`, scaled.
fn transform(a: &mut ArrayD<C>, axis: usize, inverse: bool, factor: f64) {
    let n = a.shape()[axis];
    // No lanes, nothing to plan (a plan's tables are as long as n).
    if n == 0 || a.is_empty() {
        return;
    }
    let mut planner = rustfft::FftPlanner::<f64>::new();
    let plan = if inverse {
        planner.plan_fft_inverse(n)
    } else {
        planner.plan_fft_forward(n)
    };
    // The last axis of a standard-layout array: its lanes are consecutive
    // chunks, transformed in place in one call.
    if axis + 1 == a.ndim() {
        if let Some(data) = a.as_slice_mut() {
            plan.process(data);
            if factor != 1.0 {
                data.iter_mut().for_each(|v| *v *= factor);
            }
            return;
        }
    }
    let mut buf = vec![C::new(0.0, 0.0); n];
    for mut lane in a.lanes_mut(Axis(axis)) {
        for (b, v) in buf.iter_mut().zip(lane.iter()) {
            *b = *v;
        }
        plan.process(&mut buf);
        for (v, b) in lane.iter_mut().zip(buf.iter()) {
            *v = if factor == 1.0 { *b } else { *b * factor };
        }
    }
}

struct One {
    a: ArrayD<C>,
    single: bool,
    n: Option<usize>,
    axis: usize,
    norm: Norm,
}

fn one_axis(args: Args, what: &str) -> Result<One> {
    let [a, n, axis, norm] = args.bind(what, ["a", "n", "axis", "norm"], 1)?;
    let w = format!("{what}()");
    let (a, single) = to_complex(&a, &w)?;
    if a.ndim() == 0 {
        return Err(Error::value(format!(
            "{w}: the input must have at least one dimension"
        )));
    }
    let axis = match axis {
        Value::None => a.ndim() - 1,
        v => norm_axis(to_i64(&v, &w)?, a.ndim(), &w)?,
    };
    Ok(One {
        n: points(&n, &w)?,
        norm: norm_of(&norm, &w)?,
        a,
        single,
        axis,
    })
}

fn complex_1d(args: Args, what: &str, inverse: bool) -> Result<Value> {
    let o = one_axis(args, what)?;
    let n = o.n.unwrap_or(o.a.shape()[o.axis]);
    nonzero(n, what)?;
    let mut a = fit(o.a, o.axis, n)?;
    transform(&mut a, o.axis, inverse, scale(o.norm, n, inverse));
    Ok(value(a, o.single))
}

fn fft(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_1d(args, "fft", false)
}

fn ifft(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_1d(args, "ifft", true)
}

/// The real-input transform: the first n//2 + 1 terms.
fn real_forward(a: &ArrayD<C>, axis: usize, n: usize, norm: Norm) -> Result<ArrayD<C>> {
    if n % 2 == 0 && n >= 2 && axis + 1 == a.ndim() && a.shape()[axis] == n {
        if let Some(x) = a.as_slice() {
            return Ok(real_forward_even(x, a.shape(), n, scale(norm, n, false)));
        }
    }
    let real = a.mapv(|c| C::new(c.re, 0.0));
    let mut full = fit(real, axis, n)?;
    transform(&mut full, axis, false, scale(norm, n, false));
    Ok(full
        .slice_axis(Axis(axis), (0..n / 2 + 1).into())
        .to_owned())
}

/// The real transform of even length n along the last axis through one
/// complex transform of length n/2: the even and odd samples as the real
/// and imaginary parts, then untangled.
fn real_forward_even(x: &[C], shape: &[usize], n: usize, factor: f64) -> ArrayD<C> {
    let h = n / 2;
    let rows = x.len() / n;
    let mut planner = rustfft::FftPlanner::<f64>::new();
    let plan = planner.plan_fft_forward(h);
    let mut z: Vec<C> = x
        .chunks_exact(2)
        .map(|p| C::new(p[0].re, p[1].re))
        .collect();
    plan.process(&mut z);
    let mut out = Vec::with_capacity(rows * (h + 1));
    // The twiddles e^(-2 pi i k/n), exact at the quarter points and
    // symmetric (w(h-k) = -conj(w(k))), so that exact zeros stay zeros.
    let step = -2.0 * std::f64::consts::PI / n as f64;
    let mut w = vec![C::new(1.0, 0.0); h + 1];
    for k in 1..=h / 2 {
        w[k] = if 4 * k == n {
            C::new(0.0, -1.0)
        } else {
            let (s, c) = (step * k as f64).sin_cos();
            C::new(c, s)
        };
        w[h - k] = -w[k].conj();
    }
    w[h] = C::new(-1.0, 0.0);
    for r in 0..rows {
        let zr = &z[r * h..(r + 1) * h];
        for k in 0..=h {
            let a = zr[k % h];
            let b = zr[(h - k) % h].conj();
            let even = (a + b) * 0.5;
            let odd = (a - b) * C::new(0.0, -0.5);
            let v = even + w[k] * odd;
            out.push(if factor == 1.0 { v } else { v * factor });
        }
    }
    let mut sh = shape.to_vec();
    let last = sh.len() - 1;
    sh[last] = h + 1;
    ArrayD::from_shape_vec(IxDyn(&sh), out).unwrap_or_else(|_| ArrayD::zeros(IxDyn(&sh)))
}

/// The inverse of `real_forward`: the Hermitian spectrum completed, then
/// the real part of its inverse transform.
fn real_inverse(a: &ArrayD<C>, axis: usize, n: usize, norm: Norm) -> Result<ArrayD<f64>> {
    let half = n / 2 + 1;
    let part = fit(a.clone(), axis, half)?;
    let mut shape = a.shape().to_vec();
    shape[axis] = n;
    let total = shape.iter().try_fold(1usize, |t, &d| t.checked_mul(d));
    crate::array::alloc::check("irfft()", total.unwrap_or(usize::MAX), 16)?;
    let mut full = ArrayD::from_elem(IxDyn(&shape), C::new(0.0, 0.0));
    for (mut dst, src) in full
        .lanes_mut(Axis(axis))
        .into_iter()
        .zip(part.lanes(Axis(axis)))
    {
        for k in 0..half.min(n) {
            let mut v = src[k];
            // The zero (and, for even n, the Nyquist) term is real.
            if k == 0 || (n % 2 == 0 && k == n / 2) {
                v = C::new(v.re, 0.0);
            }
            dst[k] = v;
            if k > 0 && n - k != k && n - k < n {
                dst[n - k] = v.conj();
            }
        }
    }
    transform(&mut full, axis, true, scale(norm, n, true));
    Ok(full.mapv(|c| c.re))
}

fn real_value(x: ArrayD<f64>, single: bool) -> Value {
    Value::from_array(if single {
        NdArray::F32(x.mapv(|v| v as f32))
    } else {
        NdArray::F64(x)
    })
}

fn real_input(o: &One, what: &str) -> Result<()> {
    if o.a.iter().any(|c| c.im != 0.0) {
        // NumPy discards the imaginary part with a ComplexWarning.
        return Err(Error::type_error(format!(
            "{what}(): the input is complex; rfft takes real input (use fft, or pass x.real)"
        )));
    }
    Ok(())
}

fn rfft(_: &mut dyn Context, args: Args) -> Result<Value> {
    let o = one_axis(args, "rfft")?;
    real_input(&o, "rfft")?;
    let n = o.n.unwrap_or(o.a.shape()[o.axis]);
    nonzero(n, "rfft")?;
    Ok(value(real_forward(&o.a, o.axis, n, o.norm)?, o.single))
}

fn irfft(_: &mut dyn Context, args: Args) -> Result<Value> {
    let o = one_axis(args, "irfft")?;
    let n = o.n.unwrap_or(2 * o.a.shape()[o.axis].saturating_sub(1));
    nonzero(n, "irfft")?;
    Ok(real_value(real_inverse(&o.a, o.axis, n, o.norm)?, o.single))
}

fn swapped(n: Norm) -> Norm {
    match n {
        Norm::Backward => Norm::Forward,
        Norm::Forward => Norm::Backward,
        Norm::Ortho => Norm::Ortho,
    }
}

fn hfft(_: &mut dyn Context, args: Args) -> Result<Value> {
    let o = one_axis(args, "hfft")?;
    let n = o.n.unwrap_or(2 * o.a.shape()[o.axis].saturating_sub(1));
    nonzero(n, "hfft")?;
    let conj = o.a.mapv(|c| c.conj());
    Ok(real_value(
        real_inverse(&conj, o.axis, n, swapped(o.norm))?,
        o.single,
    ))
}

fn ihfft(_: &mut dyn Context, args: Args) -> Result<Value> {
    let o = one_axis(args, "ihfft")?;
    real_input(&o, "ihfft")?;
    let n = o.n.unwrap_or(o.a.shape()[o.axis]);
    nonzero(n, "ihfft")?;
    let out = real_forward(&o.a, o.axis, n, swapped(o.norm))?.mapv(|c| c.conj());
    Ok(value(out, o.single))
}

struct Many {
    a: ArrayD<C>,
    single: bool,
    axes: Vec<usize>,
    sizes: Vec<Option<usize>>,
    norm: Norm,
}

fn many_axes(args: Args, what: &str, two: bool) -> Result<Many> {
    let [a, s, axes, norm] = args.bind(what, ["a", "s", "axes", "norm"], 1)?;
    let w = format!("{what}()");
    let (a, single) = to_complex(&a, &w)?;
    let list = |v: &Value| -> Result<Vec<i64>> {
        crate::value::convert::seq_items(v)
            .ok_or_else(|| Error::type_error(format!("{w}: expected a sequence of ints")))?
            .iter()
            .map(|x| to_i64(x, &w))
            .collect()
    };
    let axes: Vec<usize> = match (&axes, &s) {
        (Value::None, Value::None) if two => vec![-2, -1],
        (Value::None, Value::None) => (0..a.ndim() as i64).collect(),
        (Value::None, s) => {
            let k = list(s)?.len() as i64;
            (-k..0).collect()
        }
        (ax, _) => list(ax)?,
    }
    .into_iter()
    .map(|ax| norm_axis(ax, a.ndim(), &w))
    .collect::<Result<_>>()?;
    let sizes = match &s {
        Value::None => vec![None; axes.len()],
        s => {
            let s = list(s)?;
            if s.len() != axes.len() {
                return Err(Error::value(format!(
                    "{w}: When given, axes and shape arguments have to be of the same length."
                )));
            }
            s.iter()
                .map(|&n| points(&Value::Int(n), &w))
                .collect::<Result<_>>()?
        }
    };
    Ok(Many {
        a,
        single,
        axes,
        sizes,
        norm: norm_of(&norm, &w)?,
    })
}

fn complex_nd(args: Args, what: &str, two: bool, inverse: bool) -> Result<Value> {
    let m = many_axes(args, what, two)?;
    let mut a = m.a;
    for (&ax, n) in m.axes.iter().zip(&m.sizes).rev() {
        let n = nonzero(n.unwrap_or(a.shape()[ax]), what)?;
        a = fit(a, ax, n)?;
        transform(&mut a, ax, inverse, scale(m.norm, n, inverse));
    }
    Ok(value(a, m.single))
}

fn fft2(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_nd(args, "fft2", true, false)
}

fn ifft2(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_nd(args, "ifft2", true, true)
}

fn fftn(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_nd(args, "fftn", false, false)
}

fn ifftn(_: &mut dyn Context, args: Args) -> Result<Value> {
    complex_nd(args, "ifftn", false, true)
}

fn real_nd(args: Args, what: &str, two: bool) -> Result<Value> {
    let m = many_axes(args, what, two)?;
    let Some((&last, rest)) = m.axes.split_last() else {
        return Err(Error::value(format!("{what}(): no axes to transform")));
    };
    let n = m
        .sizes
        .last()
        .copied()
        .flatten()
        .unwrap_or(m.a.shape()[last]);
    nonzero(n, what)?;
    let mut a = real_forward(&m.a, last, n, m.norm)?;
    for (&ax, n) in rest.iter().zip(&m.sizes).rev() {
        let n = nonzero(n.unwrap_or(a.shape()[ax]), what)?;
        a = fit(a, ax, n)?;
        transform(&mut a, ax, false, scale(m.norm, n, false));
    }
    Ok(value(a, m.single))
}

fn inverse_real_nd(args: Args, what: &str, two: bool) -> Result<Value> {
    let m = many_axes(args, what, two)?;
    let Some((&last, rest)) = m.axes.split_last() else {
        return Err(Error::value(format!("{what}(): no axes to transform")));
    };
    let mut a = m.a;
    for (&ax, n) in rest.iter().zip(&m.sizes).rev() {
        let n = nonzero(n.unwrap_or(a.shape()[ax]), what)?;
        a = fit(a, ax, n)?;
        transform(&mut a, ax, true, scale(m.norm, n, true));
    }
    let n = m
        .sizes
        .last()
        .copied()
        .flatten()
        .unwrap_or(2 * a.shape()[last].saturating_sub(1));
    nonzero(n, what)?;
    Ok(real_value(real_inverse(&a, last, n, m.norm)?, m.single))
}

fn rfft2(_: &mut dyn Context, args: Args) -> Result<Value> {
    real_nd(args, "rfft2", true)
}

fn irfft2(_: &mut dyn Context, args: Args) -> Result<Value> {
    inverse_real_nd(args, "irfft2", true)
}

fn rfftn(_: &mut dyn Context, args: Args) -> Result<Value> {
    real_nd(args, "rfftn", false)
}

fn irfftn(_: &mut dyn Context, args: Args) -> Result<Value> {
    inverse_real_nd(args, "irfftn", false)
}

fn freq_args(args: Args, what: &str) -> Result<(usize, f64)> {
    let [n, d] = args.bind(what, ["n", "d"], 1)?;
    let w = format!("{what}()");
    let n = match &n {
        Value::Int(i) if *i > 0 => *i as usize,
        Value::Int(i) => {
            return Err(Error::new(
                ErrorKind::ZeroDivision,
                format!("{w}: n must be positive, got {i}"),
            ))
        }
        other => {
            return Err(Error::value(format!(
                "{w}: n should be an integer, not {}",
                other.type_name()
            )))
        }
    };
    crate::array::alloc::check(&w, n, 8)?;
    let d = match &d {
        Value::None => 1.0,
        v => to_f64(v, &w)?,
    };
    Ok((n, d))
}

fn fftfreq(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (n, d) = freq_args(args, "fftfreq")?;
    let val = 1.0 / (n as f64 * d);
    let half = (n - 1) / 2 + 1;
    let v: Vec<f64> = (0..half as i64)
        .chain(-((n / 2) as i64)..0)
        .map(|k| k as f64 * val)
        .collect();
    Ok(Value::from_array(NdArray::F64(
        ndarray::Array1::from(v).into_dyn(),
    )))
}

fn rfftfreq(_: &mut dyn Context, args: Args) -> Result<Value> {
    let (n, d) = freq_args(args, "rfftfreq")?;
    let val = 1.0 / (n as f64 * d);
    let v: Vec<f64> = (0..=(n / 2)).map(|k| k as f64 * val).collect();
    Ok(Value::from_array(NdArray::F64(
        ndarray::Array1::from(v).into_dyn(),
    )))
}

fn shift(cx: &mut dyn Context, args: Args, what: &str, inverse: bool) -> Result<Value> {
    let [x, axes] = args.bind(what, ["x", "axes"], 1)?;
    let w = format!("{what}()");
    let a = crate::value::convert::to_array(&x, &w)?;
    let axes: Vec<usize> = match &axes {
        Value::None => (0..a.ndim()).collect(),
        Value::Int(i) => vec![norm_axis(*i, a.ndim(), &w)?],
        v => crate::value::convert::seq_items(v)
            .ok_or_else(|| Error::type_error(format!("{w}: axes is an int or a sequence of ints")))?
            .iter()
            .map(|x| norm_axis(to_i64(x, &w)?, a.ndim(), &w))
            .collect::<Result<_>>()?,
    };
    let shifts: Vec<Value> = axes
        .iter()
        .map(|&ax| {
            let n = a.shape()[ax] as i64;
            Value::Int(if inverse { -(n / 2) } else { n / 2 })
        })
        .collect();
    let roll = super::lookup("roll").ok_or_else(|| Error::internal("no builtin roll"))?;
    let axes_v: Vec<Value> = axes.iter().map(|&a| Value::Int(a as i64)).collect();
    (roll.func)(
        cx,
        Args {
            pos: vec![Value::array(a.into_owned()), Value::tuple(shifts)],
            kw: vec![("axis".into(), Value::tuple(axes_v))],
        },
    )
}

fn fftshift(cx: &mut dyn Context, args: Args) -> Result<Value> {
    shift(cx, args, "fftshift", false)
}

fn ifftshift(cx: &mut dyn Context, args: Args) -> Result<Value> {
    shift(cx, args, "ifftshift", true)
}
