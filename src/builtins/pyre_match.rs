//! `re.Match`: the groups of a match, the template expansion of
//! `sub`, and the match object's methods.

use super::pyre::{char_at, pattern_error, text_of, Match, MatchObj, PatternObj};
use crate::error::{Error, ErrorKind, Result};
use crate::value::{Args, Context, HostValue, Value};
use std::any::Any;
use std::rc::Rc;

impl Match {
    pub(super) fn group_index(&self, g: &Value) -> Result<usize> {
        let i = match g {
            Value::Int(i) => usize::try_from(*i).ok(),
            Value::Bool(b) => Some(usize::from(*b)),
            Value::Str(name) => self
                .pattern
                .names
                .iter()
                .position(|n| n.as_deref() == Some(&**name)),
            _ => None,
        };
        i.filter(|&i| i < self.spans.len())
            .ok_or_else(|| Error::new(ErrorKind::Index, "no such group"))
    }

    pub(super) fn group(&self, i: usize, default: &Value) -> Value {
        match self.spans.get(i).copied().flatten() {
            Some((s, e)) => Value::str(&self.text[s..e]),
            None => default.clone(),
        }
    }

    pub(super) fn span(&self, i: usize) -> (i64, i64) {
        match self.spans.get(i).copied().flatten() {
            Some((s, e)) => (char_at(&self.text, s) as i64, char_at(&self.text, e) as i64),
            None => (-1, -1),
        }
    }

    pub(super) fn groups(&self, default: &Value) -> Value {
        Value::tuple(
            (1..self.spans.len())
                .map(|i| self.group(i, default))
                .collect(),
        )
    }

    /// A replacement template with `\1`, `\g<name>`, `\n`... filled in.
    pub(super) fn expand(&self, template: &str) -> Result<String> {
        let mut out = String::new();
        let mut chars = template.chars().peekable();
        while let Some(c) = chars.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            let Some(n) = chars.next() else {
                return Err(pattern_error("bad escape (end of pattern)"));
            };
            let push_group = |out: &mut String, i: usize| -> Result<()> {
                if i >= self.spans.len() {
                    return Err(pattern_error(format!("invalid group reference {i}")));
                }
                if let Value::Str(s) = &self.group(i, &Value::None) {
                    out.push_str(s);
                }
                Ok(())
            };
            match n {
                '1'..='9' => {
                    let mut num = n.to_digit(10).unwrap_or(0) as usize;
                    if let Some(d) = chars.peek().and_then(|d| d.to_digit(10)) {
                        num = num * 10 + d as usize;
                        chars.next();
                    }
                    push_group(&mut out, num)?;
                }
                'g' => {
                    if chars.next() != Some('<') {
                        return Err(pattern_error("missing <"));
                    }
                    let name: String = chars.by_ref().take_while(|&c| c != '>').collect();
                    let i = match name.parse::<usize>() {
                        Ok(i) => i,
                        Err(_) => self.group_index(&Value::str(&name)).map_err(|_| {
                            Error::new(ErrorKind::Index, format!("unknown group name '{name}'"))
                        })?,
                    };
                    push_group(&mut out, i)?;
                }
                'n' => out.push('\n'),
                't' => out.push('\t'),
                'r' => out.push('\r'),
                'f' => out.push('\x0c'),
                'v' => out.push('\x0b'),
                'a' => out.push('\x07'),
                'b' => out.push('\x08'),
                '\\' => out.push('\\'),
                '0' => out.push('\0'),
                c if c.is_ascii_alphabetic() => {
                    return Err(pattern_error(format!("bad escape \\{c}")));
                }
                c => {
                    out.push('\\');
                    out.push(c);
                }
            }
        }
        Ok(out)
    }
}

impl HostValue for MatchObj {
    fn type_name(&self) -> String {
        "re.Match".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        let m = &self.0;
        let (s, e) = m.span(0);
        let text = match &m.group(0, &Value::None) {
            Value::Str(t) => crate::value::format::str_repr(t),
            _ => "None".into(),
        };
        format!("<re.Match object; span=({s}, {e}), match={text}>")
    }

    fn truthy(&self, _cx: &mut dyn Context) -> Option<Result<bool>> {
        Some(Ok(true))
    }

    fn getitem(
        &self,
        index: &[crate::value::Index],
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let key = match index {
            [crate::value::Index::Value(v)] => v.clone(),
            _ => return Some(Err(Error::new(ErrorKind::Index, "no such group"))),
        };
        Some(
            self.0
                .group_index(&key)
                .map(|i| self.0.group(i, &Value::None)),
        )
    }

    fn get_attr(&self, _this: &Value, name: &str, _cx: &mut dyn Context) -> Option<Result<Value>> {
        let m = &self.0;
        Some(Ok(match name {
            "string" => Value::Str(m.text.clone()),
            "re" => Value::Host(Rc::new(PatternObj(m.pattern.clone()))),
            "pos" => Value::Int(0),
            "endpos" => Value::Int(m.text.chars().count() as i64),
            "lastindex" => match (1..m.spans.len()).rev().find(|&i| m.spans[i].is_some()) {
                Some(i) => Value::Int(i as i64),
                None => Value::None,
            },
            _ => return None,
        }))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &Args,
        _cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        let m = &self.0;
        let one = |args: &Args| -> Result<usize> {
            let [g] = args.clone().bind(name, ["group"], 0)?;
            match g {
                Value::Undefined | Value::None => Ok(0),
                g => m.group_index(&g),
            }
        };
        let r = match name {
            "group" => {
                let idx: Result<Vec<usize>> = args.pos.iter().map(|g| m.group_index(g)).collect();
                idx.map(|idx| match idx.as_slice() {
                    [] => m.group(0, &Value::None),
                    [i] => m.group(*i, &Value::None),
                    many => Value::tuple(many.iter().map(|&i| m.group(i, &Value::None)).collect()),
                })
            }
            "groups" => args
                .clone()
                .bind("groups", ["default"], 0)
                .map(|[d]| m.groups(&d)),
            "groupdict" => args.clone().bind("groupdict", ["default"], 0).map(|[d]| {
                let items = m
                    .pattern
                    .names
                    .iter()
                    .enumerate()
                    .filter_map(|(i, n)| Some((Value::str(n.as_deref()?), m.group(i, &d))))
                    .collect();
                Value::dict(items)
            }),
            "start" => one(args).map(|i| Value::Int(m.span(i).0)),
            "end" => one(args).map(|i| Value::Int(m.span(i).1)),
            "span" => one(args).map(|i| {
                let (s, e) = m.span(i);
                Value::tuple(vec![Value::Int(s), Value::Int(e)])
            }),
            "expand" => args
                .clone()
                .bind("expand", ["template"], 1)
                .and_then(|[t]| m.expand(&text_of(&t)?).map(|s| Value::str(&s))),
            _ => return None,
        };
        Some(r)
    }

    fn attr_names(&self) -> Vec<String> {
        [
            "group",
            "groups",
            "groupdict",
            "start",
            "end",
            "span",
            "expand",
            "string",
            "re",
            "lastindex",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect()
    }
}
