# arr-fuzz failure: stack overflow in range, hash
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 1, input 2809, generated input, file access on, minimized in 145 runs; reproduce with `arr-fuzz --repro FILE`
a = None
for i in range(37500) {
a = a,
}
hash(a)
