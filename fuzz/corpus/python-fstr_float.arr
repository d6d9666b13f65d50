# f-string float presentation types f e g %
pi = 3.141592653589793
print(f"{pi:.2f} {pi:.0f} {pi:10.4f}|")
print(f"{pi:e} {pi:.3e} {pi:E}")
print(f"{pi:g} {1234567.0:g} {0.00001234:g} {1e20:g}")
print(f"{0.5:%} {0.25:.1%} {1:.0%}")
print(f"{-pi:.3f} {pi:+.3f} {pi: .3f}")
print(f"{2.5:.0f} {3.5:.0f} {-0.5:.0f}")
print(f"{1e-7:.2e} {123456789.0:.3g}")
print(f"{100.0:.2f} {0.0:e}")
print(f"{pi}")
print(f"{1/3}")
print(f"{float('inf'):.2f} {float('-inf')} {float('nan'):f}")
print(f"{5:.2f} {5:e} {-5:g}")
