# arr-fuzz failure: internal error: internal error: attempt to multiply with overflow (this is a
# detail: internal error: attempt to multiply with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 1, input 1037, generated input, file access on, minimized in 158 runs; reproduce with `arr-fuzz --repro FILE`
iter(range(2**63,1, 2**62))
