# time.time() used without printing timings
import time
t0 = time.time()
total = sum(i * i for i in range(1000))
elapsed = time.time() - t0
print(total)
print(elapsed >= 0, isinstance(t0, float))
print(t0 > 1e9)
t1 = time.time()
print(t1 >= t0)
start = time.time()
for _ in range(3) { }
print(time.time() - start < 60)
