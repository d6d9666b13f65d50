//! Methods of arr's own values: `str` (through `crate::pystr`, plus
//! `format`), `list` and `dict`. Mutating methods of lists and dicts reach
//! the variable, element or attribute they are called on.

use super::Interp;
use crate::builtins::python::sort_values;
use crate::error::{Error, ErrorKind, Result};
use crate::pystr::{self, SArg, SOut};
use crate::value::index::{dict_set, key_error};
use crate::value::{ops, Args, Value};

const LIST_METHODS: &[&str] = &[
    "append", "clear", "copy", "count", "extend", "index", "insert", "pop", "remove", "reverse",
    "sort",
];
const DICT_METHODS: &[&str] = &[
    "clear",
    "copy",
    "get",
    "items",
    "keys",
    "pop",
    "popitem",
    "setdefault",
    "update",
    "values",
];

fn static_type(v: &Value) -> &'static str {
    match v {
        Value::Float(_) => "float",
        Value::List(_) => "list",
        Value::Tuple(_) => "tuple",
        Value::Dict(_) => "dict",
        Value::Array(_) => "numpy.ndarray",
        Value::Range(_) => "range",
        Value::Func(_) | Value::Builtin(_) | Value::Native(_) => "function",
        _ => "object",
    }
}

fn sarg(v: &Value) -> SArg<'_> {
    sarg_at(v, 0)
}

fn sarg_at(v: &Value, depth: usize) -> SArg<'_> {
    if depth > 2 {
        return SArg::Other(static_type(v));
    }
    match v {
        Value::Str(s) => SArg::Str(s),
        Value::Int(i) => SArg::Int(*i),
        Value::Bool(b) => SArg::Bool(*b),
        Value::None => SArg::None,
        Value::Tuple(items) => SArg::Tuple(items.iter().map(|x| sarg_at(x, depth + 1)).collect()),
        // A list's items are borrowed from the list: see `str_method`.
        Value::List(_) => SArg::Other("list"),
        other => SArg::Other(static_type(other)),
    }
}

fn sout(o: SOut) -> Value {
    match o {
        SOut::Str(s) => Value::str(&s),
        SOut::Int(i) => Value::Int(i),
        SOut::Bool(b) => Value::Bool(b),
        SOut::List(items) => Value::list(items.iter().map(|s| Value::str(s)).collect()),
        SOut::Tuple(items) => Value::tuple(items.iter().map(|s| Value::str(s)).collect()),
    }
}

fn no_method(type_name: &str, name: &str, names: &[&str]) -> Error {
    let mut e = Error::new(
        ErrorKind::Attribute,
        format!("'{type_name}' object has no attribute '{name}'"),
    );
    if let Some(s) = crate::error::suggest(name, names.iter().copied()) {
        e = e.with_note(format!("did you mean '{s}'?"));
    }
    e
}

impl Interp {
    /// `s.name(args)` for a string.
    pub(super) fn str_method(&mut self, s: &str, name: &str, args: &Args) -> Result<Value> {
        match name {
            "maketrans" => return str_maketrans(s, args),
            "translate" => return self.str_translate(s, args),
            _ => {}
        }
        if name == "format" {
            return crate::builtins::text::str_format(self, s, args).map(|t| Value::str(&t));
        }
        if name == "join" && args.pos.len() == 1 && args.kw.is_empty() {
            // Any iterable of strings.
            let items = crate::value::convert::iter_values(&args.pos[0], self)?;
            let arg = SArg::List(items.iter().map(|x| sarg_at(x, 1)).collect());
            let r = pystr::call_method(s, "join", &[arg], &[]);
            return finish(r, name);
        }
        // Lists among the arguments are read from snapshots.
        let snapshots: Vec<Option<Vec<Value>>> = args
            .pos
            .iter()
            .map(|v| match v {
                Value::List(l) => Some(l.borrow().clone()),
                _ => None,
            })
            .collect();
        let pos: Vec<SArg> = args
            .pos
            .iter()
            .zip(&snapshots)
            .map(|(v, snap)| match snap {
                Some(items) => SArg::List(items.iter().map(|x| sarg_at(x, 1)).collect()),
                None => sarg(v),
            })
            .collect();
        let kw: Vec<(&str, SArg)> = args.kw.iter().map(|(k, v)| (&**k, sarg(v))).collect();
        let out = match pystr::call_method(s, name, &pos, &kw) {
            Some(r) => finish(Some(r), name)?,
            None => return Err(no_method("str", name, pystr::METHODS)),
        };
        // A string method's work grows with the text it reads and makes
        // (`"x".center(10**6)` in a loop is bounded by the operation limit).
        let made = match &out {
            Value::Str(t) => t.len(),
            _ => 0,
        };
        crate::value::Context::charge(self, (s.len() + made) as u64 / 64)?;
        Ok(out)
    }

    /// A list method on the list itself (mutating ones change it).
    pub(super) fn list_method(
        &mut self,
        l: &mut Vec<Value>,
        name: &str,
        args: Args,
    ) -> Result<Value> {
        let n = args.pos.len();
        let arity = |lo: usize, hi: usize| -> Result<()> {
            if n < lo || n > hi {
                return Err(Error::type_error(format!(
                    "list.{name}() takes {} argument{} ({n} given)",
                    if lo == hi {
                        format!("exactly {lo}")
                    } else {
                        format!("from {lo} to {hi}")
                    },
                    if hi == 1 { "" } else { "s" }
                )));
            }
            Ok(())
        };
        if name != "sort" {
            if let Some((k, _)) = args.kw.first() {
                return Err(Error::type_error(format!(
                    "list.{name}() takes no keyword arguments (got '{k}')"
                )));
            }
        }
        let mut pos = args.pos.into_iter();
        match name {
            "append" => {
                arity(1, 1)?;
                l.extend(pos.next());
                Ok(Value::None)
            }
            "extend" => {
                arity(1, 1)?;
                let items =
                    crate::value::convert::iter_values(&pos.next().unwrap_or(Value::None), self)?;
                l.extend(items);
                Ok(Value::None)
            }
            "insert" => {
                arity(2, 2)?;
                let i = crate::value::convert::to_i64(
                    &pos.next().unwrap_or(Value::None),
                    "list.insert() index",
                )?;
                let len = l.len() as i64;
                let at = if i < 0 { (i + len).max(0) } else { i.min(len) } as usize;
                l.insert(at, pos.next().unwrap_or(Value::None));
                Ok(Value::None)
            }
            "pop" => {
                arity(0, 1)?;
                if l.is_empty() {
                    return Err(Error::index("pop from empty list"));
                }
                let len = l.len() as i64;
                let i = match pos.next() {
                    Some(v) => crate::value::convert::to_i64(&v, "list.pop() index")?,
                    None => -1,
                };
                let j = if i < 0 { i + len } else { i };
                if j < 0 || j >= len {
                    return Err(Error::index("pop index out of range"));
                }
                Ok(l.remove(j as usize))
            }
            "remove" | "index" | "count" => {
                arity(1, 1)?;
                let x = pos.next().unwrap_or(Value::None);
                let mut found = None;
                let mut count = 0;
                for (i, v) in l.iter().enumerate() {
                    let eq = ops::binary(crate::syntax::ast::BinOp::Eq, v, &x, self)?;
                    if ops::truthy(&eq, self)? {
                        count += 1;
                        found = found.or(Some(i));
                    }
                }
                match (name, found) {
                    ("count", _) => Ok(Value::Int(count)),
                    ("index", Some(i)) => Ok(Value::Int(i as i64)),
                    ("remove", Some(i)) => {
                        l.remove(i);
                        Ok(Value::None)
                    }
                    ("index", None) => Err(Error::value(format!(
                        "{} is not in list",
                        crate::value::format::repr_in(&x, self)?
                    ))),
                    _ => Err(Error::value("list.remove(x): x not in list")),
                }
            }
            "reverse" => {
                arity(0, 0)?;
                l.reverse();
                Ok(Value::None)
            }
            "clear" => {
                arity(0, 0)?;
                l.clear();
                Ok(Value::None)
            }
            "copy" => {
                arity(0, 0)?;
                Ok(Value::list(l.clone()))
            }
            "sort" => {
                arity(0, 0)?;
                let mut key = Value::None;
                let mut reverse = false;
                for (k, v) in args.kw {
                    match &*k {
                        "key" => key = v,
                        "reverse" => reverse = ops::truthy(&v, self)?,
                        _ => {
                            return Err(Error::type_error(format!(
                                "sort() got an unexpected keyword argument '{k}'"
                            )))
                        }
                    }
                }
                let mut pairs = Vec::with_capacity(l.len());
                for v in l.drain(..) {
                    let k = match &key {
                        Value::None => v.clone(),
                        f => self.call(
                            f,
                            Args {
                                pos: vec![v.clone()],
                                kw: Vec::new(),
                            },
                            crate::syntax::Span::default(),
                        )?,
                    };
                    pairs.push((k, v));
                }
                let r = sort_values(&mut pairs, reverse, self);
                l.extend(pairs.into_iter().map(|(_, v)| v));
                r.map(|_| Value::None)
            }
            _ => Err(no_method("list", name, LIST_METHODS)),
        }
    }

    /// A dict method on the dict itself (mutating ones change it).
    pub(super) fn dict_method(
        &mut self,
        d: &mut Vec<(Value, Value)>,
        name: &str,
        args: Args,
    ) -> Result<Value> {
        let find = |d: &Vec<(Value, Value)>, k: &Value| {
            d.iter().position(|(key, _)| ops::values_equal(key, k))
        };
        let mut pos = args.pos.into_iter();
        let (a, b) = (pos.next(), pos.next());
        if pos.next().is_some() {
            return Err(Error::type_error(format!(
                "dict.{name}() got too many arguments"
            )));
        }
        match name {
            "keys" => Ok(Value::list(d.iter().map(|(k, _)| k.clone()).collect())),
            "values" => Ok(Value::list(d.iter().map(|(_, v)| v.clone()).collect())),
            "items" => Ok(Value::list(
                d.iter()
                    .map(|(k, v)| Value::tuple(vec![k.clone(), v.clone()]))
                    .collect(),
            )),
            "get" => {
                let k =
                    a.ok_or_else(|| Error::type_error("get expected at least 1 argument, got 0"))?;
                Ok(find(d, &k)
                    .map(|i| d[i].1.clone())
                    .unwrap_or(b.unwrap_or(Value::None)))
            }
            "copy" => Ok(Value::dict(d.clone())),
            "clear" => {
                d.clear();
                Ok(Value::None)
            }
            "pop" => {
                let k =
                    a.ok_or_else(|| Error::type_error("pop expected at least 1 argument, got 0"))?;
                match (find(d, &k), b) {
                    (Some(i), _) => Ok(d.remove(i).1),
                    (None, Some(default)) => Ok(default),
                    (None, None) => Err(key_error(&k)),
                }
            }
            "popitem" => match d.pop() {
                Some((k, v)) => Ok(Value::tuple(vec![k, v])),
                None => Err(Error::new(
                    ErrorKind::Key,
                    "'popitem(): dictionary is empty'",
                )),
            },
            "setdefault" => {
                let k = a.ok_or_else(|| {
                    Error::type_error("setdefault expected at least 1 argument, got 0")
                })?;
                match find(d, &k) {
                    Some(i) => Ok(d[i].1.clone()),
                    None => {
                        let v = b.unwrap_or(Value::None);
                        d.push((k, v.clone()));
                        Ok(v)
                    }
                }
            }
            "update" => {
                if let Some(src) = a {
                    let pairs = match &src {
                        Value::Dict(p) => p.borrow().clone(),
                        other => {
                            let mut out = Vec::new();
                            for item in crate::value::convert::iter_values(other, self)? {
                                let kv = crate::value::convert::iter_values(&item, self)?;
                                let [k, v] = <[Value; 2]>::try_from(kv)
                                    .map_err(|_| Error::value("dictionary update sequence element has the wrong length; 2 is required"))?;
                                out.push((k, v));
                            }
                            out
                        }
                    };
                    for (k, v) in pairs {
                        dict_set(d, k, v);
                    }
                }
                for (k, v) in args.kw {
                    dict_set(d, Value::Str(k), v);
                }
                Ok(Value::None)
            }
            _ => Err(no_method("dict", name, DICT_METHODS)),
        }
    }
}

fn finish(r: Option<std::result::Result<SOut, pystr::StrError>>, name: &str) -> Result<Value> {
    match r {
        Some(Ok(o)) => Ok(sout(o)),
        Some(Err(e)) => {
            let kind = match e.kind {
                "ValueError" => ErrorKind::Value,
                "OverflowError" => ErrorKind::Overflow,
                "MemoryError" => ErrorKind::Memory,
                _ => ErrorKind::Type,
            };
            Err(Error::new(kind, e.message))
        }
        None => Err(no_method("str", name, pystr::METHODS)),
    }
}

/// Whether a string, list, dict or tuple has a method of this name.
pub fn has_method(v: &Value, name: &str) -> bool {
    match v {
        Value::Str(_) => {
            matches!(name, "format" | "maketrans" | "translate") || pystr::METHODS.contains(&name)
        }
        Value::List(_) => LIST_METHODS.contains(&name),
        Value::Dict(_) => DICT_METHODS.contains(&name),
        Value::Tuple(_) => matches!(name, "index" | "count"),
        _ => false,
    }
}

/// `str.maketrans(x, y=None, z=None)` (read as a method of `x`): a table
/// from code points to code points, strings or `None` (deleted).
fn str_maketrans(x: &str, args: &Args) -> Result<Value> {
    if !args.kw.is_empty() {
        return Err(Error::type_error("maketrans() takes no keyword arguments"));
    }
    let text = |v: &Value| match v {
        Value::Str(s) => Ok(s.to_string()),
        other => Err(Error::type_error(format!(
            "maketrans() argument must be str, not {}",
            other.py_type_name()
        ))),
    };
    let mut table = Vec::new();
    match args.pos.as_slice() {
        [] => {
            return Err(Error::type_error(
                "if you give only one argument to maketrans it must be a dict",
            ))
        }
        [y, rest @ ..] => {
            let y = text(y)?;
            if x.chars().count() != y.chars().count() {
                return Err(Error::value(
                    "the first two maketrans arguments must have equal length",
                ));
            }
            for (a, b) in x.chars().zip(y.chars()) {
                crate::value::index::dict_set(
                    &mut table,
                    Value::Int(a as i64),
                    Value::Int(b as i64),
                );
            }
            if let Some(z) = rest.first() {
                for c in text(z)?.chars() {
                    crate::value::index::dict_set(&mut table, Value::Int(c as i64), Value::None);
                }
            }
        }
    }
    Ok(Value::dict(table))
}

impl Interp {
    /// `s.translate(table)`: each character looked up by its code point;
    /// an int maps to that character, a string replaces it, `None` drops
    /// it, a missing key keeps it.
    fn str_translate(&mut self, s: &str, args: &Args) -> Result<Value> {
        let [table] = args.clone().bind("translate", ["table"], 1)?;
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            let key = Value::Int(c as i64);
            let mapped = match &table {
                Value::Dict(d) => d
                    .borrow()
                    .iter()
                    .find(|(k, _)| ops::values_equal(k, &key))
                    .map(|(_, v)| v.clone()),
                other => {
                    match crate::value::index::get_item(
                        other,
                        &[crate::value::Index::Value(key)],
                        self,
                    ) {
                        Ok(v) => Some(v),
                        Err(e) if matches!(e.kind, ErrorKind::Key | ErrorKind::Index) => None,
                        Err(e) => return Err(e),
                    }
                }
            };
            match mapped {
                None => out.push(c),
                Some(Value::None) => {}
                Some(Value::Int(i)) => match u32::try_from(i).ok().and_then(char::from_u32) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(Error::value("character mapping must be in range(0x110000)"))
                    }
                },
                Some(Value::Str(ref t)) => out.push_str(t),
                Some(_) => {
                    return Err(Error::type_error(
                        "character mapping must return integer, None or str",
                    ))
                }
            }
            crate::value::convert::check_list("str.translate()", out.len() / 16)?;
        }
        Ok(Value::str(&out))
    }
}
