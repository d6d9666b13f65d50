# a small report over a score matrix
import numpy as np
names = ["ann", "bob", "cy", "dee"]
scores = np.array([[90, 85, 77], [60, 75, 80], [88, 92, 95], [70, 65, 60]])
avg = scores.mean(axis=1)
for name, a, row in zip(names, avg, scores) {
    print(f"{name:<4} {a:6.2f} best={row.max()} worst={row.min()}")
}
best = names[int(np.argmax(avg))]
print("best:", best)
print(f"class mean {scores.mean():.2f}")
print("above 80:", [n for n, a in zip(names, avg) if a > 80])
print(scores[scores > 90])
print((scores >= 80).sum(axis=0))
