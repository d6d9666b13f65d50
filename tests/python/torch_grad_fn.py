# a non-leaf tensor's repr names the operation that made it
import torch
w = torch.tensor([1.0, 2.0], requires_grad=True)
y = w * 3
print(y)
loss = (y ** 2).sum()
print(loss)
print(w[0])
