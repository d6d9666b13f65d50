# arrays mixed with f-strings, comprehensions and dicts
import numpy as np
data = np.array([2.0, 4.0, 4.0, 5.0, 7.0, 9.0])
print(f"mean={data.mean():.3f} std={data.std():.3f} max={data.max():.1f}")
print(f"n={len(data)} sum={data.sum():g}")
normalized = [(x - data.min()) / (data.max() - data.min()) for x in data]
print([f"{v:.2f}" for v in normalized])
print(", ".join(f"{x:5.1f}" for x in data))
print(sum(x * x for x in data))
print(max(data), min(data))
cats = {"low": data[data < 5], "high": data[data >= 5]}
for k, v in cats.items() {
    print(k, v, f"{v.mean():.2f}")
}
