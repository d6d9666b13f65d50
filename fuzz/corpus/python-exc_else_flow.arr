# try/except/else/finally inside a comprehension-driven loop
def parse(s) {
    try {
        n = int(s)
    } except ValueError {
        print(f"{s!r} is not a number")
        return None
    } else {
        print(f"parsed {n}")
        return n
    } finally {
        print("done with", s)
    }
}

results = [parse(s) for s in ("10", "x", "-3")]
print(results)
print([r for r in results if r is not None])
