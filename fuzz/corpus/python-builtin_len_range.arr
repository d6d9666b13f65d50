# len and range
print(len("hello"), len([]), len(["a", "b"]), len({"a": 1}), len((1, 2, 3)), len({3}))
print(list(range(5)))
print(list(range(2, 8)))
print(list(range(10, 0, -3)))
print(list(range(0)), list(range(5, 2)))
print(len(range(0, 100, 7)))
print(sum(range(101)))
for i in range(-2, 3) {
    print(i, i * i)
}
print(list(range(-5, -10, -2)))
