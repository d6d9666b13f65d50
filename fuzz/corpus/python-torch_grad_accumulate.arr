# gradients accumulate until zeroed; no_grad results do not require grad
import torch
x = torch.tensor([1.0, 2.0], requires_grad=True)
for i in range(3) {
    y = (x * (i + 1)).sum()
    y.backward()
    print(i, x.grad)
}
x.grad.zero_()
print(x.grad)
z = (x ** 2).sum()
z.backward()
print(x.grad)
with torch.no_grad() {
    q = x * 10
}
print(q.requires_grad, q)
d = x.detach()
print(d.requires_grad, d)
