split(arange(7), 3)
