# More of math, os, os.path, sys and time.
import math
import os
import os.path
import sys
import time

print(math.lcm(4, 6), math.lcm(3, 5, 7), math.isqrt(99), math.isqrt(10**12), math.fmod(7, 3), math.fmod(-7, 3))
print(math.modf(3.75), math.modf(-2.5), math.frexp(8.0), math.frexp(0.1), math.ldexp(0.5, 4))
print(math.remainder(7, 4), math.remainder(10, 4), math.dist((0, 0), (3, 4)), math.dist((1, 2, 3), (4, 6, 3)))
print(os.path.isabs("/etc"), os.path.isabs("etc"), os.path.normpath("a/./b/../c"), os.path.normpath("/x//y/"), os.sep, os.path.sep)
print(os.path.normpath("../a/../../b"), os.path.normpath(""), os.getenv("ARR_TWIN_NO_SUCH_VAR", "fallback"), os.getenv("ARR_TWIN_NO_SUCH_VAR"))
print(sys.version_info[0] >= 3, sys.version_info >= (3, 8), sys.getrecursionlimit() >= 1000)
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
start = time.perf_counter_ns()
total = sum(i * i for i in range(1000))
elapsed = time.perf_counter_ns() - start
print(total, type(elapsed).__name__, elapsed >= 0, time.time_ns() > 0, time.process_time() >= 0)
print(os.path.expanduser("data/x.csv"), os.linesep == "\n", os.name)
