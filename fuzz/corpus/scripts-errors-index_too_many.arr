a = ones((2, 2))
print(a[0, 0, 0])
