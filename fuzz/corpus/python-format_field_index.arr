# str.format with item access in the field name
point = (3, 4)
print("x={0[0]} y={0[1]}".format(point))
d = {"a": 1, "b": 2}
print("{d[a]} and {d[b]}".format(d=d))
names = ["ann", "bob"]
print("{0[1]} then {0[0]}".format(names))
print("{p[0]:>4}{p[1]:>4}".format(p=point))
print("{0[0]}{1[1]}".format("xy", "zw"))
rows = [("a", 1), ("b", 2)]
for r in rows {
    print("{0[0]}={0[1]:03d}".format(r))
}
cfg = {"lr": 0.5}
print("lr is {c[lr]:.2f}".format(c=cfg))
