# The digits MLP as an idiomatic PyTorch training loop (2 threads).
import sys, time
import numpy as np
import torch
torch.set_num_threads(2)
torch.manual_seed(0)
data = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
x = torch.tensor(data[:, :64] / 16.0, dtype=torch.float32)
y = torch.tensor(data[:, 64], dtype=torch.int64)
model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 10))
opt = torch.optim.Adam(model.parameters(), lr=1e-3)
loss_fn = torch.nn.CrossEntropyLoss()
xt, yt = x[:1500], y[:1500]
t = time.perf_counter()
for epoch in range(20):
    perm = torch.randperm(1500)
    for i in range(0, 1500, 32):
        idx = perm[i:i + 32]
        opt.zero_grad()
        loss = loss_fn(model(xt[idx]), yt[idx])
        loss.backward()
        opt.step()
print("digits_train", time.perf_counter() - t)
with torch.no_grad():
    acc = (model(x[1500:]).argmax(1) == y[1500:]).float().mean().item()
print("digits_accuracy", acc)
