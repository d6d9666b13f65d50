n = 100
n //= 7                             # 14
n %= 5                              # 4
n **= 3                             # 64
n <<= 2                             # 256
n >>= 3                             # 32
n |= 5                              # 37
n &= 13                             # 5
n ^= 3                              # 6
n -= 1                              # 5
n /= 4
print(n)
words = ["a"]
alias = words
words += ["b"]                      # extends the shared list in place
words *= 2
print(alias)
