t = tensor(arange(12).reshape(3, 4))
print(t[1])
print(t[-1, -2])
print(t[:, 1:3])
print(t[::2, ::-1])
print(t[t > 5])
print(t[[0, 2]])
print(t[[0, 2], [1, 3]])
print(t[none, 0].shape)
print(t[..., 0])
u = t
u[0, 0] = 100
print(t[0, 0], u[0, 0])
u[u > 8] = 0
print(u)
u[1] = tensor([9, 9, 9, 9])
print(u[1])
u[:, 0] = 7
print(u)
print(t[1:2].numpy())
