# A custom PyTorch-style training loop: an nn.Module MLP (16 -> 64 -> 64 -> 4),
# 2000 steps of SGD with momentum on mini-batches of 64 drawn by randperm,
# cross-entropy loss. Prints the loop's time and the last loss: the program
# of custom_loop_torch.py, re-bracketed (arr's libtorch uses the machine's
# cores without set_num_threads).
import time
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
X = torch.randn(1024, 16)
y = (X[:, :4] * 2.0 + X[:, 4:8]).argmax(dim=1)


class MLP(nn.Module) {
    def __init__(self) {
        super().__init__()
        self.fc1 = nn.Linear(16, 64)
        self.fc2 = nn.Linear(64, 64)
        self.out = nn.Linear(64, 4)
    }

    def forward(self, x) {
        x = F.relu(self.fc1(x))
        x = F.relu(self.fc2(x))
        return self.out(x)
    }
}


model = MLP()
opt = torch.optim.SGD(model.parameters(), lr=0.05, momentum=0.9)
loss_fn = nn.CrossEntropyLoss()
t = time.perf_counter()
for step in range(2000) {
    idx = torch.randperm(1024)[:64]
    opt.zero_grad()
    loss = loss_fn(model(X[idx]), y[idx])
    loss.backward()
    opt.step()
}
elapsed = time.perf_counter() - t
print("custom_loop", elapsed)
print("custom_loop_loss", loss.item())
