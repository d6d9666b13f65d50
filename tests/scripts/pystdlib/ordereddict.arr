# collections.OrderedDict, as stdlib/py_collections.arr writes it.
import "../../../stdlib/py_collections.arr"

od = _py_OrderedDict()
print(od, len(od), bool(od))
od["b"] = 2
od["a"] = 1
od["c"] = 3
print(od, list(od), list(od.items()))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
print(od.popitem(), od)
print(od.popitem(last=False), od)
od.update([("x", 10), ("y", 20)], z=30)
print(od, od["x"], od.get("q"), "y" in od)
print(list(reversed(od)))
print(_py_OrderedDict([("k", 1), ("j", 2)]) == _py_OrderedDict([("j", 2), ("k", 1)]))
print(_py_OrderedDict([("k", 1), ("j", 2)]) == {"j": 2, "k": 1})
print(_py_OrderedDict(a=1) == _py_OrderedDict(a=1), _py_OrderedDict(a=1) != _py_OrderedDict(a=2))
print(_py_OrderedDict({"p": "q"}), _py_OrderedDict(one=1, two=(2, 2)))
cp = od.copy()
cp["w"] = 0
print(od, cp)
for k, v in od.items() {
    print(k, v)
}
try {
    od.move_to_end("nope")
} except KeyError as e {
    print("KeyError", e)
}
try {
    _py_OrderedDict().popitem()
} except KeyError as e {
    print("KeyError", e)
}
print(_py_OrderedDict.fromkeys("abc"), _py_OrderedDict.fromkeys("ab", 0))
