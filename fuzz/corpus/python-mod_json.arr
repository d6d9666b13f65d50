# json.dumps / json.loads
import json
data = {"name": "run1", "lr": 0.001, "layers": list((64, 32)), "ok": True, "notes": None}
s = json.dumps(data)
print(s)
print(json.dumps(data, sort_keys=True))
print(json.dumps(data, indent=2))
back = json.loads(s)
print(back == data, back["layers"], type(back["lr"]).__name__)
print(json.loads("[1, 2.5, \"x\", null, false]"))
print(json.dumps([]), json.dumps({}), json.dumps("quote\"d"))
print(json.dumps({"b": 1, "a": {"d": 2, "c": list(range(3))}}, sort_keys=True, indent=4))
