# arr-fuzz failure: internal error: internal error: attempt to add with overflow (this is a bug 
# detail: internal error: attempt to add with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 1, input 3006, generated input, file access on, minimized in 150 runs; reproduce with `arr-fuzz --repro FILE`
to_categorical(1.7976931348623157e308)
