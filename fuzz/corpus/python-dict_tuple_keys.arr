# tuples as dict keys
grid = {}
for r in range(2) {
    for c in range(3) {
        grid[(r, c)] = r * 10 + c
    }
}
print(grid[(1, 2)], grid[0, 1])
print(sorted(grid)[:3])
print((1, 1) in grid, (5, 5) in grid)
print({(r, c): v for (r, c), v in grid.items() if v % 2 == 0})
pos = (0, 2)
grid[pos] = -1
print(grid[0, 2], len(grid))
