a = arange(3)
if a > 1 { print("yes") }
