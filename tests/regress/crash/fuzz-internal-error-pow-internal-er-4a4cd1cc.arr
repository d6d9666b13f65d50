# arr-fuzz failure: internal error: pow: internal error in the torch backend: called `Result::un
# detail: pow: internal error in the torch backend: called `Result::unwrap()` on an `Err` value: Torch("value cannot be converted to type float without overflow")
# seed 20261201, job 0, input 19139, mutated input, file access on, minimized in 466 runs; reproduce with `arr-fuzz --repro FILE`
x =randn(3)
y = x @[[2.0], [1.0], [0.5]] + 0.3
m = Sequential()
for step in range(1) {
    loss =(m(x) - y) ** 1e308
}
