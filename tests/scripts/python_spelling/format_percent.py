print("{} + {} = {}".format(1, 2, 1 + 2), "{1}{0}{1}".format("a", "b"))
print("{name}: {value:.2f}".format(name="pi", value=3.14159), "{:>6}|".format("ab"))
print("%d items at %.3f each, %s" % (3, 0.5, "ok"), "%5.1f|%-4d|%x|%%" % (2.25, 7, 255))
print("%(n)d epochs" % {"n": 10}, "%s" % "one", "%r" % "q")
