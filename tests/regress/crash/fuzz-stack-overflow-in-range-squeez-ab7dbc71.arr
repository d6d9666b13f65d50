# arr-fuzz failure: stack overflow in range, squeeze
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 0, input 7043, mutated input, file access on, minimized in 166 runs; reproduce with `arr-fuzz --repro FILE`
x = []
for i in range(7500) { x = x, none }
squeeze(x)
