def countdown(n) {
    while n > 0 {
        yield n
        n -= 1
    }
}

g = countdown(3)
print(next(g), list(g), sum(countdown(4)))
words = ["pear", "fig", "kiwi"]
print(next((w for w in words if len(w) == 4), None))
