# arr-fuzz failure: abort: memory allocation failed in sgd, range
# detail: memory allocation of 56000000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 1201, job 1, input 130183, mutated input, file access on, minimized in 51 runs; reproduce with `arr-fuzz --repro FILE`
sgd(range(5**12))
