//! NumPy's text files: `loadtxt`, `genfromtxt` and `savetxt`, with their
//! everyday options (delimiter, comments, skiprows/skip_header, usecols,
//! unpack, ndmin, max_rows, dtype; fmt, header, footer, newline).

use super::{Args, Context, Registry};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::{items_of, to_array, to_i64, to_str};
use crate::value::Value;
use ndarray::{ArrayD, IxDyn};

pub fn register(r: &mut Registry) {
    r.add("loadtxt", loadtxt, "loadtxt(fname, dtype=float, comments='#', delimiter=None, skiprows=0, usecols=None, unpack=False, ndmin=0, max_rows=None)\n\nReads numbers from a text file (or a list of lines): one row per line, split on delimiter (whitespace when None), comments stripped. The result is squeezed (a single row or column gives a 1-D array) unless ndmin asks for more; unpack=True gives the columns.\n\n>>> loadtxt([\"1 2\", \"3 4  # note\"])\narray([[1., 2.],\n       [3., 4.]])");
    r.add("genfromtxt", genfromtxt, "genfromtxt(fname, dtype=float, comments='#', delimiter=None, skip_header=0, skip_footer=0, usecols=None, unpack=False, ndmin=0, max_rows=None, filling_values=None)\n\nloadtxt that tolerates missing values: empty or unparsable fields become nan (or filling_values).\n\n>>> genfromtxt([\"1,,3\", \"4,5,6\"], delimiter=\",\")\narray([[ 1., nan,  3.],\n       [ 4.,  5.,  6.]])");
    r.add("savetxt", savetxt, "savetxt(fname, X, fmt='%.18e', delimiter=' ', newline='\\n', header='', footer='', comments='# ')\n\nWrites a 1-D or 2-D array to a text file, one row per line, each number formatted with fmt (one format, one per column, or a whole row format).\n\n>>> savetxt(\"/tmp/arr_doc.txt\", [[1, 2], [3, 4]], fmt=\"%d\", delimiter=\",\"); open(\"/tmp/arr_doc.txt\").read()\n'1,2\\n3,4\\n'");
}

/// The lines of a file path, or of a list of strings.
fn lines_of(cx: &mut dyn Context, f: &Value, what: &str) -> Result<Vec<String>> {
    match f {
        Value::Str(p) => {
            cx.check_file_access(what)?;
            let text = std::fs::read_to_string(&**p)
                .map_err(|e| Error::io(format!("{what}: cannot read '{p}': {e}")))?;
            Ok(text.lines().map(str::to_string).collect())
        }
        // A list of lines, an open file, an io.StringIO: what iterating gives.
        v => crate::value::convert::iter_values(v, cx)?
            .iter()
            .map(|l| to_str(l, what).map(|s| s.trim_end_matches(['\n', '\r']).to_string()))
            .collect(),
    }
}

struct Opts {
    comments: Vec<String>,
    delimiter: Option<String>,
    skip: usize,
    skip_footer: usize,
    usecols: Option<Vec<i64>>,
    max_rows: Option<usize>,
    dtype: DType,
}

fn opts(v: [&Value; 7], what: &str) -> Result<Opts> {
    let [dtype, comments, delimiter, skip, usecols, max_rows, skip_footer] = v;
    let comments = match comments {
        Value::None => Vec::new(),
        Value::Str(s) => vec![s.to_string()],
        v => items_of(v, what)?
            .iter()
            .map(|c| to_str(c, what).map(str::to_string))
            .collect::<Result<_>>()?,
    };
    let delimiter = match delimiter {
        Value::None => None,
        v => Some(to_str(v, what)?.to_string()),
    };
    let nonneg = |v: &Value, name: &str| -> Result<usize> {
        match v {
            Value::None => Ok(0),
            v => {
                let n = to_i64(v, &format!("{what}({name}=)"))?;
                usize::try_from(n).map_err(|_| {
                    Error::value(format!("{what}: {name} must be non-negative, got {n}"))
                })
            }
        }
    };
    let usecols = match usecols {
        Value::None => None,
        Value::Int(i) => Some(vec![*i]),
        v => Some(crate::value::convert::to_i64_list(
            v,
            &format!("{what}(usecols=)"),
        )?),
    };
    let max_rows = match max_rows {
        Value::None => None,
        v => Some(nonneg(v, "max_rows")?),
    };
    let dtype = super::opt_dtype(dtype, what)?.unwrap_or(DType::Float64);
    Ok(Opts {
        comments,
        delimiter,
        skip: nonneg(skip, "skiprows")?,
        skip_footer: nonneg(skip_footer, "skip_footer")?,
        usecols,
        max_rows,
        dtype,
    })
}

/// Parses the lines into rows of fields (None for a field that is missing
/// or not a number, when `lenient`).
fn parse(
    lines: &[String],
    o: &Opts,
    lenient: bool,
    what: &str,
) -> Result<(Vec<f64>, usize, usize)> {
    let mut body: Vec<&String> = lines.iter().skip(o.skip).collect();
    body.truncate(body.len().saturating_sub(o.skip_footer));
    let mut data = Vec::new();
    let mut ncols: Option<usize> = None;
    let mut rows = 0usize;
    for (k, raw) in body.iter().enumerate() {
        if o.max_rows.is_some_and(|m| rows >= m) {
            break;
        }
        let mut line = raw.as_str();
        for c in &o.comments {
            if let Some(i) = line.find(c.as_str()) {
                line = &line[..i];
            }
        }
        if line.trim().is_empty() {
            continue;
        }
        let fields: Vec<&str> = match &o.delimiter {
            None => line.split_whitespace().collect(),
            Some(d) => line.split(d.as_str()).map(str::trim).collect(),
        };
        let picked: Vec<&str> = match &o.usecols {
            None => fields,
            Some(cols) => cols
                .iter()
                .map(|&c| {
                    let n = fields.len() as i64;
                    let j = if c < 0 { c + n } else { c };
                    if j < 0 || j >= n {
                        Err(Error::value(format!(
                            "{what}: invalid column index {c} at row {} with {n} columns",
                            o.skip + k + 1
                        )))
                    } else {
                        Ok(fields[j as usize])
                    }
                })
                .collect::<Result<_>>()?,
        };
        match ncols {
            None => ncols = Some(picked.len()),
            Some(n) if n != picked.len() => {
                return Err(Error::value(format!(
                    "{what}: the number of columns changed from {n} to {} at row {}; use `usecols` to select a subset and avoid this error",
                    picked.len(),
                    o.skip + k + 1
                )))
            }
            _ => {}
        }
        for f in picked {
            let v = if o.dtype.is_int() || o.dtype == DType::Bool {
                f.parse::<i64>().map(|i| i as f64).ok()
            } else {
                super::io::parse_number(f)
            };
            match v {
                Some(v) => data.push(v),
                None if lenient => data.push(f64::NAN),
                None => {
                    return Err(Error::value(format!(
                        "{what}: could not convert string '{f}' to {} at row {}",
                        o.dtype,
                        o.skip + k + 1
                    )))
                }
            }
        }
        rows += 1;
    }
    Ok((data, rows, ncols.unwrap_or(0)))
}

/// NumPy's shaping of a loaded table: squeezed, then at least `ndmin`
/// dimensions, transposed when unpacking.
fn finish(
    data: Vec<f64>,
    rows: usize,
    cols: usize,
    dt: DType,
    ndmin: &Value,
    unpack: &Value,
    what: &str,
) -> Result<Value> {
    let ndmin = match ndmin {
        Value::None => 0,
        v => to_i64(v, &format!("{what}(ndmin=)"))?,
    };
    if !(0..=2).contains(&ndmin) {
        return Err(Error::value(format!(
            "{what}: Illegal value of ndmin keyword: {ndmin}"
        )));
    }
    let unpack = super::opt_bool(unpack, what, "unpack", false)?;
    let full = NdArray::F64(
        ArrayD::from_shape_vec(IxDyn(&[rows, cols]), data)
            .map_err(|e| Error::shape(e.to_string()))?,
    )
    .into_dtype(dt);
    let mut shape: Vec<i64> = [rows, cols]
        .iter()
        .filter(|&&d| d != 1)
        .map(|&d| d as i64)
        .collect();
    if rows == 0 {
        shape = vec![0];
    }
    while (shape.len() as i64) < ndmin {
        if shape.is_empty() || ndmin == 2 && shape.len() == 1 && cols == 1 && rows != 1 {
            shape.push(1);
        } else {
            shape.insert(0, 1);
        }
    }
    let out = super::shape::reshape_to(&full, &shape)?;
    if unpack && out.ndim() > 1 {
        return Ok(Value::from_array(crate::array::transpose::transpose_all(
            &out,
        )));
    }
    Ok(Value::from_array(out))
}

fn loadtxt(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [fname, dtype, comments, delimiter, skiprows, usecols, unpack, ndmin, max_rows] = args
        .bind(
            "loadtxt",
            [
                "fname",
                "dtype",
                "comments",
                "delimiter",
                "skiprows",
                "usecols",
                "unpack",
                "ndmin",
                "max_rows",
            ],
            1,
        )?;
    let comments = match comments {
        Value::None => Value::str("#"),
        c => c,
    };
    let o = opts(
        [
            &dtype,
            &comments,
            &delimiter,
            &skiprows,
            &usecols,
            &max_rows,
            &Value::None,
        ],
        "loadtxt()",
    )?;
    let lines = lines_of(cx, &fname, "loadtxt()")?;
    let (data, rows, cols) = parse(&lines, &o, false, "loadtxt()")?;
    cx.check_alloc("loadtxt", data.len(), 8)?;
    finish(data, rows, cols, o.dtype, &ndmin, &unpack, "loadtxt()")
}

fn genfromtxt(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [fname, dtype, comments, delimiter, skip_header, skip_footer, usecols, unpack, ndmin, max_rows, filling] =
        args.bind(
            "genfromtxt",
            [
                "fname",
                "dtype",
                "comments",
                "delimiter",
                "skip_header",
                "skip_footer",
                "usecols",
                "unpack",
                "ndmin",
                "max_rows",
                "filling_values",
            ],
            1,
        )?;
    let comments = match comments {
        Value::None => Value::str("#"),
        c => c,
    };
    if !matches!(
        dtype,
        Value::None | Value::DType(_) | Value::Str(_) | Value::Builtin(_)
    ) {
        return Err(Error::type_error(
            "genfromtxt(): structured dtypes and names= are not supported yet; read the columns with usecols",
        ));
    }
    let o = opts(
        [
            &dtype,
            &comments,
            &delimiter,
            &skip_header,
            &usecols,
            &max_rows,
            &skip_footer,
        ],
        "genfromtxt()",
    )?;
    let lines = lines_of(cx, &fname, "genfromtxt()")?;
    let (mut data, rows, cols) = parse(&lines, &o, true, "genfromtxt()")?;
    if let Value::Int(_) | Value::Float(_) = filling {
        let fill = crate::value::convert::to_f64(&filling, "genfromtxt(filling_values=)")?;
        data.iter_mut()
            .filter(|v| v.is_nan())
            .for_each(|v| *v = fill);
    }
    cx.check_alloc("genfromtxt", data.len(), 8)?;
    finish(data, rows, cols, o.dtype, &ndmin, &unpack, "genfromtxt()")
}

fn savetxt(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [fname, x, fmt, delimiter, newline, header, footer, comments] = args.bind(
        "savetxt",
        [
            "fname",
            "X",
            "fmt",
            "delimiter",
            "newline",
            "header",
            "footer",
            "comments",
        ],
        2,
    )?;
    let path = to_str(&fname, "savetxt(fname=)")?.to_string();
    let a = to_array(&x, "savetxt(X=)")?.into_owned();
    let a = match a.ndim() {
        1 => super::shape::reshape_to(&a, &[-1, 1])?,
        2 => a,
        n => {
            return Err(Error::value(format!(
                "savetxt(): Expected 1D or 2D array, got {n}D array instead"
            )))
        }
    };
    let s = |v: &Value, d: &str, name: &str| -> Result<String> {
        match v {
            Value::None => Ok(d.to_string()),
            v => to_str(v, &format!("savetxt({name}=)")).map(str::to_string),
        }
    };
    let delim = s(&delimiter, " ", "delimiter")?;
    let nl = s(&newline, "\n", "newline")?;
    let header = s(&header, "", "header")?;
    let footer = s(&footer, "", "footer")?;
    let comments = s(&comments, "# ", "comments")?;
    let ncol = a.shape()[1];
    let row_fmt = match &fmt {
        Value::None => vec!["%.18e".to_string(); ncol].join(&delim),
        Value::Str(f) => {
            let n = f.matches('%').count() - 2 * f.matches("%%").count();
            if n == 1 {
                vec![f.to_string(); ncol].join(&delim)
            } else if n == ncol {
                f.to_string()
            } else {
                return Err(Error::value(format!(
                    "savetxt(): fmt has wrong number of % formats:  {f}"
                )));
            }
        }
        v => {
            let fs: Vec<String> = items_of(v, "savetxt")?
                .iter()
                .map(|f| to_str(f, "savetxt(fmt=)").map(str::to_string))
                .collect::<Result<_>>()?;
            if fs.len() != ncol {
                return Err(Error::value(format!(
                    "savetxt(): fmt has wrong shape: {} formats for {ncol} columns",
                    fs.len()
                )));
            }
            fs.join(&delim)
        }
    };
    let mut out = String::new();
    if !header.is_empty() {
        out.push_str(&comments);
        out.push_str(&header.replace('\n', &format!("\n{comments}")));
        out.push_str(&nl);
    }
    let is_int = a.dtype().is_int() || a.dtype() == DType::Bool;
    let ints = a.to_i64();
    let floats = a.to_f64();
    for r in 0..a.shape()[0] {
        let vals: Vec<Value> = (0..ncol)
            .map(|c| {
                if is_int {
                    Value::Int(ints[[r, c].as_slice()])
                } else {
                    Value::Float(floats[[r, c].as_slice()])
                }
            })
            .collect();
        out.push_str(&cx.percent_format(&row_fmt, &Value::tuple(vals))?);
        out.push_str(&nl);
        crate::array::alloc::check_bytes("savetxt", out.len())?;
    }
    if !footer.is_empty() {
        out.push_str(&comments);
        out.push_str(&footer.replace('\n', &format!("\n{comments}")));
        out.push_str(&nl);
    }
    cx.check_file_access("savetxt()")?;
    std::fs::write(&path, out)
        .map_err(|e| Error::io(format!("savetxt(): cannot write '{path}': {e}")))?;
    Ok(Value::None)
}
