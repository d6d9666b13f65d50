# arr-fuzz failure: stack overflow in Sequential, range
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 120103, job 1, input 316533, mutated input, file access on, minimized in 206 runs; reproduce with `arr-fuzz --repro FILE`
m = Sequential()
x = []
for i in range(37500) { x = x, none }
m.fit(x)
