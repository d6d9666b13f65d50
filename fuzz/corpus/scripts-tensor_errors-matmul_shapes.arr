a = tensor(ones((2, 3)))
b = tensor(ones((4, 5)))
c = a @ b
