//! Embedding arr in a Rust program: run with `cargo run --example embed`.

use arr::{Engine, Value};
use ndarray::arr2;

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let mut engine = Engine::new();
    // Sandbox: no file access, bounded work.
    engine.set_file_access(false);
    engine.set_max_operations(1_000_000);
    engine.set_max_call_depth(200);

    // Rust values in, computed values out.
    engine.set(
        "X",
        arr2(&[[1.0, 1.0], [2.0, 1.0], [3.0, 1.0], [4.0, 1.0]]).into_dyn(),
    );
    engine.set("y", ndarray::arr1(&[2.1, 3.9, 6.2, 7.8]).into_dyn());
    engine.eval("theta = lstsq(X, y)[0]")?;
    let theta: ndarray::ArrayD<f64> = engine.get_as("theta")?;
    println!("slope {:.3}, intercept {:.3}", theta[0], theta[1]);

    // A native function callable from scripts.
    engine.register_fn("clamp01", |args| {
        let x: f64 = arr::FromValue::from_value(&args[0])?;
        Ok(Value::Float(x.clamp(0.0, 1.0)))
    });
    // Script functions callable from Rust.
    engine.eval("fn predict(x) = clamp01(theta[0] * x + theta[1])")?;
    println!(
        "predict(0.1) = {}",
        engine.call("predict", vec![Value::Float(0.1)])?
    );

    // print output captured instead of written to stdout.
    let out = engine.capture_output();
    engine.eval("print(X.T @ X)")?;
    print!("captured:\n{}", out.borrow());

    // Errors carry positions and render like the CLI's.
    if let Err(e) = engine.eval("X @ ones((3, 3))") {
        eprint!("{}", engine.render_error(&e));
    }
    Ok(())
}
