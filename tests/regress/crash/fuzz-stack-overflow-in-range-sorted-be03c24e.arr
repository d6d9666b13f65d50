# arr-fuzz failure: stack overflow in range, sorted
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 0, input 25449, generated input, file access on, minimized in 289 runs; reproduce with `arr-fuzz --repro FILE`
try {
a = None
for i in range(37500) {
a = a,
}
sorted([a, a])
} except {}
