# arr-fuzz failure: internal error: div: internal error in the torch backend: called `Result::un
# detail: div: internal error in the torch backend: called `Result::unwrap()` on an `Err` value: Torch("value cannot be converted to type float without overflow")
# seed 20261201, job 0, input 10997, generated input, file access off, minimized in 154 runs; reproduce with `arr-fuzz --repro FILE`
(fn(x) = 1e308 / tensor(ones(())))(inf)
