# arr-fuzz failure: stack overflow in range
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 1, input 288, generated input, file access on, minimized in 122 runs; reproduce with `arr-fuzz --repro FILE`
f = lambda: 0
for i in range(50000) {
f = (lambda g: lambda: g)(f)
}
