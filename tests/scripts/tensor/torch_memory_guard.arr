import torch
try { torch.randn(100000, 100000, 100) } except MemoryError as e { print("ok1", str(e)[:90]) }
try { torch.zeros(3).repeat(10**9, 10**6) } except MemoryError as e { print("ok2", str(e)[:90]) }
try { torch.randint(0, 5, (10**7, 10**7)) } except MemoryError as e { print("ok3", str(e)[:90]) }
print(torch.randn(2, 2).shape, torch.zeros(2).repeat(2, 3).shape)
