# keyword-only parameters after a bare *
def train(data, *, epochs=1, lr=0.01) {
    return f"{len(data)} samples, {epochs} epochs, lr={lr}"
}

print(train(["a", "b"]))
print(train(["a"], epochs=3))
print(train(["a"], lr=0.5, epochs=2))
try {
    train(["a"], 5)
} except TypeError as e {
    print(type(e).__name__, e)
}

def clamp(x, lo=0, hi=1) {
    return max(lo, min(hi, x))
}

print(clamp(5), clamp(-5), clamp(0.5), clamp(5, hi=10), clamp(x=3, lo=4))
