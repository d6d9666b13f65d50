# arr-fuzz failure: abort: memory allocation failed in zeros, shuffle
# detail: memory allocation of 34359738368 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 20261201, job 1, input 17654, generated input, file access on, minimized in 46 runs; reproduce with `arr-fuzz --repro FILE`
v1 = zeros((2**32, 0))
shuffle(v1)
