//! The tables of NumPy's 256-layer normal and exponential ziggurats. The
//! layer widths are data derived from NumPy's own draws
//! (`tests/data/derive_ziggurat.py`);
//! the thresholds and heights follow from them as the ziggurat's
//! construction computes them, in double precision.

use std::sync::OnceLock;

/// The right edge of the base layer, and its reciprocal.
pub const R: f64 = 3.654_152_885_361_009;
pub const INV_R: f64 = 0.273_661_237_329_758_3;

pub struct Tables {
    pub ki: [u64; 256],
    pub wi: [f64; 256],
    pub fi: [f64; 256],
}

const NORMAL_WIDTHS: &str = include_str!("ziggurat_wi.txt");
const EXP_WIDTHS: &str = include_str!("ziggurat_we.txt");

/// The thresholds (`m` bits of magnitude) and heights (`density`) that the
/// construction derives from the widths.
fn build(widths: &str, m: f64, density: fn(f64) -> f64) -> Tables {
    let mut wi = [0.0f64; 256];
    for (w, line) in wi.iter_mut().zip(widths.lines()) {
        *w = line.trim().parse().unwrap_or(0.0);
    }
    let x = |i: usize| wi[i] * m;
    let mut ki = [0u64; 256];
    let mut fi = [0.0f64; 256];
    let r = x(255);
    ki[0] = (r / x(0) * m) as u64;
    fi[0] = 1.0;
    for i in 1..255 {
        ki[i + 1] = (x(i) / x(i + 1) * m) as u64;
        fi[i] = density(x(i));
    }
    fi[255] = density(r);
    Tables { ki, wi, fi }
}

/// The normal ziggurat (52-bit magnitudes, density exp(-x^2/2)).
pub fn tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| {
        build(NORMAL_WIDTHS, 4_503_599_627_370_496.0, |x| {
            (-0.5 * x * x).exp()
        })
    })
}

/// The exponential ziggurat (53-bit magnitudes, density exp(-x)).
pub fn exp_tables() -> &'static Tables {
    static T: OnceLock<Tables> = OnceLock::new();
    T.get_or_init(|| build(EXP_WIDTHS, 9_007_199_254_740_992.0, |x| (-x).exp()))
}

#[cfg(test)]
mod tests {
    #[test]
    fn widths_are_all_there() {
        let t = super::tables();
        assert!(t.wi.iter().all(|&w| w > 0.0));
        assert_eq!(t.ki[1], 0);
        assert!(t.ki[2] > 0);
        let e = super::exp_tables();
        assert!(e.wi.iter().all(|&w| w > 0.0));
        assert!(e.ki[2] > 0);
    }
}
