# for/else and while/else: the else block runs when the loop ends without break.
def first_divisor(n) {
    for d in range(2, n) {
        if n % d == 0 {
            print(n, "=", d, "*", n // d)
            break
        }
    } else {
        print(n, "is prime")
    }
}

for n in range(2, 12) {
    first_divisor(n)
}

def search(items, target) {
    for i, item in enumerate(items) {
        if item == target {
            return i
        }
    } else {
        return -1
    }
}

print(search(("a", "b", "c"), "c"), search(("a", "b"), "z"), search((), "a"))

attempts = 0
while attempts < 3 {
    attempts += 1
    if attempts == 5 {
        break
    }
} else {
    print("gave up after", attempts)
}

found = None
while True {
    attempts += 1
    if attempts > 6 {
        found = attempts
        break
    }
} else {
    print("never printed")
}
print("found", found)

for row in range(3) {
    for col in range(3) {
        if row == col == 1 {
            break
        }
    } else {
        print("row", row, "had no break")
        continue
    }
    print("row", row, "broke at col", col)
}
