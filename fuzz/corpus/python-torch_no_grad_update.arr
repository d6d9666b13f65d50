# manual gradient steps under torch.no_grad()
import torch
w = torch.tensor([0.0, 0.0], requires_grad=True)
X = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
y = torch.tensor([5.0, 11.0, 17.0])
lr = 0.01
for step in range(5) {
    pred = X @ w
    loss = ((pred - y) ** 2).mean()
    loss.backward()
    with torch.no_grad() {
        w -= lr * w.grad
    }
    w.grad.zero_()
    print(f"step {step} loss {loss.item():.4f}")
}
print(w.requires_grad, w.grad)
print(f"w = ({w[0].item():.4f}, {w[1].item():.4f})")
