def evens(n) {
    for i in range(n) {
        if i % 2 == 0 {
            yield i
        }
    }
}

def squares(xs) {
    for x in xs {
        yield x * x
    }
}

total = 0
for v in squares(evens(1000000)) {
    total += v
}
print(total % 1000, sum(x for x in range(1000000) if x % 3 == 0) % 1000)
