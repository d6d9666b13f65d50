import time, numpy as np
a = np.zeros(100000)
t = time.perf_counter()
for i in range(1, 100000):
    a[i] = a[i - 1] + 1
print("scalar_loop", time.perf_counter() - t)
