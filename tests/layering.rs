//! The source tree is layered: each top-level module of `src/` may use only
//! the modules below it, so there is no import loop. The order, lowest
//! first: syntax (tokens, AST), error, array (the NumPy engine), value
//! (values and the object protocol), builtins, resolve, eval (the tree
//! walker), tensor (a family the engine installs), api (the Engine), repl.
//! This test reads every `crate::` path in `src/` (comments excluded) and
//! fails on any reference that points up.

use std::collections::BTreeSet;
use std::path::Path;

const LAYERS: &[&str] = &[
    "syntax", "error", "array", "value", "builtins", "resolve", "eval", "tensor", "api", "repl",
];

/// Macros exported at the crate root, and the module that defines them.
const MACROS: &[(&str, &str)] = &[("map_array", "array"), ("with_array", "array")];

fn rust_files(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for e in std::fs::read_dir(dir).expect("src exists").flatten() {
        let p = e.path();
        if p.is_dir() {
            rust_files(&p, out);
        } else if p.extension().is_some_and(|x| x == "rs") {
            out.push(p);
        }
    }
}

/// The module a `crate::` path names (`crate::value::ops` -> `value`).
fn module_of(name: &str) -> String {
    MACROS
        .iter()
        .find(|(m, _)| *m == name)
        .map(|(_, module)| module.to_string())
        .unwrap_or_else(|| name.to_string())
}

/// Every top-level module referenced from `text` through `crate::`.
fn references(text: &str) -> BTreeSet<String> {
    let mut out = BTreeSet::new();
    for line in text.lines() {
        let code = match line.find("//") {
            Some(i) => &line[..i],
            None => line,
        };
        let mut rest = code;
        while let Some(i) = rest.find("crate::") {
            rest = &rest[i + "crate::".len()..];
            if let Some(group) = rest.strip_prefix('{') {
                // `use crate::{a::b, c};`
                let end = group.find('}').unwrap_or(group.len());
                for item in group[..end].split(',') {
                    let name: String = item
                        .trim()
                        .chars()
                        .take_while(|c| c.is_alphanumeric() || *c == '_')
                        .collect();
                    if !name.is_empty() {
                        out.insert(module_of(&name));
                    }
                }
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                if !name.is_empty() {
                    out.insert(module_of(&name));
                }
            }
        }
    }
    out
}

#[test]
fn modules_only_use_the_layers_below_them() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut violations = Vec::new();
    let mut seen = 0;
    for (level, layer) in LAYERS.iter().enumerate() {
        let dir = src.join(layer);
        let mut files = Vec::new();
        if dir.is_dir() {
            rust_files(&dir, &mut files);
        } else {
            files.push(src.join(format!("{layer}.rs")));
        }
        for f in files {
            let Ok(text) = std::fs::read_to_string(&f) else {
                continue;
            };
            seen += 1;
            for used in references(&text) {
                let Some(used_level) = LAYERS.iter().position(|l| *l == used) else {
                    continue; // crate-root items (STDLIB, Engine re-exports)
                };
                if used_level > level {
                    violations.push(format!(
                        "{} ({layer}) uses crate::{used}, a layer above it",
                        f.strip_prefix(&src).unwrap_or(&f).display()
                    ));
                }
            }
        }
    }
    assert!(seen > 50, "expected the source tree, read {seen} files");
    assert!(violations.is_empty(), "{}", violations.join("\n"));
}

#[test]
fn the_reader_sees_references_in_use_groups_and_paths() {
    let text = "use crate::{value::Value, eval::Interp};\nlet x = crate::array::ops::f(); // crate::repl\n";
    let refs: Vec<String> = references(text).into_iter().collect();
    assert_eq!(refs, vec!["array", "eval", "value"]);
}
