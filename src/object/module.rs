//! Module namespaces: `import numpy as np` binds a value whose attributes
//! are arr's builtins under the library's names (`np.linalg.lstsq` is
//! `lstsq`), per the table in `modtable.rs`.

use super::modtable::{self, Attr};
use crate::error::{suggest, Error, ErrorKind, Result};
use crate::value::{Context, HostValue, Value};
use std::any::Any;
use std::rc::Rc;

#[derive(Debug)]
pub struct Module {
    pub path: &'static str,
}

/// The module of this dotted path, if arr provides it.
pub fn module(path: &str) -> Option<Value> {
    let (p, _) = modtable::MODULES.iter().find(|(p, _)| *p == path)?;
    Some(Value::Host(Rc::new(Module { path: p })))
}

/// `import a.b.c`: an error naming the module when arr has no such module.
pub fn import(path: &str) -> Result<Value> {
    module(path).ok_or_else(|| {
        let mut e = Error::new(ErrorKind::Import, format!("No module named '{path}'"));
        if let Some(s) = suggest(path, modtable::MODULES.iter().map(|(p, _)| *p)) {
            e = e.with_note(format!("did you mean '{s}'?"));
        }
        e
    })
}

impl Module {
    /// The attribute `name`, resolved against the interpreter's globals.
    pub fn attr(&self, name: &str, cx: &mut dyn Context) -> Result<Value> {
        let found = modtable::attr(self.path, name);
        let value = match found {
            Some(Attr::Module(p)) => module(p),
            Some(Attr::Global(g)) => cx.module_global(g),
            None => None,
        };
        value.ok_or_else(|| {
            let mut e = Error::new(
                ErrorKind::Attribute,
                format!("module '{}' has no attribute '{name}'", self.path),
            );
            let names = modtable::module(self.path)
                .unwrap_or(&[])
                .iter()
                .map(|(n, _)| *n);
            if let Some(s) = suggest(name, names) {
                e = e.with_note(format!("did you mean '{s}'?"));
            }
            e
        })
    }
}

impl HostValue for Module {
    fn type_name(&self) -> String {
        "module".into()
    }

    fn as_any(&self) -> &dyn Any {
        self
    }

    fn fallback_repr(&self) -> String {
        format!("<module '{}'>", self.path)
    }

    fn get_attr(&self, _this: &Value, name: &str, cx: &mut dyn Context) -> Option<Result<Value>> {
        if name == "__name__" {
            return Some(Ok(Value::str(self.path)));
        }
        Some(self.attr(name, cx))
    }

    fn set_attr(&self, name: &str, _value: Value, _cx: &mut dyn Context) -> Option<Result<()>> {
        Some(Err(Error::new(
            ErrorKind::Attribute,
            format!(
                "module '{}': attribute '{name}' cannot be set in arr",
                self.path
            ),
        )))
    }

    fn call_method(
        &self,
        _this: &Value,
        name: &str,
        args: &crate::value::Args,
        cx: &mut dyn Context,
    ) -> Option<Result<Value>> {
        Some(self.attr(name, cx).and_then(|f| cx.call(&f, args.clone())))
    }

    fn attr_names(&self) -> Vec<String> {
        modtable::module(self.path)
            .unwrap_or(&[])
            .iter()
            .map(|(n, _)| n.to_string())
            .collect()
    }
}
