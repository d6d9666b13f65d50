# arr-fuzz failure: internal error: internal error: capacity overflow (this is a bug in arr; the
# detail: internal error: capacity overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 0, input 11367, generated input, file access on, minimized in 56 runs; reproduce with `arr-fuzz --repro FILE`
v1 = zeros((2**63 - 1, 0))
shuffle(v1)
