# arr-fuzz failure: abort: memory allocation failed in repeat, ones
# detail: memory allocation of 80000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 20261201, job 0, input 15344, mutated input, file access on, minimized in 92 runs; reproduce with `arr-fuzz --repro FILE`
repeat(ones((1, 0)), 10**10,0)
