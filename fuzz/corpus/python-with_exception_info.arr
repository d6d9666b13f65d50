# __exit__ sees the exception type and value
class Log {
    def __init__(self) {
        self.lines = []
    }
    def __enter__(self) {
        self.lines.append("start")
        return self
    }
    def __exit__(self, exc_type, exc, tb) {
        if exc_type is None {
            self.lines.append("ok")
        } else {
            self.lines.append(f"error {exc_type.__name__}: {exc}")
        }
        return True
    }
}

log = Log()
with log {
    log.lines.append("work")
}
with log {
    int("abc")
}
with log as same {
    print(same is log)
    raise KeyError("k")
}
for line in log.lines {
    print(line)
}
