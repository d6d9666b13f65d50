//! Interpreter benchmarks against CPython, measured side by side in one run:
//! whole processes, median of several runs each.
//!
//!     cargo bench --bench interp
//!
//! `PYTHON` names the peer interpreter (default `python3`; use the real
//! binary, e.g. `$(pyenv which python3)`, not a shim). `ARR_BENCH_RUNS` sets
//! the number of runs (default 7).

use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn median_secs(mut cmd: impl FnMut() -> Command, runs: usize) -> f64 {
    let mut times: Vec<f64> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            let out = cmd().output().expect("benchmark process runs");
            assert!(
                out.status.success(),
                "benchmark failed: {}",
                String::from_utf8_lossy(&out.stderr)
            );
            start.elapsed().as_secs_f64()
        })
        .collect();
    times.sort_by(|a, b| a.total_cmp(b));
    times[times.len() / 2]
}

fn main() {
    let arr = env!("CARGO_BIN_EXE_arr");
    let python = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let runs: usize = std::env::var("ARR_BENCH_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(7);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/scripts");
    let version = Command::new(&python)
        .arg("--version")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_string());
    println!(
        "peer: {python} ({})",
        version.unwrap_or_else(|_| "not found".into())
    );
    println!("| benchmark | arr (s) | CPython (s) | arr / CPython |");
    println!("| --- | ---: | ---: | ---: |");
    for name in ["loop", "fib", "comprehension", "method", "generator"] {
        let a = median_secs(
            || {
                let mut c = Command::new(arr);
                c.arg(dir.join(format!("{name}.arr")));
                c
            },
            runs,
        );
        let p = median_secs(
            || {
                let mut c = Command::new(&python);
                c.arg(dir.join(format!("{name}.py")));
                c
            },
            runs,
        );
        println!("| {name} | {a:.3} | {p:.3} | {:.2} |", a / p);
    }
    let a = median_secs(
        || {
            let mut c = Command::new(arr);
            c.args(["-e", "1+1"]);
            c
        },
        runs * 3,
    );
    let p = median_secs(
        || {
            let mut c = Command::new(&python);
            c.args(["-c", "pass"]);
            c
        },
        runs * 3,
    );
    println!(
        "| start-up (`arr -e '1+1'` vs `python -c pass`) | {a:.4} | {p:.4} | {:.2} |",
        a / p
    );
}
