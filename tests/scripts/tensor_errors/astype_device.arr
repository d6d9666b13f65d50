astype(tensor([1.0]), "cpu")
