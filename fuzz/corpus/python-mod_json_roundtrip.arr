# a JSON round trip of a list of dicts
import json
results = []
for epoch in range(3) {
    results.append({"epoch": epoch, "loss": round(1.0 / (epoch + 1), 4), "tags": ["e" + str(epoch)]})
}
text = json.dumps(results, sort_keys=True)
print(text)
loaded = json.loads(text)
print(len(loaded), loaded[1]["loss"], loaded[-1]["tags"])
print(loaded == results)
print(json.dumps({"k": 1.5e-07, "big": 1e20, "neg": -0.0}))
print(json.dumps((1, 2)))
print(json.loads('{"a": {"b": [true]}}')["a"]["b"][0])
