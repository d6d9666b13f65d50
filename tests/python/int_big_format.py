# Formatting big ints: format specs, % and str.format
n = 2**100
print(f"{n}")
print(f"{n:,}")
print(f"{n:_}")
print(f"{n:>40}|")
print(f"{n:<40}|")
print(f"{n:^45}|")
print(f"{-n:+,}")
print(f"{n:x} {n:X} {n:#x} {n:o} {n:#b}")
print(f"{n:e} {n:.3e} {n:g} {n:.2f}")
print("%d" % n, "%x" % n, "%20d|" % 2**64, "%-22d|" % -2**64)
print("{:,}".format(10**25), "{0:>30}".format(3**50))
print("%.3e" % 2**80, "%s and %r" % (2**70, 2**70))
print(str(10**30).count("0"), len(str(3**100)))
big = 7**60
digits = [int(c) for c in str(big)]
print(sum(digits), max(digits), digits[:5])
print(f"{2**64 - 1:016x}", f"{2**64:016x}")
