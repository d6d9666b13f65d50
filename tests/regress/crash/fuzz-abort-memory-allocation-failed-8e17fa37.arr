# arr-fuzz failure: abort: memory allocation failed in tensor, range
# detail: memory allocation of 56000000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 1201, job 0, input 305640, mutated input, file access on, minimized in 86 runs; reproduce with `arr-fuzz --repro FILE`
tensor(range(5**12))
