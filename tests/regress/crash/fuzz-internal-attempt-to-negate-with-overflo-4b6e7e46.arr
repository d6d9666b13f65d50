# arr-fuzz failure: internal error: internal error: attempt to negate with overflow (this is a b
# detail: internal error: attempt to negate with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 0, input 14767, mutated input, file access on, minimized in 234 runs; reproduce with `arr-fuzz --repro FILE`
{ "loss": round(1.0, 2**63), "tags": []}
