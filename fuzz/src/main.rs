//! arr-fuzz: a fuzzer for arr on the stable toolchain.
//!
//! Inputs come from a program generator over arr's grammar and builtins
//! (`gen`) and a mutator of the corpus in `fuzz/corpus/` (`mutate`). Each
//! runs in a worker process (this binary with `--worker`) on a fresh
//! `arr::Engine` with limits (operations, array elements; file access only
//! for inputs whose paths stay in the worker's folder). The supervisor
//! restarts a worker that dies and records the input that killed it. A
//! failure is a panic, an `Internal` error, an abort, a stack overflow, a
//! signal, or a time-out; failures are minimized and written to
//! `fuzz/crashes/` with their class.
//!
//! ```text
//! cargo run --profile fuzz -p arr-fuzz -- --seconds 60 [--seed S] [--jobs J]
//! cargo run --profile fuzz -p arr-fuzz -- --repro fuzz/crashes/*.arr
//! ```
//!
//! Exit status: 0 when no input failed, 1 when one did, 2 on bad usage.

#[path = "../../tests/regress/bad_files.rs"]
mod bad_files;
mod gen;
mod minimize;
mod mutate;
mod runner;
mod worker;

use rand::rngs::SmallRng;
use rand::seq::SliceRandom;
use rand::{Rng, SeedableRng};
use runner::{Verdict, Worker, WorkerConfig};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

const USAGE: &str = "\
usage: arr-fuzz [--seconds N] [--seed S] [--jobs J] [options]
       arr-fuzz --repro FILE...      run files as the fuzzer does and classify them
       arr-fuzz --minimize FILE      shrink a failing file and print it
       arr-fuzz --generate N         print N generated programs (with --seed)

options:
  --seconds N        fuzz for N seconds (default 60)
  --seed S           random seed (default: from the clock; printed)
  --jobs J           worker processes run in parallel (default 1)
  --timeout-ms T     an input running longer is a time-out (default 5000)
  --stack-mb M       stack of the engine thread in a worker (default 8)
  --mem-mb M         address-space limit of a worker (default 4000)
  --corpus DIR       programs to mutate (default fuzz/corpus)
  --out DIR          where failures go (default fuzz/crashes)
  --minimize-secs S  time to shrink each new failure class (default 60)
  --no-minimize      write failing inputs as found
  --verbose          print each failure as it happens
  --log-slow MS      print inputs that take longer than MS milliseconds";

#[derive(Clone)]
struct Options {
    seconds: f64,
    seed: u64,
    jobs: usize,
    timeout: Duration,
    stack_mb: usize,
    mem_mb: u64,
    corpus: PathBuf,
    out: PathBuf,
    minimize_secs: u64,
    minimize: bool,
    verbose: bool,
    log_slow: Option<Duration>,
    repro: Vec<PathBuf>,
    minimize_file: Option<PathBuf>,
    generate: usize,
}

fn parse_args(args: &[String]) -> Result<Options, String> {
    let here = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut o = Options {
        seconds: 60.0,
        seed: std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map(|d| d.as_nanos() as u64 % 1_000_000_007)
            .unwrap_or(1),
        jobs: 1,
        timeout: Duration::from_millis(5000),
        stack_mb: 8,
        mem_mb: 4000,
        corpus: here.join("corpus"),
        out: here.join("crashes"),
        minimize_secs: 60,
        minimize: true,
        verbose: false,
        log_slow: None,
        repro: Vec::new(),
        minimize_file: None,
        generate: 0,
    };
    let mut i = 0;
    let value = |i: &mut usize, name: &str| -> Result<String, String> {
        *i += 1;
        args.get(*i).cloned().ok_or(format!("{name} needs a value"))
    };
    let num = |s: String, name: &str| -> Result<f64, String> {
        s.parse::<f64>()
            .ok()
            .filter(|x| x.is_finite() && *x >= 0.0)
            .ok_or(format!("{name}: not a number: {s}"))
    };
    while i < args.len() {
        let a = args[i].as_str();
        match a {
            "--seconds" => o.seconds = num(value(&mut i, a)?, a)?,
            "--seed" => o.seed = num(value(&mut i, a)?, a)? as u64,
            "--jobs" => o.jobs = (num(value(&mut i, a)?, a)? as usize).max(1),
            "--timeout-ms" => o.timeout = Duration::from_millis(num(value(&mut i, a)?, a)? as u64),
            "--stack-mb" => o.stack_mb = (num(value(&mut i, a)?, a)? as usize).max(1),
            "--mem-mb" => o.mem_mb = num(value(&mut i, a)?, a)? as u64,
            "--corpus" => o.corpus = value(&mut i, a)?.into(),
            "--out" => o.out = value(&mut i, a)?.into(),
            "--minimize-secs" => o.minimize_secs = num(value(&mut i, a)?, a)? as u64,
            "--no-minimize" => o.minimize = false,
            "--verbose" => o.verbose = true,
            "--log-slow" => {
                o.log_slow = Some(Duration::from_millis(num(value(&mut i, a)?, a)? as u64))
            }
            "--minimize" => o.minimize_file = Some(value(&mut i, a)?.into()),
            "--generate" => o.generate = num(value(&mut i, a)?, a)? as usize,
            "--repro" => {
                while i + 1 < args.len() && !args[i + 1].starts_with("--") {
                    i += 1;
                    o.repro.push(args[i].clone().into());
                }
            }
            "-h" | "--help" => return Err(String::new()),
            _ => return Err(format!("unknown argument {a}")),
        }
        i += 1;
    }
    Ok(o)
}

/// Paths in string literals that stay inside the worker's folder (or are
/// one of a few devices): only then does an input get file access.
fn file_access_safe(src: &str) -> bool {
    const DEVICES: &[&str] = &["/dev/zero", "/dev/null", "/dev/full"];
    mutate::tokens(src)
        .into_iter()
        .filter(|(t, _)| *t == mutate::Tok::Str)
        .all(|(_, r)| {
            let s = src[r].trim_matches(|c| c == '"' || c == '\'');
            DEVICES.contains(&s)
                || !(s.contains("..")
                    || s.starts_with('/')
                    || s.starts_with('~')
                    || s.contains('\\'))
        })
}

#[derive(Default)]
struct ClassRecord {
    count: u64,
    detail: String,
    /// Minimizations started for this class.
    minimizing: usize,
    /// Minimized inputs, one per sub-class.
    examples: Vec<Example>,
}

struct Example {
    subclass: String,
    program: String,
    file: Option<PathBuf>,
}

#[derive(Default)]
struct Shared {
    inputs: u64,
    generated: u64,
    mutated: u64,
    minimize_runs: u64,
    minimize_secs: f64,
    classes: BTreeMap<String, ClassRecord>,
}

/// Classes that say little about where the bug is (a signal, an abort on
/// allocation, a stack overflow): several failing inputs of these are
/// minimized, and told apart by the builtins their reproducers call.
fn is_generic(class: &str) -> bool {
    class.starts_with("signal ")
        || class.starts_with("abort")
        || class.starts_with("killed")
        || class == "stack overflow"
}

const GENERIC_EXAMPLES: usize = 6;

fn subclass(class: &str, program: &str, cat: &gen::Catalog) -> String {
    if !is_generic(class) {
        return class.to_string();
    }
    let mut names: Vec<String> = Vec::new();
    for (t, r) in mutate::tokens(program) {
        let w = &program[r];
        if t == mutate::Tok::Ident
            && (cat.sig(w).is_some() || cat.prelude.iter().any(|p| p == w))
            && !names.iter().any(|n| n == w)
        {
            names.push(w.to_string());
        }
    }
    if names.is_empty() {
        class.to_string()
    } else {
        names.truncate(3);
        format!("{class} in {}", names.join(", "))
    }
}

fn slug(class: &str) -> String {
    let mut s: String = class
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_ascii_lowercase()
            } else {
                '-'
            }
        })
        .collect();
    while s.contains("--") {
        s = s.replace("--", "-");
    }
    s.trim_matches('-').chars().take(60).collect()
}

fn fnv(s: &str) -> u64 {
    let mut h: u64 = 0xcbf2_9ce4_8422_2325;
    for b in s.bytes() {
        h ^= b as u64;
        h = h.wrapping_mul(0x0100_0000_01b3);
    }
    h
}

fn load_corpus(dir: &Path) -> Vec<String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|rd| rd.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.retain(|p| p.extension().is_some_and(|e| e == "arr"));
    files.sort();
    files
        .iter()
        .filter_map(|p| std::fs::read_to_string(p).ok())
        .collect()
}

/// A worker folder with its own `bad/`.
fn job_dir(root: &Path, job: usize) -> Result<PathBuf, String> {
    let dir = root.join(format!("job{job}"));
    bad_files::write_all(&dir.join("bad")).map_err(|e| format!("cannot write bad files: {e}"))?;
    Ok(dir)
}

fn worker_config(o: &Options, dir: PathBuf) -> Result<WorkerConfig, String> {
    Ok(WorkerConfig {
        exe: std::env::current_exe().map_err(|e| e.to_string())?,
        dir,
        stack_mb: o.stack_mb,
        mem_mb: o.mem_mb,
        timeout: o.timeout,
        grace: Duration::from_secs(2),
    })
}

fn minimize_with(
    worker: &mut Worker,
    input: &str,
    file_access: bool,
    class: &str,
    secs: u64,
) -> (String, usize) {
    let mut run = |s: &str| worker.run(s, file_access && file_access_safe(s));
    let deadline = Instant::now() + Duration::from_secs(secs);
    let mut m = minimize::Minimizer::new(&mut run, class, deadline);
    let out = m.minimize(input);
    let runs = m.runs;
    (out, runs)
}

fn write_failure(
    out: &Path,
    class: &str,
    detail: &str,
    minimized: &str,
    original: &str,
    origin: &str,
) -> Option<PathBuf> {
    std::fs::create_dir_all(out).ok()?;
    let base = format!("{}-{:08x}", slug(class), fnv(minimized) as u32);
    let header = format!(
        "# arr-fuzz failure: {class}\n# detail: {}\n# {origin}; reproduce with `arr-fuzz --repro FILE`\n",
        detail.lines().next().unwrap_or("").chars().take(200).collect::<String>()
    );
    let path = out.join(format!("{base}.arr"));
    std::fs::write(&path, format!("{header}{minimized}\n")).ok()?;
    if original.trim() != minimized.trim() {
        let _ = std::fs::write(
            out.join(format!("{base}.orig.arr")),
            format!("{header}{original}\n"),
        );
    }
    Some(path)
}

fn fuzz(o: &Options) -> Result<bool, String> {
    let root = std::env::temp_dir().join(format!("arr-fuzz-{}", std::process::id()));
    let cat = Arc::new(gen::Catalog::from_engine(
        bad_files::FILES,
        bad_files::MNIST_DIRS,
    ));
    let corpus = Arc::new(load_corpus(&o.corpus));
    println!(
        "arr-fuzz: seed {}, {} job(s), {} s, time-out {} ms, {} builtins, corpus of {} programs",
        o.seed,
        o.jobs,
        o.seconds,
        o.timeout.as_millis(),
        cat.sigs.len(),
        corpus.len()
    );
    let shared = Arc::new(Mutex::new(Shared::default()));
    let start = Instant::now();
    let deadline = start + Duration::from_secs_f64(o.seconds);
    let mut threads = Vec::new();
    for job in 0..o.jobs {
        let cfg = worker_config(o, job_dir(&root, job)?)?;
        let (cat, corpus, shared) = (cat.clone(), corpus.clone(), shared.clone());
        let o = o.clone();
        threads.push(std::thread::spawn(move || {
            run_job(job, &o, cfg, &cat, &corpus, &shared, deadline)
        }));
    }
    let mut restarts = 0;
    for t in threads {
        restarts += t.join().unwrap_or(0);
    }
    let _ = std::fs::remove_dir_all(&root);
    let secs = start.elapsed().as_secs_f64();
    let s = shared.lock().unwrap_or_else(|e| e.into_inner());
    let failures: u64 = s.classes.values().map(|r| r.count).sum();
    let fuzz_secs = (secs - s.minimize_secs / o.jobs as f64).max(1e-9);
    println!(
        "\narr-fuzz: {} inputs in {:.1} s ({:.1} inputs/s; {:.1}/s outside minimization; {} generated, {} mutated), {} worker restarts, {} minimization runs in {:.1} s",
        s.inputs,
        secs,
        s.inputs as f64 / secs.max(1e-9),
        s.inputs as f64 / fuzz_secs,
        s.generated,
        s.mutated,
        restarts,
        s.minimize_runs,
        s.minimize_secs
    );
    println!(
        "failures: {failures} in {} class(es) (seed {})",
        s.classes.len(),
        o.seed
    );
    let mut classes: Vec<(&String, &ClassRecord)> = s.classes.iter().collect();
    classes.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
    for (class, rec) in classes {
        println!("  {:>6}  {class}", rec.count);
        for e in &rec.examples {
            if e.subclass != *class {
                println!("          [{}]", e.subclass);
            }
            println!("          {}", one_line(&e.program, 160));
            if let Some(f) = &e.file {
                println!("          {}", f.display());
            }
        }
    }
    Ok(failures == 0)
}

/// One worker's share of a fuzz run: generate or mutate, run, classify,
/// minimize and record new failures until the deadline. Returns how often
/// its worker process was restarted.
fn run_job(
    job: usize,
    o: &Options,
    cfg: WorkerConfig,
    cat: &gen::Catalog,
    corpus: &[String],
    shared: &Mutex<Shared>,
    deadline: Instant,
) -> u64 {
    let seed = o.seed;
    let mut rng = SmallRng::seed_from_u64(seed.wrapping_mul(1_000_003).wrapping_add(job as u64));
    let mut worker = Worker::new(cfg);
    let mutator = mutate::Mutator { cat, corpus };
    let mut n: u64 = 0;
    while Instant::now() < deadline {
        n += 1;
        let generated = corpus.is_empty() || rng.gen_bool(0.6);
        let input = if generated {
            gen::Gen::new(&mut rng, cat).program()
        } else {
            let base = corpus.choose(&mut rng).cloned().unwrap_or_default();
            mutator.mutate(&mut rng, &base)
        };
        let fa = file_access_safe(&input);
        let t0 = Instant::now();
        let verdict = worker.run(&input, fa);
        if o.log_slow.is_some_and(|d| t0.elapsed() > d) {
            println!(
                "[job {job}] slow: {} ms, {}: {}",
                t0.elapsed().as_millis(),
                verdict.class().unwrap_or("pass"),
                one_line(&input, 300)
            );
        }
        let start_minimizing = {
            let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
            s.inputs += 1;
            if generated {
                s.generated += 1;
            } else {
                s.mutated += 1;
            }
            match &verdict {
                Verdict::Fail { class, detail } => {
                    let rec = s.classes.entry(class.clone()).or_default();
                    rec.count += 1;
                    if rec.count == 1 {
                        rec.detail = detail.clone();
                    }
                    let limit = if is_generic(class) {
                        GENERIC_EXAMPLES
                    } else {
                        1
                    };
                    let go = rec.minimizing < limit
                        && (rec.minimizing == 0 || Instant::now() < deadline);
                    if go {
                        rec.minimizing += 1;
                    }
                    go
                }
                Verdict::Pass(_) => false,
            }
        };
        let Verdict::Fail { class, detail } = verdict else {
            continue;
        };
        if o.verbose {
            println!(
                "[job {job}] {class}: {}",
                detail.lines().next().unwrap_or("")
            );
        }
        if !start_minimizing {
            continue;
        }
        let t0 = Instant::now();
        let (min, runs) = if o.minimize {
            minimize_with(&mut worker, &input, fa, &class, o.minimize_secs)
        } else {
            (input.clone(), 0)
        };
        let sub = subclass(&class, &min, cat);
        let is_new = {
            let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
            s.minimize_runs += runs as u64;
            s.minimize_secs += t0.elapsed().as_secs_f64();
            s.classes
                .get(&class)
                .is_some_and(|r| !r.examples.iter().any(|e| e.subclass == sub))
        };
        if !is_new {
            continue;
        }
        let origin = format!(
            "seed {seed}, job {job}, input {n}, {} input, file access {}, minimized in {runs} runs",
            if generated { "generated" } else { "mutated" },
            if fa { "on" } else { "off" }
        );
        let file = write_failure(&o.out, &sub, &detail, &min, &input, &origin);
        println!(
            "new failure: {sub}\n    {}\n    -> {}",
            one_line(&min, 200),
            file.as_ref()
                .map(|p| p.display().to_string())
                .unwrap_or_else(|| "(not written)".into())
        );
        let mut s = shared.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(rec) = s.classes.get_mut(&class) {
            rec.examples.push(Example {
                subclass: sub,
                program: min,
                file,
            });
        }
    }
    worker.restarts
}

fn one_line(program: &str, max: usize) -> String {
    let s = program.lines().collect::<Vec<_>>().join(" ⏎ ");
    if s.chars().count() > max {
        format!("{}…", s.chars().take(max).collect::<String>())
    } else {
        s
    }
}

fn repro(o: &Options) -> Result<bool, String> {
    let root = std::env::temp_dir().join(format!("arr-fuzz-{}", std::process::id()));
    let mut worker = Worker::new(worker_config(o, job_dir(&root, 0)?)?);
    let mut all_ok = true;
    for f in &o.repro {
        let src = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
        let t = Instant::now();
        let v = worker.run(&src, file_access_safe(&src));
        let ms = t.elapsed().as_millis();
        match v {
            Verdict::Pass(k) => println!("pass  {} ({k}, {ms} ms)", f.display()),
            Verdict::Fail { class, detail } => {
                all_ok = false;
                println!(
                    "FAIL  {}: {class} ({ms} ms)\n      {}",
                    f.display(),
                    detail.lines().next().unwrap_or("")
                );
            }
        }
    }
    drop(worker);
    let _ = std::fs::remove_dir_all(&root);
    Ok(all_ok)
}

fn minimize_file(o: &Options, f: &Path) -> Result<bool, String> {
    let root = std::env::temp_dir().join(format!("arr-fuzz-{}", std::process::id()));
    let mut worker = Worker::new(worker_config(o, job_dir(&root, 0)?)?);
    let src = std::fs::read_to_string(f).map_err(|e| format!("{}: {e}", f.display()))?;
    let fa = file_access_safe(&src);
    let result = match worker.run(&src, fa) {
        Verdict::Pass(k) => {
            println!("{} does not fail ({k})", f.display());
            Ok(true)
        }
        Verdict::Fail { class, .. } => {
            let (min, runs) = minimize_with(&mut worker, &src, fa, &class, o.minimize_secs);
            eprintln!("# {class} (minimized in {runs} runs)");
            println!("{min}");
            Ok(false)
        }
    };
    drop(worker);
    let _ = std::fs::remove_dir_all(&root);
    result
}

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.first().map(String::as_str) == Some("--worker") {
        let opts = parse_args(&args[1..]).unwrap_or_else(|e| {
            eprintln!("arr-fuzz worker: {e}");
            std::process::exit(2)
        });
        worker::main(worker::WorkerOptions {
            stack_mb: opts.stack_mb,
            timeout: opts.timeout,
            mem_mb: opts.mem_mb,
        });
    }
    let o = match parse_args(&args) {
        Ok(o) => o,
        Err(e) => {
            if !e.is_empty() {
                eprintln!("arr-fuzz: {e}");
            }
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let r = if o.generate > 0 {
        let cat = gen::Catalog::from_engine(bad_files::FILES, bad_files::MNIST_DIRS);
        let mut rng = SmallRng::seed_from_u64(o.seed);
        for i in 0..o.generate {
            println!(
                "# ---- program {i}\n{}",
                gen::Gen::new(&mut rng, &cat).program()
            );
        }
        Ok(true)
    } else if !o.repro.is_empty() {
        repro(&o)
    } else if let Some(f) = &o.minimize_file {
        minimize_file(&o, f)
    } else {
        fuzz(&o)
    };
    match r {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("arr-fuzz: {e}");
            ExitCode::from(2)
        }
    }
}
