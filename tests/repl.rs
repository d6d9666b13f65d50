//! The REPL: session logic directly, and the real program through a
//! pseudo-terminal (line editing, multi-line input, Ctrl-C, history).

use arr::repl::{is_incomplete, Outcome, Session};
use std::process::Command;

#[test]
fn session_echoes_reprs_and_survives_errors() {
    let mut s = Session::new();
    assert_eq!(s.handle("a = [[1, 2], [3, 4]]"), Outcome::Nothing);
    assert_eq!(
        s.handle("a"),
        Outcome::Output("array([[1, 2],\n       [3, 4]])\n".into())
    );
    assert_eq!(s.handle("a.sum()"), Outcome::Output("10\n".into()));
    match s.handle("a @ ones((3, 3))") {
        Outcome::Error(e) => assert!(e.contains("cannot be multiplied"), "{e}"),
        other => panic!("expected an error, got {other:?}"),
    }
    assert_eq!(s.handle("a[0, 0]"), Outcome::Output("1\n".into()));
    assert_eq!(s.handle("print(1)\nnone"), Outcome::Nothing);
}

#[test]
fn session_commands() {
    let mut s = Session::new();
    s.handle("weights = zeros((2, 3))");
    match s.handle(":vars") {
        Outcome::Output(o) => assert_eq!(o, "weights: array of float64 with shape (2, 3)\n"),
        other => panic!("{other:?}"),
    }
    match s.handle(":help len") {
        Outcome::Output(o) => assert!(o.starts_with("len(x)"), "{o}"),
        other => panic!("{other:?}"),
    }
    match s.handle(":time sum(arange(10))") {
        Outcome::Output(o) => assert!(o.starts_with("45\ntime: "), "{o}"),
        other => panic!("{other:?}"),
    }
    assert!(matches!(s.handle(":nonsense"), Outcome::Error(_)));
    assert!(matches!(
        s.handle(":load /no/such/file.arr"),
        Outcome::Error(_)
    ));
    assert_eq!(s.handle(":quit"), Outcome::Quit);
}

#[test]
fn validator_asks_for_more_only_when_input_is_unfinished() {
    assert!(is_incomplete("a = [1,"));
    assert!(is_incomplete("fn f(x) {"));
    assert!(is_incomplete("if x > 1 {\n  y = 2"));
    assert!(is_incomplete("print(1 +"));
    assert!(!is_incomplete("a = [1, 2]"));
    assert!(
        !is_incomplete("a = 1 +* 2"),
        "a real syntax error is reported, not continued"
    );
    assert!(!is_incomplete(":help"));
}

fn spawn_repl(history: &std::path::Path) -> rexpect::session::PtySession {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arr"));
    cmd.env("ARR_HISTORY", history).env("TERM", "xterm");
    rexpect::session::spawn_command(cmd, Some(10_000)).expect("the REPL starts in a pty")
}

/// rustyline turns bracketed paste on each time it starts reading a line
/// (not when it redraws one): the sign that typed input will be read.
const READY: &str = "\x1b[?2004h";

/// Sends a line once the prompt is shown and waits for `expect` and the next prompt.
fn exchange(p: &mut rexpect::session::PtySession, line: &str, expect: &str) {
    p.send_line(line).unwrap();
    if !expect.is_empty() {
        p.exp_string(expect)
            .unwrap_or_else(|e| panic!("after {line:?}: {e}"));
    }
    p.exp_string(READY).unwrap();
}

#[test]
fn repl_through_a_pseudo_terminal() {
    let history = std::env::temp_dir().join(format!("arr-history-{}", std::process::id()));
    let _ = std::fs::remove_file(&history);
    let mut p = spawn_repl(&history);
    p.exp_string(READY).unwrap();

    exchange(&mut p, "1 + 2", "\r\n3\r\n");

    // An open bracket continues on the next line.
    p.send_line("a = [1,").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(200));
    exchange(&mut p, "2]", "");
    exchange(&mut p, "a * 10", "array([10, 20])");

    // Errors keep the session.
    exchange(&mut p, "prnt(a)", "did you mean 'print'?");
    exchange(&mut p, "len(a)", "\r\n2\r\n");

    // Tab completes builtin names.
    p.send("lins").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send("\t").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    exchange(&mut p, "(0, 1, 3)", "array([0. , 0.5, 1. ])");

    // Ctrl-C interrupts a running loop and keeps the variables.
    p.send_line("i = 0; while true { i += 1 }").unwrap();
    std::thread::sleep(std::time::Duration::from_millis(500));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    p.exp_string(READY).unwrap();
    exchange(&mut p, "i > 0 and len(a) == 2", "True");

    // Ctrl-C at the prompt clears the line; Ctrl-D exits.
    p.send("garbage that is never run").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    p.send_control('c').unwrap();
    p.exp_string(READY).unwrap();
    exchange(&mut p, "7 * 6", "42");
    p.send_control('d').unwrap();
    p.exp_eof().unwrap();

    let saved = std::fs::read_to_string(&history).expect("history file written");
    assert!(saved.contains("a * 10"), "{saved}");
    assert!(!saved.contains("garbage"), "{saved}");
    // History is loaded by the next session: Up recalls the last line.
    let mut p = spawn_repl(&history);
    p.exp_string(READY).unwrap();
    p.send("\x1b[A").unwrap();
    p.flush().unwrap();
    std::thread::sleep(std::time::Duration::from_millis(100));
    exchange(&mut p, "", "42");
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_file(&history);
}

#[test]
fn piped_stdin_runs_without_a_prompt() {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_arr"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(b"x = arange(3)\nprint(x * 2)\n")
        .unwrap();
    let out = child.wait_with_output().unwrap();
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout), "[0 2 4]\n");
}
