//! arr's NumPy engine: n-dimensional arrays of each dtype, broadcasting,
//! dtype promotion, element-wise kernels, indexing, matrix products,
//! transposes and NumPy's printing. It knows nothing of the interpreter or
//! of `Value`: the value layer (`crate::value`) wraps it.

pub mod alloc;
pub mod broadcast;
pub mod format;
pub mod index;
pub mod kernels;
pub mod matmul;
pub mod nd;
pub mod ops;
pub mod transpose;

pub use nd::{check_ndim, DType, Element, NdArray, Picked, Scalar, MAX_NDIM};
