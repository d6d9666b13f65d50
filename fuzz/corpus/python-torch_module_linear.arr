# an nn.Module subclass with deterministic weights
import torch
import torch.nn as nn

class Net(nn.Module) {
    def __init__(self) {
        super().__init__()
        self.fc = nn.Linear(2, 1)
    }
    def forward(self, x) {
        return self.fc(x)
    }
}

net = Net()
with torch.no_grad() {
    net.fc.weight.copy_(torch.tensor([[0.5, -1.0]]))
    net.fc.bias.fill_(0.25)
}
x = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
with torch.no_grad() {
    out = net(x)
}
print(out)
print(out.shape)
print(f"{out[0, 0].item():.2f} {out[1, 0].item():.2f}")
print(sum(p.numel() for p in net.parameters()))
print(net.fc.weight.shape, net.fc.bias.item())
