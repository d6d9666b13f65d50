import numpy as np
rows = []
rows.append(np.array([1, 2]))
rows.append(np.array([3, 4]))
print(sum(r for r in rows), sum(rows), sum(x / 10 for x in range(4)))
m = np.array([[1, 2], [3, 4]])
print(sum(m), max(m[0]), any(m > 3), min(r.sum() for r in m))
