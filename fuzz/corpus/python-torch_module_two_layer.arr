# a two-layer module: forward and parameter gradients
import torch
import torch.nn as nn

class MLP(nn.Module) {
    def __init__(self) {
        super().__init__()
        self.l1 = nn.Linear(2, 3)
        self.l2 = nn.Linear(3, 1)
    }
    def forward(self, x) {
        return self.l2(torch.relu(self.l1(x)))
    }
}

model = MLP()
with torch.no_grad() {
    model.l1.weight.copy_(torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, -1.0]]))
    model.l1.bias.fill_(0.0)
    model.l2.weight.fill_(0.5)
    model.l2.bias.fill_(-0.5)
}
x = torch.tensor([[2.0, 1.0], [-1.0, 3.0]])
out = model(x)
print(f"{out[0, 0].item():.4f} {out[1, 0].item():.4f}")
loss = out.sum()
loss.backward()
print(model.l2.weight.grad)
print(model.l1.bias.grad)
names = [n for n, _ in model.named_parameters()]
print(names)
