# returning several values as a tuple
def stats(values) {
    return min(values), max(values), sum(values) / len(values)
}

lo, hi, avg = stats(list(range(1, 10)))
print(lo, hi, avg)
r = stats((4, 8))
print(r, r[2])

def divide(a, b) {
    return a // b, a % b
}

print(divide(17, 5))
q, _ = divide(9, 2)
print(q)

def nothing() {
    return
}

print(nothing())
