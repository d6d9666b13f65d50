# accumulating floats in loops
total = 0.0
for _ in range(10) {
    total += 0.1
}
print(total, total == 1.0, round(total, 10))
x = 1.0
for i in range(5) {
    x /= 3
    print(i, x)
}
acc = 0
for k in range(1, 6) {
    acc += 1 / k
}
print(acc)
print(sum(1 / k for k in range(1, 6)))
