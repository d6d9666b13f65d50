import numpy as np
a = np.array([[1, 2], [3, 4]])
for idx, v in np.ndenumerate(a) {
    print(idx, v)
}
for idx, v in np.ndenumerate(np.array([1.5, 2.5, 3.5])) {
    print(idx, v)
}
for idx, v in np.ndenumerate(np.array(7)) {
    print(idx, v)
}
for idx, v in np.ndenumerate(np.zeros((0, 3))) {
    print(idx, v)
}
for idx in np.ndindex(2, 3) {
    print(idx)
}
for idx in np.ndindex((2, 1, 2)) {
    print(idx)
}
for idx in np.ndindex(()) {
    print(idx)
}
for idx in np.ndindex(2, 0) {
    print(idx)
}
print("done")
