# arr-fuzz failure: internal error: sub: internal error in the torch backend: called `Result::un
# detail: sub: internal error in the torch backend: called `Result::unwrap()` on an `Err` value: Torch("value cannot be converted to type float without overflow")
# seed 20261201, job 1, input 12431, generated input, file access on, minimized in 191 runs; reproduce with `arr-fuzz --repro FILE`
tensor(0) - 1.7976931348623157e308
