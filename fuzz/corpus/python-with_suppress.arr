# __exit__ returning True suppresses the exception
class Suppress {
    def __init__(self, kind) {
        self.kind = kind
    }
    def __enter__(self) {
        return "token"
    }
    def __exit__(self, exc_type, exc, tb) {
        if exc is not None and isinstance(exc, self.kind) {
            print("suppressed", type(exc).__name__, exc)
            return True
        }
        return False
    }
}

with Suppress(ZeroDivisionError) as t {
    print("token is", t)
    1 / 0
    print("not reached")
}
print("after first")
try {
    with Suppress(KeyError) {
        raise ValueError("bad value")
    }
} except ValueError as e {
    print("escaped:", e)
}
with Suppress(Exception) {
    [].pop()
}
print("done")
