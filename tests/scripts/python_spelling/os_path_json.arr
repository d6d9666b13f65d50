import os.path
import json
p = os.path.join("runs", "exp1", "model.npz")
print(p, os.path.basename(p), os.path.dirname(p), os.path.splitext(p))
print(os.path.exists(p), os.path.isdir("/"))
text = json.dumps({"lr": 0.001, "layers": (64, 32), "ok": True, "tag": None})
print(text)
cfg = json.loads(text)
print(cfg["layers"], cfg["ok"], cfg["tag"], json.dumps(cfg, indent=2, sort_keys=True))
