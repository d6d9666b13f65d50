for r in tensor([[1, 2], [3, 4]]) {
    print(r)
}
a, b = tensor([1.5, 2.5])
print(a, b)
t = tensor([1.0, 2.0])
t = t + 1
t = t * 2
print(t)
u = t
u = u - 10
print(t, u)
print(t == t, t != 6)
