# requires_grad, backward, .grad
import torch
x = torch.tensor([3.0], requires_grad=True)
y = x * x * 2
y.backward()
print(x.grad)
print(x.grad.item())
w = torch.tensor([1.0, -2.0], requires_grad=True)
loss = (w ** 2).sum()
loss.backward()
print(w.grad)
print(loss.item())
a = torch.tensor(2.0, requires_grad=True)
b = a ** 3 + 4 * a
b.backward()
print(a.grad.item())
print(x.requires_grad, y.requires_grad, x.grad.requires_grad)
