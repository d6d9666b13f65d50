x = array([1.5, 2.5])
print(~x)
