# arbitrary expressions inside f-strings
a, b = 7, 3
print(f"{a} + {b} = {a + b}")
print(f"{a} / {b} = {a / b:.3f}")
print(f"{a // b} {a % b} {a ** b} {-a // b}")
print(f"{'yes' if a > b else 'no'}")
words = ["x", "y", "z"]
print(f"{len(words)} items: {', '.join(words)}")
print(f"{words[0]}{words[-1]}")
d = {"lr": 0.01, "epochs": 5}
print(f"lr={d['lr']} epochs={d['epochs']}")
print(f"{{literal braces}} {a}")
print(f"{a}{b}{a}")
print(f"{max(a, b)} {min(a, b)} {abs(b - a)}")
print(f"{[i * i for i in range(4)]}")
print(f"{(a, b)}")
print(f"{'nested ' + f'{a:03d}'}")
