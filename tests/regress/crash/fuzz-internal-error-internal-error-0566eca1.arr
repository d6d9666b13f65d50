# arr-fuzz failure: internal error: internal error: attempt to subtract with overflow (this is a
# detail: internal error: attempt to subtract with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 0, input 7473, generated input, file access on, minimized in 111 runs; reproduce with `arr-fuzz --repro FILE`
if(to_categorical(0,-9223372036854775807 - 1)) {}
