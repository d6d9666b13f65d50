# A PyTorch tutorial-style classifier: seeded data, TensorDataset, a
# shuffling DataLoader, an nn.Module with Linear layers, CrossEntropyLoss,
# SGD with momentum, and evaluation under no_grad.
import torch
import torch.nn as nn
import torch.nn.functional as F
import torch.optim as optim
from torch.utils.data import DataLoader, TensorDataset

torch.manual_seed(0)
n = 120
X = torch.randn(n, 4)
w_true = torch.tensor([[1.5, -2.0, 0.5, 1.0], [-1.0, 1.0, 2.0, -0.5], [0.5, 0.5, -1.5, 2.0]])
y = (X @ w_true.T).argmax(dim=1)
print(X.shape, y.shape, y.dtype)
print(y[:10])

dataset = TensorDataset(X, y)
loader = DataLoader(dataset, batch_size=16, shuffle=True)
print(len(dataset), len(loader))


class Net(nn.Module) {
    def __init__(self, n_in, n_hidden, n_out) {
        super().__init__()
        self.fc1 = nn.Linear(n_in, n_hidden)
        self.fc2 = nn.Linear(n_hidden, n_out)
    }

    def forward(self, x) {
        x = F.relu(self.fc1(x))
        return self.fc2(x)
    }
}


model = Net(4, 8, 3)
print(model)
print(model.fc1.weight.data[0])
print(sum(p.numel() for p in model.parameters()))
criterion = nn.CrossEntropyLoss()
optimizer = optim.SGD(model.parameters(), lr=0.1, momentum=0.9)

for epoch in range(5) {
    total = 0.0
    for xb, yb in loader {
        optimizer.zero_grad()
        out = model(xb)
        loss = criterion(out, yb)
        loss.backward()
        optimizer.step()
        total += loss.item() * xb.shape[0]
    }
    print(f"epoch {epoch + 1}: loss {total / n:.4f}")
}

model.eval()
with torch.no_grad() {
    logits = model(X)
    pred = logits.argmax(dim=1)
    acc = (pred == y).float().mean().item()
    probs = F.softmax(logits[:3], dim=1)
}
print(f"accuracy: {acc:.3f}")
print(probs)
values, indices = torch.topk(logits[0], 2)
print(values, indices)
for name, p in model.named_parameters() {
    print(name, tuple(p.shape), p.requires_grad)
}
