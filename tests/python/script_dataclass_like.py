# hand-written dataclass-like records
class Point:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __eq__(self, other):
        if not isinstance(other, Point):
            return NotImplemented
        return (self.x, self.y) == (other.x, other.y)

    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)


class Employee:
    raise_rate = 1.05

    def __init__(self, name, dept, salary=50000):
        self.name = name
        self.dept = dept
        self.salary = salary

    def __repr__(self):
        fields = ", ".join(f"{k}={v!r}" for k, v in vars(self).items())
        return f"{self.__class__.__name__}({fields})"

    def __eq__(self, other):
        return vars(self) == vars(other)

    def apply_raise(self):
        self.salary = int(self.salary * self.raise_rate)


p = Point(1, 2)
print(p, p == Point(1, 2), p == Point(2, 1), p != Point(1, 2))
print(sorted([Point(3, 1), Point(1, 5), Point(1, 2)]))
print(Point(0, 0) == "origin")
e1 = Employee("Ann", "eng", 90000)
e2 = Employee("Bob", "ops")
print(e1)
print(e2)
e1.apply_raise()
print(e1.salary, Employee.raise_rate)
Employee.raise_rate = 1.10
e2.apply_raise()
print(e2.salary)
print(e1 == Employee("Ann", "eng", 94500))
staff = [e1, e2, Employee("Cy", "eng", 70000)]
by_dept = {}
for e in staff:
    by_dept.setdefault(e.dept, []).append(e.name)
print(by_dept)
print(getattr(e1, "name"), hasattr(e1, "age"), getattr(e1, "age", "n/a"))
setattr(e2, "dept", "eng")
print(e2.dept)
