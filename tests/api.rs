//! The embedding API, call by call.

use arr::{Engine, ErrorKind, Value};
use ndarray::{arr1, arr2, ArrayD, IxDyn};
use std::time::Duration;

#[test]
fn eval_returns_the_last_expression() {
    let mut e = Engine::new();
    assert_eq!(e.eval("1 + 2").unwrap().to_string(), "3");
    assert!(matches!(e.eval("x = 1").unwrap(), Value::None));
    assert_eq!(e.eval_as::<f64>("mean([1, 2, 3, 4])").unwrap(), 2.5);
}

#[test]
fn set_and_get_variables() {
    let mut e = Engine::new();
    e.set("n", 5i64);
    e.set("w", arr2(&[[1.0, 2.0], [3.0, 4.0]]).into_dyn());
    e.eval("m = w * n").unwrap();
    let m: ArrayD<f64> = e.get_as("m").unwrap();
    assert_eq!(m, arr2(&[[5.0, 10.0], [15.0, 20.0]]).into_dyn());
    assert!(e.get("nope").is_none());
    let err = e.get_as::<f64>("nope").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Name);
}

#[test]
fn arrays_convert_both_ways() {
    let mut e = Engine::new();
    e.set("a", arr1(&[1i64, 2, 3]).into_dyn());
    let doubled: ArrayD<i64> = e.eval_as("a * 2").unwrap();
    assert_eq!(doubled, arr1(&[2i64, 4, 6]).into_dyn());
    let mask: ArrayD<bool> = e.eval_as("a > 1").unwrap();
    assert_eq!(mask, arr1(&[false, true, true]).into_dyn());
    let f32s: ArrayD<f32> = e.eval_as("array([0.5, 1.5], dtype=float32)").unwrap();
    assert_eq!(
        f32s,
        ArrayD::from_shape_vec(IxDyn(&[2]), vec![0.5f32, 1.5]).unwrap()
    );
    // A float array is not silently truncated into integers.
    assert!(e.eval_as::<ArrayD<i64>>("[1.5]").is_err());
    assert_eq!(e.eval_as::<String>("str(1.5)").unwrap(), "1.5");
    assert!(e.eval_as::<bool>("2 > 1").unwrap());
}

#[test]
fn call_script_functions() {
    let mut e = Engine::new();
    e.eval("fn scale(x, k=2) = x * k").unwrap();
    let v = e.call("scale", vec![Value::Int(21)]).unwrap();
    assert_eq!(v.to_string(), "42");
    let err = e.call("scale", vec![]).unwrap_err();
    assert!(
        err.message
            .contains("missing 1 required positional argument: 'x'"),
        "{}",
        err.message
    );
    let err = e.call("undefined_fn", vec![]).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Name);
    e.eval("not_fn = 3").unwrap();
    assert!(e.call("not_fn", vec![]).is_err());
}

#[test]
fn register_native_functions() {
    let mut e = Engine::new();
    e.register_fn("hypot", |args| {
        let x = f64::try_from_value(&args[0])?;
        let y = f64::try_from_value(&args[1])?;
        Ok(Value::Float((x * x + y * y).sqrt()))
    });
    assert_eq!(e.eval_as::<f64>("hypot(3, 4)").unwrap(), 5.0);
    let err = e.eval("hypot(\"a\", 1)").unwrap_err();
    assert!(err.message.contains("expected a number"), "{}", err.message);
    assert!(err.span.is_some());
}

trait TryFromValue: Sized {
    fn try_from_value(v: &Value) -> Result<Self, arr::Error>;
}
impl TryFromValue for f64 {
    fn try_from_value(v: &Value) -> Result<Self, arr::Error> {
        <f64 as arr::FromValue>::from_value(v)
    }
}

#[test]
fn max_operations_stops_runaway_loops() {
    let mut e = Engine::new();
    e.set_max_operations(10_000);
    let err = e.eval("i = 0; while true { i += 1 }").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Limit);
    // The engine stays usable.
    assert_eq!(e.eval("1 + 1").unwrap().to_string(), "2");
}

#[test]
fn max_call_depth_stops_recursion() {
    let mut e = Engine::new();
    e.set_max_call_depth(50);
    let err = e.eval("fn f(n) = f(n + 1)\nf(0)").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Recursion);
    assert!(err.message.contains("(50)"));
    assert_eq!(
        e.eval_as::<i64>("fn g(n) { if n <= 0 { return 0 }\n return 1 + g(n - 1) }\ng(40)")
            .unwrap(),
        40
    );
}

#[test]
fn deep_recursion_within_the_default_limit_does_not_overflow() {
    let mut e = Engine::new();
    let v = e
        .eval_as::<i64>("fn d(n) { if n == 0 { return 0 }\n return 1 + d(n - 1) }\nd(990)")
        .unwrap();
    assert_eq!(v, 990);
}

#[test]
fn max_array_elements() {
    let mut e = Engine::new();
    e.set_max_array_elements(100);
    assert!(e.eval("zeros(100)").is_ok());
    let err = e.eval("zeros((11, 10))").unwrap_err();
    assert_eq!(err.kind, ErrorKind::Limit);
    assert!(e.eval("arange(1000)").is_err());
}

#[test]
fn interrupt_from_another_thread() {
    let mut e = Engine::new();
    let handle = e.interrupt_handle();
    let t = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(100));
        handle.interrupt();
    });
    let err = e.eval("i = 0\nwhile true { i += 1 }").unwrap_err();
    t.join().unwrap();
    assert_eq!(err.kind, ErrorKind::Interrupted);
    assert!(e.get_as::<i64>("i").unwrap() > 0);
    // The flag is consumed: the next evaluation runs normally.
    assert_eq!(e.eval("2 * 3").unwrap().to_string(), "6");
}

#[test]
fn capture_print_output() {
    let mut e = Engine::new();
    let out = e.capture_output();
    e.eval("print([[1, 2], [3, 4]])\nprint(\"a\", 1.5, sep=\"-\")")
        .unwrap();
    assert_eq!(out.borrow().as_str(), "[[1 2]\n [3 4]]\na-1.5\n");
}

#[test]
fn file_access_can_be_disabled() {
    let dir = std::env::temp_dir().join(format!("arr-api-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let lib = dir.join("lib.arr");
    std::fs::write(&lib, "fn triple(x) = 3 * x\n").unwrap();
    let main = dir.join("main.arr");
    std::fs::write(&main, "import \"lib.arr\"\nresult = triple(14)\n").unwrap();

    let mut open = Engine::new();
    open.eval_file(&main).unwrap();
    assert_eq!(open.get_as::<i64>("result").unwrap(), 42);

    let mut sandbox = Engine::new();
    sandbox.set_file_access(false);
    let err = sandbox.eval_file(&main).unwrap_err();
    assert_eq!(err.kind, ErrorKind::Io);
    let err = sandbox.eval("import \"lib.arr\"").unwrap_err();
    assert!(
        err.message.contains("file access is disabled"),
        "{}",
        err.message
    );
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn errors_render_with_position() {
    let mut e = Engine::new();
    let err = e
        .eval("a = ones((2, 3))\nb = ones((4, 5))\ny = a @ b")
        .unwrap_err();
    let text = e.render_error(&err);
    assert!(
        text.contains("shapes (2, 3) and (4, 5) cannot be multiplied"),
        "{text}"
    );
    assert!(text.contains(":3:5"), "{text}");
    assert!(text.contains("y = a @ b"), "{text}");
}

#[test]
fn globals_persist_between_evals() {
    let mut e = Engine::new();
    e.eval("fn f(x) = x + offset").unwrap();
    e.eval("offset = 10").unwrap();
    assert_eq!(e.eval_as::<i64>("f(1)").unwrap(), 11);
    assert!(e.global_names().iter().any(|n| n == "offset"));
}

#[test]
fn tensors_convert_to_ndarray_for_embedders() {
    let mut engine = arr::Engine::new();
    let a: ndarray::ArrayD<f64> = engine
        .eval_as("tensor([[1.0, 2.0], [3.0, 4.5]]) * 2")
        .expect("tensor result converts");
    assert_eq!(a, ndarray::arr2(&[[2.0, 4.0], [6.0, 9.0]]).into_dyn());
}

#[test]
fn engine_call_runs_grad_functions_and_models() {
    let mut e = Engine::new();
    e.eval("fn loss(w) = sum((w * 3.0) ** 2)\ng = grad(loss)")
        .unwrap();
    // g is a host object made by grad, and callable from Rust like a
    // script function.
    let w = ndarray::arr1(&[1.0, 2.0]).into_dyn();
    let got = e.call("g", vec![arr::Value::from(arr::NdArray::F64(w))]);
    let got: ndarray::ArrayD<f64> = arr::FromValue::from_value(&got.expect("g runs")).unwrap();
    assert_eq!(got, ndarray::arr1(&[18.0, 36.0]).into_dyn());

    e.eval("seed(0)\nm = Sequential([Dense(2, input_shape=(3,))])")
        .unwrap();
    let x = ndarray::Array2::<f64>::ones((4, 3)).into_dyn();
    let out = e
        .call("m", vec![arr::Value::from(arr::NdArray::F64(x))])
        .expect("a model is callable from Rust");
    e.set("out", out);
    let shape: ndarray::ArrayD<i64> = e.eval_as("array(out.shape)").unwrap();
    assert_eq!(shape, ndarray::arr1(&[4, 2]).into_dyn());

    let err = e.eval("v = 3").and_then(|_| e.call("v", vec![]));
    assert!(
        err.unwrap_err()
            .message
            .contains("'v' is int, not a function"),
        "a non-function is still refused"
    );
}
