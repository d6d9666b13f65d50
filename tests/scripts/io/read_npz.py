import numpy as np
d = np.load("fixtures/pair.npz")
print(d["x"], d["y"])
print(np.load("fixtures/packed.npz")["w"])
