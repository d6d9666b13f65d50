t = tensor([1.0, 2.0], device="cuda")
