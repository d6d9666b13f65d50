//! The tensor backend seen from outside: fit's progress lines, behaviour
//! without libtorch (or with a library that is not arr's backend), and the
//! CUDA path where a GPU exists. Script-level tensor tests with PyTorch
//! goldens live in tests/scripts/{tensor,nn,tensor_errors}.

use std::process::{Command, Output};

fn arr(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_arr"));
    c.args(args).env("NO_COLOR", "1");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().expect("the arr binary runs")
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

#[test]
fn fit_prints_one_keras_line_per_epoch_when_not_a_terminal() {
    let prog = r#"
seed(0)
m = Sequential([Dense(2, activation="softmax", input_shape=(2,))])
m.compile(optimizer="sgd", loss="categorical_crossentropy", metrics=["accuracy"])
x = array([[0.0, 1.0], [1.0, 0.0], [0.5, 0.5], [1.0, 1.0]])
y = to_categorical([0, 1, 0, 1], 2)
h = m.fit(x, y, epochs=2, batch_size=2)
print(len(h["loss"]))
h = m.fit(x, y, epochs=1, verbose=0)
print("quiet")
"#;
    let out = arr(&["-e", prog], &[]);
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "stderr: {}", text(&out.stderr));
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 6, "{stdout}");
    assert_eq!(lines[0], "Epoch 1/2");
    assert_eq!(lines[2], "Epoch 2/2");
    for l in [lines[1], lines[3]] {
        assert!(l.starts_with("2/2 ━━━━━━━━━━━━━━━━━━━━ 0s "), "{l}");
        assert!(l.contains("/step - accuracy: "), "{l}");
        assert!(l.contains(" - loss: 0."), "{l}");
        assert!(
            !l.contains('\r'),
            "no carriage returns off a terminal: {l:?}"
        );
    }
    assert_eq!(lines[4], "2");
    assert_eq!(lines[5], "quiet", "verbose=0 prints nothing");
    // verbose=2: one compact line per epoch, Keras's `verbose=2` layout.
    let out = arr(
        &[
            "-e",
            &format!(
                "{}
m.fit(x, y, epochs=2, verbose=2)",
                &prog[..prog.find("h = m.fit").unwrap_or(0)]
            ),
        ],
        &[],
    );
    let stdout = text(&out.stdout);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 2, "{stdout}");
    assert!(lines[0].starts_with("Epoch 1/2 - 0s - "), "{}", lines[0]);
    assert!(lines[1].contains("/step - accuracy: 0."), "{}", lines[1]);
}

#[test]
fn without_the_backend_arrays_work_and_tensors_explain_how_to_install() {
    let env = [("ARR_TORCH_LIB", "/nonexistent/libarr_torch.so")];
    let ok = arr(&["-e", "print(sum(ones(3)), cuda_available())"], &env);
    assert!(ok.status.success());
    assert_eq!(text(&ok.stdout), "3.0 False\n");
    let bad = arr(&["-e", "t = tensor([1, 2])"], &env);
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("libarr_torch.so"), "{err}");
    assert!(err.contains(".ci/setup-torch"), "{err}");
    assert!(err.contains("1:5"), "the error points at the call: {err}");
}

#[test]
fn a_library_that_is_not_the_backend_is_refused_clearly() {
    // Any shared library without the backend's symbols will do.
    let libm = [
        "/lib/x86_64-linux-gnu/libm.so.6",
        "/usr/lib/x86_64-linux-gnu/libm.so.6",
    ]
    .into_iter()
    .find(|p| std::path::Path::new(p).exists())
    .expect("libm exists on Debian");
    let bad = arr(
        &["-e", "Sequential([Dense(1)])"],
        &[("ARR_TORCH_LIB", libm)],
    );
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("is not an arr backend"), "{err}");
}

#[test]
fn arr_does_not_link_libtorch() {
    // libtorch is opened on demand; the binary itself must not need it.
    let l = Command::new("ldd")
        .arg(env!("CARGO_BIN_EXE_arr"))
        .output()
        .expect("ldd runs");
    let deps = text(&l.stdout);
    assert!(
        deps.contains("libc.so"),
        "ldd listed the dependencies: {deps}"
    );
    assert!(
        !deps.contains("libtorch"),
        "arr must not link libtorch: {deps}"
    );
}

#[test]
fn cuda_path_where_a_gpu_exists() {
    let probe = arr(&["-e", "print(cuda_available())"], &[]);
    if text(&probe.stdout).trim() != "True" {
        // No GPU here: asking for one is a clear error at the call.
        let out = arr(&["-e", "t = tensor([1.0, 2.0], device=\"cuda\")"], &[]);
        assert_eq!(out.status.code(), Some(1));
        let err = text(&out.stderr);
        assert!(
            err.contains("no CUDA GPU is available (cuda_available() is false)"),
            "{err}"
        );
        assert!(err.contains("1:5"), "{err}");
        let out = arr(
            &[
                "-e",
                "m = Sequential([Dense(1, input_shape=(1,))])\nm.to(\"cuda\")",
            ],
            &[],
        );
        assert_eq!(out.status.code(), Some(1));
        assert!(
            text(&out.stderr).contains("no CUDA GPU"),
            "{}",
            text(&out.stderr)
        );
        return;
    }
    let prog = r#"
t = tensor([[1.0, 2.0], [3.0, 4.0]], device="cuda")
print(t.device, (t @ t).to("cpu").numpy())
m = Sequential([Dense(3, input_shape=(2,))])
m.to("cuda")
m.compile(optimizer="adam", loss="mse")
m.fit(ones((8, 2)), ones((8, 3)), verbose=0)
print(m.predict(ones((1, 2))).device)
"#;
    let out = arr(&["-e", prog], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "cuda:0 [[ 7. 10.]\n [15. 22.]]\ncuda:0\n"
    );
}

#[test]
fn tensor_seed_program() {
    let root = env!("CARGO_MANIFEST_DIR");
    let out = arr(&[&format!("{root}/examples/tensors.arr")], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let want = "[[ 7 10]\n [15 22]]\ntensor([12.])\n[0.         1.38177329 0.07700375]\n";
    assert!(text(&out.stdout).starts_with(want), "{}", text(&out.stdout));
}

#[test]
fn digits_mlp_reaches_the_peers_accuracy() {
    // Keras and PyTorch reach 0.90-0.91 on this split (BENCHMARKS.md).
    let root = env!("CARGO_MANIFEST_DIR");
    let out = Command::new(env!("CARGO_BIN_EXE_arr"))
        .arg("examples/digits_mlp.arr")
        .current_dir(root)
        .output()
        .expect("arr runs");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("Total params: 9,610 (37.54 KB)"),
        "{stdout}"
    );
    assert_eq!(stdout.matches("47/47 ━━━━━━━━━━━━━━━━━━━━").count(), 20);
    let acc: f64 = stdout
        .lines()
        .find_map(|l| l.strip_prefix("test accuracy: "))
        .and_then(|v| v.trim().parse().ok())
        .expect("the example prints its accuracy");
    assert!((0.89..=0.93).contains(&acc), "accuracy {acc}");
}

/// Writes an IDX file of unsigned bytes (MNIST's format).
fn write_idx(path: &std::path::Path, shape: &[u32], data: &[u8]) {
    let mut b = vec![0u8, 0, 0x08, shape.len() as u8];
    for d in shape {
        b.extend_from_slice(&d.to_be_bytes());
    }
    b.extend_from_slice(data);
    std::fs::write(path, b).expect("write idx");
}

#[test]
fn load_mnist_reads_idx_files() {
    let dir = std::env::temp_dir().join(format!("arr-mnist-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let img: Vec<u8> = (0..3 * 2 * 2).map(|v| (v * 20) as u8).collect();
    write_idx(&dir.join("train-images-idx3-ubyte"), &[3, 2, 2], &img);
    write_idx(&dir.join("train-labels-idx1-ubyte"), &[3], &[7, 0, 9]);
    write_idx(
        &dir.join("t10k-images-idx3-ubyte"),
        &[1, 2, 2],
        &[255, 0, 1, 2],
    );
    write_idx(&dir.join("t10k-labels-idx1-ubyte"), &[1], &[4]);
    let prog = format!(
        "(xt, yt), (xs, ys) = load_mnist(\"{}\")\nprint(xt.shape, xt.dtype, xt[2])\nprint(yt, xs[0, 0], ys)",
        dir.display()
    );
    let out = arr(&["-e", &prog], &[]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(
        text(&out.stdout),
        "(3, 2, 2) int64 [[160 180]\n [200 220]]\n[7 0 9] [255   0] [4]\n"
    );
    // A truncated file is a clear error, not a crash.
    write_idx(&dir.join("t10k-labels-idx1-ubyte"), &[5], &[4]);
    let bad = arr(&["-e", &prog], &[]);
    assert_eq!(bad.status.code(), Some(1));
    let err = text(&bad.stderr);
    assert!(err.contains("should hold 5 bytes of data"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn repl_echoes_tensors_and_redraws_fit_progress_on_a_terminal() {
    let history = std::env::temp_dir().join(format!("arr-thistory-{}", std::process::id()));
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_arr"));
    cmd.env("ARR_HISTORY", &history).env("TERM", "xterm");
    let mut p = rexpect::session::spawn_command(cmd, Some(20_000)).expect("the REPL starts");
    const READY: &str = "\x1b[?2004h";
    p.exp_string(READY).unwrap();
    let mut exchange = |line: &str, expect: &str| {
        p.send_line(line).unwrap();
        p.exp_string(expect)
            .unwrap_or_else(|e| panic!("after {line:?}: {e}"));
        p.exp_string(READY).unwrap();
    };
    exchange("t = tensor([[1, 2], [3, 4]])", "");
    exchange("t @ t", "tensor([[ 7, 10],\r\n        [15, 22]])");
    // A tensor error keeps the session and its variables.
    exchange("t @ tensor(ones((3, 3)))", "cannot be multiplied");
    exchange("t.sum()", "tensor(10)");
    exchange(
        "m = Sequential([Dense(2, input_shape=(2,))]); m.compile(optimizer=\"sgd\", loss=\"mse\")",
        "",
    );
    // On a terminal the progress line is redrawn in place (\r, then
    // clear to the end of the line). rexpect reads bytes as Latin-1, so
    // only the ASCII parts are matched.
    exchange(
        "h = m.fit(ones((64, 2)), zeros((64, 2)), epochs=1)",
        "\r2/2 ",
    );
    exchange("len(h[\"loss\"])", "\r\n1\r\n");
    // Ctrl-C stops a long fit between batches; the session and model stay.
    p.send_line("m.fit(ones((64, 2)), zeros((64, 2)), epochs=100000, verbose=0)")
        .unwrap();
    std::thread::sleep(std::time::Duration::from_millis(700));
    p.send_control('c').unwrap();
    p.exp_string("interrupted").unwrap();
    p.exp_string(READY).unwrap();
    p.send_line("m.predict(ones((1, 2))).shape").unwrap();
    p.exp_string("(1, 2)").unwrap();
    p.exp_string(READY).unwrap();
    p.send_line(":quit").unwrap();
    p.exp_eof().unwrap();
    let _ = std::fs::remove_file(&history);
}

#[test]
fn a_wrong_libtorch_is_a_clear_error() {
    // Stand-ins for libtorch without its symbols, found first through
    // LD_LIBRARY_PATH (the backend's RUNPATH comes after it), behave like a
    // libtorch of another version: the backend cannot bind to it.
    let dir = std::env::temp_dir().join(format!("arr-fake-torch-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let src = dir.join("empty.c");
    std::fs::write(&src, "int arr_fake_libtorch;\n").expect("write");
    for name in ["libtorch_cpu.so", "libc10.so"] {
        let st = Command::new("cc")
            .args(["-shared", "-fPIC", "-o"])
            .arg(dir.join(name))
            .arg(&src)
            .status()
            .expect("cc runs");
        assert!(st.success());
    }
    let dirs = dir.to_string_lossy().to_string();
    let out = arr(&["-e", "t = tensor([1.0])"], &[("LD_LIBRARY_PATH", &dirs)]);
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("could not load the libtorch backend"), "{err}");
    assert!(err.contains("libtorch 2.13"), "{err}");
    std::fs::remove_dir_all(&dir).ok();
}
