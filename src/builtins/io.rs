//! Data in and out: CSV (with the csv crate) and NumPy's .npy/.npz formats
//! (with ndarray-npy), readable and writable by NumPy.

use super::{Args, Context, Registry};
use crate::error::{Error, Result};

use crate::array::format::py_float_repr;
use crate::value::convert::{to_array, to_i64, to_str};
use crate::value::{DType, NdArray, Value};
use ndarray::{ArrayD, IxDyn};
use ndarray_npy::{NpzWriter, WritableElement, WriteNpyExt};
use std::fs::File;
use std::io::{BufReader, BufWriter, Write};

pub fn register(r: &mut Registry) {
    r.add("load_csv", load_csv, "load_csv(path, delimiter=',', skiprows=0, header=false, dtype=float64)\n\nReads a CSV file of numbers into a 2-D array (1-D for a single column).\nWith header=true the first line names the columns and (data, names) is returned.\nA field that is not a number is reported with its line and column.\n\n>>> save_csv(\"/tmp/arr_doc.csv\", [[1, 2], [3, 4]]); load_csv(\"/tmp/arr_doc.csv\")\narray([[1., 2.],\n       [3., 4.]])");
    r.add("save_csv", save_csv, "save_csv(path, a, delimiter=',', header=none)\n\nWrites a 1-D or 2-D array as CSV (shortest round-trip numbers), with an optional header line.\n\n>>> save_csv(\"/tmp/arr_doc2.csv\", [1.5, 2.5], header=\"x\"); load_csv(\"/tmp/arr_doc2.csv\", skiprows=1)\narray([1.5, 2.5])");
    r.add("save", save, "save(path, a)\n\nWrites an array to a .npy file (or a dict of arrays to a .npz file) that NumPy reads.\n\n>>> save(\"/tmp/arr_doc.npy\", arange(3)); load(\"/tmp/arr_doc.npy\")\narray([0, 1, 2])");
    r.add("savez", savez, "savez(path, *arrays, **named_arrays)\n\nWrites several arrays to an .npz archive (unnamed ones as arr_0, arr_1, ...).\n\n>>> savez(\"/tmp/arr_doc.npz\", ones(2), w=zeros(1)); load(\"/tmp/arr_doc.npz\")[\"w\"]\narray([0.])");
    r.add("load", load, "load(path)\n\nReads a .npy file (an array) or an .npz file (a dict of arrays) written by NumPy or arr.\n\n>>> save(\"/tmp/arr_doc3.npy\", [[true, false]]); load(\"/tmp/arr_doc3.npy\")\narray([[ True, False]])");
}

fn io_err(what: &str, path: &str, e: impl std::fmt::Display) -> Error {
    Error::io(format!("{what}: cannot access '{path}': {e}"))
}

fn load_csv(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [path, delimiter, skiprows, header, dtype] = args.bind(
        "load_csv",
        ["path", "delimiter", "skiprows", "header", "dtype"],
        1,
    )?;
    cx.check_file_access("load_csv()")?;
    let path = to_str(&path, "load_csv(path=)")?.to_string();
    let delim = match &delimiter {
        Value::None => b',',
        v => {
            let s = to_str(v, "load_csv(delimiter=)")?;
            match s.as_bytes() {
                [b] => *b,
                _ => {
                    return Err(Error::value(
                        "load_csv(): delimiter must be a single character",
                    ))
                }
            }
        }
    };
    let skip = match skiprows {
        Value::None => 0,
        v => to_i64(&v, "load_csv(skiprows=)")?.max(0) as usize,
    };
    let header = super::opt_bool(&header, "load_csv", "header", false)?;
    let dt = super::opt_dtype(&dtype, "load_csv")?.unwrap_or(DType::Float64);
    let file = open_regular("load_csv()", &path)?;
    let mut reader = csv::ReaderBuilder::new()
        .delimiter(delim)
        .has_headers(false)
        .flexible(true)
        .trim(csv::Trim::All)
        .comment(Some(b'#'))
        .from_reader(BufReader::new(file));
    let mut names: Vec<Value> = Vec::new();
    let mut data: Vec<f64> = Vec::new();
    let mut ncols: Option<(usize, u64)> = None;
    let mut rows = 0usize;
    for (i, rec) in reader.records().enumerate() {
        let rec = rec.map_err(|e| Error::io(format!("load_csv(): {path}: {e}")))?;
        let line = rec.position().map(|p| p.line()).unwrap_or(i as u64 + 1);
        if i < skip {
            continue;
        }
        if header && names.is_empty() && rows == 0 && i == skip {
            names = rec.iter().map(Value::str).collect();
            continue;
        }
        if rec.len() == 1 && rec.get(0) == Some("") {
            continue;
        }
        match ncols {
            None => ncols = Some((rec.len(), line)),
            Some((n, first)) if n != rec.len() => {
                return Err(Error::value(format!(
                    "load_csv(): {path}: line {line} has {} fields but line {first} has {n}",
                    rec.len()
                )))
            }
            _ => {}
        }
        for (col, field) in rec.iter().enumerate() {
            let v = parse_number(field).ok_or_else(|| {
                Error::value(format!(
                    "load_csv(): {path}: could not convert '{field}' to a number at line {line}, column {}",
                    col + 1
                ))
            })?;
            data.push(v);
        }
        rows += 1;
    }
    let cols = ncols.map(|(n, _)| n).unwrap_or(0);
    cx.check_alloc("load_csv", data.len(), 8)?;
    let shape: Vec<usize> = if cols == 1 {
        vec![rows]
    } else {
        vec![rows, cols]
    };
    let arr = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&shape), data).map_err(|e| Error::shape(e.to_string()))?,
    )
    .into_dtype(dt);
    if header {
        return Ok(Value::tuple(vec![Value::array(arr), Value::list(names)]));
    }
    Ok(Value::array(arr))
}

/// Opens a regular file for reading, after checking that its size is within
/// the engine's memory limit (a device such as /dev/zero never ends, and a
/// file larger than the limit would not fit).
fn open_regular(what: &str, path: &str) -> Result<File> {
    let file = File::open(path).map_err(|e| io_err(what, path, e))?;
    let meta = file.metadata().map_err(|e| io_err(what, path, e))?;
    if !meta.is_file() {
        return Err(Error::io(format!("{what}: {path} is not a regular file")));
    }
    crate::array::alloc::check_bytes(what, usize::try_from(meta.len()).unwrap_or(usize::MAX))?;
    Ok(file)
}

/// The contents of a regular file within the memory limit.
fn read_file(what: &str, path: &str) -> Result<Vec<u8>> {
    let mut file = open_regular(what, path)?;
    let mut bytes = Vec::new();
    std::io::Read::read_to_end(&mut file, &mut bytes).map_err(|e| io_err(what, path, e))?;
    Ok(bytes)
}

pub(crate) fn parse_number(s: &str) -> Option<f64> {
    match s.to_ascii_lowercase().as_str() {
        "nan" => Some(f64::NAN),
        "inf" | "+inf" | "infinity" => Some(f64::INFINITY),
        "-inf" | "-infinity" => Some(f64::NEG_INFINITY),
        "true" => Some(1.0),
        "false" => Some(0.0),
        t => t.parse::<f64>().ok(),
    }
}

fn save_csv(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [path, a, delimiter, header] =
        args.bind("save_csv", ["path", "a", "delimiter", "header"], 2)?;
    cx.check_file_access("save_csv()")?;
    let path = to_str(&path, "save_csv(path=)")?.to_string();
    let arr = to_array(&a, "save_csv()")?;
    let delim = match &delimiter {
        Value::None => ",".to_string(),
        v => to_str(v, "save_csv(delimiter=)")?.to_string(),
    };
    let rows: Vec<Vec<String>> = match arr.ndim() {
        1 | 2 => {
            let cols = if arr.ndim() == 2 { arr.shape()[1] } else { 1 };
            let cells: Vec<String> = match &*arr {
                NdArray::F64(x) => x.iter().map(|&v| py_float_repr(v)).collect(),
                NdArray::F32(x) => x.iter().map(|&v| py_float_repr(v)).collect(),
                NdArray::Bool(x) => x.iter().map(|&v| (v as u8).to_string()).collect(),
                other => {
                    crate::with_array!(other, x => x.iter().map(|v| format!("{v:?}")).collect())
                }
            };
            cells.chunks(cols.max(1)).map(|c| c.to_vec()).collect()
        }
        n => {
            return Err(Error::value(format!(
                "save_csv(): expected a 1-D or 2-D array, got {n} dimensions"
            )))
        }
    };
    let file = File::create(&path).map_err(|e| io_err("save_csv()", &path, e))?;
    let mut w = BufWriter::new(file);
    let mut out = String::new();
    if let Value::Str(h) = &header {
        out.push_str(h);
        out.push('\n');
    }
    for r in rows {
        out.push_str(&r.join(&delim));
        out.push('\n');
    }
    w.write_all(out.as_bytes())
        .map_err(|e| io_err("save_csv()", &path, e))?;
    w.flush().map_err(|e| io_err("save_csv()", &path, e))?;
    Ok(Value::None)
}

fn write_npy_array<W: Write>(
    a: &NdArray,
    w: W,
) -> std::result::Result<(), ndarray_npy::WriteNpyError> {
    crate::with_array!(a, x => x.as_standard_layout().write_npy(w))
}

fn npy_path(p: &str) -> String {
    if p.ends_with(".npy") || p.ends_with(".npz") {
        p.to_string()
    } else {
        format!("{p}.npy")
    }
}

fn save(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [path, a] = args.bind("save", ["path", "a"], 2)?;
    cx.check_file_access("save()")?;
    let path = npy_path(to_str(&path, "save(path=)")?);
    if path.ends_with(".npz") {
        let named: Vec<(String, NdArray)> = match &a {
            Value::Dict(d) => d
                .borrow()
                .iter()
                .map(|(k, v)| {
                    Ok((
                        crate::value::format::value_str(k),
                        to_array(v, "save()")?.into_owned(),
                    ))
                })
                .collect::<Result<_>>()?,
            other => vec![("arr_0".into(), to_array(other, "save()")?.into_owned())],
        };
        return write_npz(&path, named);
    }
    let arr = to_array(&a, "save()")?;
    let file = File::create(&path).map_err(|e| io_err("save()", &path, e))?;
    write_npy_array(&arr, BufWriter::new(file)).map_err(|e| io_err("save()", &path, e))?;
    Ok(Value::None)
}

fn add_npz<W: Write + std::io::Seek, T: WritableElement + Clone>(
    w: &mut NpzWriter<W>,
    name: &str,
    x: &ArrayD<T>,
) -> std::result::Result<(), ndarray_npy::WriteNpzError> {
    w.add_array(name, &x.as_standard_layout())
}

fn write_npz(path: &str, arrays: Vec<(String, NdArray)>) -> Result<Value> {
    let file = File::create(path).map_err(|e| io_err("save()", path, e))?;
    let mut w = NpzWriter::new(file);
    for (name, a) in arrays {
        let r = crate::with_array!(&a, x => add_npz(&mut w, &name, x));
        r.map_err(|e| io_err("savez()", path, e))?;
    }
    w.finish().map_err(|e| io_err("savez()", path, e))?;
    Ok(Value::None)
}

fn savez(cx: &mut dyn Context, args: Args) -> Result<Value> {
    cx.check_file_access("savez()")?;
    let mut pos = args.pos.into_iter();
    let path = pos
        .next()
        .ok_or_else(|| Error::type_error("savez() missing required argument 'path'"))?;
    let path = to_str(&path, "savez(path=)")?.to_string();
    let path = if path.ends_with(".npz") {
        path
    } else {
        format!("{path}.npz")
    };
    let mut arrays = Vec::new();
    for (i, v) in pos.enumerate() {
        arrays.push((format!("arr_{i}"), to_array(&v, "savez()")?.into_owned()));
    }
    for (k, v) in args.kw {
        arrays.push((k.to_string(), to_array(&v, "savez()")?.into_owned()));
    }
    write_npz(&path, arrays)
}

/// Reads one .npy stream whatever its element type.
fn load(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [path] = args.bind("load", ["path"], 1)?;
    cx.check_file_access("load()")?;
    let path = to_str(&path, "load(path=)")?.to_string();
    let bytes = read_file("load()", &path)?;
    let what = format!("load(): {path}");
    if bytes.starts_with(b"PK") {
        let out = super::npy::read_npz(&bytes, &what)?
            .into_iter()
            .map(|(k, a)| (Value::str(&k), Value::array(a)))
            .collect();
        return Ok(Value::dict(out));
    }
    Ok(Value::array(super::npy::read_npy(&bytes, &what)?))
}
