//! Golden-file tests: every `tests/scripts/**/*.arr` runs through the `arr`
//! binary; its stdout must equal the `.out` beside it and its stderr the
//! `.err` (a script with a `.err` must exit with status 1, others with 0).
//! `.out` files that have a `.py` twin were produced by NumPy
//! (`tests/numpy_golden.sh`); the others are regenerated with
//! `ARR_BLESS=1 cargo test --test scripts` and reviewed as a diff.

use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/scripts exists")
        .flatten()
        .collect();
    entries.sort_by_key(|e| e.path());
    for e in entries {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "arr") && !p.to_string_lossy().contains("/_") {
            out.push(p);
        }
    }
}

fn read(p: &Path) -> Option<String> {
    std::fs::read_to_string(p).ok()
}

#[test]
fn golden_scripts() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let mut scripts = Vec::new();
    collect(&root, &mut scripts);
    assert!(
        scripts.len() >= 250,
        "expected the script suite, found {}",
        scripts.len()
    );
    let bless = std::env::var_os("ARR_BLESS").is_some();
    let mut failures = Vec::new();
    for script in &scripts {
        let dir = script.parent().expect("script has a folder");
        let name = script.file_name().expect("script has a name");
        let output = Command::new(env!("CARGO_BIN_EXE_arr"))
            .arg(name)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("the arr binary runs");
        let stdout = String::from_utf8_lossy(&output.stdout).to_string();
        let stderr = String::from_utf8_lossy(&output.stderr).to_string();
        let out_path = script.with_extension("out");
        let err_path = script.with_extension("err");
        let numpy_twin = script.with_extension("py").exists();
        if bless {
            if !numpy_twin {
                std::fs::write(&out_path, &stdout).expect("write .out");
            }
            if output.status.success() {
                let _ = std::fs::remove_file(&err_path);
            } else {
                std::fs::write(&err_path, &stderr).expect("write .err");
            }
            continue;
        }
        let rel = script
            .strip_prefix(&root)
            .unwrap_or(script)
            .display()
            .to_string();
        let expected_out = read(&out_path).unwrap_or_default();
        let expected_err = read(&err_path);
        if stdout != expected_out {
            failures.push(format!(
                "{rel}: stdout differs\n--- expected\n{expected_out}--- got\n{stdout}"
            ));
        }
        match expected_err {
            Some(err) => {
                if output.status.code() != Some(1) {
                    failures.push(format!(
                        "{rel}: expected exit status 1, got {:?}",
                        output.status.code()
                    ));
                }
                if stderr != err {
                    failures.push(format!(
                        "{rel}: stderr differs\n--- expected\n{err}--- got\n{stderr}"
                    ));
                }
            }
            None => {
                if !output.status.success() {
                    failures.push(format!("{rel}: failed unexpectedly\n{stderr}"));
                }
            }
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} scripts failed:\n\n{}",
        failures.len(),
        scripts.len(),
        failures.join("\n")
    );
}
