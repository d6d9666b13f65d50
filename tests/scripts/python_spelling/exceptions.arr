def parse(s) {
    try {
        return int(s)
    } except ValueError as e {
        print("bad:", e)
        return None
    } finally {
        print("parsed", s)
    }
}
print(parse("12"), parse("x"))
try {
    {"a": 1}["b"]
} except (KeyError, IndexError) as e {
    print(type(e).__name__, e)
} else {
    print("no error")
}
