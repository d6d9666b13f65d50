a = ones(3)
a.frobnicate()
