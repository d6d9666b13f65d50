import numpy as np
a = np.array([[1, 0], [0, 2]])
print([[1, 2], [3, 4]] @ a)
xs = []
for i in range(3) {
    xs.append(i * i)
}
ys = [i * i for i in range(3)]
print(xs, ys, list(range(3)), sorted((3, 1, 2)), xs == ys)
print(np.mean(xs), np.array(ys) * 2, np.std(list(range(4))))
