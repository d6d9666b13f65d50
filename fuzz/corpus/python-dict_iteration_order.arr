# dicts keep insertion order
d = {}
for k in ("zeta", "alpha", "mid") {
    d[k] = len(k)
}
print(list(d))
d["alpha"] = 0
print(list(d.items()))
d.pop("zeta")
d["zeta"] = 9
print(list(d.keys()))
print(dict(sorted(d.items())))
print({k: d[k] for k in reversed(list(d))})
print(dict(zip("abc", range(3))))
print(dict(a=1, b=2))
