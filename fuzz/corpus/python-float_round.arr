# round half to even, and binary representation effects
for v in (0.5, 1.5, 2.5, -0.5, -1.5, 2.675, 0.125) {
    print(v, round(v), round(v, 2), round(v, 1))
}
print(round(123.456, -1), round(123.456, 0), round(-0.4))
print(int(2.9), int(-2.9), round(2.9), round(-2.9))
print(f"{2.675:.2f}", f"{0.125:.2f}", f"{0.375:.2f}")
prices = (19.995, 0.045, 1.005)
for p in prices {
    print(p, round(p, 2), f"{p:.2f}")
}
print(round(5), round(5.0), round(-7.5), round(7.5))
