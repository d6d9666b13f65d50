//! Every builtin's doc text (its `help()`) holds an example: the code after
//! `>>> ` runs in a fresh engine and must print what follows it, the way the
//! REPL shows it (print output, then the echo of a non-none value).

use arr::value::format::value_repr;
use arr::{Engine, Value};

#[test]
fn every_builtin_has_a_passing_example() {
    let mut failures = Vec::new();
    let all = arr::builtins::all().iter().chain(arr::tensor::builtins());
    for b in all.chain(arr::builtins::stdmods::all()) {
        let mut examples = Vec::new();
        let mut current: Option<(String, String)> = None;
        for line in b.doc.lines() {
            if let Some(code) = line.strip_prefix(">>> ") {
                if let Some(ex) = current.take() {
                    examples.push(ex);
                }
                current = Some((code.to_string(), String::new()));
            } else if let Some((_, expected)) = current.as_mut() {
                expected.push_str(line);
                expected.push('\n');
            }
        }
        examples.extend(current);
        if examples.is_empty() {
            failures.push(format!("{}: the doc text has no example", b.name));
            continue;
        }
        let mut engine = Engine::new();
        let out = engine.capture_output();
        for (code, expected) in examples {
            out.borrow_mut().clear();
            let got = match engine.eval(&code) {
                Ok(v) => {
                    let mut s = out.borrow().clone();
                    if !matches!(v, Value::None) {
                        s.push_str(&value_repr(&v));
                        s.push('\n');
                    }
                    s
                }
                Err(e) => format!("error: {}\n", e.message),
            };
            if got != expected {
                failures.push(format!(
                    "{}: `{code}`\n--- expected\n{expected}--- got\n{got}",
                    b.name
                ));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
