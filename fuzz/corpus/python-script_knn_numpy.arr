# k-nearest-neighbour classification with numpy on fixed data
import numpy as np

train_x = np.array([[1.0, 1.0], [1.2, 0.8], [0.8, 1.1], [4.0, 4.2], [4.2, 3.9], [3.8, 4.1], [1.0, 4.0], [1.2, 4.3]])
train_y = np.array([0, 0, 0, 1, 1, 1, 2, 2])
names = {0: "red", 1: "green", 2: "blue"}

def distances(point) {
    diff = train_x - point
    return np.sqrt((diff ** 2).sum(axis=1))
}

def knn(point, k=3) {
    d = distances(point)
    order = np.argsort(d)[:k]
    votes = {}
    for i in order {
        label = int(train_y[i])
        votes[label] = votes.get(label, 0) + 1
    }
    best = max(sorted(votes), key=lambda lab: votes[lab])
    return best, votes
}

tests = np.array([[1.1, 1.0], [4.0, 4.0], [1.1, 4.1], [2.6, 2.2], [2.0, 3.5]])
for p in tests {
    label, votes = knn(p)
    d = distances(p)
    print(f"({p[0]:.1f}, {p[1]:.1f}) -> {names[label]:<5} votes={votes} nearest={d.min():.3f}")
}
print("leave-one-out:")
correct = 0
for i in range(len(train_x)) {
    mask = np.arange(len(train_x)) != i
    d = np.sqrt(((train_x[mask] - train_x[i]) ** 2).sum(axis=1))
    nearest = train_y[mask][np.argsort(d)[:3]]
    counts = [int((nearest == c).sum()) for c in range(3)]
    pred = counts.index(max(counts))
    if pred == int(train_y[i]) {
        correct += 1
    }
    print(f"  point {i}: true={names[int(train_y[i])]:<5} pred={names[pred]:<5} counts={counts}")
}
print(f"accuracy {correct}/{len(train_x)} = {correct / len(train_x):.3f}")
centroids = np.array([train_x[train_y == c].mean(axis=0) for c in range(3)])
print(np.round(centroids, 3))
