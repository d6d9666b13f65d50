# collect experiment results, round-trip them through JSON, and summarize
import json
import numpy as np

X = np.array([[1.0, 0.0, 1.0], [0.0, 1.0, 1.0], [1.0, 1.0, 0.0], [1.0, 1.0, 1.0]])
y = np.array([2.0, 3.0, 3.0, 4.0])

def run_experiment(lr, steps) {
    w = np.zeros(3)
    losses = []
    for _ in range(steps) {
        err = X @ w - y
        losses.append(float((err ** 2).mean()))
        w -= lr * 2 * X.T @ err / len(y)
    }
    return {"lr": lr, "steps": steps, "final_loss": round(losses[-1], 6), "weights": [round(float(v), 4) for v in w]}
}

results = []
for lr in (0.01, 0.05, 0.1) {
    for steps in (10, 50) {
        results.append(run_experiment(lr, steps))
    }
}
text = json.dumps({"results": results, "version": 1}, sort_keys=True, indent=2)
print(len(text.split("\n")), "lines of JSON")
print("\n".join(text.split("\n")[:12]))
loaded = json.loads(text)
print(loaded["version"], len(loaded["results"]), loaded == {"results": results, "version": 1})
best = min(loaded["results"], key=lambda r: r["final_loss"])
print(f"best: lr={best['lr']} steps={best['steps']} loss={best['final_loss']:.6f}")
print("weights:", best["weights"])
by_lr = {}
for r in loaded["results"] {
    by_lr.setdefault(str(r["lr"]), []).append(r["final_loss"])
}
print(json.dumps(by_lr, sort_keys=True))
table = [f"{r['lr']:<6}{r['steps']:>5}{r['final_loss']:>12.6f}" for r in loaded["results"]]
print("\n".join(table))
print(json.dumps(results[0]))
