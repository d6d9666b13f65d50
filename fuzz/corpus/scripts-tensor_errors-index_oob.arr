t = tensor([1, 2, 3])
print(t[5])
