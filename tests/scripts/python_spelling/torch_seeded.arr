import torch
import torch.nn as nn
from torch.utils.data import DataLoader, TensorDataset
torch.manual_seed(0)
x = torch.randn(6, 2)
print(x.shape, x.dtype, x[0])
layer = nn.Linear(2, 1)
print(layer, layer.weight.data)
loader = DataLoader(TensorDataset(x, torch.arange(6)), batch_size=4, shuffle=True)
print([yb for _, yb in loader])
values, indices = torch.arange(10.0).view(2, 5).topk(2, dim=1)
print(values, indices.tolist())
