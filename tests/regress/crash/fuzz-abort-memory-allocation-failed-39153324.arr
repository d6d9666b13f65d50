# arr-fuzz failure: abort: memory allocation failed in zeros, lstsq
# detail: memory allocation of 80000000000 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 1201, job 0, input 504084, generated input, file access on, minimized in 190 runs; reproduce with `arr-fuzz --repro FILE`
v3 = zeros((10**10, 0))
v5 = lstsq(v3, v3)
