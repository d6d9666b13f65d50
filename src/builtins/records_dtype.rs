//! Structured dtypes (`dtype([("x", float), ("y", float, 3)])`): parsing
//! NumPy's spellings, and the dtype object (see `records.rs`).

use crate::array::DType;
use crate::error::{Error, ErrorKind, Result};
use crate::value::convert::to_dtype;
use crate::value::{Context, HostValue, Index, Value};
use std::any::Any;
use std::rc::Rc;

/// What a field holds.
#[derive(Debug, Clone, PartialEq)]
pub enum Kind {
    Plain(DType),
    Struct(Rc<StructType>),
}

#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    pub name: String,
    pub kind: Kind,
    /// The field's own shape (`("x", float, 3)`): each record holds that
    /// many values.
    pub sub: Vec<usize>,
}

/// A structured dtype: named fields, packed in order.
#[derive(Debug, PartialEq)]
pub struct StructType {
    pub fields: Vec<Field>,
}

impl Kind {
    pub(super) fn itemsize(&self) -> usize {
        match self {
            Kind::Plain(d) => d.itemsize(),
            Kind::Struct(t) => t.itemsize(),
        }
    }
}

impl Field {
    pub(super) fn count(&self) -> usize {
        self.sub.iter().product()
    }

    pub(super) fn itemsize(&self) -> usize {
        self.kind.itemsize().saturating_mul(self.count())
    }

    fn descr(&self) -> String {
        let ty = match &self.kind {
            Kind::Plain(d) => format!("'{}'", type_code(*d)),
            Kind::Struct(t) => t.descr(),
        };
        if self.sub.is_empty() {
            format!("('{}', {ty})", self.name)
        } else {
            format!(
                "('{}', {ty}, {})",
                self.name,
                crate::array::format::shape_str(&self.sub)
            )
        }
    }
}

/// NumPy's short type string inside a structured dtype's repr: `'<f8'`,
/// `'u1'`, `'?'`.
fn type_code(d: DType) -> String {
    match d {
        DType::Bool => "?".into(),
        d if d.itemsize() == 1 => d.type_str().trim_start_matches('|').to_string(),
        d => d.type_str(),
    }
}

impl StructType {
    pub fn itemsize(&self) -> usize {
        self.fields.iter().map(Field::itemsize).sum()
    }

    /// `[('x', '<f8'), ('y', '<f8')]`
    pub fn descr(&self) -> String {
        let parts: Vec<String> = self.fields.iter().map(Field::descr).collect();
        format!("[{}]", parts.join(", "))
    }

    fn names(&self) -> Vec<&str> {
        self.fields.iter().map(|f| f.name.as_str()).collect()
    }

    pub(super) fn field(&self, name: &str) -> Result<usize> {
        self.fields
            .iter()
            .position(|f| f.name == name)
            .ok_or_else(|| {
                Error::new(
                    ErrorKind::Value,
                    format!(
                        "no field of name {name} (the fields are {})",
                        self.names().join(", ")
                    ),
                )
            })
    }
}

/// Whether a `dtype=` value asks for a structured dtype (a list of fields,
/// a names/formats dict, a comma-separated string or a structured dtype).
pub fn is_struct_spec(v: &Value) -> bool {
    match v {
        Value::List(_) | Value::Dict(_) => true,
        Value::Str(s) => s.contains(','),
        Value::Host(h) => h.as_any().is::<StructDType>(),
        _ => false,
    }
}

const MAX_FIELDS: usize = 4096;

/// A structured dtype from its NumPy spelling.
pub fn parse_struct(v: &Value, what: &str, depth: usize) -> Result<Rc<StructType>> {
    if depth > 32 {
        return Err(Error::value(format!(
            "{what}: structured dtype nested too deeply"
        )));
    }
    let fields = match v {
        Value::Host(h) => {
            if let Some(d) = h.as_any().downcast_ref::<StructDType>() {
                return Ok(d.0.clone());
            }
            return Err(Error::type_error(format!(
                "{what}: expected a dtype, got {}",
                v.type_name()
            )));
        }
        Value::Str(s) => s
            .split(',')
            .enumerate()
            .map(|(i, t)| {
                let t = t.trim();
                Ok(Field {
                    name: format!("f{i}"),
                    kind: Kind::Plain(DType::parse(t).ok_or_else(|| unknown_type(t, what))?),
                    sub: Vec::new(),
                })
            })
            .collect::<Result<Vec<_>>>()?,
        Value::Dict(d) => {
            let d = d.borrow().clone();
            let mut names = None;
            let mut formats = None;
            for (k, val) in d {
                match &k {
                    Value::Str(s) if &**s == "names" => names = Some(val),
                    Value::Str(s) if &**s == "formats" => formats = Some(val),
                    other => {
                        return Err(Error::value(format!(
                            "{what}: a structured dtype dict takes 'names' and 'formats' (arr packs fields without offsets or titles), not {}",
                            crate::value::format::value_repr(other)
                        )))
                    }
                }
            }
            let (Some(names), Some(formats)) = (names, formats) else {
                return Err(Error::value(format!(
                    "{what}: a structured dtype dict needs 'names' and 'formats'"
                )));
            };
            let seq = |v: &Value| {
                crate::value::convert::seq_items(v).ok_or_else(|| {
                    Error::type_error(format!("{what}: 'names' and 'formats' are lists"))
                })
            };
            let names = seq(&names)?;
            let formats = seq(&formats)?;
            if names.len() != formats.len() {
                return Err(Error::value(format!(
                    "{what}: {} names but {} formats",
                    names.len(),
                    formats.len()
                )));
            }
            names
                .iter()
                .zip(formats.iter())
                .map(|(n, f)| field_of(n, f, None, what, depth))
                .collect::<Result<Vec<_>>>()?
        }
        Value::List(items) => {
            let items = items.borrow().clone();
            items
                .iter()
                .map(|item| match item {
                    Value::Tuple(t) if t.len() == 2 || t.len() == 3 => {
                        field_of(&t[0], &t[1], t.get(2), what, depth)
                    }
                    other => Err(Error::type_error(format!(
                        "{what}: each field is a tuple (name, type) or (name, type, shape), not {}",
                        other.type_name()
                    ))),
                })
                .collect::<Result<Vec<_>>>()?
        }
        other => {
            return Err(Error::type_error(format!(
                "{what}: expected a structured dtype, got {}",
                other.type_name()
            )))
        }
    };
    if fields.is_empty() {
        return Err(Error::value(format!(
            "{what}: a structured dtype needs at least one field"
        )));
    }
    if fields.len() > MAX_FIELDS {
        return Err(Error::value(format!(
            "{what}: {} fields is more than arr allows ({MAX_FIELDS})",
            fields.len()
        )));
    }
    for (i, f) in fields.iter().enumerate() {
        if fields[..i].iter().any(|g| g.name == f.name) {
            return Err(Error::value(format!(
                "{what}: field '{}' occurs more than once",
                f.name
            )));
        }
    }
    let t = StructType { fields };
    crate::array::alloc::check("a structured dtype", t.itemsize(), 1)?;
    Ok(Rc::new(t))
}

fn unknown_type(t: &str, what: &str) -> Error {
    if t.starts_with(['S', 'U', 'a']) || t.starts_with("|S") || t.starts_with("<U") {
        return Error::type_error(format!(
            "{what}: string fields ('{t}') are not supported yet; arr's structured fields hold numbers and bools"
        ));
    }
    Error::type_error(format!("{what}: unknown dtype '{t}'"))
}

fn field_of(
    name: &Value,
    ty: &Value,
    shape: Option<&Value>,
    what: &str,
    depth: usize,
) -> Result<Field> {
    let Value::Str(name) = name else {
        return Err(Error::type_error(format!(
            "{what}: a field name must be a str, not {}",
            name.type_name()
        )));
    };
    let kind = match ty {
        Value::List(_) | Value::Dict(_) => Kind::Struct(parse_struct(ty, what, depth + 1)?),
        Value::Host(h) if h.as_any().is::<StructDType>() => {
            Kind::Struct(parse_struct(ty, what, depth + 1)?)
        }
        Value::Str(s) => Kind::Plain(DType::parse(s.trim()).ok_or_else(|| unknown_type(s, what))?),
        other => Kind::Plain(to_dtype(other, what)?),
    };
    let sub = match shape {
        None => Vec::new(),
        Some(Value::Int(n)) if *n >= 0 => vec![*n as usize],
        Some(Value::Tuple(t)) => t
            .iter()
            .map(|d| match d {
                Value::Int(n) if *n >= 0 => Ok(*n as usize),
                _ => Err(Error::value(format!(
                    "{what}: a field shape holds non-negative ints"
                ))),
            })
            .collect::<Result<_>>()?,
        Some(other) => {
            return Err(Error::type_error(format!(
                "{what}: a field shape is an int or a tuple of ints, not {}",
                other.type_name()
            )))
        }
    };
    let count = sub
        .iter()
        .try_fold(1usize, |a, &d| a.checked_mul(d))
        .ok_or_else(|| Error::value(format!("{what}: field '{name}' is too large")))?;
    crate::array::alloc::check("a structured field", count, kind.itemsize())?;
    Ok(Field {
        name: name.to_string(),
        kind,
        sub,
    })
}

/// A structured dtype as a value (`np.dtype([...])`).
#[derive(Debug)]
pub struct StructDType(pub Rc<StructType>);

pub fn dtype_value(t: Rc<StructType>) -> Value {
    Value::Host(Rc::new(StructDType(t)))
}

pub(super) fn field_dtype_value(f: &Field) -> Value {
    match &f.kind {
        Kind::Plain(d) => Value::DType(*d),
        Kind::Struct(t) => dtype_value(t.clone()),
    }
}

impl HostValue for StructDType {
    fn type_name(&self) -> String {
        "dtype".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("dtype({})", self.0.descr())
    }

    fn str(&self, _cx: &mut dyn Context) -> Result<String> {
        Ok(self.0.descr())
    }

    fn len(&self, _cx: &mut dyn Context) -> Option<Result<usize>> {
        Some(Ok(self.0.fields.len()))
    }

    fn binary(
        &self,
        op: crate::syntax::ast::BinOp,
        other: &Value,
        _reflected: bool,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        use crate::syntax::ast::BinOp;
        let same = match other {
            Value::Host(h) => h
                .as_any()
                .downcast_ref::<StructDType>()
                .is_some_and(|o| *o.0 == *self.0),
            _ => false,
        };
        match op {
            BinOp::Eq => Some(Ok(Value::Bool(same))),
            BinOp::Ne => Some(Ok(Value::Bool(!same))),
            _ => None,
        }
    }

    fn getitem(&self, index: &[Index], _cx: &mut dyn Context) -> Option<Result<Value>> {
        Some(match index {
            [Index::Value(Value::Str(name))] => self
                .0
                .field(name)
                .map_err(|e| Error::new(ErrorKind::Key, e.message.clone()))
                .map(|i| field_dtype_value(&self.0.fields[i])),
            [Index::Value(Value::Int(i))] => {
                let n = self.0.fields.len() as i64;
                let k = if *i < 0 { *i + n } else { *i };
                if (0..n).contains(&k) {
                    Ok(field_dtype_value(&self.0.fields[k as usize]))
                } else {
                    Err(Error::index(format!("Field index {i} out of range.")))
                }
            }
            _ => Err(Error::type_error(
                "a structured dtype is indexed by a field name or number",
            )),
        })
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let t = &self.0;
        Some(Ok(match name {
            "names" => Value::tuple(t.fields.iter().map(|f| Value::str(&f.name)).collect()),
            "itemsize" => Value::Int(t.itemsize() as i64),
            "kind" | "char" => Value::str("V"),
            "name" => Value::str(&format!("void{}", t.itemsize() * 8)),
            "str" => Value::str(&format!("|V{}", t.itemsize())),
            "ndim" => Value::Int(0),
            "shape" => Value::tuple(Vec::new()),
            "fields" => {
                let mut off = 0usize;
                let mut pairs = Vec::new();
                for f in &t.fields {
                    pairs.push((
                        Value::str(&f.name),
                        Value::tuple(vec![field_dtype_value(f), Value::Int(off as i64)]),
                    ));
                    off += f.itemsize();
                }
                Value::dict(pairs)
            }
            _ => return None,
        }))
    }

    fn attr_names(&self) -> Vec<String> {
        ["names", "itemsize", "kind", "char", "name", "str", "fields"]
            .map(String::from)
            .to_vec()
    }
}
