# arr-fuzz failure: stack overflow in range
# detail: arr-fuzz worker: fault in the engine thread's stack guard: stack overflow
# seed 20261201, job 1, input 3816, generated input, file access on, minimized in 227 runs; reproduce with `arr-fuzz --repro FILE`
v2 = []
for i in range(10000) { v2 = v2, none }
v3 = v2
v1[v3 > 0] = ()[none].dtype
