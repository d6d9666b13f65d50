//! NumPy's broadcasting of shapes.

use super::format::shape_str;
use crate::error::Error;

/// Axis `i` of `shape` left-padded with ones to `n` dimensions.
pub fn padded_dim(shape: &[usize], n: usize, i: usize) -> usize {
    let pad = n - shape.len();
    if i < pad {
        1
    } else {
        shape[i - pad]
    }
}

/// NumPy's broadcasting of two shapes.
pub fn broadcast_shapes(a: &[usize], b: &[usize]) -> Option<Vec<usize>> {
    let n = a.len().max(b.len());
    (0..n)
        .map(|i| match (padded_dim(a, n, i), padded_dim(b, n, i)) {
            (da, db) if da == db || db == 1 => Some(da),
            (1, db) => Some(db),
            _ => None,
        })
        .collect()
}

pub fn broadcast_error(what: &str, a: &[usize], b: &[usize]) -> Error {
    let n = a.len().max(b.len());
    let mut detail = String::new();
    for i in (0..n).rev() {
        let (da, db) = (padded_dim(a, n, i), padded_dim(b, n, i));
        if da != db && da != 1 && db != 1 {
            detail = format!(
                ": axis {} has {} on the left and {} on the right",
                i as i64 - n as i64,
                da,
                db
            );
            break;
        }
    }
    Error::shape(format!(
        "{what}: operands could not be broadcast together with shapes {} and {}{detail}",
        shape_str(a),
        shape_str(b)
    ))
}
