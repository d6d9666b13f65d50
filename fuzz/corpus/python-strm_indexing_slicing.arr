# string indexing and slicing
s = "abcdefgh"
print(s[0], s[-1], s[3])
print(s[2:5], s[:3], s[5:], s[-3:], s[:-3])
print(s[::2], s[1::2])
print(s[:100], s[100:] == "", len(s[4:4]))
print(s[::-1])
for i, ch in enumerate(s[:3]) {
    print(i, ch)
}
print(len(s), len(""))
print(s + "!" * 3)
print("ab" * 3, 3 * "cd")
print(s.upper()[1:3])
try {
    s[20]
} except IndexError as e {
    print(type(e).__name__, e)
}
