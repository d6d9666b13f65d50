# arr-fuzz failure: abort: memory allocation failed in lstsq, zeros
# detail: memory allocation of 80000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 120103, job 1, input 244931, mutated input, file access on, minimized in 188 runs; reproduce with `arr-fuzz --repro FILE`
lstsq(zeros((0, 10**10)), ())
