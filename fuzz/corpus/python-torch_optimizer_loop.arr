# nn.Linear + nn.MSELoss + torch.optim.SGD
import torch
import torch.nn as nn
model = nn.Linear(1, 1)
with torch.no_grad() {
    model.weight.fill_(0.0)
    model.bias.fill_(0.0)
}
X = torch.tensor([[1.0], [2.0], [3.0], [4.0]])
Y = torch.tensor([[3.0], [5.0], [7.0], [9.0]])
opt = torch.optim.SGD(model.parameters(), lr=0.02)
loss_fn = nn.MSELoss()
for step in range(201) {
    opt.zero_grad()
    loss = loss_fn(model(X), Y)
    loss.backward()
    opt.step()
    if step % 50 == 0 {
        print(f"{step:4d} {loss.item():.5f}")
    }
}
print(f"weight {model.weight.item():.3f} bias {model.bias.item():.3f}")
