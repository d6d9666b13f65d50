print(arange(16).reshape(2, 2, 2, 2))
