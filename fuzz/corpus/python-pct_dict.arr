# % formatting with a mapping and other corner cases
row = {"name": "widget", "qty": 3, "price": 2.5}
print("%(name)s x%(qty)d @ %(price).2f" % row)
print("%(qty)05d|%(name)-10s|" % row)
print("%s" % (("tuple", "inside"),))
print("%s %s" % ("one", 2))
print("%d" % 3.99)
print("%.0f %.0f" % (0.5, 1.5))
print("%i" % -7)
print("%5.1f%%" % 99.44)
print("%-6s|%6s|" % ("ab", "cd"))
msg = "epoch %d/%d loss %.4f"
for epoch in range(1, 4) {
    print(msg % (epoch, 3, 1.0 / epoch))
}
