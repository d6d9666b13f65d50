# truthiness of Python values, and/or returning operands
values = [0, 1, "", "x", None, [], ["a"], {}, {"k": 1}, 0.0, -2, (), ("t",)]
for v in values {
    if v {
        print(repr(v), "truthy")
    } else {
        print(repr(v), "falsy")
    }
}
print(bool(0), bool(3), bool(""), bool("0"), bool(None))
print(not [], not ["x"])
print(0 or "fallback", "" and "never", 5 and 6, None or 0)
name = ""
print(name or "anonymous")
items = []
if not items {
    print("empty list")
}
count = 0
while not count {
    count += 1
}
print(count)
