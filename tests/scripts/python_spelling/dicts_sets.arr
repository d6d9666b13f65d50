d = {"a": 1}
d["b"] = 2
d.update({"c": 3})
print(list(d.keys()), list(d.values()), d.get("z", 0), d.pop("a"), d)
for k, v in d.items() {
    print(k, v)
}
s = {3, 1}
s.add(2)
s.remove(3)
print(s, 2 in s, s | {5}, s & {1, 7}, s - {1})
print(dict(x=1, y=2), tuple("hi"), list(range(3)), set(), (1, 2, 1).count(1))
