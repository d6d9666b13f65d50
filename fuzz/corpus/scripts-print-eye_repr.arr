print(repr(eye(3)))
print(eye(2) * -1)
