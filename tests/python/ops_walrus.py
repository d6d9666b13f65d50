# Assignment expressions (:=) in conditions, loops and comprehensions.
data = ["12", "x", "7", "", "30"]
if (n := len(data)) > 3:
    print(f"{n} items")

def parse_all(items):
    results = []
    for raw in items:
        if (value := raw.strip()) and value.isdigit():
            results.append(int(value))
    return results

print(parse_all(data))
lines = ["alpha", "beta", "", "gamma"]
i = 0
while (line := lines[i]) != "":
    print(i, line)
    i += 1
print([y for x in range(6) if (y := x * x) % 2 == 0], y)

def chunks(text, size):
    pos = 0
    out = []
    while chunk := text[pos:pos + size]:
        out.append(chunk)
        pos += size
    return out

print(chunks("abcdefgh", 3))
total = 0
if total := sum(range(5)):
    print("total", total)
print((best := max(data, key=len)), best)
