# dict equality, copies, merging with update
a = {"x": 1, "y": 2}
b = {"y": 2, "x": 1}
print(a == b, a is b)
c = dict(a)
c["z"] = 3
print(a, c)
merged = dict(a)
merged.update({"y": 20, "w": 0})
print(merged)
print(a.get("y") == merged.get("y"))
print(len({}), {} == dict())
keys = ["k1", "k2"]
print({k: None for k in keys})
print({"a": 1} != {"a": 1.0}, {"a": 1} == {"a": 1.0})
