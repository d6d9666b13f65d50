# astype on tensors takes dtype= like arrays (PyTorch: t.to(torch.int64)).
t = tensor([1.5, 2.5, -0.5])
print(astype(t, dtype="int64"))
print(t.astype("float64"))
print(astype(t, int64).dtype)
x = tensor(0) - 1.7976931348623157e308
print(x)
print(tensor(1e300))
