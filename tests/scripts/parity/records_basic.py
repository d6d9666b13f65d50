import numpy as np

color = np.dtype([("r", np.ubyte), ("g", np.ubyte), ("b", np.ubyte), ("a", np.ubyte)])
print(repr(color))
print(color.names, color.itemsize, len(color))
print(color["g"], color[0])
print(repr(np.dtype("f8, i4")))
print(repr(np.dtype({"names": ["x", "y"], "formats": [np.float32, np.int16]})))

Z = np.zeros((5, 5), [("x", float), ("y", float)])
Z["x"], Z["y"] = np.meshgrid(np.linspace(0, 1, 5), np.linspace(0, 1, 5))
print(Z)
print(Z[1, 2], Z[1, 2]["x"], Z.shape, Z["x"].shape, Z.ndim, Z.size)
print(repr(Z[0]))
print(Z[1:3, ::2])
print(repr(Z[4]))

N = np.zeros(10, [("position", [("x", float, 1), ("y", float, 1)]),
                  ("color", [("r", float, 1), ("g", float, 1), ("b", float, 1)])])
print(N)
print(repr(N[:2]))
print(N["position"]["x"].shape)
N["position"]["x"] = np.arange(10).reshape(10, 1)
print(N["position"][3])
print(N[3]["position"]["x"])

p = np.array([(1, 2.5, True), (3, -1.0, False), (1, 0.5, True)],
             dtype=[("a", int), ("b", float), ("c", bool)])
print(p)
print(repr(p))
print(p["a"] + 1, p[p["a"] == 1])
print(p[["a", "c"]])
p[1] = (7, 7.5, True)
p["b"][0] = 100
print(p, len(p), p.dtype)
print(p.tolist())
for rec in p:
    print(rec["a"], rec)
print(p == p, p[0] == p[2], p[0] == p[0])

w = np.ones(4, dtype=[("v", np.float32, (2,)), ("k", np.int8)])
print(w)
print(repr(w))
w[2] = 5
print(w[2], w["v"].dtype, w["k"].dtype)
e = np.zeros(0, dtype=[("a", int)])
print(e, repr(e), e.shape)
one = np.zeros(3, dtype=[("only", np.int32)])
print(one, repr(one[0]))
big = np.zeros(3, dtype=[("alpha", float), ("beta", float), ("gamma", float), ("delta", float), ("epsilon", float)])
print(repr(big))
print(np.zeros_like(p))
print(np.array(p, copy=True) if False else p.reshape(3, 1).shape)
