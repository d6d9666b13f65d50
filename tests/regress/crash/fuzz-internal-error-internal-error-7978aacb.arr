# arr-fuzz failure: internal error: internal error: attempt to multiply with overflow (this is a
# detail: internal error: attempt to multiply with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 1, input 31550, mutated input, file access on, minimized in 140 runs; reproduce with `arr-fuzz --repro FILE`
matmul([0, 2, 0], [0, 2**63, 0])
