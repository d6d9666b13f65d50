# chained comparisons: each operand evaluated once, stop early
for x in (-1, 0, 0.5, 1, 2) {
    print(x, 0 < x < 1, 0 <= x <= 1, -1 < x < 2 < 3)
}
a, b, c = 1, 2, 3
print(a < b < c, a < c < b, a == 1 < b)
print(1 < 2 > 1.5, 3 > 2 > 1 > 0)
calls = []

def val(n) {
    calls.append(n)
    return n
}

print(val(1) < val(2) < val(3))
print(calls)
calls = []
print(val(3) < val(2) < val(1))
print(calls)
print("a" < "b" < "c", "abc" < "abd")
print(1 == 1.0, 2 != 2.0)
n = 4
print(1 < 2 != 3 >= 3, 5 > n is not None)
