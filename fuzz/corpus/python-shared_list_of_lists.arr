# the same inner list referenced twice
row = ["."]
grid = [row, row]
grid[0][0] = "#"
print(grid)
grid2 = [["."] for _ in range(2)]
grid2[0][0] = "#"
print(grid2)
a = []
b = [a, a]
a.append("item")
print(b, b[0] is b[1])
