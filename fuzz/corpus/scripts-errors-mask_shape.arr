a = arange(6)
print(a[array([true, false])])
