//! Python twins: every `tests/python/NAME.arr` is a Python program
//! (`NAME.py`) with its blocks re-bracketed; arr must print exactly what
//! CPython printed (`NAME.out`, generated once by `tests/python/generate.sh`
//! and committed). The test runs the `arr` binary on it and compares stdout.
//!
//! `tests/python/PENDING` lists the twins that do not pass yet, one name per
//! line with the reason: the work left for the Python-spelling issue. A
//! listed twin must still fail (when it starts to pass, this test says so,
//! so that the list only shrinks).

use libtest_mimic::{Arguments, Failed, Trial};
use std::path::{Path, PathBuf};
use std::process::Command;

fn run(script: &Path, pending: bool) -> Result<(), Failed> {
    let dir = script.parent().ok_or("script has no folder")?;
    let name = script.file_name().ok_or("script has no name")?;
    let output = Command::new(env!("CARGO_BIN_EXE_arr"))
        .arg(name)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("ARR_MAX_MEMORY", "4G")
        .envs(blas_kernel())
        .output()
        .map_err(|e| format!("the arr binary did not run: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout).to_string();
    let stderr = String::from_utf8_lossy(&output.stderr).to_string();
    let expected = std::fs::read_to_string(script.with_extension("out"))
        .map_err(|e| format!("no .out beside the script: {e}"))?;
    match (stdout == expected, pending) {
        (true, false) | (false, true) => Ok(()),
        (true, true) => Err("this twin passes now: remove it from tests/python/PENDING".into()),
        (false, false) => Err(format!(
            "stdout differs\n--- expected\n{expected}--- got\n{stdout}--- stderr\n{stderr}"
        )
        .into()),
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/python");
    let pending_text = std::fs::read_to_string(root.join("PENDING")).unwrap_or_default();
    let pending: Vec<&str> = pending_text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    scripts.retain(|p| p.extension().is_some_and(|x| x == "arr"));
    scripts.sort();
    let n = scripts.len();
    let mut trials = vec![Trial::test("the twin suite is all there", move || {
        if n >= 200 {
            Ok(())
        } else {
            Err(format!("expected the Python twins, found {n}").into())
        }
    })];
    for script in scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().to_string())
            .unwrap_or_default();
        let is_pending = pending.contains(&name.as_str());
        trials.push(Trial::test(name, move || run(&script, is_pending)));
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
