import torch
torch.set_num_threads(1)
print(torch.get_num_threads())
try { torch.set_num_threads(0) } except Exception as e { print(type(e).__name__, e) }
print(torch.clamp(torch.tensor([-1.0, 3.0]), min=0), torch.tensor([1.0, 5.0]).clamp(2, 4))
