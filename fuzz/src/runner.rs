//! The supervisor's side of a worker: starts it, sends an input, waits for
//! the answer with a time-out, restarts the worker when it dies, and turns
//! what happened into a verdict with a failure class.

use crate::worker::{read_frame, write_frame};
use std::io::Read;
use std::path::PathBuf;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// How to start a worker.
#[derive(Clone)]
pub struct WorkerConfig {
    pub exe: PathBuf,
    /// The worker's working folder (holds `bad/`).
    pub dir: PathBuf,
    pub stack_mb: usize,
    pub mem_mb: u64,
    /// The worker interrupts an evaluation after this long...
    pub timeout: Duration,
    /// ...and is killed if it has not answered this much later.
    pub grace: Duration,
}

#[derive(Clone, Debug, PartialEq)]
pub enum Verdict {
    /// A normal end: the value, or an error of this kind.
    Pass(String),
    /// A failure of a class (what groups failures) with details.
    Fail { class: String, detail: String },
}

impl Verdict {
    pub fn class(&self) -> Option<&str> {
        match self {
            Verdict::Fail { class, .. } => Some(class),
            Verdict::Pass(_) => None,
        }
    }
}

struct Process {
    child: Child,
    stdin: ChildStdin,
    answers: Receiver<Vec<u8>>,
    stderr: Arc<Mutex<Vec<u8>>>,
    stderr_reader: Option<JoinHandle<()>>,
}

pub struct Worker {
    cfg: WorkerConfig,
    proc: Option<Process>,
    pub restarts: u64,
}

/// Kept of a worker's stderr: its last bytes.
const STDERR_KEEP: usize = 16 << 10;

impl Worker {
    pub fn new(cfg: WorkerConfig) -> Worker {
        Worker {
            cfg,
            proc: None,
            restarts: 0,
        }
    }

    fn start(&mut self) -> Result<(), String> {
        let mut child = Command::new(&self.cfg.exe)
            .arg("--worker")
            .arg("--stack-mb")
            .arg(self.cfg.stack_mb.to_string())
            .arg("--mem-mb")
            .arg(self.cfg.mem_mb.to_string())
            .arg("--timeout-ms")
            .arg(self.cfg.timeout.as_millis().to_string())
            .current_dir(&self.cfg.dir)
            .env("OPENBLAS_NUM_THREADS", "1")
            .env("NO_COLOR", "1")
            .env_remove("RUST_BACKTRACE")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .map_err(|e| format!("cannot start a worker: {e}"))?;
        let stdin = child.stdin.take().ok_or("no worker stdin")?;
        let mut stdout = child.stdout.take().ok_or("no worker stdout")?;
        let mut err_pipe = child.stderr.take().ok_or("no worker stderr")?;
        let (tx, answers) = mpsc::channel();
        std::thread::spawn(move || {
            while let Ok(frame) = read_frame(&mut stdout) {
                if tx.send(frame).is_err() {
                    break;
                }
            }
        });
        let stderr = Arc::new(Mutex::new(Vec::new()));
        let sink = stderr.clone();
        let stderr_reader = std::thread::spawn(move || {
            let mut buf = [0u8; 4096];
            while let Ok(n) = err_pipe.read(&mut buf) {
                if n == 0 {
                    break;
                }
                if let Ok(mut s) = sink.lock() {
                    s.extend_from_slice(&buf[..n]);
                    if s.len() > 2 * STDERR_KEEP {
                        let cut = s.len() - STDERR_KEEP;
                        s.drain(..cut);
                    }
                }
            }
        });
        let ready = answers
            .recv_timeout(Duration::from_secs(60))
            .map_err(|_| "the worker did not start".to_string())?;
        if ready != b"READY" {
            return Err("the worker answered nonsense at start".into());
        }
        self.proc = Some(Process {
            child,
            stdin,
            answers,
            stderr,
            stderr_reader: Some(stderr_reader),
        });
        Ok(())
    }

    /// Runs one input; never fails (a worker that cannot start is reported
    /// as a verdict of its own).
    pub fn run(&mut self, code: &str, file_access: bool) -> Verdict {
        if self.proc.is_none() {
            if let Err(e) = self.start() {
                return Verdict::Fail {
                    class: "worker does not start".into(),
                    detail: e,
                };
            }
        }
        let Some(p) = self.proc.as_mut() else {
            unreachable!()
        };
        if let Ok(mut s) = p.stderr.lock() {
            s.clear();
        }
        let mut frame = vec![file_access as u8];
        frame.extend_from_slice(code.as_bytes());
        let sent = write_frame(&mut p.stdin, &frame).is_ok();
        // The worker says FIRED when its time-out (CPU time) interrupts the
        // input; after that it has `grace` to answer. A worker that neither
        // answers nor fires is killed after the wall-clock bound.
        let mut deadline =
            Instant::now() + self.cfg.timeout * crate::worker::WALL_FACTOR + self.cfg.grace;
        let answer = loop {
            if !sent {
                break Err(RecvTimeoutError::Disconnected);
            }
            let left = deadline.saturating_duration_since(Instant::now());
            match p.answers.recv_timeout(left) {
                Ok(frame) if frame == b"FIRED" => {
                    deadline = deadline.min(Instant::now() + self.cfg.grace);
                }
                other => break other,
            }
        };
        match answer {
            Ok(a) => classify_answer(&String::from_utf8_lossy(&a)),
            Err(RecvTimeoutError::Timeout) => {
                let stderr = self.end(true);
                Verdict::Fail {
                    class: "timeout (killed)".into(),
                    detail: format!(
                        "no answer {} s after the time-out's interrupt; stderr: {}",
                        self.cfg.grace.as_secs(),
                        last_lines(&stderr, 3)
                    ),
                }
            }
            Err(RecvTimeoutError::Disconnected) => {
                let status = self.proc.as_mut().and_then(|p| p.child.wait().ok());
                let stderr = self.end(false);
                classify_death(status, &stderr)
            }
        }
    }

    /// Stops the worker (killing it if asked) and returns its stderr.
    fn end(&mut self, kill: bool) -> String {
        self.restarts += 1;
        let Some(mut p) = self.proc.take() else {
            return String::new();
        };
        if kill {
            let _ = p.child.kill();
        }
        let _ = p.child.wait();
        if let Some(r) = p.stderr_reader.take() {
            // The pipe closes with the process (unless a grandchild holds it).
            for _ in 0..100 {
                if r.is_finished() {
                    let _ = r.join();
                    break;
                }
                std::thread::sleep(Duration::from_millis(10));
            }
        }
        let bytes = p.stderr.lock().map(|s| s.clone()).unwrap_or_default();
        String::from_utf8_lossy(&bytes).into_owned()
    }
}

impl Drop for Worker {
    fn drop(&mut self) {
        if self.proc.is_some() {
            self.end(true);
        }
    }
}

fn last_lines(s: &str, n: usize) -> String {
    let lines: Vec<&str> = s.lines().filter(|l| !l.trim().is_empty()).collect();
    lines[lines.len().saturating_sub(n)..].join(" | ")
}

/// Numbers (decimal, or hex with `0x`) become `N`, so that classes do not
/// depend on sizes and addresses.
pub fn normalize(s: &str) -> String {
    fn flush(word: &mut String, out: &mut String) {
        if word.is_empty() {
            return;
        }
        let hex = word.len() > 2
            && word.starts_with("0x")
            && word[2..].chars().all(|c| c.is_ascii_hexdigit());
        if hex || word.chars().all(|c| c.is_ascii_digit()) {
            out.push('N');
        } else {
            out.push_str(word);
        }
        word.clear();
    }
    let mut out = String::new();
    let mut word = String::new();
    for c in s.chars() {
        if c.is_ascii_alphanumeric() || c == '_' {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// `/root/.cargo/registry/src/index.crates.io-x/lax-0.18.1/src/eigh.rs:189:1`
/// becomes `lax-0.18.1/src/eigh.rs:189`; arr's own paths stay as they are.
fn short_location(loc: &str) -> String {
    let mut parts: Vec<&str> = loc.rsplitn(3, ':').collect();
    parts.reverse();
    let (file, line) = match parts.as_slice() {
        [f, l, _col] => (*f, *l),
        [f, l] => (*f, *l),
        _ => (loc, ""),
    };
    let file = if let Some(i) = file.find("/library/") {
        &file[i + "/library/".len()..]
    } else if let Some(i) = file.find("/registry/src/") {
        let rest = &file[i + "/registry/src/".len()..];
        rest.split_once('/').map(|(_, r)| r).unwrap_or(rest)
    } else {
        file
    };
    format!("{file}:{line}")
}

fn classify_answer(answer: &str) -> Verdict {
    let (head, message) = answer.split_once('\n').unwrap_or((answer, ""));
    let (slow, head) = match head.strip_prefix("SLOW ") {
        Some(h) => (true, h),
        None => (false, head),
    };
    let msg: String = message.chars().take(300).collect();
    let verdict = if head == "OK" {
        Verdict::Pass("ok".into())
    } else if let Some(loc) = head.strip_prefix("PANIC ") {
        let short = short_location(loc);
        // A panic in the standard library is told apart by its message.
        let class = if loc.contains("/library/") || loc.contains("/rustc/") {
            format!(
                "panic at {short}: {}",
                normalize(&msg).chars().take(60).collect::<String>()
            )
        } else {
            format!("panic at {short}")
        };
        Verdict::Fail { class, detail: msg }
    } else if let Some(kind) = head.strip_prefix("ERR ") {
        if kind == "Internal" {
            Verdict::Fail {
                class: format!(
                    "internal error: {}",
                    normalize(&msg).chars().take(60).collect::<String>()
                ),
                detail: msg,
            }
        } else if msg.contains("panicked") {
            Verdict::Fail {
                class: format!("{kind} error reporting a panic"),
                detail: msg,
            }
        } else {
            Verdict::Pass(kind.to_string())
        }
    } else {
        Verdict::Fail {
            class: "worker protocol".into(),
            detail: answer.chars().take(200).collect(),
        }
    };
    if !slow {
        return verdict;
    }
    match verdict {
        Verdict::Pass(kind) if kind == "Interrupted" => Verdict::Fail {
            class: "timeout (stopped by the interrupt)".into(),
            detail: "ran past the time-out within the engine's limits; the interrupt stopped it"
                .into(),
        },
        Verdict::Pass(kind) => Verdict::Fail {
            class: "timeout (interrupt not honoured)".into(),
            detail: format!("ran past the time-out, then ended with {kind} after the interrupt"),
        },
        fail => fail,
    }
}

fn signal_name(sig: i32) -> String {
    match sig {
        libc::SIGSEGV => "SIGSEGV".into(),
        libc::SIGABRT => "SIGABRT".into(),
        libc::SIGBUS => "SIGBUS".into(),
        libc::SIGILL => "SIGILL".into(),
        libc::SIGFPE => "SIGFPE".into(),
        libc::SIGKILL => "SIGKILL".into(),
        libc::SIGTRAP => "SIGTRAP".into(),
        n => format!("signal {n}"),
    }
}

fn classify_death(status: Option<std::process::ExitStatus>, stderr: &str) -> Verdict {
    use std::os::unix::process::ExitStatusExt;
    let detail = last_lines(stderr, 4);
    let panic_line = stderr
        .lines()
        .rev()
        .find_map(|l| l.strip_prefix("arr-fuzz worker: panic at "));
    let class = if stderr.contains("has overflowed its stack")
        || stderr.contains("arr-fuzz worker: fault in the engine thread's stack guard")
    {
        "stack overflow".to_string()
    } else if stderr.contains("memory allocation of") {
        "abort: memory allocation failed".to_string()
    } else if let Some(p) = panic_line.filter(|_| stderr.contains("cannot unwind")) {
        let loc = p.split(": ").next().unwrap_or(p);
        format!("abort: panic that cannot unwind at {}", short_location(loc))
    } else if let Some(t) = stderr.lines().find(|l| l.contains("terminate called")) {
        format!(
            "abort: {}",
            normalize(t).chars().take(80).collect::<String>()
        )
    } else {
        match status {
            Some(s) => match s.signal() {
                Some(libc::SIGABRT) => {
                    let hint = stderr
                        .lines()
                        .find(|l| l.contains("fatal") || l.contains("rror"))
                        .map(|l| normalize(l).chars().take(60).collect::<String>())
                        .unwrap_or_default();
                    format!("abort {hint}").trim_end().to_string()
                }
                Some(libc::SIGKILL) => "killed by SIGKILL (out of memory?)".into(),
                Some(sig) => format!("signal {}", signal_name(sig)),
                None => format!("exit status {}", s.code().unwrap_or(-1)),
            },
            None => "worker vanished".into(),
        }
    };
    Verdict::Fail { class, detail }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalize_hides_numbers() {
        assert_eq!(
            normalize("index 12 out of 0x1f, len 3"),
            "index N out of N, len N"
        );
        assert_eq!(normalize("abc2 x"), "abc2 x");
    }

    #[test]
    fn locations_are_short() {
        assert_eq!(
            short_location(
                "/root/.cargo/registry/src/index.crates.io-1949/lax-0.18.1/src/eigh.rs:189:1"
            ),
            "lax-0.18.1/src/eigh.rs:189"
        );
        assert_eq!(
            short_location("src/builtins/decomp.rs:120:9"),
            "src/builtins/decomp.rs:120"
        );
    }

    #[test]
    fn answers_are_classified() {
        assert_eq!(classify_answer("OK\n"), Verdict::Pass("ok".into()));
        assert_eq!(
            classify_answer("ERR Shape\nbad"),
            Verdict::Pass("Shape".into())
        );
        assert!(classify_answer("ERR Internal\nboom 3")
            .class()
            .unwrap()
            .starts_with("internal error: boom N"));
        assert_eq!(
            classify_answer("SLOW ERR Interrupted\ninterrupted").class(),
            Some("timeout (stopped by the interrupt)")
        );
        assert_eq!(
            classify_answer("PANIC src/a.rs:1:2\nx").class(),
            Some("panic at src/a.rs:1")
        );
    }
}
