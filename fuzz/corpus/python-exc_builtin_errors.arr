# common built-in errors and their messages
try {
    1 / 0
} except ZeroDivisionError as e {
    print(type(e).__name__, e)
}
try {
    ["a", "b"][2]
} except IndexError as e {
    print(type(e).__name__, e)
}
try {
    {"a": 1}["b"]
} except KeyError as e {
    print(type(e).__name__, e)
}
try {
    int("12.5")
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    float("abc")
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    undefined_name
} except NameError as e {
    print(type(e).__name__)
}
try {
    None.upper()
} except AttributeError as e {
    print(type(e).__name__)
}
try {
    len(5)
} except TypeError as e {
    print(type(e).__name__, e)
}
