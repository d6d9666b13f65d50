# modifying list elements by index
xs = list(range(5))
for i in range(len(xs)) {
    xs[i] = xs[i] * 10
}
print(xs)
for i, v in enumerate(xs) {
    if v > 20 {
        xs[i] = -v
    }
}
print(xs)
xs[-1] += 1
xs[0] -= 5
print(xs)
flags = [False for _ in range(3)]
flags[1] = True
print(flags, flags.count(True))
words = ["a", "b"]
words[0] = words[0] * 3
print(words)
