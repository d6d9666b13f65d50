# parsing numbers out of strings
line = "3.5, 2, -7.25, 10"
parts = [p.strip() for p in line.split(",")]
print(parts)
nums = [float(p) for p in parts]
print(nums)
print(sum(nums), max(nums), min(nums))
ints = [int(p) for p in "1 22 333".split()]
print(ints, sum(ints))
print(int("  42 "), float(" -1e3 "), int("-0"))
print(str(3) + str(4.5) + str(True) + str(None))
print(int("ff", 16), int("101", 2))
try {
    int("3.5")
} except ValueError as e {
    print(type(e).__name__, e)
}
