# arr-fuzz failure: internal error: internal error: Formatting argument out of range (this is a 
# detail: internal error: Formatting argument out of range (this is a bug in arr; the session is intact)
# seed 20261201, job 0, input 39884, generated input, file access on, minimized in 237 runs; reproduce with `arr-fuzz --repro FILE`
try {
f'}}{(1e16): >_.100000e}'
} except {}
