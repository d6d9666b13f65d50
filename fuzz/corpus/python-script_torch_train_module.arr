# gradient descent with a Module subclass and a training loop
import torch
import torch.nn as nn

class Regressor(nn.Module) {
    def __init__(self, n_in, n_hidden) {
        super().__init__()
        self.hidden = nn.Linear(n_in, n_hidden)
        self.out = nn.Linear(n_hidden, 1)
    }
    def forward(self, x) {
        return self.out(torch.tanh(self.hidden(x)))
    }
}

def init_weights(model) {
    with torch.no_grad() {
        n_hidden, n_in = model.hidden.weight.shape
        w = torch.arange(n_hidden * n_in, dtype=torch.float32).reshape(n_hidden, n_in)
        model.hidden.weight.copy_((w - w.mean()) / 10)
        model.hidden.bias.fill_(0.1)
        model.out.weight.fill_(0.2)
        model.out.bias.fill_(0.0)
    }
}

xs = torch.linspace(-1, 1, 9).reshape(9, 1)
X = torch.cat([xs, xs ** 2], dim=1)
y = 0.5 * xs - xs ** 2 + 0.3
model = Regressor(2, 4)
init_weights(model)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
loss_fn = nn.MSELoss()
losses = []
for epoch in range(60) {
    opt.zero_grad()
    pred = model(X)
    loss = loss_fn(pred, y)
    loss.backward()
    opt.step()
    losses.append(loss.item())
    if epoch % 10 == 0 {
        print(f"epoch {epoch:2d}  loss {loss.item():.5f}")
    }
}
print(f"first {losses[0]:.5f} last {losses[-1]:.5f} improved {losses[-1] < losses[0]}")
with torch.no_grad() {
    final = model(X)
}
for i in range(0, 9, 2) {
    print(f"x={xs[i, 0].item():+.2f} target={y[i, 0].item():+.4f} pred={final[i, 0].item():+.4f}")
}
n_params = sum(p.numel() for p in model.parameters())
print("parameters:", n_params)
print(sorted(name for name, _ in model.named_parameters()))
