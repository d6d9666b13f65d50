# arr-fuzz failure: abort: memory allocation failed in lstsq, rand, arange
# detail: memory allocation of 17179869184 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 120103, job 0, input 192344, generated input, file access on, minimized in 126 runs; reproduce with `arr-fuzz --repro FILE`
lstsq(rand(0, 2**31), arange(0))
