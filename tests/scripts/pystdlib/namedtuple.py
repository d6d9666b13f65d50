# collections.namedtuple, as stdlib/py_collections.arr writes it.
# py-only {
from collections import namedtuple as _py_namedtuple
# arr: import "../../../stdlib/py_collections.arr"
# py-only }

Point = _py_namedtuple("Point", ["x", "y"])
p = Point(1, 2)
print(p, p.x, p.y, p[0], p[1], p[-1], len(p))
print(repr(p), str(p), f"{p}", [p])
x, y = p
print(x, y, list(p), tuple(p), sum(p), 2 in p, 5 in p)
q = Point(x=3, y=4)
print(q, Point(5, y=6), Point._fields)
print(p._asdict(), q._asdict()["y"])
r = p._replace(y=20)
print(r, p, r.y)
print(Point._make((7, 8)), Point._make(range(2)))
print(p == Point(1, 2), p == (1, 2), p == Point(2, 1), p != q, p < q, q > p, p <= (1, 2))
print(p[:1], p + (3,), p.count(1), p.index(2))
for v in p:
    print(v, end=" ")
print()
print(sorted([Point(2, 1), Point(1, 5), Point(1, 2)]))
print(max([Point(2, 1), Point(1, 5)], key=lambda t: t.y))

# field names as a string, defaults
Color = _py_namedtuple("Color", "red green blue")
Employee = _py_namedtuple("Employee", "name, dept, salary", defaults=("eng", 100))
print(Color(255, 128, 0), Color._fields)
print(Employee("ann"), Employee("bob", "ops"), Employee("cy", salary=5), Employee._field_defaults)
rows = [Employee("dee", "ops", 90), Employee("eve", "eng", 120), Employee("fay", "ops", 80)]
for e in sorted(rows, key=lambda e: e.salary):
    print(f"{e.name:<4}{e.dept:>4}{e.salary:>5}")
print(sum(e.salary for e in rows if e.dept == "ops"))
R = _py_namedtuple("R", "a def class _x", rename=True)
print(R._fields, R(1, 2, 3, 4))

# two types with the same fields are still equal as tuples
Pair = _py_namedtuple("Pair", "x y")
print(Pair(1, 2) == Point(1, 2), Pair(1, 2))

def divmod_nt(a, b):
    Result = _py_namedtuple("Result", "quotient remainder")
    return Result(a // b, a % b)
res = divmod_nt(17, 5)
print(res, res.quotient, res.remainder)

# errors, with Python's messages
try:
    Point(1)
except TypeError as e:
    print("TypeError", e)
try:
    Color()
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError", e)
try:
    Employee()
except TypeError as e:
    print("TypeError", e)
try:
    Employee(1, 2, 3, 4)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, z=2)
except TypeError as e:
    print("TypeError", e)
try:
    Point(1, x=2)
except TypeError as e:
    print("TypeError", e)
try:
    p._replace(z=1)
except ValueError as e:
    print("ValueError", e)
try:
    Point._make((1,))
except TypeError as e:
    print("TypeError", e)
try:
    p[2]
except IndexError as e:
    print("IndexError", e)
for bad in ("x x", "x _y", "x def", "x 1y"):
    try:
        _py_namedtuple("Bad", bad)
    except ValueError as e:
        print("ValueError", e)
try:
    _py_namedtuple("T", "a", defaults=(1, 2))
except TypeError as e:
    print("TypeError", e)
Opt = _py_namedtuple("Opt", ("a", "b"), defaults=(9,))
print(Opt(1), Opt(1, 2)._replace(a=5, b=6), len(Opt(1)), list(reversed(Opt(1, 2))), Opt(1, 2) != (1, 2))
