# arr-fuzz failure: abort: memory allocation failed in median, rand
# detail: memory allocation of 80000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 120104, job 0, input 162543, mutated input, file access off, minimized in 203 runs; reproduce with `arr-fuzz --repro FILE`
median(rand(10**10, 0), 1)
