# the g presentation type and alternate form
for v in (0.0001, 0.00001, 123.456, 1234567.0, 1e16, 100.0, 2.0, 0.1 + 0.2) {
    print(f"{v:g} | {v:.3g} | {v:.10g} | {v:#g}")
}
print(f"{1e-5:.2%}")
print(f"{0:g} {-0.0:g} {1e100:g}")
for p in range(1, 6) {
    print(f"{3.14159265:.{p}g} {314159.265:.{p}g}")
}
small = 1.2345e-5
print(f"{small:g} {small:.2g} {small:G}")
