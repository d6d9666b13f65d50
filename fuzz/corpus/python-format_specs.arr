# many format specs applied through str.format
specs = ["d", "5d", "<5d", "^7d", "+d", "x", "#x", "o", "b", "08b", ","]
for s in specs {
    print(s, "->", ("{:" + s + "}").format(255))
}
fspecs = [".2f", "10.3f", "<10.1f", "e", ".2e", "g", ".3g", "%", ".1%", "+.2f", "_.2f"]
for s in fspecs {
    print(s, "->", ("{:" + s + "}").format(1234.5678))
}
for s in ["", ">5", "*<5", ".1"] {
    print(repr(s), "->", ("[{:" + s + "}]").format("ab"))
}
for v in (-1.5, 0.0, 2.25) {
    print("[{:+08.2f}] [{:^9.1f}] [{:<7g}]".format(v, v, v))
}
print("{:,d} {:_d}".format(10 ** 9, 10 ** 6))
