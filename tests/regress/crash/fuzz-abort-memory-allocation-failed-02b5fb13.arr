# arr-fuzz failure: abort: memory allocation failed in qr, ones, range
# detail: memory allocation of 2328472220 bytes failed | note: run with `RUST_BACKTRACE=1` environment variable to display a backtrace
# seed 1201, job 1, input 454882, mutated input, file access on, minimized in 37 runs; reproduce with `arr-fuzz --repro FILE`
qr([[]])[:]
a = ones(1)
for i in range(40) { a = repr([a, a]) }
