count = 0
def bump() {
    global count
    count += 1
}
def counter() {
    n = 0
    def step() {
        nonlocal n
        n += 1
        return n
    }
    return step
}
bump()
bump()
c = counter()
c()
print(count, c())
