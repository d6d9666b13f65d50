# conditional expressions, nested and inside other expressions
def sign(x) {
    return "pos" if x > 0 else "neg" if x < 0 else "zero"
}

for v in (-5, 0, 7) {
    print(v, sign(v))
}
x = 15
print("big" if x > 10 else "small")
print(x if x % 2 == 0 else x + 1)
y = None
print(y if y is not None else "default")
print((1 if True else 2) + (3 if False else 4))
label = "many" if len("abc") > 2 else "few"
print(label)
print([("fizz" if n % 3 == 0 else "") + ("buzz" if n % 5 == 0 else "") or str(n) for n in range(1, 16)])
print(f"{'odd' if x % 2 else 'even'}")
