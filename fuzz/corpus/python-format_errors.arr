# errors raised by str.format
try {
    "{} {}".format(1)
} except IndexError as e {
    print(type(e).__name__, e)
}
try {
    "{name}".format(other=1)
} except KeyError as e {
    print(type(e).__name__, e)
}
try {
    "{:d}".format(1.5)
} except ValueError as e {
    print(type(e).__name__, e)
}
try {
    "{:d}".format("s")
} except ValueError as e {
    print(type(e).__name__, e)
}
print("still running")
