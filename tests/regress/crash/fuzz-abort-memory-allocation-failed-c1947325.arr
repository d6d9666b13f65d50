# arr-fuzz failure: abort: memory allocation failed in repeat, zeros
# detail: memory allocation of 17179869184 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 120103, job 1, input 220359, mutated input, file access on, minimized in 442 runs; reproduce with `arr-fuzz --repro FILE`
fn show(x) {
if 1 -1 {} elif(repeat(zeros((0, 0, 2**31)), 0,2)) {}
}
show([])
