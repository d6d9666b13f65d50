# lists of arrays, Python sum over arrays, conversion to Python scalars
import numpy as np
rows = []
for i in range(3) {
    rows.append(np.arange(3) * i)
}
print(rows)
total = sum(rows)
print(total)
print(sum(r for r in rows))
stacked = np.array(rows)
print(stacked.shape)
weights = {"w1": np.ones(2), "w2": np.zeros(3)}
for name, w in weights.items() {
    print(name, w.shape, w.sum())
}
print(max(len(w) for w in weights.values()))
print(np.array([len(w) for w in weights.values()]))
print(float(np.arange(4).mean()), int(np.arange(4).sum()))
