# arr-fuzz failure: abort: memory allocation failed in reshape, shuffle
# detail: memory allocation of 8796093022208 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 20261201, job 1, input 58018, generated input, file access on, minimized in 244 runs; reproduce with `arr-fuzz --repro FILE`
v1 = reshape((fn(x) = [])(() and ()), 2**40,0)
shuffle(v1)
