print(arange(2000).reshape(10, 10, 20))
