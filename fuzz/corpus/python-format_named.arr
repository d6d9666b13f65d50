# str.format with keyword fields and **dict
print("{name} is {age} years".format(name="Ann", age=31))
tpl = "{greeting}, {who}!"
print(tpl.format(greeting="Hello", who="world"))
print(tpl.format(who="arr", greeting="Hi"))
cfg = {"lr": 0.001, "batch": 32}
print("lr={lr:.0e} batch={batch:>4}".format(**cfg))
print("{0}: {v:.2f}".format("value", v=2 / 3))
print("{a}{b}{a}".format(a="x", b="y"))
fmt = "{:<{w}}|"
print(fmt.format("pad", w=6))
print("{x:{fill}^{w}}".format(x="c", fill="-", w=7))
lines = ["{k}={v}".format(k=k, v=v) for k, v in sorted(cfg.items())]
print(", ".join(lines))
