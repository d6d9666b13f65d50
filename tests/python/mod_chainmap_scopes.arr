# collections.ChainMap as nested scopes, a subclass, and other mappings inside.
import collections
from collections import ChainMap, Counter, defaultdict

glob = {"x": 1, "print": "builtin"}
scope = ChainMap(glob)
def enter(scope, **names) {
    return scope.new_child(names)
}
s1 = enter(scope, y=2)
s2 = enter(s1, x=10, z=3)
print(s2["x"], s2["y"], s2["z"], s1["x"], len(s2), list(s2))
print(s2)
s2["y"] = 20
print(s2["y"], s1["y"], s2.maps[0])
print(s2.parents["x"], s2.parents.parents["x"], s2.parents.parents)

class DeepChainMap(ChainMap) {
    'Variant of ChainMap that allows direct updates to inner scopes'

    def __setitem__(self, key, value) {
        for mapping in self.maps {
            if key in mapping {
                mapping[key] = value
                return
            }
        }
        self.maps[0][key] = value
    }

    def __delitem__(self, key) {
        for mapping in self.maps {
            if key in mapping {
                del mapping[key]
                return
            }
        }
        raise KeyError(key)
    }
}

d = DeepChainMap({"zebra": "black"}, {"elephant": "blue"}, {"lion": "yellow"})
d["lion"] = "orange"
d["snake"] = "red"
del d["elephant"]
print(d, type(d).__name__, isinstance(d, ChainMap))
print(d.new_child(), type(d.parents).__name__)
try {
    del d["unicorn"]
} except KeyError as e {
    print("KeyError:", e)
}

counts = Counter("abracadabra")
extra = defaultdict(int, {"z": 26})
cm = ChainMap(counts, extra)
print(cm["a"], cm["z"], cm["q"], "q" in cm, len(cm), sorted(cm))
inner = ChainMap({"k": 1})
outer = ChainMap(inner, {"k": 2, "j": 3})
print(outer["k"], outer["j"], list(outer), outer)
nested = collections.ChainMap({"a": 1})
print(nested.get("a"), nested.get("b", "default"), list(nested.items()))
order = ChainMap({"c": 3, "a": 1}, {"b": 2, "a": 0}, {"d": 4, "c": 0})
print(list(order), list(order.values()), dict(order.items()))
print(sorted(order.keys() & {"a", "z"}), sorted(order.keys() | {"e"}), sorted(order.keys() - {"a", "b"}))
print(len(order.values()), 4 in order.values(), 0 in order.values(), ("a", 1) in order.items())
