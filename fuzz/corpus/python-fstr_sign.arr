# f-string sign options + - space, with zero padding
for v in (3, -3, 0) {
    print(f"[{v:+d}] [{v:-d}] [{v: d}]")
}
for v in (2.5, -2.5, 0.0, -0.0) {
    print(f"[{v:+.1f}] [{v: .2f}] [{v:+08.2f}]")
}
print(f"{-7:+}")
print(f"{1.0:+e}")
print(f"[{-3:5}] [{-3:<5}] [{-3:05}] [{3: 05}]")
vals = (1.25, -1.25)
for v in vals {
    print(f"{v:+.1e} {v: g} {v:-.0%}")
}
print(f"[{5:+5d}] [{-5:+5d}] [{5: 5d}]")
