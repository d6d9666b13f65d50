import torch
D = torch.float64
def helper(v): return torch.sum(v * v)
def f(w):
    s = 0.0
    for i in range(3):
        if i % 2 == 0:
            s = s + helper(w) * (i + 1)
        else:
            s = s - torch.mean(torch.sin(w))
    return s
w0 = torch.tensor([0.5, -1.0, 2.0], dtype=D, requires_grad=True)
g, = torch.autograd.grad(f(w0), [w0])
print(g.numpy())
print(True)
def g2(a, b): return torch.sum(a * b ** 2)
a = torch.tensor([1.0, 2.0], dtype=D, requires_grad=True); b = torch.tensor([3.0, 4.0], dtype=D, requires_grad=True)
ga, gb = torch.autograd.grad(g2(a, b), [a, b])
print((ga.numpy(), gb.numpy()))
print(gb.numpy())
x = torch.tensor(1.5, dtype=D, requires_grad=True)
out = x ** 3 + 2 * x
d, = torch.autograd.grad(out, [x])
print(out.item(), d.item())
x = torch.tensor(0.7, dtype=D, requires_grad=True)
d1, = torch.autograd.grad(torch.sin(x) * x, [x], create_graph=True)
d2, = torch.autograd.grad(d1, [x])
print(d2.item())
t = torch.tensor([1.0, 2.0], dtype=torch.float32, requires_grad=True)
gt, = torch.autograd.grad(torch.sum(torch.exp(t)), [t])
print(gt)
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 7.0]], dtype=D); y = torch.tensor([1.0, 2.0, 3.0], dtype=D)
w = torch.tensor([0.1, 0.2], dtype=D, requires_grad=True)
gw, = torch.autograd.grad(torch.mean((X @ w - y) ** 2), [w])
print(gw.numpy())
