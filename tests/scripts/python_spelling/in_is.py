print(3 in (1, 2, 3), "x" not in "abc", "k" in {"k": 1}, 2 in range(5))
a = []
b = a
x = None
print(a is b, a is not [], x is None, x is not None)
import numpy as np
print(2 in np.array([1, 2, 3]))
