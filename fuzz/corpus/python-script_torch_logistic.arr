# logistic regression with torch on fixed, linearly separable data
import torch

X = torch.tensor([[0.0, 0.0], [0.5, 0.2], [0.2, 0.8], [1.0, 0.4], [2.0, 2.2], [2.5, 1.8], [1.8, 2.6], [3.0, 2.0]])
y = torch.tensor([0.0, 0.0, 0.0, 0.0, 1.0, 1.0, 1.0, 1.0])
w = torch.zeros(2, requires_grad=True)
b = torch.zeros(1, requires_grad=True)

def predict(X) {
    return torch.sigmoid(X @ w + b)
}

def bce(p, y) {
    eps = 1e-7
    return -(y * torch.log(p + eps) + (1 - y) * torch.log(1 - p + eps)).mean()
}

lr = 0.5
history = []
for epoch in range(200) {
    p = predict(X)
    loss = bce(p, y)
    loss.backward()
    with torch.no_grad() {
        w -= lr * w.grad
        b -= lr * b.grad
    }
    w.grad.zero_()
    b.grad.zero_()
    history.append(loss.item())
    if epoch % 40 == 0 {
        print(f"epoch {epoch:3d} loss {loss.item():.4f}")
    }
}
with torch.no_grad() {
    probs = predict(X)
}
labels = (probs > 0.5).float()
acc = (labels == y).float().mean().item()
print(f"accuracy {acc:.2%}")
print("monotone:", all(h0 >= h1 for h0, h1 in zip(history, history[1:])))
print(f"w = [{w[0].item():.3f}, {w[1].item():.3f}], b = {b.item():.3f}")
for point in ((0.1, 0.1), (2.2, 2.2), (1.2, 1.2)) {
    q = predict(torch.tensor(point).reshape(1, 2)).item()
    print(f"P(class 1 | {point}) = {q:.3f}")
}
