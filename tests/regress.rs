//! Crash regressions: every `tests/regress/crash/*.arr` is one test that
//! runs the script through the `arr` binary the way a user would (`arr
//! FILE`), in a scratch folder whose `bad/` holds the corrupt files of
//! `tests/regress/bad_files.rs`, under a 4 GB address-space limit and a
//! 20 s wall-clock limit.
//!
//! A script passes when arr ends on its own with exit status 0 or 1, an exit
//! status of 1 comes with an `error` on stderr, and stderr shows no panic,
//! abort or stack overflow (`panicked at`, `internal error`, `memory
//! allocation of`, `stack overflow`, `RUST_BACKTRACE`). A signal, another
//! exit status or the time limit is a failure.
//!
//! The tests run in parallel (libtest-mimic); `cargo test --test regress --
//! NAME` runs the scripts whose name contains NAME. `ARR_REGRESS_BIN=PATH`
//! runs another arr binary instead of the one cargo built for the test
//! (`ARR_REGRESS_BIN=target/release/arr` checks the release build, whose
//! speed the 20 s limit was set for).

#[path = "regress/bad_files.rs"]
#[allow(dead_code)] // the file lists are for the fuzzer
mod bad_files;

use libtest_mimic::{Arguments, Failed, Trial};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;
use std::time::{Duration, Instant};

/// The address-space limit of `prlimit --as=4000000000`.
const AS_LIMIT: u64 = 4_000_000_000;
const TIME_LIMIT: Duration = Duration::from_secs(20);
/// What stderr must not show.
const CRASH_SIGNS: &[&str] = &[
    "panicked at",
    "internal error",
    "memory allocation of",
    "stack overflow",
    "RUST_BACKTRACE",
];

/// The scratch folder with `bad/`, made by the first test that needs it.
static DIR: OnceLock<Result<PathBuf, String>> = OnceLock::new();

fn workdir() -> Result<&'static Path, Failed> {
    let dir = DIR.get_or_init(|| {
        let dir = std::env::temp_dir().join(format!("arr-regress-{}", std::process::id()));
        bad_files::write_all(&dir.join("bad"))
            .map_err(|e| format!("cannot write the bad files: {e}"))?;
        Ok(dir)
    });
    match dir {
        Ok(d) => Ok(d.as_path()),
        Err(e) => Err(e.clone().into()),
    }
}

fn find_in_path(name: &str) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path)
        .map(|d| d.join(name))
        .find(|p| p.is_file())
}

/// `arr SCRIPT` under the address-space limit: through `prlimit` where it
/// is installed, else with `setrlimit` in the child before it runs arr.
fn limited_arr(script: &Path) -> Command {
    static PRLIMIT: OnceLock<Option<PathBuf>> = OnceLock::new();
    static ARR: OnceLock<PathBuf> = OnceLock::new();
    let arr = ARR.get_or_init(|| match std::env::var_os("ARR_REGRESS_BIN") {
        Some(p) => std::fs::canonicalize(&p).unwrap_or_else(|_| PathBuf::from(p)),
        None => PathBuf::from(env!("CARGO_BIN_EXE_arr")),
    });
    match PRLIMIT.get_or_init(|| find_in_path("prlimit")) {
        Some(prlimit) => {
            let mut c = Command::new(prlimit);
            c.arg(format!("--as={AS_LIMIT}"))
                .arg("--core=0")
                .arg(arr)
                .arg(script);
            c
        }
        None => {
            use std::os::unix::process::CommandExt;
            let mut c = Command::new(arr);
            c.arg(script);
            // SAFETY: setrlimit is async-signal-safe and touches no memory
            // of the parent.
            unsafe {
                c.pre_exec(|| {
                    let lim = libc::rlimit {
                        rlim_cur: AS_LIMIT as libc::rlim_t,
                        rlim_max: AS_LIMIT as libc::rlim_t,
                    };
                    if libc::setrlimit(libc::RLIMIT_AS, &lim) != 0 {
                        return Err(std::io::Error::last_os_error());
                    }
                    // No core files from the crashes this suite expects.
                    let no_core = libc::rlimit {
                        rlim_cur: 0,
                        rlim_max: 0,
                    };
                    libc::setrlimit(libc::RLIMIT_CORE, &no_core);
                    Ok(())
                });
            }
            c
        }
    }
}

/// What went wrong, or `None` when the run passes the rule above.
fn judge(status: Option<std::process::ExitStatus>, stderr: &str) -> Option<String> {
    use std::os::unix::process::ExitStatusExt;
    let Some(status) = status else {
        return Some(format!("hang ({} s)", TIME_LIMIT.as_secs()));
    };
    let code = status.code();
    if let Some(sig) = status.signal() {
        return Some(format!("killed by signal {sig} ({})", signal_name(sig)));
    }
    if code != Some(0) && code != Some(1) {
        return Some(format!("exit status {}", code.unwrap_or(-1)));
    }
    if let Some(line) = stderr
        .lines()
        .find(|l| CRASH_SIGNS.iter().any(|s| l.contains(s)))
    {
        return Some(line.chars().take(160).collect());
    }
    if code == Some(1) && !stderr.to_lowercase().contains("error") {
        return Some("exit status 1 without an error message".into());
    }
    None
}

fn signal_name(sig: i32) -> &'static str {
    match sig {
        libc::SIGSEGV => "SIGSEGV",
        libc::SIGABRT => "SIGABRT",
        libc::SIGBUS => "SIGBUS",
        libc::SIGILL => "SIGILL",
        libc::SIGFPE => "SIGFPE",
        libc::SIGKILL => "SIGKILL",
        _ => "other",
    }
}

fn run(script: &Path) -> Result<(), Failed> {
    let dir = workdir()?;
    let mut child = limited_arr(script)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("RUST_BACKTRACE")
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("the arr binary did not run: {e}"))?;
    let mut pipe = child.stderr.take().ok_or("no stderr pipe")?;
    // Read stderr on the side (the first 1 MB) so that a chatty script
    // cannot block on a full pipe.
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = (&mut pipe).take(1 << 20).read_to_end(&mut buf);
        let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        buf
    });
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(s);
        }
        if start.elapsed() > TIME_LIMIT {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    match judge(status, &stderr) {
        None => Ok(()),
        Some(why) => {
            let tail: String = {
                let lines: Vec<&str> = stderr.lines().collect();
                lines[lines.len().saturating_sub(8)..].join("\n")
            };
            Err(format!(
                "{why}\nscript: {}\n--- stderr (last lines)\n{tail}",
                script.display()
            )
            .into())
        }
    }
}

fn main() {
    let args = Arguments::from_args();
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regress/crash");
    let mut scripts: Vec<PathBuf> = std::fs::read_dir(&root)
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "arr"))
                .collect()
        })
        .unwrap_or_default();
    scripts.sort();
    let mut trials = vec![Trial::test("the crash suite is all there", {
        let n = scripts.len();
        move || {
            if n >= 120 {
                Ok(())
            } else {
                Err(format!("expected the crash scripts, found {n}").into())
            }
        }
    })];
    for script in scripts {
        let name = script
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_default();
        trials.push(Trial::test(name, move || run(&script)));
    }
    let conclusion = libtest_mimic::run(&args, trials);
    if let Some(Ok(dir)) = DIR.get() {
        let _ = std::fs::remove_dir_all(dir);
    }
    conclusion.exit();
}
