cumsum(tensor([1.0, 2.0]), axis=())
