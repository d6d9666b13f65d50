//! Embedding regressions: every `tests/regress/embed/*.arr` runs through a
//! real `arr::Engine` with the settings its first comment line names
//! (encoded in the table below, keyed by file name). Each scenario runs in a
//! child process (this test binary again, with `ARR_REGRESS_EMBED` naming
//! the scenario) under a 4 GB address-space limit, with the engine on a
//! thread of 8 MB, the main-thread stack of a typical host program; so an
//! abort or a stack overflow fails that one test instead of the test binary.
//!
//! A scenario passes when the host stays alive, the evaluation ends within
//! its time bound with the outcome the table asks for (a limit, sandbox or
//! interrupt error, or the correct value; never an `Internal` error), and
//! the engine still evaluates `1 + 1` to 2 afterwards.
//!
//! `cargo test --test regress_embed -- NAME` runs the scenarios whose name
//! contains NAME.

use arr::{Engine, Error, ErrorKind, Value};
use libtest_mimic::{Arguments, Failed, Trial};
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

const ENV: &str = "ARR_REGRESS_EMBED";
const AS_LIMIT: u64 = 4_000_000_000;
const STACK: usize = 8 << 20;

/// Every kind but `Internal`: an error that says what went wrong.
const CLEAR: &[ErrorKind] = &[
    ErrorKind::Syntax,
    ErrorKind::Name,
    ErrorKind::Type,
    ErrorKind::Value,
    ErrorKind::Shape,
    ErrorKind::Index,
    ErrorKind::ZeroDivision,
    ErrorKind::LinAlg,
    ErrorKind::Memory,
    ErrorKind::Recursion,
    ErrorKind::Limit,
    ErrorKind::Interrupted,
    ErrorKind::Io,
    ErrorKind::Import,
];
const TOO_BIG: &[ErrorKind] = &[ErrorKind::Limit, ErrorKind::Memory];
const LIMIT: &[ErrorKind] = &[ErrorKind::Limit];

/// What the evaluation of the script must give.
enum Want {
    /// An error of one of these kinds.
    Error(&'static [ErrorKind]),
    /// This value (as `str` prints it), or an error of one of these kinds.
    ValueOr(&'static str, &'static [ErrorKind]),
    /// A positive integer, or an error of one of these kinds.
    PositiveIntOr(&'static [ErrorKind]),
    /// An error saying that file access is disabled.
    Sandbox,
}

#[derive(Default)]
struct Settings {
    max_operations: Option<u64>,
    max_call_depth: Option<usize>,
    max_array_elements: Option<usize>,
    no_file_access: bool,
    /// `interrupt()` this long after the evaluation starts.
    interrupt_after: Option<Duration>,
    /// `interrupt()` while idle, then `1 + 1`, then the script.
    interrupt_idle: bool,
}

struct Scenario {
    file: &'static str,
    settings: Settings,
    want: Want,
    /// The evaluation must end within this many seconds.
    max_secs: u64,
}

fn scenarios() -> Vec<Scenario> {
    let s = |file, settings, want, max_secs| Scenario {
        file,
        settings,
        want,
        max_secs,
    };
    let elements = || Settings {
        max_array_elements: Some(1_000_000),
        ..Settings::default()
    };
    let ops = |n| Settings {
        max_operations: Some(n),
        ..Settings::default()
    };
    // An engine with an operation limit of 1e6 that must stop the script.
    let limit = |file| s(file, ops(1_000_000), Want::Error(LIMIT), 30);
    let ops_and_elements = || Settings {
        max_operations: Some(1_000_000),
        max_array_elements: Some(1_000_000),
        ..Settings::default()
    };
    let sandbox = || Settings {
        no_file_access: true,
        ..Settings::default()
    };
    let plain = Settings::default;
    vec![
        s(
            "interrupt_during_builtin",
            Settings {
                interrupt_after: Some(Duration::from_millis(200)),
                ..Settings::default()
            },
            Want::Error(&[ErrorKind::Interrupted]),
            60,
        ),
        s(
            "interrupt_stale",
            Settings {
                interrupt_idle: true,
                ..Settings::default()
            },
            Want::ValueOr("3", &[]),
            30,
        ),
        s(
            "limit_elements_broadcast",
            elements(),
            Want::Error(TOO_BIG),
            30,
        ),
        s(
            "limit_elements_fancy_index",
            elements(),
            Want::Error(TOO_BIG),
            30,
        ),
        s(
            "limit_elements_matmul",
            elements(),
            Want::Error(TOO_BIG),
            30,
        ),
        s("limit_elements_outer", elements(), Want::Error(TOO_BIG), 30),
        s(
            "limit_elements_to_categorical",
            elements(),
            Want::Error(TOO_BIG),
            30,
        ),
        s("limit_elements_where", elements(), Want::Error(TOO_BIG), 30),
        s(
            "limit_memory_list_doubling",
            ops_and_elements(),
            Want::Error(TOO_BIG),
            60,
        ),
        s("limit_memory_list_range", plain(), Want::Error(TOO_BIG), 30),
        s(
            "limit_memory_repr_doubling",
            ops_and_elements(),
            Want::Error(TOO_BIG),
            60,
        ),
        s(
            "limit_memory_str_doubling",
            ops_and_elements(),
            Want::Error(TOO_BIG),
            60,
        ),
        limit("limit_ops_empty_loop"),
        // fuzz: a 10**12-step loop building a 30-deep dict literal each
        // time; literals charge their items, so the limit comes in time.
        limit("limit_ops_dict_literals"),
        s("limit_ops_heavy_builtins", ops(100), Want::Error(LIMIT), 10),
        // fuzz: an int grown without end; big ints charge their size.
        limit("limit_ops_bigint_growth"),
        limit("limit_ops_name_error_loop"),
        limit("limit_ops_tuple_repeat"),
        s(
            "resolve_nested_lambdas",
            Settings {
                max_operations: Some(1_000_000),
                interrupt_after: Some(Duration::from_millis(200)),
                ..Settings::default()
            },
            Want::ValueOr("<fn <lambda>>", CLEAR),
            10,
        ),
        s("sandbox_model_load_oracle", sandbox(), Want::Sandbox, 30),
        s("sandbox_model_load_reads", sandbox(), Want::Sandbox, 30),
        s("sandbox_model_save_writes", sandbox(), Want::Sandbox, 30),
        s(
            "stack_add_30000",
            plain(),
            Want::ValueOr("30000", CLEAR),
            30,
        ),
        s(
            "stack_deep_expr_in_fn",
            plain(),
            Want::Error(&[ErrorKind::Recursion, ErrorKind::Limit]),
            30,
        ),
        s("stack_neg_5000", plain(), Want::ValueOr("1", CLEAR), 30),
        s(
            "stack_nested_list_drop",
            plain(),
            Want::ValueOr("1", CLEAR),
            60,
        ),
        s(
            "stack_nested_list_str",
            plain(),
            Want::PositiveIntOr(CLEAR),
            60,
        ),
    ]
}

fn embed_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regress/embed")
}

fn configure(engine: &mut Engine, s: &Settings) {
    if let Some(n) = s.max_operations {
        engine.set_max_operations(n);
    }
    if let Some(n) = s.max_call_depth {
        engine.set_max_call_depth(n);
    }
    if let Some(n) = s.max_array_elements {
        engine.set_max_array_elements(n);
    }
    if s.no_file_access {
        engine.set_file_access(false);
    }
}

fn describe(r: &Result<Value, Error>) -> String {
    match r {
        Ok(v) => format!(
            "the value {}",
            v.to_string().chars().take(200).collect::<String>()
        ),
        Err(e) => format!("error {:?}: {}", e.kind, e.message),
    }
}

fn check_want(want: &Want, r: &Result<Value, Error>) -> Result<(), String> {
    let kinds_ok =
        |kinds: &[ErrorKind], e: &Error| kinds.contains(&e.kind) && !e.message.contains("panicked");
    let ok = match (want, r) {
        (Want::Error(kinds), Err(e)) => kinds_ok(kinds, e),
        (Want::ValueOr(v, _), Ok(got)) => got.to_string() == *v,
        (Want::ValueOr(_, kinds), Err(e)) => kinds_ok(kinds, e),
        (Want::PositiveIntOr(_), Ok(Value::Int(n))) => *n > 0,
        (Want::PositiveIntOr(kinds), Err(e)) => kinds_ok(kinds, e),
        (Want::Sandbox, Err(e)) => e.message.contains("file access"),
        _ => false,
    };
    if ok {
        return Ok(());
    }
    let wanted = match want {
        Want::Error(k) => format!("an error of kind {k:?}"),
        Want::ValueOr(v, []) => format!("the value {v}"),
        Want::ValueOr(v, k) if k.len() == CLEAR.len() => format!("the value {v} or a clear error"),
        Want::ValueOr(v, k) => format!("the value {v} or an error of kind {k:?}"),
        Want::PositiveIntOr(_) => "a positive integer or a clear error".into(),
        Want::Sandbox => "an error saying file access is disabled".into(),
    };
    Err(format!("wanted {wanted}, got {}", describe(r)))
}

/// Runs one scenario in this (child) process; `Err` is the failure message.
fn run_scenario(sc: &Scenario) -> Result<(), String> {
    let path = embed_dir().join(format!("{}.arr", sc.file));
    let code = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    let settings = &sc.settings;

    // Preparation the scenario needs, with a separate, unrestricted engine.
    match sc.file {
        "sandbox_model_load_reads" => {
            std::fs::create_dir_all("work").map_err(|e| e.to_string())?;
            let mut prep = Engine::new();
            prep.eval(
                "m = Sequential([Dense(2, input_shape=(3,))])\nm.save(\"work/secret.safetensors\")",
            )
            .map_err(|e| format!("cannot write the secret weights to load: {}", e.message))?;
        }
        "sandbox_model_save_writes" => {
            std::fs::create_dir_all("work").map_err(|e| e.to_string())?;
        }
        _ => {}
    }

    let mut engine = Engine::new();
    configure(&mut engine, settings);
    let _output = engine.capture_output();
    let handle = engine.interrupt_handle();
    let mut before = None;
    if settings.interrupt_idle {
        handle.interrupt();
        before = Some(engine.eval("1 + 1"));
    }
    let start = Instant::now();
    let timer = settings.interrupt_after.map(|d| {
        let h = handle.clone();
        std::thread::spawn(move || {
            std::thread::sleep(d);
            h.interrupt();
        })
    });
    let result = engine.eval(&code);
    let elapsed = start.elapsed();
    if let Some(t) = timer {
        let _ = t.join();
    }
    let mut failures = Vec::new();
    if let Err(e) = check_want(&sc.want, &result) {
        failures.push(e);
    }
    if elapsed > Duration::from_secs(sc.max_secs) {
        failures.push(format!(
            "the evaluation took {:.1} s (at most {} s allowed)",
            elapsed.as_secs_f64(),
            sc.max_secs
        ));
    }
    if let Some(before) = &before {
        // A pending interrupt may stop the next evaluation or be dropped,
        // but must not wait for a later one.
        let stopped = matches!(before, Err(e) if e.kind == ErrorKind::Interrupted);
        let two = matches!(before, Ok(v) if v.to_string() == "2");
        if !(stopped || two) {
            failures.push(format!(
                "`1 + 1` after an idle interrupt gave {}",
                describe(before)
            ));
        }
    }
    match sc.file {
        "sandbox_model_load_oracle" => {
            // The error must not depend on whether the path exists.
            let mut other = Engine::new();
            configure(&mut other, settings);
            let missing = "/no/such/folder/weights.safetensors";
            let r2 = other.eval(&code.replace("/etc/passwd", missing));
            let norm = |r: &Result<Value, Error>, p: &str| describe(r).replace(p, "PATH");
            if norm(&result, "/etc/passwd") != norm(&r2, missing) {
                failures.push(format!(
                    "an existing and a missing path give different results: {} / {}",
                    describe(&result),
                    describe(&r2)
                ));
            }
        }
        "sandbox_model_save_writes" if Path::new("work/escape4.safetensors").exists() => {
            failures.push("the sandboxed engine wrote work/escape4.safetensors".into());
        }
        _ => {}
    }
    match engine.eval("1 + 1") {
        Ok(v) if v.to_string() == "2" => {}
        r => failures.push(format!(
            "the engine is not usable afterwards: `1 + 1` gave {}",
            describe(&r)
        )),
    }
    drop(engine);
    if failures.is_empty() {
        Ok(())
    } else {
        Err(format!(
            "{}\n(got {})",
            failures.join("\n"),
            describe(&result)
        ))
    }
}

/// The child: runs the scenario on an 8 MB thread; exit status 0 passes, 1
/// fails with the reason on stderr.
fn child(name: &str) -> ! {
    let Some(sc) = scenarios().into_iter().find(|s| s.file == name) else {
        eprintln!("no scenario named {name}");
        std::process::exit(2);
    };
    let worker = std::thread::Builder::new()
        .name("engine".into())
        .stack_size(STACK)
        .spawn(move || run_scenario(&sc));
    let code = match worker.map(|h| h.join()) {
        Ok(Ok(Ok(()))) => 0,
        Ok(Ok(Err(msg))) => {
            eprintln!("{msg}");
            1
        }
        Ok(Err(_)) => {
            eprintln!("the engine thread panicked (the host survived only because it caught it)");
            1
        }
        Err(e) => {
            eprintln!("cannot start the engine thread: {e}");
            1
        }
    };
    std::process::exit(code)
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

/// The parent side of one scenario: the child in a scratch folder, under
/// the address-space limit and a hard time limit.
fn run(name: &str, max_secs: u64) -> Result<(), Failed> {
    use std::os::unix::process::{CommandExt, ExitStatusExt};
    let dir = std::env::temp_dir().join(format!("arr-regress-embed-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let mut cmd = Command::new(exe);
    cmd.env(ENV, name)
        .env_remove("RUST_BACKTRACE")
        .current_dir(&dir)
        .stdin(Stdio::null())
        .stdout(Stdio::null())
        .stderr(Stdio::piped());
    // SAFETY: setrlimit is async-signal-safe and touches no parent memory.
    unsafe {
        cmd.pre_exec(|| {
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
    let mut child = cmd
        .spawn()
        .map_err(|e| format!("cannot start the child: {e}"))?;
    let mut pipe = child.stderr.take().ok_or("no stderr pipe")?;
    let reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = (&mut pipe).take(1 << 20).read_to_end(&mut buf);
        let _ = std::io::copy(&mut pipe, &mut std::io::sink());
        buf
    });
    let limit = Duration::from_secs(max_secs + 30);
    let start = Instant::now();
    let status = loop {
        if let Some(s) = child.try_wait().map_err(|e| e.to_string())? {
            break Some(s);
        }
        if start.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            break None;
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    let stderr = String::from_utf8_lossy(&reader.join().unwrap_or_default()).into_owned();
    let _ = std::fs::remove_dir_all(&dir);
    let tail = {
        let lines: Vec<&str> = stderr.lines().collect();
        lines[lines.len().saturating_sub(12)..].join("\n")
    };
    match status {
        None => Err(format!(
            "hang: the host was still running after {} s",
            limit.as_secs()
        )
        .into()),
        Some(s) if s.success() => Ok(()),
        Some(s) if s.code() == Some(1) => Err(tail.into()),
        Some(s) => {
            let how = match s.signal() {
                Some(sig) => format!("killed by signal {sig} ({})", signal_name(sig)),
                None => format!("exit status {:?}", s.code()),
            };
            Err(format!("the host process died: {how}\n--- stderr (last lines)\n{tail}").into())
        }
    }
}

fn main() {
    if let Ok(name) = std::env::var(ENV) {
        child(&name);
    }
    let args = Arguments::from_args();
    let table = scenarios();
    let mut files: Vec<String> = std::fs::read_dir(embed_dir())
        .map(|rd| {
            rd.flatten()
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "arr"))
                .filter_map(|p| p.file_stem().map(|s| s.to_string_lossy().into_owned()))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    let names: Vec<&str> = table.iter().map(|s| s.file).collect();
    let mut trials = vec![Trial::test("every embed script has a scenario", {
        let files = files.clone();
        let names: Vec<String> = names.iter().map(|s| s.to_string()).collect();
        move || {
            let missing: Vec<&String> = files.iter().filter(|f| !names.contains(f)).collect();
            let stale: Vec<&String> = names.iter().filter(|n| !files.contains(n)).collect();
            if missing.is_empty() && stale.is_empty() && files.len() >= 20 {
                Ok(())
            } else {
                Err(format!("scripts without a scenario: {missing:?}; scenarios without a script: {stale:?}").into())
            }
        }
    })];
    for sc in table {
        let name = sc.file;
        let max = sc.max_secs;
        trials.push(Trial::test(name, move || run(name, max)));
    }
    libtest_mimic::run(&args, trials).exit();
}
