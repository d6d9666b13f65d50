//! NumPy's configuration and type facts: `set_printoptions`,
//! `get_printoptions`, `printoptions` (a context manager), `seterr`,
//! `geterr`, `errstate`, `finfo`, `iinfo`, `array2string`.

use super::{Args, Context, Registry};
use crate::array::format::{options, set_options, PrintOptions};
use crate::array::{DType, NdArray};
use crate::error::{Error, Result};
use crate::value::convert::to_i64;
use crate::value::{HostValue, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("set_printoptions", set_printoptions, "set_printoptions(precision=None, threshold=None, edgeitems=None, linewidth=None, suppress=None)\n\nHow arrays print from now on (NumPy's names and defaults: 8, 1000, 3, 75, False).\n\n>>> set_printoptions(precision=3); print(array([pi])); set_printoptions(precision=8)\n[3.142]");
    r.add("array2string", array2string, "array2string(a, max_line_width=None, precision=None, suppress_small=None, separator=' ', prefix='', threshold=None, edgeitems=None)\n\nThe text of an array as print shows it, with these print options for this call only; lines wrap at max_line_width and continue under a prefix as long as `prefix` (which is not part of the text).\n\n>>> array2string(array([1.0, 2.5]), separator=', ')\n'[1. , 2.5]'\n>>> array2string(array([pi, e]), precision=3)\n'[3.142 2.718]'");
    r.add("get_printoptions", get_printoptions, "get_printoptions()\n\nThe print options in force, as a dict.\n\n>>> get_printoptions()['precision']\n8");
    r.add("printoptions", printoptions, "printoptions(**options)\n\nA context manager: the print options inside a with block, restored after.\n\n>>> with printoptions(precision=2) { print(array([pi])) }\n[3.14]");
    r.add("seterr", seterr, "seterr(all=None, divide=None, over=None, under=None, invalid=None)\n\nHow floating-point errors are treated; returns the old settings. arr never warns, so 'ignore' and 'warn' are what it does; 'raise' and 'call' are not supported.\n\n>>> seterr(all='ignore')['divide']\n'warn'");
    r.add("geterr", geterr, "geterr()\n\nThe floating-point error settings, as a dict.\n\n>>> geterr()['under']\n'ignore'");
    r.add("errstate", errstate, "errstate(**kwargs)\n\nA context manager for seterr's settings inside a with block.\n\n>>> with errstate(divide='ignore') { print(array([1.0]) / 0) }\n[inf]");
    r.add("promote_types", promote_types, "promote_types(type1, type2)\n\nThe smallest dtype both can be cast to safely (NumPy 2's promotion table).\n\n>>> promote_types(uint8, int8)\ndtype('int16')");
    r.add("result_type", result_type, "result_type(*arrays_and_dtypes)\n\nThe dtype an operation on these would give: arrays and dtypes promote, Python scalars are weak.\n\n>>> result_type(array([1], dtype=uint8), 300)\ndtype('uint8')\n>>> result_type(int16, 1.5)\ndtype('float64')");
    r.add("can_cast", can_cast, "can_cast(from_, to, casting='safe')\n\nWhether a cast between dtypes is allowed under the casting rule ('no', 'equiv', 'safe', 'same_kind', 'unsafe').\n\n>>> can_cast(int32, float64)\nTrue\n>>> can_cast(int64, uint8, 'same_kind')\nFalse");
    r.add("dtype", dtype, "dtype(obj)\n\nA dtype object from a dtype, a name or type code ('int32', 'u1', '<f8'), the types int/float/bool, or an array's dtype.\n\n>>> dtype('u1')\ndtype('uint8')\n>>> dtype(int32).itemsize\n4");
    r.add("finfo", finfo, "finfo(dtype)\n\nMachine limits of a float type: eps, max, min, tiny, resolution, bits, precision.\n\n>>> finfo(float64).eps\n2.220446049250313e-16");
    r.add("iinfo", iinfo, "iinfo(dtype)\n\nMachine limits of an integer type: min, max, bits.\n\n>>> iinfo(int64).max\n9223372036854775807");
}

fn opt_usize(v: &Value, what: &str) -> Result<Option<usize>> {
    Ok(match v {
        Value::None => None,
        Value::Float(f) if f.is_infinite() && *f > 0.0 => Some(usize::MAX),
        v => {
            let n = to_i64(v, what)?;
            Some(
                usize::try_from(n)
                    .map_err(|_| Error::value(format!("{what} must be a non-negative integer")))?,
            )
        }
    })
}

/// The options with `args`' keywords applied to `base`.
fn apply_options(args: &Args, base: PrintOptions, fname: &str) -> Result<PrintOptions> {
    let mut o = base;
    if let Some(v) = args.pos.first() {
        o.precision = opt_usize(v, "precision")?.unwrap_or(o.precision);
    }
    if args.pos.len() > 1 {
        return Err(Error::type_error(format!(
            "{fname}(): pass the options other than precision by keyword"
        )));
    }
    for (k, v) in &args.kw {
        match &**k {
            "precision" => o.precision = opt_usize(v, "precision")?.unwrap_or(8),
            "threshold" => o.threshold = opt_usize(v, "threshold")?.unwrap_or(1000),
            "edgeitems" => o.edgeitems = opt_usize(v, "edgeitems")?.unwrap_or(3),
            "linewidth" => o.linewidth = opt_usize(v, "linewidth")?.unwrap_or(75),
            "suppress" => o.suppress = super::opt_bool(v, fname, "suppress", false)?,
            "nanstr" | "infstr" | "formatter" | "sign" | "floatmode" | "legacy" | "override_repr" => {
                return Err(Error::value(format!("{fname}(): the option '{k}' is not supported in arr (precision, threshold, edgeitems, linewidth and suppress are)")))
            }
            other => return Err(Error::type_error(format!("{fname}() got an unexpected keyword argument '{other}'"))),
        }
    }
    if o.precision > 100 {
        return Err(Error::value(format!(
            "{fname}(): precision must be at most 100"
        )));
    }
    Ok(o)
}

fn set_printoptions(_: &mut dyn Context, args: Args) -> Result<Value> {
    let o = apply_options(&args, options(), "set_printoptions")?;
    set_options(o);
    Ok(Value::None)
}

fn array2string(cx: &mut dyn Context, args: Args) -> Result<Value> {
    const NAMES: [&str; 8] = [
        "a",
        "max_line_width",
        "precision",
        "suppress_small",
        "separator",
        "prefix",
        "threshold",
        "edgeitems",
    ];
    let [a, width, precision, suppress, separator, prefix, threshold, edge] =
        args.bind("array2string", NAMES, 1)?;
    let text = |v: &Value, what: &str, default: &str| -> Result<String> {
        match v {
            Value::None => Ok(default.to_string()),
            Value::Str(s) => Ok(s.to_string()),
            other => Err(Error::type_error(format!(
                "array2string(): {what} must be a str, not {}",
                other.type_name()
            ))),
        }
    };
    let separator = text(&separator, "separator", " ")?;
    let prefix = text(&prefix, "prefix", "")?;
    let mut o = options();
    o.precision = opt_usize(&precision, "precision")?.unwrap_or(o.precision);
    o.linewidth = opt_usize(&width, "max_line_width")?.unwrap_or(o.linewidth);
    o.threshold = opt_usize(&threshold, "threshold")?.unwrap_or(o.threshold);
    o.edgeitems = opt_usize(&edge, "edgeitems")?.unwrap_or(o.edgeitems);
    if !matches!(suppress, Value::None) {
        o.suppress = super::opt_bool(&suppress, "array2string", "suppress_small", false)?;
    }
    if o.precision > 100 {
        return Err(Error::value(
            "array2string(): precision must be at most 100",
        ));
    }
    let old = set_options(o);
    let out = match &a {
        Value::Host(_) if separator == " " => crate::value::format::str_in(&a, cx),
        v => crate::value::convert::to_array(v, "array2string()").map(|x| {
            if x.ndim() == 0 {
                crate::array::format::array_str(&x)
            } else {
                crate::array::format::array2string(&x, &separator, prefix.len(), o.linewidth)
            }
        }),
    };
    set_options(old);
    Ok(Value::str(&out?))
}

fn options_dict(o: &PrintOptions) -> Value {
    let threshold = if o.threshold == usize::MAX {
        Value::Float(f64::INFINITY)
    } else {
        Value::Int(o.threshold as i64)
    };
    Value::dict(vec![
        (Value::str("edgeitems"), Value::Int(o.edgeitems as i64)),
        (Value::str("threshold"), threshold),
        (Value::str("floatmode"), Value::str("maxprec")),
        (Value::str("precision"), Value::Int(o.precision as i64)),
        (Value::str("suppress"), Value::Bool(o.suppress)),
        (Value::str("linewidth"), Value::Int(o.linewidth as i64)),
        (Value::str("nanstr"), Value::str("nan")),
        (Value::str("infstr"), Value::str("inf")),
        (Value::str("sign"), Value::str("-")),
        (Value::str("formatter"), Value::None),
        (Value::str("legacy"), Value::Bool(false)),
        (Value::str("override_repr"), Value::None),
    ])
}

fn get_printoptions(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.bind::<0>("get_printoptions", [], 0)?;
    Ok(options_dict(&options()))
}

/// A `with` block's settings: applied on enter, the old ones back on exit.
struct Scoped {
    name: &'static str,
    enter: Box<dyn Fn() -> Box<dyn Fn()>>,
    restore: RefCell<Vec<Box<dyn Fn()>>>,
}

impl std::fmt::Debug for Scoped {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

impl HostValue for Scoped {
    fn type_name(&self) -> String {
        self.name.into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn call_method(
        &self,
        this: &Value,
        name: &str,
        _args: &Args,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        match name {
            "__enter__" => {
                let undo = (self.enter)();
                self.restore.borrow_mut().push(undo);
                Some(Ok(this.clone()))
            }
            "__exit__" => {
                if let Some(undo) = self.restore.borrow_mut().pop() {
                    undo();
                }
                Some(Ok(Value::Bool(false)))
            }
            _ => None,
        }
    }
}

fn printoptions(_: &mut dyn Context, args: Args) -> Result<Value> {
    // Checked now, so that a bad option fails at the `with` line.
    apply_options(&args, options(), "printoptions")?;
    Ok(Value::Host(Rc::new(Scoped {
        name: "printoptions",
        enter: Box::new(move || {
            let new = apply_options(&args, options(), "printoptions").unwrap_or_else(|_| options());
            let old = set_options(new);
            Box::new(move || {
                set_options(old);
            })
        }),
        restore: RefCell::new(Vec::new()),
    })))
}

/// The floating-point error settings (NumPy's defaults).
#[derive(Clone, Debug, PartialEq)]
struct ErrSettings([(&'static str, String); 4]);

impl Default for ErrSettings {
    fn default() -> ErrSettings {
        ErrSettings([
            ("divide", "warn".into()),
            ("over", "warn".into()),
            ("under", "ignore".into()),
            ("invalid", "warn".into()),
        ])
    }
}

thread_local! {
    static ERR: RefCell<ErrSettings> = RefCell::new(ErrSettings::default());
}

fn err_dict(e: &ErrSettings) -> Value {
    Value::dict(
        e.0.iter()
            .map(|(k, v)| (Value::str(k), Value::str(v)))
            .collect(),
    )
}

fn err_apply(args: &Args, base: &ErrSettings, fname: &str) -> Result<ErrSettings> {
    if !args.pos.is_empty() {
        return Err(Error::type_error(format!(
            "{fname}(): pass the settings by keyword"
        )));
    }
    let mut e = base.clone();
    let mut all: Option<String> = None;
    for (k, v) in &args.kw {
        if let Value::None = v {
            continue;
        }
        let Value::Str(s) = v else {
            return Err(Error::value(format!(
                "{fname}(): {k} must be 'ignore', 'warn', 'raise', 'call', 'print' or 'log'"
            )));
        };
        let s = s.to_string();
        match s.as_str() {
            "ignore" | "warn" | "print" | "log" => {}
            "raise" | "call" => {
                return Err(Error::value(format!("{fname}(): {k}='{s}' is not supported in arr (it never raises on floating-point errors)")))
            }
            _ => return Err(Error::value(format!("{fname}(): invalid value '{s}' for {k}"))),
        }
        match &**k {
            "all" => all = Some(s),
            name => match e.0.iter_mut().find(|(n, _)| *n == name) {
                Some(slot) => slot.1 = s,
                None => {
                    return Err(Error::type_error(format!(
                        "{fname}() got an unexpected keyword argument '{name}'"
                    )))
                }
            },
        }
    }
    if let Some(a) = all {
        for (k, v) in e.0.iter_mut() {
            if !args
                .kw
                .iter()
                .any(|(n, x)| &**n == *k && !matches!(x, Value::None))
            {
                *v = a.clone();
            }
        }
    }
    Ok(e)
}

fn seterr(_: &mut dyn Context, args: Args) -> Result<Value> {
    let old = ERR.with(|e| e.borrow().clone());
    let new = err_apply(&args, &old, "seterr")?;
    ERR.with(|e| *e.borrow_mut() = new);
    Ok(err_dict(&old))
}

fn geterr(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.bind::<0>("geterr", [], 0)?;
    Ok(ERR.with(|e| err_dict(&e.borrow())))
}

fn errstate(_: &mut dyn Context, args: Args) -> Result<Value> {
    let base = ERR.with(|e| e.borrow().clone());
    err_apply(&args, &base, "errstate")?;
    Ok(Value::Host(Rc::new(Scoped {
        name: "errstate",
        enter: Box::new(move || {
            let old = ERR.with(|e| e.borrow().clone());
            let new = err_apply(&args, &old, "errstate").unwrap_or_else(|_| old.clone());
            ERR.with(|e| *e.borrow_mut() = new);
            Box::new(move || ERR.with(|e| *e.borrow_mut() = old.clone()))
        }),
        restore: RefCell::new(Vec::new()),
    })))
}

/// The dtype a `finfo`/`iinfo` argument names.
fn dtype_of(v: &Value, fname: &str) -> Result<DType> {
    Ok(match v {
        Value::Array(a) => a.dtype(),
        Value::Float(_) => DType::Float64,
        Value::Int(_) => DType::Int64,
        Value::Bool(_) => DType::Bool,
        v => crate::value::convert::to_dtype(v, &format!("{fname}()"))?,
    })
}

/// A record of named facts (`finfo(float64).eps`).
#[derive(Debug)]
struct Info {
    name: &'static str,
    repr: String,
    text: String,
    fields: Vec<(&'static str, Value)>,
}

/// `str(finfo(...))`: NumPy's table of the type's parameters.
fn machine_text(dtype: &str, rows: &[String]) -> String {
    let rule = "-".repeat(63);
    let mut s = format!("Machine parameters for {dtype}\n{rule}\n");
    for r in rows {
        s.push_str(r);
        s.push('\n');
    }
    s.push_str(&rule);
    s.push('\n');
    s
}

fn float_text(dtype: &str, p: [&str; 11]) -> String {
    machine_text(
        dtype,
        &[
            format!("precision = {}   resolution = {}", p[0], p[1]),
            format!("machep = {}   eps =        {}", p[2], p[3]),
            format!("negep =  {}   epsneg =     {}", p[4], p[5]),
            format!("minexp = {}   tiny =       {}", p[6], p[7]),
            format!("maxexp = {}   max =        {}", p[8], p[9]),
            format!("nexp =   {}   min =        -max", p[10]),
            format!(
                "smallest_normal = {}   smallest_subnormal = {}",
                p[7],
                if dtype == "float64" {
                    "5e-324"
                } else {
                    "1e-45"
                }
            ),
        ],
    )
}

impl HostValue for Info {
    fn type_name(&self) -> String {
        self.name.into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn repr(&self, _: &mut dyn Context) -> Result<String> {
        Ok(self.repr.clone())
    }

    fn str(&self, _: &mut dyn Context) -> Result<String> {
        Ok(self.text.clone())
    }

    fn fallback_repr(&self) -> String {
        self.repr.clone()
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        self.fields
            .iter()
            .find(|(n, _)| *n == name)
            .map(|(_, v)| Ok(v.clone()))
    }

    fn attr_names(&self) -> Vec<String> {
        self.fields.iter().map(|(n, _)| n.to_string()).collect()
    }
}

fn f32_scalar(v: f32) -> Value {
    Value::array(NdArray::F32(ndarray::ArrayD::from_elem(
        ndarray::IxDyn(&[]),
        v,
    )))
}

fn finfo(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [d] = args.bind("finfo", ["dtype"], 1)?;
    let (fields, repr) = match dtype_of(&d, "finfo")? {
        DType::Float64 => (
            vec![
                ("bits", Value::Int(64)),
                ("dtype", Value::DType(DType::Float64)),
                ("eps", Value::Float(f64::EPSILON)),
                ("epsneg", Value::Float(f64::EPSILON / 2.0)),
                ("max", Value::Float(f64::MAX)),
                ("min", Value::Float(f64::MIN)),
                ("tiny", Value::Float(f64::MIN_POSITIVE)),
                ("smallest_normal", Value::Float(f64::MIN_POSITIVE)),
                ("smallest_subnormal", Value::Float(5e-324)),
                ("resolution", Value::Float(1e-15)),
                ("precision", Value::Int(15)),
                ("maxexp", Value::Int(1024)),
                ("minexp", Value::Int(-1022)),
                ("nmant", Value::Int(52)),
                ("nexp", Value::Int(11)),
            ],
            "finfo(resolution=1e-15, min=-1.7976931348623157e+308, max=1.7976931348623157e+308, dtype=float64)",
        ),
        DType::Float32 => (
            vec![
                ("bits", Value::Int(32)),
                ("dtype", Value::DType(DType::Float32)),
                ("eps", f32_scalar(f32::EPSILON)),
                ("epsneg", f32_scalar(f32::EPSILON / 2.0)),
                ("max", f32_scalar(f32::MAX)),
                ("min", f32_scalar(f32::MIN)),
                ("tiny", f32_scalar(f32::MIN_POSITIVE)),
                ("smallest_normal", f32_scalar(f32::MIN_POSITIVE)),
                ("smallest_subnormal", f32_scalar(f32::from_bits(1))),
                ("resolution", f32_scalar(1e-6)),
                ("precision", Value::Int(6)),
                ("maxexp", Value::Int(128)),
                ("minexp", Value::Int(-126)),
                ("nmant", Value::Int(23)),
                ("nexp", Value::Int(8)),
            ],
            "finfo(resolution=1e-06, min=-3.4028235e+38, max=3.4028235e+38, dtype=float32)",
        ),
        other => {
            return Err(Error::value(format!(
                "finfo(): data type <class 'numpy.{other}'> not inexact"
            )))
        }
    };
    let text = if repr.contains("float64") {
        float_text(
            "float64",
            [
                "15",
                "1e-15",
                "-52",
                "2.220446049250313e-16",
                "-53",
                "1.1102230246251565e-16",
                "-1022",
                "2.2250738585072014e-308",
                "1024",
                "1.7976931348623157e+308",
                "11",
            ],
        )
    } else {
        float_text(
            "float32",
            [
                "6",
                "1e-06",
                "-23",
                "1.1920929e-07",
                "-24",
                "5.9604645e-08",
                "-126",
                "1.1754944e-38",
                "128",
                "3.4028235e+38",
                "8",
            ],
        )
    };
    Ok(Value::Host(Rc::new(Info {
        name: "finfo",
        repr: repr.into(),
        text,
        fields,
    })))
}

fn promote_types(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [a, b] = args.bind("promote_types", ["type1", "type2"], 2)?;
    let a = crate::value::convert::to_dtype(&a, "promote_types()")?;
    let b = crate::value::convert::to_dtype(&b, "promote_types()")?;
    Ok(Value::DType(a.promote(b)))
}

/// `result_type(*arrays_and_dtypes)`: arrays and dtypes promote as
/// `promote_types`; Python scalars are weak (NumPy 2).
fn result_type(_: &mut dyn Context, args: Args) -> Result<Value> {
    args.no_keywords("result_type")?;
    let mut strong: Option<DType> = None;
    let mut weak: Option<DType> = None;
    for v in &args.pos {
        match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) => {
                let d = dtype_of(v, "result_type")?;
                weak = Some(weak.map_or(d, |w| w.promote(d)));
            }
            v => {
                let d = dtype_of(v, "result_type")?;
                strong = Some(strong.map_or(d, |s| s.promote(d)));
            }
        }
    }
    let out = match (strong, weak) {
        (None, None) => {
            return Err(Error::value(
                "result_type(): at least one array or dtype is required",
            ))
        }
        (Some(s), None) => s,
        (None, Some(w)) => w,
        (Some(s), Some(w)) => {
            if w == DType::Float64 && !s.is_float() {
                DType::Float64
            } else if w == DType::Int64 && s == DType::Bool {
                DType::Int64
            } else {
                s
            }
        }
    };
    Ok(Value::DType(out))
}

fn can_cast(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [from, to, casting] = args.bind("can_cast", ["from_", "to", "casting"], 2)?;
    let from = dtype_of(&from, "can_cast")?;
    let to = crate::value::convert::to_dtype(&to, "can_cast()")?;
    let rank = |d: DType| match d {
        DType::Bool => 0,
        d if d.is_unsigned() => 1,
        d if d.is_signed() => 2,
        _ => 3,
    };
    let casting = match &casting {
        Value::None => "safe".to_string(),
        v => crate::value::convert::to_str(v, "can_cast(casting=)")?.to_string(),
    };
    Ok(Value::Bool(match casting.as_str() {
        "no" | "equiv" => from == to,
        "safe" => from.promote(to) == to,
        "same_kind" => from.promote(to) == to || rank(from) <= rank(to),
        "unsafe" => true,
        s => {
            return Err(Error::value(format!(
                "can_cast(): casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe', not '{s}'"
            )))
        }
    }))
}

fn dtype(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [d] = args.bind("dtype", ["dtype"], 1)?;
    if super::records_dtype::is_struct_spec(&d) {
        return super::records_dtype::parse_struct(&d, "dtype()", 0)
            .map(super::records_dtype::dtype_value);
    }
    if let Value::Tuple(t) = &d {
        if let Some(Value::Builtin(b)) = t.first() {
            if b.name == "void" {
                return Err(Error::type_error(
                    "dtype(): void (raw bytes) dtypes are not supported; view the data as records, dtype=[('a', x.dtype), ...]",
                ));
            }
        }
    }
    Ok(Value::DType(dtype_of(&d, "dtype")?))
}

fn iinfo(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [d] = args.bind("iinfo", ["int_type"], 1)?;
    let dt = dtype_of(&d, "iinfo")?;
    let Some((min, max)) = dt.int_range().filter(|_| dt.is_int()) else {
        return Err(Error::value(format!(
            "iinfo(): Invalid integer data type '{}'.",
            if dt.is_float() { 'f' } else { 'b' }
        )));
    };
    let name = dt.name();
    let big = |v: i128| crate::value::bigint::normalize(num_bigint::BigInt::from(v));
    Ok(Value::Host(Rc::new(Info {
        name: "iinfo",
        repr: format!("iinfo(min={min}, max={max}, dtype={name})"),
        text: machine_text(name, &[format!("min = {min}"), format!("max = {max}")]),
        fields: vec![
            ("bits", Value::Int(dt.itemsize() as i64 * 8)),
            ("dtype", Value::DType(dt)),
            ("min", big(min)),
            ("max", big(max)),
        ],
    })))
}
