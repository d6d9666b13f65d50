# nested dicts
config = {"model": {"layers": 3, "units": (64, 32, 16)}, "train": {"lr": 0.01, "epochs": 10}}
print(config["model"]["layers"], config["train"]["lr"])
config["train"]["epochs"] += 5
print(config["train"])
config["model"]["act"] = "relu"
print(sorted(config["model"].keys()))
for section, opts in config.items() {
    for k, v in opts.items() {
        print(f"{section}.{k} = {v}")
    }
}
print(len(config), sum(len(v) for v in config.values()))
print(config.get("eval", {}).get("batch", 1))
