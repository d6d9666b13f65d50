# zfill
for n in (7, 42, -5, 12345) {
    print(str(n).zfill(4))
}
print("abc".zfill(6), "".zfill(3), "+3".zfill(4))
codes = [str(i).zfill(3) for i in range(0, 120, 35)]
print(codes)
print("-".join(codes))
print("3.14".zfill(8), "-0.5".zfill(6))
for s in ("5", "-5", "+5", "abc", "12345") {
    print(f"[{s.zfill(5)}]")
}
ids = [str(n).zfill(4) for n in (1, 22, 333)]
print(sorted(ids, reverse=True))
