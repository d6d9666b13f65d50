# lists are shared between names and through calls
a = ["x"]
b = a
b.append("y")
print(a, b, a is b)
c = list(a)
c.append("z")
print(a, c)

def add_item(lst, item) {
    lst.append(item)
}

add_item(a, "w")
print(a)

def rebind(lst) {
    lst = ["new"]
    return lst
}

r = rebind(a)
print(a, r)
nested = [["in"]]
copy = nested[:]
copy[0].append("shared")
print(nested)
