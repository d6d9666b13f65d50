# matrix as a list of lists
def make_matrix(rows, cols, fill=0):
    return [[fill for _ in range(cols)] for _ in range(rows)]

def identity(n):
    m = make_matrix(n, n)
    for i in range(n):
        m[i][i] = 1
    return m

def transpose(m):
    return [list(row) for row in zip(*m)]

def matmul(a, b):
    rows, inner, cols = len(a), len(b), len(b[0])
    result = make_matrix(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            result[i][j] = total
    return result

def show(m):
    for row in m:
        print(" ".join(f"{x:4}" for x in row))
    print()

a = [list(range(r * 3 + 1, r * 3 + 4)) for r in range(2)]
b = transpose(a)
show(a)
show(b)
show(matmul(a, b))
show(identity(3))
print(matmul(identity(2), matmul(a, b)) == matmul(a, b))
grid = make_matrix(2, 3, ".")
grid[0][1] = "#"
print(grid)
print(sum(sum(row) for row in a), max(max(row) for row in a))
diag = [a[i][i] for i in range(min(len(a), len(a[0])))]
print(diag)
flat = [x for row in a for x in row]
print(flat, len(flat))
print([[a[i][j] * 2 for j in range(3)] for i in range(2)])
