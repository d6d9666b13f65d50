//! Arrays as Python values: `tolist()` and `item()`.

use crate::array::NdArray;
use crate::error::Result;
use crate::value::Value;

/// A 0-d array as the Python scalar `tolist()`/`item()` give: an int for
/// every integer dtype, a float for the float dtypes.
pub fn py_scalar(a: &NdArray) -> Value {
    match a {
        NdArray::U64(x) => match x.iter().next() {
            Some(&v) if v > i64::MAX as u64 => {
                crate::value::bigint::normalize(num_bigint::BigInt::from(v))
            }
            Some(&v) => Value::Int(v as i64),
            None => Value::None,
        },
        NdArray::Bool(x) => x.iter().next().map_or(Value::None, |&b| Value::Bool(b)),
        a if a.dtype().is_int() => Value::Int(a.to_i64().iter().next().copied().unwrap_or(0)),
        a if a.dtype().is_float() => Value::Float(a.flat_f64(0).unwrap_or(f64::NAN)),
        a => Value::array(a.clone()),
    }
}

/// `a.tolist()`: nested lists of Python numbers.
pub fn array_tolist(a: &NdArray) -> Result<Value> {
    if a.ndim() == 0 {
        return Ok(py_scalar(a));
    }
    // The lists made count too: shape (2**40, 0) has no elements but
    // 2**40 empty rows.
    let rows = a.shape()[..a.ndim() - 1]
        .iter()
        .fold(1usize, |n, &d| n.saturating_mul(d));
    crate::value::convert::check_list("tolist()", a.len().max(rows))?;
    let mut out = Vec::with_capacity(a.shape()[0]);
    for i in 0..a.shape()[0] {
        let row = crate::array::index::get_array(a, &[crate::array::index::Idx::Int(i as i64)])?;
        let item = Value::from(row);
        out.push(match &item {
            Value::Array(sub) => array_tolist(sub)?,
            _ => item,
        });
    }
    Ok(Value::list(out))
}
