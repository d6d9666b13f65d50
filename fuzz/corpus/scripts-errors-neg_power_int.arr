print(arange(3) ** -1)
