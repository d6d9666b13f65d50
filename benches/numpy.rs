//! Array benchmarks against NumPy, in one run: each pair of scripts under
//! `benches/numpy/` times the same operations in-process (inputs made
//! outside the timed region, best of several runs) and prints `name
//! seconds` lines; peak memory is the whole process's maximum RSS.
//!
//!     PYTHON=/path/to/venv/bin/python cargo bench --bench numpy
//!
//! `PYTHON` must import numpy. OPENBLAS_CORETYPE/OPENBLAS_L2_SIZE are unset
//! for the NumPy runs only (they slow a current NumPy on this machine).

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;

fn run(mut cmd: Command) -> (BTreeMap<String, f64>, Option<u64>) {
    let out = cmd.output().expect("benchmark process runs");
    assert!(
        out.status.success(),
        "benchmark failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut times = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some((name, secs)) = line.split_once(' ') {
            if let Ok(s) = secs.trim().parse::<f64>() {
                times.insert(name.to_string(), s);
            }
        }
    }
    let peak = String::from_utf8_lossy(&out.stderr).lines().find_map(|l| {
        l.strip_prefix("PEAK_KB ")
            .and_then(|v| v.trim().parse().ok())
    });
    (times, peak)
}

fn timed(program: &str, args: &[&str], numpy: bool) -> Command {
    // GNU time reports the peak RSS on stderr.
    let mut c = Command::new("/usr/bin/time");
    c.args(["-f", "PEAK_KB %M", program]).args(args);
    if numpy {
        c.env_remove("OPENBLAS_CORETYPE")
            .env_remove("OPENBLAS_L2_SIZE");
    }
    c
}

fn main() {
    let arr = env!("CARGO_BIN_EXE_arr");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/numpy");
    let version = Command::new(&python)
        .args(["-c", "import numpy; print(numpy.__version__)"])
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string())
        .unwrap_or_default();
    println!("peer: NumPy {version} ({python})");
    println!("| operation | arr (s) | NumPy (s) | arr / NumPy |");
    println!("| --- | ---: | ---: | ---: |");
    let mut peaks = Vec::new();
    for script in [
        "elementwise",
        "reductions",
        "linalg",
        "scalar_loop",
        "breadth",
    ] {
        let a_path = dir.join(format!("{script}.arr"));
        let p_path = dir.join(format!("{script}.py"));
        let (a, a_peak) = run(timed(arr, &[a_path.to_str().unwrap_or_default()], false));
        let (p, p_peak) = run(timed(&python, &[p_path.to_str().unwrap_or_default()], true));
        for (name, at) in &a {
            if let Some(pt) = p.get(name) {
                println!("| {name} | {at:.4} | {pt:.4} | {:.2} |", at / pt);
            }
        }
        peaks.push((script, a_peak, p_peak));
    }
    println!();
    println!("| script | arr peak RSS (MB) | NumPy peak RSS (MB) |");
    println!("| --- | ---: | ---: |");
    for (script, a, p) in peaks {
        let mb = |k: Option<u64>| {
            k.map(|k| format!("{:.0}", k as f64 / 1024.0))
                .unwrap_or_else(|| "?".into())
        };
        println!("| {script} | {} | {} |", mb(a), mb(p));
    }
}
