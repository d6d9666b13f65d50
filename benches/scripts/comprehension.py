xs = [x * x for x in range(1000000) if x % 3 != 0]
print(len(xs), sum(xs) % 1000)
