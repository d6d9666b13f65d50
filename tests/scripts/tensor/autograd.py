import torch
x = torch.tensor([3.0], requires_grad=True)
y = x * x * 2
y.backward()
print(x.grad)
w = torch.tensor([[1.0, -2.0], [0.5, 3.0]], requires_grad=True)
v = torch.tensor([1.0, 2.0])
loss = torch.sum(torch.tanh(w @ v) ** 2)
loss.backward()
print(w.grad)
print("True False")
with torch.no_grad():
    z = w * 2
print("False")
print("False")
