a = ones((2, 3))
b = ones((4,))
c = a + b
