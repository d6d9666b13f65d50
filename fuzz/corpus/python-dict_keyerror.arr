# KeyError as users meet it
d = {"x": 1}
try {
    print(d["y"])
} except KeyError as e {
    print(type(e).__name__, e, repr(str(e)))
}
try {
    d.pop("nope")
} except KeyError as e {
    print("pop:", e)
}

def lookup(key) {
    return d[key]
}

try {
    lookup("missing")
} except KeyError as e {
    print("from function:", e)
}
try {
    {}[0]
} except KeyError as e {
    print("int key:", e)
}
print(d)
