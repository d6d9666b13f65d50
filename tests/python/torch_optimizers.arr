# torch.optim with PyTorch's defaults: a few steps of each optimizer on the
# same seeded model and data, printing the losses.
import torch
import torch.nn as nn
import torch.optim as optim

torch.manual_seed(3)
X = torch.randn(32, 5)
y = X @ torch.randn(5, 1) + 0.1 * torch.randn(32, 1)


def run(name, make) {
    torch.manual_seed(0)
    model = nn.Sequential(nn.Linear(5, 8), nn.Tanh(), nn.Linear(8, 1))
    opt = make(model.parameters())
    loss_fn = nn.MSELoss()
    losses = []
    for step in range(6) {
        opt.zero_grad()
        loss = loss_fn(model(X), y)
        loss.backward()
        opt.step()
        losses.append(loss.item())
    }
    print(name, " ".join(f"{v:.5f}" for v in losses))
}


run("sgd", lambda p: optim.SGD(p, lr=0.05))
run("sgd-momentum", lambda p: optim.SGD(p, lr=0.05, momentum=0.9))
run("sgd-nesterov", lambda p: optim.SGD(p, lr=0.05, momentum=0.9, nesterov=True))
run("sgd-decay", lambda p: optim.SGD(p, lr=0.05, weight_decay=0.01))
run("adam", lambda p: optim.Adam(p, lr=0.01))
run("adam-betas", lambda p: optim.Adam(p, lr=0.01, betas=(0.8, 0.99)))
run("adamw", lambda p: optim.AdamW(p, lr=0.01))
run("rmsprop", lambda p: optim.RMSprop(p, lr=0.01))
run("rmsprop-momentum", lambda p: optim.RMSprop(p, lr=0.01, momentum=0.5))
