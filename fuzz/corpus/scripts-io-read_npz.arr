d = load("fixtures/pair.npz")
print(d["x"], d["y"])
print(load("fixtures/packed.npz")["w"])
