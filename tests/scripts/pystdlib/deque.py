# collections.deque, as stdlib/py_collections.arr writes it.
# py-only {
from collections import deque as _py_deque
# arr: import "../../../stdlib/py_collections.arr"
# py-only }

d = _py_deque()
print(d, len(d), bool(d), d.maxlen)
d.append(1)
d.append(2)
d.appendleft(0)
print(d, len(d), d[0], d[-1], d[1])
d.extend(range(3, 6))
d.extendleft("ab")
print(d)
print(d.pop(), d.popleft(), d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
d.rotate(0)
d.rotate(13)
print(d)
print(list(d), tuple(d), list(reversed(d)), 3 in d, 99 in d, d.count(3))
for x in d:
    print(x, end=" ")
print()
d[0] = "first"
print(d, d.index(3), d.index(4, 2))
d.insert(1, "ins")
d.remove("ins")
d.reverse()
print(d)
d.clear()
print(d, len(d))

# a bounded deque drops from the other end
last3 = _py_deque(maxlen=3)
for i in range(6):
    last3.append(i)
    print(last3)
last3.appendleft(-1)
print(last3, last3.maxlen)
last3.extend("xy")
print(last3)
last3.extendleft("pq")
print(last3)
print(_py_deque("abcdef", 2), _py_deque("abc", maxlen=0), _py_deque((), 5))

# a sliding window
window = _py_deque(maxlen=3)
sums = []
for v in (4, 8, 15, 16, 23, 42):
    window.append(v)
    sums.append(sum(window))
print(sums)

# breadth-first search with popleft
graph = {"a": ("b", "c"), "b": ("d",), "c": ("d", "e"), "d": ("f",), "e": ("f",), "f": ()}
seen = {"a"}
queue = _py_deque(["a"])
order = []
while queue:
    node = queue.popleft()
    order.append(node)
    for nxt in graph[node]:
        if nxt not in seen:
            seen.add(nxt)
            queue.append(nxt)
print(order)

# copying, comparison, concatenation
a = _py_deque("abc")
b = a.copy()
b.append("d")
print(a, b, a == b, a == _py_deque("abc"), a != b, a == list("abc"))
print(a + b, a * 2, a < b, _py_deque(range(3)) > _py_deque(range(2)))
print(_py_deque(range(3), maxlen=5) + _py_deque(range(4)))
print(_py_deque([(1, 2), "s", None, 2.5]))

# errors, with Python's messages
try:
    _py_deque().pop()
except IndexError as e:
    print("IndexError", e)
try:
    _py_deque().popleft()
except IndexError as e:
    print("IndexError", e)
try:
    _py_deque("ab")[5]
except IndexError as e:
    print("IndexError", e)
try:
    _py_deque("ab")["k"]
except TypeError as e:
    print("TypeError", e)
try:
    _py_deque("ab").remove("z")
except ValueError as e:
    print("ValueError", e)
try:
    _py_deque("ab").index("z")
except ValueError as e:
    print("ValueError", e)
try:
    _py_deque("ab", maxlen=2).insert(0, "c")
except IndexError as e:
    print("IndexError", e)
try:
    _py_deque(maxlen=-1)
except ValueError as e:
    print("ValueError", e)
try:
    _py_deque("ab") + list("cd")
except TypeError as e:
    print("TypeError", e)
print(_py_deque("ab") * 0, 3 * _py_deque("ab", maxlen=5), _py_deque(range(5), maxlen=5).copy())
r = _py_deque(range(5), maxlen=5)
r.rotate(2)
print(r, r.maxlen, r.index(0), len(r))
