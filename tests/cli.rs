//! The command line: scripts with arguments, -e, stdin, --help/--version,
//! exit statuses.

use std::process::{Command, Output};

fn arr(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_arr"))
        .args(args)
        .output()
        .expect("arr runs")
}

fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

#[test]
fn eval_flag() {
    let o = arr(&["-e", "print(ones((2, 2)) @ [1, 2])"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), "[3. 3.]\n");
}

#[test]
fn script_arguments_are_in_argv() {
    let dir = std::env::temp_dir().join(format!("arr-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("args.arr");
    std::fs::write(&script, "print(len(argv), argv[1], argv[2])\n").unwrap();
    let o = arr(&[script.to_str().unwrap(), "first", "--second"]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "3 first --second\n");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn failing_script_exits_with_1_and_reports_on_stderr() {
    let o = arr(&["-e", "x = 1\ny = x // 0"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(stdout(&o).is_empty());
    let err = stderr(&o);
    assert!(
        err.starts_with("error: integer division or modulo by zero"),
        "{err}"
    );
    assert!(err.contains("<-e>:2:5"), "{err}");
}

#[test]
fn missing_script_is_an_error() {
    let o = arr(&["/no/such/script.arr"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("cannot read /no/such/script.arr"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn help_and_version() {
    let o = arr(&["--version"]);
    assert!(o.status.success());
    assert_eq!(stdout(&o), format!("arr {}\n", env!("CARGO_PKG_VERSION")));
    let o = arr(&["--help"]);
    assert!(o.status.success());
    let text = stdout(&o);
    assert!(
        text.contains("Usage: arr") && text.contains("--eval <CODE>"),
        "{text}"
    );
}

#[test]
fn very_long_expressions_do_not_overflow_the_stack() {
    use std::io::Write;
    let code = format!("print({})", vec!["1"; 100_000].join(" + "));
    let mut child = Command::new(env!("CARGO_BIN_EXE_arr"))
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child
        .stdin
        .take()
        .unwrap()
        .write_all(code.as_bytes())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(stdout(&o), "100000\n");
}

#[test]
fn seed_programs_print_what_numpy_prints() {
    let root = env!("CARGO_MANIFEST_DIR");
    let o = arr(&[&format!("{root}/examples/matmul.arr")]);
    assert_eq!(stdout(&o), "[[19 22]\n [43 50]]\n");
    let o = arr(&[&format!("{root}/examples/linear_regression.arr")]);
    assert_eq!(stdout(&o), "[0.6 2.2]\n");
}
