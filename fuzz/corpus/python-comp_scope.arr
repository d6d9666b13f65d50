# comprehension variables do not leak; rows built by comprehension are independent
x = "outer"
ys = [x for x in range(3)]
print(x, ys)
n = 10
print([i * n for i in range(3)])

def make(k) {
    return [k * i for i in range(k)]
}

print(make(3), make(0))
rows = [[0 for _ in range(3)] for _ in range(2)]
rows[0][1] = 5
print(rows)
total = 0
vals = [total + v for v in range(4)]
print(vals, total)
print({k: [k] * 2 for k in "ab"})
