# arr-fuzz failure: internal error: internal error: attempt to add with overflow (this is a bug 
# detail: internal error: attempt to add with overflow (this is a bug in arr; the session is intact)
# seed 1201, job 1, input 531888, generated input, file access on, minimized in 252 runs; reproduce with `arr-fuzz --repro FILE`
for v1 in trace(array([[inf, 1.0, 3.14], [1e-300, inf, 1.0], [1e20, nan, 2.5]], dtype="int64")) {}
