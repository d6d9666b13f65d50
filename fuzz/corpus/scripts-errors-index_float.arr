a = arange(4)
print(a[1.0])
