import numpy as np
import torch
import torch.nn as nn
class Net(nn.Module) {
    def __init__(self) {
        super().__init__()
        self.fc = nn.Linear(3, 1)
    }
    def forward(self, x) {
        return self.fc(x)
    }
}
x = torch.tensor(np.eye(3))
y = torch.tensor(np.array([[1.0], [2.0], [3.0]]))
net = Net()
opt = torch.optim.SGD(net.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
losses = []
for step in range(20) {
    loss = loss_fn(net(x), y)
    opt.zero_grad()
    loss.backward()
    opt.step()
    losses.append(loss.item())
}
print(len(list(net.parameters())), losses[-1] < losses[0] / 10)
w = torch.tensor([1.0, 2.0], requires_grad=True)
(w * w).sum().backward()
with torch.no_grad() {
    w -= 0.1 * w.grad
}
print(w)
