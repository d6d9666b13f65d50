# backward(gradient=), retain_graph, create_graph and torch.autograd.grad,
# with PyTorch's error for a second pass through a freed graph
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
y.backward(torch.tensor(2.0))
print(x.grad)
x.grad.zero_()
z = x * 3
z.backward(torch.tensor([1.0, 0.5]))
print(x.grad)
w = torch.tensor(3.0, requires_grad=True)
q = w ** 3
q.backward(retain_graph=True)
print(w.grad)
q.backward()
print(w.grad)
a = torch.tensor(2.0, requires_grad=True)
b = a ** 2
(g,) = torch.autograd.grad(b, a)
print(g)
c = a ** 3
g2 = torch.autograd.grad(c, a, create_graph=True)[0]
print(g2.detach(), g2.requires_grad)
g2.backward()
print(a.grad)
try {
    d = a * 2
    d.backward()
    d.backward()
} except RuntimeError as e {
    print("RuntimeError", str(e)[:60])
}
print(x.detach().requires_grad, x.is_leaf, z.is_leaf)
