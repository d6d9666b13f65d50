//! Training benchmarks against PyTorch and Keras, in one run: the digits
//! MLP (20 epochs, batch 32; training time and test accuracy), one epoch
//! of a 784 -> 128 -> 10 MLP on 60000x784 synthetic data, batch 32, and a
//! custom PyTorch-style loop (an `nn.Module` MLP, 2000 SGD steps). Each
//! script times its training in-process and prints `name value` lines; the
//! whole-process wall time (start-up and data loading included) is shown
//! beside.
//!
//!     PYTHON=/path/to/venv-with-torch/bin/python \
//!     KERAS_PYTHON=/path/to/venv-with-tensorflow/bin/python \
//!     cargo bench --bench training
//!
//! The tensor backend must be built (`.ci/setup-torch`). Without
//! `KERAS_PYTHON` the Keras column is left out.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::Command;
use std::time::Instant;

fn run(program: &str, args: &[&str], threads: bool) -> (BTreeMap<String, f64>, f64) {
    let mut cmd = Command::new(program);
    cmd.args(args);
    if threads {
        // The peers get the machine's two cores, as arr's libtorch does.
        cmd.env("OMP_NUM_THREADS", "2");
    }
    let t = Instant::now();
    let out = cmd.output().expect("benchmark process runs");
    let wall = t.elapsed().as_secs_f64();
    assert!(
        out.status.success(),
        "{program} {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let mut values = BTreeMap::new();
    for line in String::from_utf8_lossy(&out.stdout).lines() {
        if let Some((name, v)) = line.split_once(' ') {
            if let Ok(v) = v.trim().parse::<f64>() {
                values.insert(name.to_string(), v);
            }
        }
    }
    (values, wall)
}

fn main() {
    let arr = env!("CARGO_BIN_EXE_arr");
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = root.join("benches/training");
    let digits = root.join("examples/data/digits.csv");
    let digits = digits.to_str().unwrap_or_default();
    let torch = std::env::var("PYTHON").unwrap_or_else(|_| "python3".into());
    let keras = std::env::var("KERAS_PYTHON").ok();
    let script = |name: &str| dir.join(name).to_string_lossy().into_owned();

    println!("| benchmark | arr | PyTorch | Keras |");
    println!("| --- | ---: | ---: | ---: |");
    let (a, aw) = run(arr, &[&script("digits_mlp.arr"), digits], false);
    let (p, pw) = run(&torch, &[&script("digits_mlp_torch.py"), digits], true);
    let k = keras
        .as_ref()
        .map(|k| run(k, &[&script("digits_mlp_keras.py"), digits], true));
    let cell = |m: &BTreeMap<String, f64>, key: &str| {
        m.get(key)
            .map(|v| format!("{v:.4}"))
            .unwrap_or_else(|| "?".into())
    };
    let kcell = |key: &str| {
        k.as_ref()
            .map(|(m, _)| cell(m, key))
            .unwrap_or_else(|| "not run".into())
    };
    println!(
        "| digits MLP training, 20 epochs (s) | {} | {} | {} |",
        cell(&a, "digits_train"),
        cell(&p, "digits_train"),
        kcell("digits_train")
    );
    println!(
        "| digits MLP test accuracy | {} | {} | {} |",
        cell(&a, "digits_accuracy"),
        cell(&p, "digits_accuracy"),
        kcell("digits_accuracy")
    );
    println!(
        "| digits MLP whole process (s) | {aw:.2} | {pw:.2} | {} |",
        k.as_ref()
            .map(|(_, w)| format!("{w:.2}"))
            .unwrap_or_else(|| "not run".into())
    );
    let (a, _) = run(arr, &[&script("mnist_epoch.arr")], false);
    let (p, _) = run(&torch, &[&script("mnist_epoch_torch.py")], true);
    println!(
        "| 60000x784 MLP, one epoch, batch 32 (s) | {} | {} | not run |",
        cell(&a, "mnist_epoch"),
        cell(&p, "mnist_epoch")
    );
    let (a, aw) = run(arr, &[&script("custom_loop.arr")], false);
    let (p, pw) = run(&torch, &[&script("custom_loop_torch.py")], true);
    println!(
        "| custom nn.Module loop, 2000 steps (s) | {} | {} | not run |",
        cell(&a, "custom_loop"),
        cell(&p, "custom_loop")
    );
    println!(
        "| custom loop, last loss | {} | {} | not run |",
        cell(&a, "custom_loop_loss"),
        cell(&p, "custom_loop_loss")
    );
    println!("| custom loop whole process (s) | {aw:.2} | {pw:.2} | not run |");
}
