def check(v) {
    print("check", v)
    return v
}
x = 0.5
print("inside" if 0 < x < 1 else "outside")
print(1 < 2 < 3 > 2, 3 > 2 > 2)
print(check(1) < check(0) < check(2))
