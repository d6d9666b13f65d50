class Timer {
    def __enter__(self) {
        print("start")
        return self
    }
    def __exit__(self, typ, exc, tb) {
        print("stop", typ is None)
        return False
    }
}
with Timer() as t {
    result = isinstance(t, Timer)
}
print(result)
class Quiet {
    def __enter__(self) {
        return "token"
    }
    def __exit__(self, typ, exc, tb) {
        print("suppressed", typ.__name__, exc)
        return True
    }
}
with Quiet() as tok {
    print(tok)
    1 / 0
}
print("after")
