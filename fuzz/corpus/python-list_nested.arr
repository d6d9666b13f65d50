# nested lists built with loops, and a list used as a stack
grid = []
for r in range(3) {
    row = []
    for c in range(4) {
        row.append(r * 4 + c)
    }
    grid.append(row)
}
print(grid)
print(grid[1], grid[2][3], len(grid), len(grid[0]))
grid[0][0] = "x"
print(grid[0])
col = [row[1] for row in grid]
print(col)
print([sum(row[1:]) for row in grid])
stack = []
for tok in "1 2 + 3 *".split() {
    if tok in ("+", "*") {
        b = stack.pop()
        a = stack.pop()
        stack.append(a + b if tok == "+" else a * b)
    } else {
        stack.append(int(tok))
    }
}
print(stack)
