# arr-fuzz failure: internal error: internal error: capacity overflow (this is a bug in arr; the
# detail: internal error: capacity overflow (this is a bug in arr; the session is intact)
# seed 1201, job 0, input 162788, mutated input, file access on, minimized in 35 runs; reproduce with `arr-fuzz --repro FILE`
v1 = adamw(range(2**63 - 1))
