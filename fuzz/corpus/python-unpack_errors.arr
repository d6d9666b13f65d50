# unpacking errors
try {
    a, b = (1, 2, 3)
} except ValueError as e {
    print(type(e).__name__)
}
try {
    a, b, c = "ab"
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    x, *y, z = ["one"]
} except ValueError as e {
    print(type(e).__name__, e)
}
a, b = "ok"
print(a, b)
