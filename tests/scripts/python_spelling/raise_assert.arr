class ShapeError(ValueError) { }
try {
    raise ShapeError("expected 3 columns")
} except ValueError as e {
    print(type(e).__name__, e, isinstance(e, Exception))
}
try {
    assert 1 + 1 == 3, "math is broken"
} except AssertionError as e {
    print("assert:", e)
}
try {
    try {
        raise KeyError("k")
    } except KeyError {
        print("cleaning up")
        raise
    }
} except Exception as e {
    print(repr(e), e.args)
}
