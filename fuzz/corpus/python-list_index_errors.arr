# errors from list operations
xs = ["a", "b", "c"]
try {
    print(xs[3])
} except IndexError as e {
    print(type(e).__name__, e)
}
try {
    xs.remove("z")
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    xs.index("q")
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    [].pop()
} except IndexError as e {
    print(type(e).__name__, e)
}
try {
    xs[-4] = "z"
} except IndexError as e {
    print(type(e).__name__, e)
}

def get(items, i) {
    return items[i]
}

try {
    get(xs, 10)
} except IndexError as e {
    print("from function:", e)
}
print(xs, xs[-3])
