# arr-fuzz failure: stack overflow in range, sign
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 0, input 83737, generated input, file access on, minimized in 187 runs; reproduce with `arr-fuzz --repro FILE`
v2 = []
for i in range(10000) { v2 = v2, none }
v2 + sign(())
