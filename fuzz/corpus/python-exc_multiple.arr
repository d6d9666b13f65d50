# several except clauses and exception tuples
def risky(kind) {
    if kind == "key" {
        return {}["missing"]
    }
    if kind == "index" {
        return ["a"][5]
    }
    if kind == "zero" {
        return 1 / 0
    }
    if kind == "value" {
        return int("x1")
    }
    if kind == "type" {
        return "a" + 1
    }
    return "fine"
}

for kind in ("key", "index", "zero", "value", "type", "none") {
    try {
        print(risky(kind))
    } except (KeyError, IndexError) as e {
        print("lookup", type(e).__name__, e)
    } except ZeroDivisionError as e {
        print("math", e)
    } except Exception as e {
        print("other", type(e).__name__, e)
    }
}
