# augmented set operators
s = set(range(5))
s |= {10}
s &= set(range(3, 20))
print(sorted(s))
s -= {3}
s ^= {4, 99}
print(sorted(s))
t = s
t |= {"shared"}
print("shared" in s)
