# TypeError messages for bad calls
def f(a, b=2) {
    return a + b
}

try {
    f()
} except TypeError as e {
    print(type(e).__name__, e)
}
try {
    f(1, 2, 3)
} except TypeError as e {
    print(e)
}
try {
    f(1, c=3)
} except TypeError as e {
    print(e)
}
try {
    f(1, a=3)
} except TypeError as e {
    print(e)
}
print(f(1), f(b=5, a=1))
