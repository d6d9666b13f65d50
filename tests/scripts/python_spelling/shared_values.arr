import numpy as np
def tweak(cfg) {
    cfg["lr"] /= 10                 # mutates the caller's dict
}
config = {"lr": 0.1}
history = []
log = history                       # one list, two names
log.append(0.5)
tweak(config)
print(history, config)
a = np.zeros(3)
b = a                               # b is a value: writing to it copies
b[0] = 9
print(a, b)
params = []
params.append(np.zeros(2))
w = params[0]                       # w is a value too
w += 1
params[0][1] = 5                    # writes through the shared list
print(params, w)
