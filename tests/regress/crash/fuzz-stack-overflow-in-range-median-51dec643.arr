# arr-fuzz failure: stack overflow in range, median
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 1, input 94113, mutated input, file access on, minimized in 198 runs; reproduce with `arr-fuzz --repro FILE`
x = []
for i in range(9375) { x = x, none }
median(x)[0]
