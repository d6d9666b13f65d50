# **kwargs and mixing all parameter kinds
def describe(**kw) {
    return ", ".join(f"{k}={kw[k]}" for k in kw)
}

print(describe())
print(describe(a=1, b="two"))
opts = {"lr": 0.1, "momentum": 0.9}
print(describe(**opts))
print(describe(**opts, nesterov=True))

def mix(x, *args, y=1, **kw) {
    return f"x={x} args={args} y={y} kw={sorted(kw.items())}"
}

print(mix(1))
print(mix(1, 2, 3))
print(mix(1, 2, y=5, z=6, w=7))
print(mix(*range(3), **{"y": 0, "q": 1}))
