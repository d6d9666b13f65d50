import math
import time
print(math.floor(2.7), math.ceil(2.1), math.sqrt(2), math.pi, math.inf > 1e308)
print(math.isclose(0.1 + 0.2, 0.3), math.log(math.e), math.gcd(12, 18), math.factorial(5))
start = time.perf_counter()
time.sleep(0.01)
elapsed = time.perf_counter() - start
print(elapsed >= 0.01, time.time() > 1.7e9)
