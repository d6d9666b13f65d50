# tensors from NumPy int arrays and back
import torch
import numpy as np
a = np.arange(6).reshape(2, 3)
t = torch.tensor(a)
print(t, t.dtype)
back = (t * 2).numpy()
print(back, back.sum())
print(t.sum().item() == int(a.sum()))
print(torch.tensor([1.5, 2.5]).numpy())
