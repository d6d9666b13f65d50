# bitwise operators on ints
a, b = 12, 10
print(a & b, a | b, a ^ b, ~a, ~0, ~-1)
print(a << 2, a >> 2, 1 << 10, -16 >> 2, -1 >> 5)
print(f"{a:04b} {b:04b} {a ^ b:04b}")
mask = 0
for bit in (0, 3, 5) {
    mask |= 1 << bit
}
print(mask, f"{mask:b}")
print([(mask >> i) & 1 for i in range(6)])
print(5 & 3 == 1)
print(1 | 2 ^ 3 & 4)
print(True & False, True | False, True ^ True)
