# comparisons across types
print(1 == 1.0, 1 < 1.5, "10" < "9", "a" < "b")
print((1, 2) < (1, 2, 0), list(range(2)) == list(range(2)))
print(None == 0, "" == [], 0 == False, 1 == True)
print("abc" < "abd", "Z" < "a", "apple" > "app")
try {
    print(1 < "a")
} except TypeError as e {
    print(type(e).__name__, e)
}
print(max(1, 2.5), min(-1, -1.0))
