# print with sep= and end=
print("a", "b", "c", sep=", ")
print("x", "y", sep="")
print("no newline", end="")
print(" <- continued")
for i in range(3) {
    print(i, end=" ")
}
print()
print("a", 1, 2.5, None, True, sep="|")
print(*["p", "q"], sep="-")
print("end", end="!\n")
print()
print("", "")
print(*range(4))
print("x", end="")
print("y", end="")
print()
