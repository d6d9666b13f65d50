print(arange(3) % 0)
