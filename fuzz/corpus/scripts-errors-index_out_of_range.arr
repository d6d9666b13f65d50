a = arange(5)
print(a[7])
