# inf and nan
import math
inf = float("inf")
nan = float("nan")
print(inf + 1, inf - inf, inf * 0, -inf)
print(nan == nan, nan != nan, math.isnan(nan))
print(inf > 1e308, -inf < -1e308, max(1.0, inf), min(-inf, 0))
print(1e308 * 10 == inf)
print(0.0 == -0.0, str(-0.0))
print(float("1e400"), float("-1e400"))
print(sorted((3.5, -inf, inf, 0.0)))
