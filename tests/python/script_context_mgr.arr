# context manager classes and exception handling in __exit__
class Timer {
    def __init__(self, label) {
        self.label = label
        self.log = []
    }

    def __enter__(self) {
        print(f"[{self.label}] start")
        return self
    }

    def __exit__(self, exc_type, exc, tb) {
        if exc_type is None {
            print(f"[{self.label}] ok")
        } else {
            print(f"[{self.label}] failed with {exc_type.__name__}: {exc}")
        }
        return False
    }
}


class Suppress {
    def __init__(self, *exc_types) {
        self.exc_types = exc_types
        self.caught = None
    }

    def __enter__(self) {
        return self
    }

    def __exit__(self, exc_type, exc, tb) {
        if exc_type is not None and issubclass(exc_type, self.exc_types) {
            self.caught = exc
            return True
        }
        return False
    }
}


with Timer("first") as t {
    total = sum(range(100))
}
print(total, t.label)

try {
    with Timer("second") {
        data = {"a": 1}
        print(data["b"])
    }
} except KeyError as e {
    print("outside caught", repr(e))
}

with Suppress(ZeroDivisionError, ValueError) as s {
    x = 1 / 0
}
print("suppressed:", type(s.caught).__name__, s.caught)

with Suppress(ValueError) as s {
    int("abc")
}
print("suppressed:", s.caught)

try {
    with Suppress(ValueError) {
        [].pop()
    }
} except IndexError as e {
    print("not suppressed:", e)
}

def process(items) {
    results = []
    for item in items {
        try {
            results.append(100 // item)
        } except ZeroDivisionError {
            results.append(None)
            continue
        } finally {
            print("processed", item)
        }
    }
    return results
}

print(process((5, 0, 7)))
