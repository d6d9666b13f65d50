# replace, find, count, in, startswith, endswith
s = "the cat sat on the mat"
print(s.replace("at", "og"))
print(s.replace("the", "a", 1))
print(s.replace("xyz", "!"))
print(s.find("at"), s.find("at", 6), s.find("dog"))
print(s.count("at"), s.count("the"), s.count("z"), s.count(""))
print("aaaa".count("aa"))
print("at" in s, "dog" in s, "" in s, "dog" not in s)
print(s.startswith("the"), s.startswith("cat"), s.endswith("mat"), s.endswith(("cat", "mat")))
print(s.startswith("cat", 4))
print("a.b.c".replace(".", ""), "aaa".replace("a", "bb"))
