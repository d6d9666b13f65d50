# dict methods: keys values items get update pop setdefault
d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d))
print(list(d.keys()), list(d.values()), list(d.items()))
print(d.get("a"), d.get("z"), d.get("z", 0))
d.update({"a": 10, "d": 4})
print(d)
print(d.pop("b"), d)
print(d.pop("zz", "missing"))
print(d.setdefault("e", 5), d.setdefault("a", 99), d)
for k in d {
    print(k, d[k])
}
for k, v in d.items() {
    print(f"{k}={v}")
}
print("a" in d, "b" in d)
