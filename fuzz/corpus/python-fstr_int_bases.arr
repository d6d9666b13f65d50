# f-string integer presentation types d x X o b, alternate form, grouping
for n in (0, 5, 255, 1024, -10) {
    print(f"{n:d} {n:x} {n:X} {n:o} {n:b}")
}
print(f"{255:#x} {255:#o} {5:#b} {255:#X}")
print(f"{255:08b} {255:#010x}")
print(f"{1234567:,} {1234567:_} {1234567.891:,.2f}")
print(f"{255:_b}")
print(f"{-1234567:,d}")
print(f"{65535:_x}")
print(f"{1000000:>12,}")
print(f"{-255:x} {-5:#b}")
