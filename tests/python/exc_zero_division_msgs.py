cases = [("1%0", lambda: 1 % 0), ("1//0", lambda: 1 // 0), ("divmod(1,0)", lambda: divmod(1, 0)), ("0**-1", lambda: 0 ** -1), ("1.0%0", lambda: 1.0 % 0), ("divmod(1.0,0)", lambda: divmod(1.0, 0)), ("0.0**-1", lambda: 0.0 ** -1)]
for e, f in cases:
    try:
        f()
    except Exception as x:
        print(e, type(x).__name__, x)
