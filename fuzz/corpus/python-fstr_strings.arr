# string presentation: alignment, precision truncates
names = ["Ann", "Bartholomew", "Cy"]
for n in names {
    print(f"|{n:<12}|{n:>12}|{n:^12}|")
}
print(f"|{'truncate me':.5}|")
print(f"|{'abc':.2s}|{'abc':>5.1s}|")
print(f"{'left':_<10}{'right':_>10}")
print(f"{'x':=^5}")
print(f"|{'':^4}|{'ab':^5}|{'ab':^6}|")
word = "arr"
for width in (1, 3, 5, 7) {
    print(f"[{word:>{width}}] [{word:^{width}}]")
}
print(f"[{'ab':#^6}] [{'ab':0<4}]")
