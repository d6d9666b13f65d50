# arr-fuzz failure: internal error: internal error: attempt to negate with overflow (this is a b
# detail: internal error: attempt to negate with overflow (this is a bug in arr; the session is intact)
# seed 20261201, job 0, input 4068, generated input, file access off, minimized in 200 runs; reproduce with `arr-fuzz --repro FILE`
import math
math.lcm(2**63)
