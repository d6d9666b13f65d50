# k-means clustering on fixed 2-D points with fixed initial centroids
import numpy as np

points = np.array([
    [1.0, 1.0], [1.5, 2.0], [3.0, 4.0], [5.0, 7.0],
    [3.5, 5.0], [4.5, 5.0], [3.5, 4.5], [9.0, 9.0],
    [8.5, 9.5], [9.5, 8.0],
])

def assign(points, centroids) {
    labels = []
    for p in points {
        dists = [np.linalg.norm(p - c) for c in centroids]
        labels.append(int(np.argmin(dists)))
    }
    return labels
}

def update(points, labels, k) {
    new = []
    for j in range(k) {
        members = np.array([p for p, lab in zip(points, labels) if lab == j])
        new.append(members.mean(axis=0))
    }
    return np.array(new)
}

k = 3
centroids = points[:k].copy()
history = []
for it in range(10) {
    labels = assign(points, centroids)
    new_centroids = update(points, labels, k)
    shift = float(np.abs(new_centroids - centroids).sum())
    history.append(shift)
    print(f"iter {it}: shift={shift:.4f} sizes={[labels.count(j) for j in range(k)]}")
    centroids = new_centroids
    if shift < 1e-9 {
        break
    }
}
print("converged after", len(history), "iterations")
for j, c in enumerate(centroids) {
    print(f"cluster {j}: center=({c[0]:.3f}, {c[1]:.3f})")
}
inertia = sum(float(np.sum((p - centroids[lab]) ** 2)) for p, lab in zip(points, labels))
print(f"inertia={inertia:.4f}")
print(np.round(centroids, 2))
print("labels:", labels)
