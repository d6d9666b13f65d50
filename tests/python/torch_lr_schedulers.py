# torch.optim.lr_scheduler: the learning rates each scheduler sets, epoch by
# epoch, and a training loop whose rate a scheduler changes.
import torch
import torch.nn as nn
from torch import optim
from torch.optim.lr_scheduler import (
    StepLR, MultiStepLR, ExponentialLR, LambdaLR, CosineAnnealingLR, ReduceLROnPlateau,
)


def params():
    return [nn.Parameter(torch.zeros(2))]


def trace(name, make, epochs=8):
    opt = optim.SGD(params(), lr=0.1)
    sched = make(opt)
    lrs = []
    for _ in range(epochs):
        opt.step()
        sched.step()
        lrs.append(sched.get_last_lr()[0])
    print(name, " ".join(f"{lr:.6g}" for lr in lrs))


trace("step", lambda o: StepLR(o, step_size=3, gamma=0.5))
trace("multistep", lambda o: MultiStepLR(o, milestones=[2, 5, 5], gamma=0.1))
trace("exponential", lambda o: ExponentialLR(o, gamma=0.9))
trace("lambda", lambda o: LambdaLR(o, lambda e: 1.0 / (1 + e)))
trace("cosine", lambda o: CosineAnnealingLR(o, T_max=4, eta_min=0.01), epochs=12)

opt = optim.Adam(params(), lr=0.01)
plateau = ReduceLROnPlateau(opt, mode="min", factor=0.5, patience=1)
for loss in [1.0, 0.9, 0.95, 0.97, 0.8, 0.85, 0.86, 0.87]:
    plateau.step(loss)
    print(f"{loss} -> {opt.param_groups[0]['lr']:.6g}")

print(optim.SGD(params(), lr=0.1, momentum=0.9))
print(opt)

torch.manual_seed(0)
X = torch.randn(40, 3)
y = X @ torch.tensor([[1.0], [-2.0], [0.5]])
model = nn.Linear(3, 1)
opt = optim.SGD(model.parameters(), lr=0.1)
sched = StepLR(opt, step_size=2, gamma=0.5)
for epoch in range(6):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(X), y)
    loss.backward()
    opt.step()
    sched.step()
    print(epoch, f"{loss.item():.6f}", sched.get_last_lr())
opt.param_groups[0]["lr"] = 0.5
opt.zero_grad()
nn.functional.mse_loss(model(X), y).backward()
opt.step()
print(f"{nn.functional.mse_loss(model(X), y).item():.6f}")
