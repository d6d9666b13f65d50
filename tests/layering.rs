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
    "syntax", "error", "array", "value", "object", "builtins", "resolve", "eval", "tensor", "api",
    "repl",
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

/// Source text with string and char literals and `//` comments blanked, so
/// that braces inside them are not counted.
fn code_only(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_str = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_str => {
                chars.next();
            }
            '"' => in_str = !in_str,
            '/' if !in_str && chars.peek() == Some(&'/') => break,
            '\'' if !in_str => {
                // A char literal ('{', '\n'); a lifetime has no closing quote.
                let rest: String = chars.clone().take(3).collect();
                if rest.starts_with('\\') && rest.len() == 3 && rest.ends_with('\'') {
                    chars.nth(2);
                } else if rest.chars().nth(1) == Some('\'') {
                    chars.nth(1);
                }
            }
            c if !in_str => out.push(c),
            _ => {}
        }
    }
    out
}

/// The functions of a file longer than `max` lines, as (name, lines).
fn long_functions(text: &str, max: usize) -> Vec<(String, usize)> {
    let lines: Vec<&str> = text.lines().collect();
    let mut long = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let t = lines[i].trim_start();
        let head = ["pub(crate) fn ", "pub(super) fn ", "pub fn ", "fn "]
            .iter()
            .find_map(|p| t.strip_prefix(p));
        let Some(rest) = head else {
            i += 1;
            continue;
        };
        let name: String = rest
            .chars()
            .take_while(|c| c.is_alphanumeric() || *c == '_')
            .collect();
        let (mut depth, mut started, mut j) = (0i64, false, i);
        while j < lines.len() {
            for c in code_only(lines[j]).chars() {
                match c {
                    '{' => {
                        depth += 1;
                        started = true;
                    }
                    '}' => depth -= 1,
                    ';' if !started && depth == 0 => break,
                    _ => {}
                }
            }
            if (started && depth == 0) || (!started && code_only(lines[j]).contains(';')) {
                break;
            }
            j += 1;
        }
        if started && j + 1 - i > max {
            long.push((name, j + 1 - i));
        }
        i = if started { j + 1 } else { i + 1 };
    }
    long
}

/// The renovation's rule: no Rust file over 800 lines, no function over
/// 150, anywhere in the workspace (split by responsibility instead).
#[test]
fn files_and_functions_stay_small() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in ["src", "torch", "fuzz/src", "tests", "benches", "examples"] {
        rust_files(&root.join(dir), &mut files);
    }
    let mut problems = Vec::new();
    for f in &files {
        if f.components().any(|c| c.as_os_str() == "target") {
            continue;
        }
        let text = std::fs::read_to_string(f).unwrap();
        let n = text.lines().count();
        if n > 800 {
            problems.push(format!("{}: {n} lines", f.display()));
        }
        for (name, len) in long_functions(&text, 150) {
            problems.push(format!("{}: fn {name} has {len} lines", f.display()));
        }
    }
    assert!(files.len() > 50, "found only {} Rust files", files.len());
    assert!(
        problems.is_empty(),
        "over the size rules:\n{}",
        problems.join("\n")
    );
}

#[test]
fn the_size_check_counts_functions_and_ignores_braces_in_strings() {
    let body = "    x();\n".repeat(160);
    let text = format!("fn big() {{\n{body}}}\nfn small() {{ let s = \"{{{{\"; }}\n");
    assert_eq!(long_functions(&text, 150), vec![("big".to_string(), 162)]);
}
