import numpy as np

p = np.array([(2, 0.5), (1, 9.0), (2, -1.0), (1, 9.0), (0, np.nan), (0, 3.0)],
             dtype=[("k", int), ("v", float)])
print(np.sort(p))
print(np.sort(p, order="v"))
print(np.sort(p, order=["v", "k"]))
print(np.argsort(p))
print(np.unique(p))
u, idx, inv, cnt = np.unique(p, return_index=True, return_inverse=True, return_counts=True)
print(u, idx, inv, cnt)

np.random.seed(0)
faces = np.random.randint(0, 100, (10, 3))
F = np.roll(faces.repeat(2, axis=1), -1, axis=1)
F = F.reshape(len(F) * 3, 2)
F = np.sort(F, axis=1)
G = F.view(dtype=[("p0", F.dtype), ("p1", F.dtype)])
print(G.shape, G.dtype)
G = np.unique(G)
print(G)
print(G["p0"][:5], G.size)

raw = np.arange(6, dtype=np.int32)
r = raw.view([("lo", np.int16), ("hi", np.int16), ("x", np.int32)])
print(r)
f = np.array([1.5, 2.5, 3.5, 4.5]).view([("a", float), ("b", float)])
print(f, f.shape)
m = np.array([[1, 2, 3, 4], [5, 6, 7, 8]], dtype=np.uint8).view([("pair", np.uint8, 2), ("c", np.uint8), ("d", np.uint8)])
print(m, m.shape)


def attempt(fn) {
    try {
        fn()
        print("no error")
    } except ValueError {
        print("ValueError")
    } except TypeError {
        print("TypeError")
    } except IndexError {
        print("IndexError")
    } except KeyError {
        print("KeyError")
    }
}


attempt(lambda: p["nope"])
attempt(lambda: np.dtype([("a", float), ("a", int)]))
attempt(lambda: np.zeros(2, dtype=[(1, float)]))
attempt(lambda: np.arange(5).view([("a", np.int64), ("b", np.int64)]))
attempt(lambda: p[0, 1])
attempt(lambda: np.array([(1, 2, 3)], dtype=[("a", int), ("b", int)]))
attempt(lambda: p + 1)
attempt(lambda: np.dtype([("a", float)])["b"])
