# list slicing and slice assignment
xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[-2:], xs[:-7])
print(xs[::3], xs[1:8:2], xs[::-1], xs[8:2:-2])
print(xs[100:], xs[-100:2])
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[:2] = []
print(xs)
print(xs[len(xs) - 1], xs[-1])
nested = [list(range(3)), list(range(3, 6))]
print(nested[1][2], nested[-1][:2])
part = xs[1:3]
part[0] = "changed"
print(xs[1], part)
