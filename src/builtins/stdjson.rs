//! `json` and `argparse`: arr values to and from `crate::pyjson`, and
//! `ArgumentParser` objects over `crate::pyargparse`.

use super::{Args, Context, Registry};
use crate::error::{Error, ErrorKind, Result};
use crate::pyargparse::{self as ap, ArgSpec, ArgType, ArgVal, Exit, Parser};
use crate::pyjson::{self, Json};
use crate::value::{ops, HostValue, Value};
use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

pub fn register(r: &mut Registry) {
    r.add("json_dumps", json_dumps, "json.dumps(obj, indent=None, sort_keys=False, separators=None, ensure_ascii=True)\n\nThe JSON text of a value.\n\n>>> import json; json.dumps({'a': [1, 2.5, None, True]})\n'{\"a\": [1, 2.5, null, true]}'");
    r.add("json_loads", json_loads, "json.loads(s)\n\nThe value of a JSON text.\n\n>>> import json; json.loads('{\"x\": [1, 2]}')\n{'x': [1, 2]}");
    r.add("json_dump", json_dump, "json.dump(obj, fp, **options)\n\nWrites the JSON text of a value to a file opened for writing.\n\n>>> import json; callable(json.dump)\nTrue");
    r.add("json_load", json_load, "json.load(fp)\n\nReads the value of the JSON text in an open file.\n\n>>> import json; callable(json.load)\nTrue");
    r.add("argparse_ArgumentParser", argument_parser, "argparse.ArgumentParser(prog=None, description=None, epilog=None)\n\nA command-line parser (`add_argument`, `parse_args`, `print_help`).\n\n>>> import argparse; p = argparse.ArgumentParser(prog='x'); p.add_argument('--n', type=int, default=3); p.parse_args([]).n\n3");
    r.add("argparse_Namespace", namespace, "argparse.Namespace(**kwargs)\n\nAn object with the given attributes.\n\n>>> import argparse; argparse.Namespace(a=1)\nNamespace(a=1)");
}

const MAX_JSON_DEPTH: usize = 200;

fn to_json(v: &Value, depth: usize) -> Result<Json> {
    if depth > MAX_JSON_DEPTH {
        return Err(Error::value("Circular reference detected"));
    }
    Ok(match v {
        Value::None => Json::Null,
        Value::Bool(b) => Json::Bool(*b),
        Value::Int(i) => Json::Int(*i),
        Value::Float(f) => Json::Float(*f),
        Value::Str(s) => Json::Str(s.to_string()),
        Value::List(_) | Value::Tuple(_) => Json::List(
            crate::value::convert::seq_items(v)
                .unwrap_or_default()
                .iter()
                .map(|x| to_json(x, depth + 1))
                .collect::<Result<_>>()?,
        ),
        Value::Dict(d) => {
            let pairs = d.borrow().clone();
            let mut out = Vec::with_capacity(pairs.len());
            for (k, x) in pairs {
                let key = match &k {
                    Value::Str(s) => s.to_string(),
                    Value::Int(i) => i.to_string(),
                    Value::Float(f) => crate::pyfmt::float_repr(*f),
                    Value::Bool(b) => b.to_string(),
                    Value::None => "null".into(),
                    other => {
                        return Err(Error::type_error(format!(
                            "keys must be str, int, float, bool or None, not {}",
                            crate::object::types::type_name_of(other)
                        )))
                    }
                };
                out.push((key, to_json(&x, depth + 1)?));
            }
            Json::Obj(out)
        }
        Value::Array(a) => {
            let items = crate::builtins::core::items_of(v, "json.dumps")?;
            if a.ndim() == 0 {
                return to_json(&Value::from(a.as_ref().clone()), depth + 1);
            }
            Json::List(
                items
                    .iter()
                    .map(|x| to_json(x, depth + 1))
                    .collect::<Result<_>>()?,
            )
        }
        other => {
            return Err(Error::type_error(format!(
                "Object of type {} is not JSON serializable",
                crate::object::types::type_name_of(other)
            )))
        }
    })
}

fn from_json(j: Json) -> Value {
    match j {
        Json::Null => Value::None,
        Json::Bool(b) => Value::Bool(b),
        Json::Int(i) => Value::Int(i),
        Json::Float(f) => Value::Float(f),
        Json::Str(s) => Value::str(&s),
        Json::List(items) => Value::list(items.into_iter().map(from_json).collect()),
        Json::Obj(pairs) => Value::dict(
            pairs
                .into_iter()
                .map(|(k, v)| (Value::str(&k), from_json(v)))
                .collect(),
        ),
    }
}

fn dumps_with(cx: &mut dyn Context, obj: &Value, kw: &[(Rc<str>, Value)]) -> Result<String> {
    let json = to_json(obj, 0)?;
    let float_repr = |f: f64| crate::pyfmt::float_repr(f);
    let mut opts = pyjson::DumpOpts::new(&float_repr);
    for (k, v) in kw {
        match (&**k, v) {
            ("indent", Value::None) => opts.indent = None,
            ("indent", Value::Int(n)) => {
                opts.indent = Some(" ".repeat((*n).clamp(0, 1000) as usize))
            }
            ("indent", Value::Str(s)) => opts.indent = Some(s.to_string()),
            ("sort_keys", v) => opts.sort_keys = ops::truthy(v, cx)?,
            ("ensure_ascii", v) => opts.ensure_ascii = ops::truthy(v, cx)?,
            ("allow_nan", v) => opts.allow_nan = ops::truthy(v, cx)?,
            ("separators", Value::None) => opts.separators = None,
            ("separators", Value::Tuple(t)) if t.len() == 2 => match (&t[0], &t[1]) {
                (Value::Str(a), Value::Str(b)) => {
                    opts.separators = Some((a.to_string(), b.to_string()))
                }
                _ => {
                    return Err(Error::type_error(
                        "json.dumps(separators=) takes two strings",
                    ))
                }
            },
            (k, _) => {
                return Err(Error::type_error(format!(
                    "json.dumps() got an unexpected or invalid keyword argument '{k}'"
                )))
            }
        }
    }
    pyjson::dumps(&json, &opts).map_err(Error::value)
}

fn json_dumps(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let Args { pos, kw } = args;
    let [obj] = <[Value; 1]>::try_from(pos).map_err(|p| {
        Error::type_error(format!(
            "json.dumps() takes 1 positional argument but {} were given",
            p.len()
        ))
    })?;
    dumps_with(cx, &obj, &kw).map(|s| Value::str(&s))
}

fn loads_text(text: &str) -> Result<Value> {
    pyjson::loads(text).map(from_json).map_err(|e| {
        crate::object::exc::error_with_fields(
            ErrorKind::Value,
            "JSONDecodeError",
            e.message,
            vec![
                ("msg", Value::str(&e.msg)),
                ("doc", Value::str(text)),
                ("pos", Value::Int(e.pos as i64)),
                ("lineno", Value::Int(e.lineno as i64)),
                ("colno", Value::Int(e.colno as i64)),
            ],
        )
    })
}

fn json_loads(_: &mut dyn Context, args: Args) -> Result<Value> {
    let [s] = args.bind("loads", ["s"], 1)?;
    match &s {
        Value::Str(t) => loads_text(t),
        other => Err(Error::type_error(format!(
            "the JSON object must be str, not {}",
            crate::object::types::type_name_of(other)
        ))),
    }
}

fn json_dump(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let Args { pos, kw } = args;
    let [obj, fp] = <[Value; 2]>::try_from(pos)
        .map_err(|_| Error::type_error("json.dump() takes obj and fp"))?;
    let text = dumps_with(cx, &obj, &kw)?;
    let write = crate::value::Args {
        pos: vec![Value::str(&text)],
        kw: Vec::new(),
    };
    match &fp {
        Value::Host(h) => match h.clone().call_method(&fp, "write", &write, cx) {
            Some(r) => r.map(|_| Value::None),
            None => Err(Error::type_error("json.dump(): fp has no write()")),
        },
        _ => Err(Error::type_error(
            "json.dump(): fp must be a file opened for writing",
        )),
    }
}

fn json_load(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [fp] = args.bind("load", ["fp"], 1)?;
    let text = match &fp {
        Value::Host(h) => match h.clone().call_method(&fp, "read", &Args::default(), cx) {
            Some(r) => r?,
            None => return Err(Error::type_error("json.load(): fp has no read()")),
        },
        _ => return Err(Error::type_error("json.load(): fp must be an open file")),
    };
    match &text {
        Value::Str(t) => loads_text(t),
        _ => Err(Error::type_error("json.load(): read() did not return text")),
    }
}

// ---------------------------------------------------------------- argparse

#[derive(Debug)]
struct ArgParser {
    parser: RefCell<Parser>,
}

/// `argparse.Namespace`: attributes from `parse_args`.
#[derive(Debug)]
struct Namespace {
    fields: RefCell<Vec<(String, Value)>>,
}

fn argval(v: &Value) -> Result<ArgVal> {
    Ok(match v {
        Value::None => ArgVal::None,
        Value::Bool(b) => ArgVal::Bool(*b),
        Value::Int(i) => ArgVal::Int(*i),
        Value::Float(f) => ArgVal::Float(*f),
        Value::Str(s) => ArgVal::Str(s.to_string()),
        Value::List(_) | Value::Tuple(_) => ArgVal::List(
            crate::value::convert::seq_items(v)
                .unwrap_or_default()
                .iter()
                .map(argval)
                .collect::<Result<_>>()?,
        ),
        Value::Array(a) if a.ndim() == 1 => ArgVal::List(
            crate::builtins::core::items_of(v, "argparse")?
                .iter()
                .map(argval)
                .collect::<Result<_>>()?,
        ),
        other => {
            return Err(Error::type_error(format!(
                "argparse: {} values are not supported",
                crate::object::types::type_name_of(other)
            )))
        }
    })
}

fn value_of(a: ArgVal) -> Value {
    match a {
        ArgVal::None => Value::None,
        ArgVal::Bool(b) => Value::Bool(b),
        ArgVal::Int(i) => Value::Int(i),
        ArgVal::Float(f) => Value::Float(f),
        ArgVal::Str(s) => Value::str(&s),
        ArgVal::List(items) => Value::list(items.into_iter().map(value_of).collect()),
    }
}

fn argument_parser(cx: &mut dyn Context, args: Args) -> Result<Value> {
    let [prog, description, epilog] =
        args.bind("ArgumentParser", ["prog", "description", "epilog"], 0)?;
    let prog = match &prog {
        Value::Str(s) => s.to_string(),
        _ => cx
            .argv()
            .first()
            .map(|p| p.rsplit('/').next().unwrap_or(p).to_string())
            .unwrap_or_else(|| "arr".into()),
    };
    let mut parser = Parser::new(&prog);
    let text = |v: Value| match &v {
        Value::Str(s) => Some(s.to_string()),
        _ => None,
    };
    parser.description = text(description);
    parser.epilog = text(epilog);
    Ok(Value::Host(Rc::new(ArgParser {
        parser: RefCell::new(parser),
    })))
}

fn namespace(_: &mut dyn Context, args: Args) -> Result<Value> {
    if !args.pos.is_empty() {
        return Err(Error::type_error(
            "Namespace() takes keyword arguments only",
        ));
    }
    let fields = args
        .kw
        .into_iter()
        .map(|(k, v)| (k.to_string(), v))
        .collect();
    Ok(Value::Host(Rc::new(Namespace {
        fields: RefCell::new(fields),
    })))
}

impl ArgParser {
    fn add_argument(&self, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        let names = args
            .pos
            .iter()
            .map(|v| match v {
                Value::Str(s) => Ok(s.to_string()),
                _ => Err(Error::type_error("add_argument(): names must be strings")),
            })
            .collect::<Result<Vec<_>>>()?;
        let refs: Vec<&str> = names.iter().map(String::as_str).collect();
        let mut spec = ArgSpec::new(&refs);
        for (k, v) in &args.kw {
            match (&**k, v) {
                ("type", Value::Builtin(b)) if matches!(b.name, "int" | "float" | "str") => {
                    spec.ty = match b.name {
                        "int" => ArgType::Int,
                        "float" => ArgType::Float,
                        _ => ArgType::Str,
                    }
                }
                ("type", _) => {
                    return Err(Error::type_error(
                        "add_argument(type=) takes int, float or str in arr",
                    ))
                }
                ("default", v) => spec.default = Some(argval(v)?),
                ("help", Value::Str(s)) => spec.help = Some(s.to_string()),
                ("required", v) => spec.required = ops::truthy(v, cx)?,
                ("choices", v) => {
                    spec.choices = Some(match argval(v)? {
                        ArgVal::List(items) => items,
                        one => vec![one],
                    })
                }
                ("dest", Value::Str(s)) => spec.dest = Some(s.to_string()),
                ("metavar", Value::Str(s)) => spec.metavar = Some(s.to_string()),
                ("const", v) => spec.const_ = Some(argval(v)?),
                ("action", Value::Str(s)) => {
                    spec.action = match &**s {
                        "store" => ap::Action::Store,
                        "store_true" => ap::Action::StoreTrue,
                        "store_false" => ap::Action::StoreFalse,
                        "count" => ap::Action::Count,
                        "append" => ap::Action::Append,
                        other => return Err(Error::value(format!("unknown action \"{other}\""))),
                    }
                }
                ("nargs", Value::Int(n)) if *n >= 0 => spec.nargs = ap::Nargs::Exactly(*n as usize),
                ("nargs", Value::Str(s)) => {
                    spec.nargs = match &**s {
                        "?" => ap::Nargs::Optional,
                        "*" => ap::Nargs::ZeroOrMore,
                        "+" => ap::Nargs::OneOrMore,
                        other => {
                            return Err(Error::value(format!("invalid nargs value '{other}'")))
                        }
                    }
                }
                (k, _) => {
                    return Err(Error::type_error(format!(
                        "add_argument() got an unexpected or unsupported keyword argument '{k}'"
                    )))
                }
            }
        }
        self.parser.borrow_mut().add(spec).map_err(Error::value)?;
        Ok(Value::None)
    }

    fn parse_args(&self, args: &Args, cx: &mut dyn Context) -> Result<Value> {
        let argv: Vec<String> = match args
            .pos
            .first()
            .or_else(|| args.kw.iter().find(|(k, _)| &**k == "args").map(|(_, v)| v))
        {
            None | Some(Value::None) => cx.argv().into_iter().skip(1).collect(),
            Some(v) => crate::value::convert::iter_values(v, cx)?
                .iter()
                .map(|a| match a {
                    Value::Str(s) => Ok(s.to_string()),
                    _ => Err(Error::type_error("parse_args(): arguments must be strings")),
                })
                .collect::<Result<_>>()?,
        };
        let parsed = self.parser.borrow().parse(&argv);
        match parsed {
            Ok(fields) => {
                let fields = fields.into_iter().map(|(k, v)| (k, value_of(v))).collect();
                Ok(Value::Host(Rc::new(Namespace {
                    fields: RefCell::new(fields),
                })))
            }
            Err(Exit::Help(text)) => {
                cx.write(&text);
                exit_with(cx, 0)
            }
            Err(Exit::Error(text)) => {
                eprint!("{text}");
                exit_with(cx, 2)
            }
        }
    }
}

fn exit_with(cx: &mut dyn Context, code: i64) -> Result<Value> {
    let class =
        crate::object::exc::class("SystemExit").ok_or_else(|| Error::internal("no SystemExit"))?;
    let v = class.instantiate(
        Args {
            pos: vec![Value::Int(code)],
            kw: Vec::new(),
        },
        cx,
    )?;
    Err(crate::object::exc::raise(v, cx)?)
}

impl HostValue for ArgParser {
    fn type_name(&self) -> String {
        "ArgumentParser".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        Some(match name {
            "add_argument" => self.add_argument(args, cx),
            "parse_args" => self.parse_args(args, cx),
            "print_help" => {
                let text = self.parser.borrow().format_help();
                cx.write(&text);
                Ok(Value::None)
            }
            "format_help" => Ok(Value::str(&self.parser.borrow().format_help())),
            "format_usage" => Ok(Value::str(&self.parser.borrow().format_usage())),
            "print_usage" => {
                let text = self.parser.borrow().format_usage();
                cx.write(&text);
                Ok(Value::None)
            }
            "error" => {
                let msg = match args.pos.first() {
                    Some(Value::Str(s)) => s.to_string(),
                    _ => String::new(),
                };
                let (Exit::Error(text) | Exit::Help(text)) = self.parser.borrow().error(&msg);
                eprint!("{text}");
                exit_with(cx, 2)
            }
            _ => Err(Error::new(
                ErrorKind::Attribute,
                format!("'ArgumentParser' object has no attribute '{name}'"),
            )),
        })
    }
}

impl HostValue for Namespace {
    fn type_name(&self) -> String {
        "Namespace".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        let fields = self.fields.borrow().clone();
        let parts: Vec<String> = fields
            .iter()
            .map(|(k, v)| format!("{k}={}", crate::value::format::value_repr(v)))
            .collect();
        format!("Namespace({})", parts.join(", "))
    }

    fn repr(&self, cx: &mut dyn Context) -> Result<String> {
        let fields = self.fields.borrow().clone();
        let parts = fields
            .iter()
            .map(|(k, v)| Ok(format!("{k}={}", crate::value::format::repr_in(v, cx)?)))
            .collect::<Result<Vec<_>>>()?;
        Ok(format!("Namespace({})", parts.join(", ")))
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        if name == "__dict__" {
            let items = self
                .fields
                .borrow()
                .iter()
                .map(|(k, v)| (Value::str(k), v.clone()))
                .collect();
            return Some(Ok(Value::dict(items)));
        }
        let found = self
            .fields
            .borrow()
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.clone());
        Some(found.ok_or_else(|| {
            Error::new(
                ErrorKind::Attribute,
                format!("'Namespace' object has no attribute '{name}'"),
            )
        }))
    }

    fn set_attr(&self, name: &str, value: Value, _cx: &mut dyn Context) -> Option<Result<()>> {
        let mut f = self.fields.borrow_mut();
        match f.iter_mut().find(|(k, _)| k == name) {
            Some(slot) => slot.1 = value,
            None => f.push((name.to_string(), value)),
        }
        Some(Ok(()))
    }

    fn attr_names(&self) -> Vec<String> {
        self.fields
            .borrow()
            .iter()
            .map(|(k, _)| k.clone())
            .collect()
    }
}
