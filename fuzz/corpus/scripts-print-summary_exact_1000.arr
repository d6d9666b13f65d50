print(arange(1000))
print(arange(1001))
