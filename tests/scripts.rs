//! Golden-file tests: every `tests/scripts/**/*.arr` is one test that runs
//! the script through the `arr` binary; its stdout must equal the `.out`
//! beside it and its stderr the `.err` (a script with a `.err` must exit
//! with status 1, others with 0). `.out` files that have a `.py` twin were
//! produced by NumPy/PyTorch (`tests/numpy_golden.sh`,
//! `tests/torch_golden.sh`); the others are regenerated with
//! `ARR_BLESS=1 cargo test --test scripts` and reviewed as a diff.
//!
//! The tests run in parallel (libtest-mimic); `cargo test --test scripts --
//! NAME` runs the scripts whose path contains NAME.

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut entries: Vec<_> = rd.flatten().collect();
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

fn run(script: &Path, root: &Path) -> Result<(), Failed> {
    let dir = script.parent().ok_or("script has no folder")?;
    let name = script.file_name().ok_or("script has no name")?;
    let output = Command::new(env!("CARGO_BIN_EXE_arr"))
        .arg(name)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        // Memory-limit messages name the limit: the same on every machine.
        .env("ARR_MAX_MEMORY", "4G")
        .envs(blas_kernel())
        .output()
        .map_err(|e| format!("the arr binary did not run: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let out_path = script.with_extension("out");
    let err_path = script.with_extension("err");
    if std::env::var_os("ARR_BLESS").is_some() {
        if !script.with_extension("py").exists() {
            std::fs::write(&out_path, &stdout).map_err(|e| e.to_string())?;
        }
        if output.status.success() {
            let _ = std::fs::remove_file(&err_path);
        } else {
            std::fs::write(&err_path, &stderr).map_err(|e| e.to_string())?;
        }
        return Ok(());
    }
    let rel = script.strip_prefix(root).unwrap_or(script).display();
    let mut failures = Vec::new();
    let expected_out = read(&out_path).unwrap_or_default();
    if stdout != expected_out {
        failures.push(format!(
            "{rel}: stdout differs\n--- expected\n{expected_out}--- got\n{stdout}"
        ));
    }
    match read(&err_path) {
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
    if failures.is_empty() {
        Ok(())
    } else {
        Err(failures.join("\n").into())
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/scripts");
    let mut scripts = Vec::new();
    collect(&root, &mut scripts);
    let mut trials = vec![Trial::test("the script suite is all there", {
        let n = scripts.len();
        move || {
            if n >= 250 {
                Ok(())
            } else {
                Err(format!("expected the script suite, found {n} scripts").into())
            }
        }
    })];
    for script in scripts {
        let name = script
            .strip_prefix(&root)
            .unwrap_or(&script)
            .with_extension("")
            .display()
            .to_string();
        let root = root.clone();
        trials.push(Trial::test(name, move || run(&script, &root)));
    }
    libtest_mimic::run(&args, trials).exit();
}

/// The goldens of LAPACK results carry rounding noise from the OpenBLAS
/// kernels NumPy used (Haswell's). OpenBLAS picks its kernels by CPU model
/// and a virtual CPU may get older ones: on a CPU with AVX2 the Haswell
/// kernels are asked for, so that the noise is the same on every machine.
fn blas_kernel() -> Vec<(&'static str, &'static str)> {
    #[cfg(target_arch = "x86_64")]
    if std::is_x86_feature_detected!("avx2") && std::env::var_os("OPENBLAS_CORETYPE").is_none() {
        return vec![("OPENBLAS_CORETYPE", "Haswell")];
    }
    Vec::new()
}
