# assert statements become AssertionError
def check_positive(x) {
    assert x > 0, f"expected positive, got {x}"
    return x
}

print(check_positive(3))
try {
    check_positive(-2)
} except AssertionError as e {
    print(type(e).__name__, e)
}
try {
    assert 1 == 2
} except AssertionError as e {
    print("bare assert:", repr(str(e)))
}
try {
    assert len("abc") == 3, "never shown"
    print("assert passed")
} except AssertionError {
    print("no")
}
try {
    assert [], "empty list is falsy"
} except AssertionError as e {
    print(e)
}
