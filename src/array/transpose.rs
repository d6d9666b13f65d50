//! Transposes.

use super::nd::NdArray;
use crate::map_array;

/// The transpose with all axes reversed (`a.T`), as a contiguous copy.
pub fn transpose_all(a: &NdArray) -> NdArray {
    map_array!(a, x => x.t().as_standard_layout().into_owned())
}
