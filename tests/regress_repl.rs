//! REPL regressions: the sessions of `tests/regress/repl/`, replayed on the
//! real program through a pseudo-terminal. Each must keep the session:
//! Ctrl-C during a long builtin comes back to the prompt with the
//! variables kept, 200 lines pasted without bracketed paste all run, `}`
//! then `else` on the next line is one statement, an input that panics
//! leaves the REPL running, and a line typed while code runs is not lost.

use rexpect::reader::ReadUntil;
use rexpect::session::PtySession;
use std::process::Command;
use std::time::{Duration, Instant};

/// rustyline turns bracketed paste on each time it starts reading a line:
/// the sign that the REPL is at its prompt.
const READY: &str = "\x1b[?2004h";

/// A REPL in a pty, with a history file of its own that goes with it.
struct Repl {
    pty: PtySession,
    history: std::path::PathBuf,
}

impl std::ops::Deref for Repl {
    type Target = PtySession;
    fn deref(&self) -> &PtySession {
        &self.pty
    }
}

impl std::ops::DerefMut for Repl {
    fn deref_mut(&mut self) -> &mut PtySession {
        &mut self.pty
    }
}

impl Drop for Repl {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.history);
    }
}

fn spawn_repl(timeout: Duration) -> Repl {
    let history = std::env::temp_dir().join(format!(
        "arr-regress-history-{}-{:?}",
        std::process::id(),
        std::thread::current().id()
    ));
    let _ = std::fs::remove_file(&history);
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arr"));
    cmd.env("ARR_HISTORY", &history)
        .env("TERM", "xterm")
        .env_remove("RUST_BACKTRACE");
    let mut pty = rexpect::session::spawn_command(cmd, Some(timeout.as_millis() as u64))
        .expect("the REPL starts in a pty");
    pty.exp_string(READY).expect("the REPL shows its prompt");
    Repl { pty, history }
}

/// Sends a line at the prompt and waits for `expect` (unless empty) and the
/// next prompt.
fn exchange(p: &mut PtySession, line: &str, expect: &str) {
    p.send_line(line).unwrap();
    if !expect.is_empty() {
        p.exp_string(expect)
            .unwrap_or_else(|e| panic!("after {line:?}, expected {expect:?}: {e}"));
    }
    p.exp_string(READY)
        .unwrap_or_else(|e| panic!("no prompt after {line:?}: {e}"));
}

/// Types a line of a multi-line input (the continuation prompt shows no
/// marker, so wait a moment instead).
fn type_line(p: &mut PtySession, line: &str) {
    p.send_line(line).unwrap();
    std::thread::sleep(Duration::from_millis(300));
}

/// Waits for the first of `wanted` (success) or `bad` (the failure it
/// shows); returns what was matched or a message.
fn first_of(p: &mut PtySession, wanted: &str, bad: &[&str]) -> Result<(), String> {
    let mut needles = vec![ReadUntil::String(wanted.into())];
    needles.extend(bad.iter().map(|b| ReadUntil::String(b.to_string())));
    match p.exp_any(needles) {
        Ok((_, m)) if m == wanted => Ok(()),
        Ok((before, m)) => {
            let after = p.exp_string(READY).unwrap_or_default();
            Err(format!(
                "got {m:?} instead of {wanted:?}; the output around it:\n{}",
                tail(&format!("{before}{m}{after}"))
            ))
        }
        Err(e) => Err(format!("no {wanted:?}: {e}")),
    }
}

fn tail(s: &str) -> String {
    let lines: Vec<&str> = s.lines().collect();
    lines[lines.len().saturating_sub(10)..].join("\n")
}

/// `repl/ctrl_c_long_builtin.txt`: Ctrl-C was ignored while a builtin ran
/// (the line finished as if no Ctrl-C was pressed). It must interrupt the
/// line within a few seconds and keep the variables.
#[test]
fn ctrl_c_during_a_long_builtin_comes_back_to_the_prompt() {
    let mut p = spawn_repl(Duration::from_secs(40));
    exchange(&mut p, "kept = 7", "");
    // The data first (rand is not the builtin under test, and an unoptimized
    // build takes seconds to draw it), then the sort: 2 s in a release
    // build, about a minute in a debug one.
    p.send_line("r = rand(2*10**7); 1").unwrap();
    p.exp_string("\r\n1\r\n").expect("rand(2*10**7)");
    p.exp_string(READY).unwrap();
    p.send_line("t0 = perf_counter(); s = sort(r); print(perf_counter() - t0)")
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    let pressed = Instant::now();
    p.send_control('c').unwrap();
    if let Err(e) = first_of(&mut p, "interrupted", &[READY]) {
        panic!("Ctrl-C during sort(r) of 2e7 did not interrupt it: {e}");
    }
    let waited = pressed.elapsed();
    assert!(
        waited < Duration::from_secs(5),
        "Ctrl-C took {:.1} s to interrupt the builtin",
        waited.as_secs_f64()
    );
    p.exp_string(READY)
        .expect("the prompt after the interruption");
    exchange(&mut p, "kept", "\r\n7\r\n");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

/// `repl/unbracketed_paste.txt`: pasting `paste200.arr` without bracketed
/// paste (as `tmux paste-buffer` does, lines ending in CR) ran the first
/// line and lost the rest. All 200 lines must run, as the script does.
#[test]
fn pasting_200_lines_without_bracketed_paste_runs_them_all() {
    let text = std::fs::read_to_string(
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/regress/repl/paste200.arr"),
    )
    .unwrap();
    assert_eq!(text.lines().count(), 200);
    let mut p = spawn_repl(Duration::from_secs(30));
    p.send(&text.replace('\n', "\r")).unwrap();
    p.flush().unwrap();
    if let Err(e) = first_of(&mut p, "paste done 16471", &["Error", "error"]) {
        panic!("the pasted lines did not all run: {e}");
    }
    p.exp_string(READY).unwrap();
    exchange(&mut p, "acc", "\r\n16471\r\n");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

/// `repl/else_after_brace.txt`: LANGUAGE.md lets `elif`/`else` start the
/// line after a `}`; the REPL ran the `if` at the `}` and then rejected the
/// `else`.
#[test]
fn else_on_the_line_after_a_closing_brace() {
    let mut p = spawn_repl(Duration::from_secs(15));
    exchange(&mut p, "x = 1", "");
    type_line(&mut p, "if x > 3 {");
    type_line(&mut p, "print(\"big\")");
    type_line(&mut p, "}");
    p.send_line("else { print(\"small\") }").unwrap();
    if let Err(e) = first_of(&mut p, "\r\nsmall\r\n", &["unexpected", "rror"]) {
        panic!("`}}` then `else` on the next line: {e}");
    }
    p.exp_string(READY).unwrap();
    exchange(&mut p, "x", "\r\n1\r\n");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

/// An input that makes arr panic must be reported as an error and leave the
/// session (and its variables) alive. These inputs panicked when this test
/// was written (`tests/regress/crash/panic-*`); once they are fixed they
/// still check that an error keeps the session.
#[test]
fn a_panic_keeps_the_session() {
    let mut p = spawn_repl(Duration::from_secs(30));
    exchange(&mut p, "kept = 7", "");
    for input in [
        "eigh(zeros((2, 3)))",
        "solve(eye(2), 1)",
        "choice(2**62, p=0)",
        "percentile([1, 2], 101)",
    ] {
        p.send_line(input).unwrap();
        if let Err(e) = first_of(&mut p, "rror", &[READY]) {
            panic!("{input}: no error reported: {e}");
        }
        if let Err(e) = p.exp_string(READY) {
            panic!("{input}: the REPL did not come back to its prompt: {e}");
        }
    }
    exchange(&mut p, "kept", "\r\n7\r\n");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}

/// `repl/type_ahead_lost.txt`: a line typed right after one that runs
/// for a while was lost. Two cases: typed at once after Enter (before the
/// REPL has started running the first line: this is what was lost), and
/// typed while the first line runs. Both must run once the running line is
/// done.
#[test]
fn a_line_typed_while_code_runs_is_not_lost() {
    let mut p = spawn_repl(Duration::from_secs(20));
    exchange(&mut p, "ta0 = 1", "");
    p.send_line("for n in range(2000000) { k = n }").unwrap();
    p.send_line("ta1 = 11").unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    p.send_line("ta1").unwrap();
    if let Err(e) = first_of(&mut p, "\r\n11\r\n", &["not defined"]) {
        panic!("the line typed at once after a running one was lost: {e}");
    }
    p.exp_string(READY).unwrap();
    // Runs 1.5 s whatever the build.
    p.send_line("t0 = perf_counter(); while perf_counter() - t0 < 1.5 { k = 1 }")
        .unwrap();
    std::thread::sleep(Duration::from_millis(500));
    p.send_line("ta2 = 22").unwrap();
    std::thread::sleep(Duration::from_millis(2500));
    p.send_line("ta2").unwrap();
    if let Err(e) = first_of(&mut p, "\r\n22\r\n", &["not defined"]) {
        panic!("the line typed while code ran was lost: {e}");
    }
    p.exp_string(READY).unwrap();
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
}
