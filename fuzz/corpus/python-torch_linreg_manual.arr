# linear regression by hand: scalar parameters, autograd, no_grad updates
import torch
xs = torch.tensor([0.0, 1.0, 2.0, 3.0, 4.0])
ys = 2.0 * xs + 1.0
w = torch.tensor(0.0, requires_grad=True)
b = torch.tensor(0.0, requires_grad=True)
lr = 0.05
for epoch in range(100) {
    loss = ((w * xs + b - ys) ** 2).mean()
    loss.backward()
    with torch.no_grad() {
        w -= lr * w.grad
        b -= lr * b.grad
    }
    w.grad.zero_()
    b.grad.zero_()
    if epoch % 20 == 0 or epoch == 99 {
        print(f"epoch {epoch:3d} loss {loss.item():.6f}")
    }
}
print(f"w={w.item():.3f} b={b.item():.3f}")
