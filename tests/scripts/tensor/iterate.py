import torch
for r in torch.tensor([[1, 2], [3, 4]]):
    print(r)
a, b = torch.tensor([1.5, 2.5])
print(a, b)
t = torch.tensor([1.0, 2.0])
t = t + 1
t = t * 2
print(t)
u = t
u = u - 10
print(t, u)
print(t == t, t != 6)
