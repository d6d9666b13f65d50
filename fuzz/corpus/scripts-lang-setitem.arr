a = zeros((3, 4))
a[0] = 1
a[1, 1:3] = [5, 6]
a[:, -1] = arange(3)
a[a == 0] = -1
print(a)
b = arange(10)
b[[1, 3]] = 100
b[::3] += 1
print(b)
c = arange(6).reshape(2, 3)
c[c > 2] = [7, 8, 9]
c[0, ...] = 4.9
print(c)
