# enumerate and zip
names = ["ann", "bob", "cy"]
for i, n in enumerate(names) {
    print(i, n)
}
for i, n in enumerate(names, start=1) {
    print(i, n)
}
for i, n in enumerate(names, 10) {
    print(i, n)
}
ages = (31, 25)
print(list(zip(names, ages)))
print(list(zip(names, ages, "xyz")))
print(list(zip()))
print(dict(zip(names, range(3))))
pairs = list(zip("abc", range(3)))
letters, nums = zip(*pairs)
print(letters, nums)
print(list(enumerate("hi")))
