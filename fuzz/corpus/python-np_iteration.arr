# iterating arrays and converting elements to Python numbers
import numpy as np
m = np.arange(6).reshape(3, 2)
for row in m {
    print(row, row.sum())
}
for i, row in enumerate(m) {
    print(i, row[0] * row[1])
}
v = np.array([1.5, 2.5, 3.5])
for x in v {
    print(f"{x:.2f}", x * 2)
}
print([int(x) for x in v])
print([float(x) ** 2 for x in v])
total = 0
for x in np.arange(5) {
    total += x
}
print(total)
print(sum(r.sum() for r in m))
print(list(zip(range(3), [str(r) for r in m])))
