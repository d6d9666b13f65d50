# collections.ChainMap: lookups through several dicts, writes to the first.
from collections import ChainMap

defaults = {"color": "red", "user": "guest", "size": 10}
env = {"user": "admin"}
args = {"size": 12, "verbose": True}
cm = ChainMap(args, env, defaults)
print(cm)
print(repr(cm), len(cm), bool(cm), bool(ChainMap()), ChainMap())
print(cm["size"], cm["user"], cm["color"], cm.get("verbose"), cm.get("missing"), cm.get("missing", 0))
print("color" in cm, "nope" in cm, list(cm), sorted(cm))
print(list(cm.keys()), list(cm.values()), list(cm.items()))
print(cm.keys(), len(cm.items()), "user" in cm.keys(), ("user", "admin") in cm.items(), ("user", "guest") in cm.items(), "guest" in cm.values())
for k, v in cm.items() {
    print(k, "=", v)
}
try {
    cm["missing"]
} except KeyError as e {
    print("KeyError:", e)
}
cm["color"] = "blue"
cm["new"] = 1
print(args, defaults["color"], cm["color"])
del cm["new"]
print(args)
try {
    del cm["user"]
} except KeyError as e {
    print("KeyError:", e)
}
print(cm.maps[0] is args, len(cm.maps), cm.maps[-1] is defaults)
child = cm.new_child()
child["user"] = "root"
print(child, child["user"], cm["user"])
child2 = cm.new_child({"x": 1}, y=2)
print(child2.maps[0], child2["size"], child2.parents == cm, child2.parents)
print(cm.parents, cm.parents.parents, cm.parents.parents.parents)
kw = cm.new_child(a=1, b=2)
print(kw.maps[0], len(kw))
print(cm.pop("verbose"), cm.pop("verbose", "gone"), args)
try {
    cm.pop("user")
} except KeyError as e {
    print("KeyError:", e)
}
print(cm.popitem(), args)
try {
    cm.popitem()
} except KeyError as e {
    print("KeyError:", e)
}
cm.update({"a": 1}, b=2)
cm.update([("c", 3)])
print(cm.maps[0], cm.setdefault("a", 100), cm.setdefault("z", 26), cm.setdefault("user", "x"), cm.maps[0])
cm.clear()
print(cm, len(cm))
c2 = ChainMap({"a": 1}, {"a": 2, "b": 3})
cp = c2.copy()
cp["a"] = 10
cp["b"] = 20
print(c2, cp, cp.maps[1] is c2.maps[1])
print(c2 == {"a": 1, "b": 3}, c2 == ChainMap({"b": 3, "a": 1}), c2 != {"a": 2}, c2 == [("a", 1)])
print(ChainMap.fromkeys("abc"), ChainMap.fromkeys(["x", "y"], 0))
print(c2 | {"z": 0}, {"z": 0, "a": 5} | c2, c2)
print(ChainMap({}, {}).maps, len(ChainMap({1: "a"}, {1: "b", 2: "c"})))
