//! Reading `.npy` and `.npz` files safely. A file's header promises a shape
//! and an element type; nothing is allocated until that promise is checked
//! against the file itself and the engine's memory limits, so a corrupt or
//! hostile file (a huge shape, a huge header length, deeply nested header
//! text, a zip bomb) is an error, never an abort. The checked bytes are then
//! decoded by ndarray-npy.

use crate::array::alloc::{check, check_bytes};
use crate::array::NdArray;
use crate::error::{Error, Result};
use ndarray::ArrayD;
use ndarray_npy::{ReadNpyError, ReadNpyExt};
use std::io::Read;

/// NumPy's own default limit on header size (`np.load(max_header_size=)`).
const MAX_HEADER: usize = 10_000;

/// What a header promises.
struct Header {
    /// Where the data starts.
    offset: usize,
    /// Bytes of data the shape and element type call for.
    data_len: usize,
    /// Elements.
    len: usize,
}

fn bad(what: &str, why: impl std::fmt::Display) -> Error {
    Error::io(format!("{what}: not a valid .npy file: {why}"))
}

/// The value of `'key': ...` in a header dict, up to the next top-level
/// comma or the end of the dict.
fn field<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let start = header
        .find(&format!("'{key}'"))
        .or_else(|| header.find(&format!("\"{key}\"")))?;
    let rest = &header[start + key.len() + 2..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let mut depth = 0i32;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' | ']' | '}' if depth == 0 => return Some(rest[..i].trim()),
            ')' | ']' | '}' => depth -= 1,
            ',' if depth == 0 => return Some(rest[..i].trim()),
            _ => {}
        }
    }
    None
}

/// Bytes per element of a simple descriptor (`<f8`, `|b1`, `<U5`, `<c16`);
/// `None` for structured or object types, which the decoder refuses anyway.
fn itemsize(descr: &str) -> Option<usize> {
    let d = descr.trim_matches(|c| c == '\'' || c == '"');
    let d = d.trim_start_matches(['<', '>', '|', '=']);
    let kind = d.chars().next()?;
    let n: usize = d[kind.len_utf8()..].parse().ok()?;
    match kind {
        'U' => n.checked_mul(4),
        'b' | 'i' | 'u' | 'f' | 'c' | 'S' | 'V' => Some(n),
        _ => None,
    }
}

/// Parses and checks the header of a `.npy` image of `total` bytes, of which
/// `bytes` (at least the header) are at hand.
fn header(bytes: &[u8], total: usize, what: &str) -> Result<Header> {
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        return Err(bad(what, "it does not start with the .npy magic string"));
    }
    let (len, start) = match bytes[6] {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
        2 | 3 => {
            if bytes.len() < 12 {
                return Err(bad(what, "the header is truncated"));
            }
            (
                u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]) as usize,
                12,
            )
        }
        v => return Err(bad(what, format!("unknown format version {v}"))),
    };
    if len > MAX_HEADER {
        return Err(bad(
            what,
            format!("its header is {len} bytes long, more than the {MAX_HEADER} NumPy allows"),
        ));
    }
    let offset = start + len;
    if offset > bytes.len() {
        return Err(bad(
            what,
            format!("the header says it is {len} bytes long but the file ends before"),
        ));
    }
    let text = std::str::from_utf8(&bytes[start..offset])
        .map_err(|_| bad(what, "the header is not text"))?;
    // The decoder parses the header recursively; deep nesting is refused
    // here (a real header nests three levels at most).
    let mut depth = 0usize;
    for c in text.chars() {
        match c {
            '(' | '[' | '{' => {
                depth += 1;
                if depth > 8 {
                    return Err(bad(what, "the header is nested too deeply"));
                }
            }
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    let shape = field(text, "shape").ok_or_else(|| bad(what, "the header has no shape"))?;
    let dims = shape
        .trim_start_matches('(')
        .trim_end_matches(')')
        .split(',')
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(|s| s.trim_end_matches('L').parse::<usize>())
        .collect::<std::result::Result<Vec<_>, _>>()
        .map_err(|_| bad(what, format!("bad shape {shape}")))?;
    let descr = field(text, "descr").ok_or_else(|| bad(what, "the header has no descr"))?;
    let size = itemsize(descr).unwrap_or(8);
    let len = dims
        .iter()
        .try_fold(1usize, |a, &d| a.checked_mul(d))
        .ok_or_else(|| {
            Error::memory(format!(
                "{what}: an array of shape {shape} has more elements than any machine can address"
            ))
        })?;
    let data_len = len.checked_mul(size).ok_or_else(|| {
        Error::memory(format!(
            "{what}: an array of shape {shape} is larger than any machine can address"
        ))
    })?;
    let have = total - offset;
    if data_len > have {
        return Err(bad(
            what,
            format!(
                "its header promises {data_len} bytes of data (shape {shape}, {descr}) but the file holds {have}"
            ),
        ));
    }
    Ok(Header {
        offset,
        data_len,
        len,
    })
}

/// Decodes a checked `.npy` image.
fn decode(bytes: &[u8], what: &str) -> Result<NdArray> {
    macro_rules! try_type {
        ($t:ty, $conv:expr) => {
            match ArrayD::<$t>::read_npy(bytes) {
                Ok(a) => return Ok($conv(a)),
                Err(ReadNpyError::WrongDescriptor(_)) => {}
                Err(e) => return Err(bad(what, e)),
            }
        };
    }
    try_type!(f64, NdArray::F64);
    try_type!(f32, NdArray::F32);
    try_type!(i64, NdArray::Int);
    try_type!(bool, NdArray::Bool);
    try_type!(i32, |a: ArrayD<i32>| NdArray::Int(a.mapv(i64::from)));
    try_type!(i16, |a: ArrayD<i16>| NdArray::Int(a.mapv(i64::from)));
    try_type!(i8, |a: ArrayD<i8>| NdArray::Int(a.mapv(i64::from)));
    try_type!(u8, |a: ArrayD<u8>| NdArray::Int(a.mapv(i64::from)));
    try_type!(u16, |a: ArrayD<u16>| NdArray::Int(a.mapv(i64::from)));
    try_type!(u32, |a: ArrayD<u32>| NdArray::Int(a.mapv(i64::from)));
    try_type!(u64, |a: ArrayD<u64>| NdArray::Int(a.mapv(|v| v as i64)));
    Err(Error::io(format!(
        "{what}: unsupported element type (arr reads bool, integer, float32 and float64 arrays)"
    )))
}

/// Reads a `.npy` image held in memory.
pub fn read_npy(bytes: &[u8], what: &str) -> Result<NdArray> {
    let h = header(bytes, bytes.len(), what)?;
    // The decoded array: at most 8 bytes an element (small ints widen).
    check(what, h.len, 8)?;
    decode(&bytes[..h.offset + h.data_len], what)
}

/// Reads every member of a `.npz` archive held in memory, each checked
/// before it is decompressed: a member may not decompress to more than its
/// header promises, whatever the archive says.
pub fn read_npz(bytes: &[u8], what: &str) -> Result<Vec<(String, NdArray)>> {
    let mut zip = zip::ZipArchive::new(std::io::Cursor::new(bytes))
        .map_err(|e| Error::io(format!("{what}: not a valid .npz file: {e}")))?;
    let mut out = Vec::new();
    for i in 0..zip.len() {
        let mut member = zip
            .by_index(i)
            .map_err(|e| Error::io(format!("{what}: not a valid .npz file: {e}")))?;
        let name = member.name().to_string();
        let mwhat = format!("{what}: member {name}");
        // The header first: at most NumPy's header size plus the preamble.
        let mut head = Vec::new();
        (&mut member)
            .take((MAX_HEADER + 12) as u64)
            .read_to_end(&mut head)
            .map_err(|e| Error::io(format!("{mwhat}: {e}")))?;
        let declared = usize::try_from(member.size()).unwrap_or(usize::MAX);
        let probe_total = declared.max(head.len());
        let h = match header(&head, probe_total, &mwhat) {
            Ok(h) => h,
            // The archive may understate the member's size; decide by the
            // header alone, then read no more than it promises.
            Err(_) if declared < head.len() => header(&head, usize::MAX / 2, &mwhat)?,
            Err(e) => return Err(e),
        };
        check(&mwhat, h.len, 8)?;
        let total = h.offset + h.data_len;
        check_bytes(&mwhat, total)?;
        let mut image = Vec::new();
        image
            .try_reserve_exact(total)
            .map_err(|_| Error::memory(format!("{mwhat}: cannot allocate {total} bytes")))?;
        image.extend_from_slice(&head[..head.len().min(total)]);
        let rest = total.saturating_sub(image.len());
        (&mut member)
            .take(rest as u64)
            .read_to_end(&mut image)
            .map_err(|e| Error::io(format!("{mwhat}: {e}")))?;
        if image.len() < total {
            return Err(bad(
                &mwhat,
                format!(
                    "its header promises {} bytes of data but it holds {}",
                    h.data_len,
                    image.len().saturating_sub(h.offset)
                ),
            ));
        }
        let key = name.strip_suffix(".npy").unwrap_or(&name).to_string();
        out.push((key, decode(&image, &mwhat)?));
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn header_fields_and_item_sizes() {
        let h = "{'descr': '<f8', 'fortran_order': False, 'shape': (3, 4), }";
        assert_eq!(field(h, "shape"), Some("(3, 4)"));
        assert_eq!(field(h, "descr"), Some("'<f8'"));
        assert_eq!(itemsize("'<U5'"), Some(20));
        assert_eq!(itemsize("'|b1'"), Some(1));
        assert_eq!(itemsize("[('a', '<f8')]"), None);
    }
}
