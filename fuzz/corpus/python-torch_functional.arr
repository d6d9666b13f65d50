# torch.nn.functional: softmax, relu, cross_entropy, mse_loss
import torch
import torch.nn.functional as F
x = torch.tensor([[1.0, 2.0, 3.0]])
p = F.softmax(x, dim=1)
print(" ".join(f"{p[0, i].item():.4f}" for i in range(3)))
print(f"{p.sum().item():.4f}")
print(F.relu(torch.tensor([-2.0, 2.0])))
target = torch.tensor([2])
loss = F.cross_entropy(x, target)
print(f"{loss.item():.4f}")
print(f"{F.mse_loss(torch.tensor([1.0, 2.0]), torch.tensor([1.5, 2.5])).item():.4f}")
