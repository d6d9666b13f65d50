# errors from % formatting
try {
    print("%d %d" % (1,))
} except TypeError as e {
    print(type(e).__name__, e)
}
try {
    print("%d" % (1, 2))
} except TypeError as e {
    print(type(e).__name__, e)
}
try {
    print("%(missing)s" % {"k": 1})
} except KeyError as e {
    print(type(e).__name__, e)
}
print("%s" % "ok")
