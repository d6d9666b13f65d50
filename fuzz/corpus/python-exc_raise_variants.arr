# raise with a class, an instance, and exceptions stored in variables
def fail(kind) {
    if kind == 1 {
        raise ValueError
    }
    if kind == 2 {
        raise ValueError("with message")
    }
    err = KeyError("stored")
    raise err
}

for k in (1, 2, 3) {
    try {
        fail(k)
    } except Exception as e {
        print(k, type(e).__name__, repr(str(e)), len(e.args))
    }
}
caught = []
for exc in (TypeError("t"), IndexError("i"), ZeroDivisionError("z")) {
    try {
        raise exc
    } except Exception as e {
        caught.append(type(e).__name__)
    }
}
print(caught)
