# bit tricks with shifts and masks
def popcount(n) {
    c = 0
    while n {
        c += n & 1
        n >>= 1
    }
    return c
}

for n in (0, 1, 7, 8, 255, 1023) {
    print(n, popcount(n), n & (n - 1) == 0)
}
READ, WRITE, EXEC = 1, 2, 4
flags = 0
flags |= READ | EXEC
print(flags, bool(flags & WRITE), bool(flags & EXEC))
flags &= ~READ
print(flags)
flags ^= WRITE
print(flags)
