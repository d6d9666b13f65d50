# arr-fuzz failure: abort: memory allocation failed in zeros, permutation
# detail: memory allocation of 8796093022208 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 20261201, job 1, input 42154, generated input, file access on, minimized in 93 runs; reproduce with `arr-fuzz --repro FILE`
v1 = zeros((2**40, 0))
v2 = permutation(v1)
