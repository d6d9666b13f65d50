# nested fors in comprehensions and comprehensions of comprehensions
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
print(pairs)
print(len(pairs))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix)
flat = [v for row in matrix for v in row]
print(flat)
transposed = [[row[k] for row in matrix] for k in range(3)]
print(transposed)
diag = [matrix[i][i] for i in range(len(matrix))]
print(diag)
print([x + y for x in "ab" for y in "12"])
triples = [(a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c]
print(triples)
grid = [["." if (r + c) % 2 else "#" for c in range(4)] for r in range(3)]
for row in grid {
    print("".join(row))
}
print([v for row in matrix if row[0] > 0 for v in row if v % 2 == 0])
