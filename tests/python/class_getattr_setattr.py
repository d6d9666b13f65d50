# __getattr__ for missing attributes, __setattr__ to validate or record.
class Proxy:
    def __init__(self, target):
        self._target = target
        self.calls = 0

    def __getattr__(self, name):
        self.calls += 1
        return getattr(self._target, name)


items = list((3, 1, 2))
p = Proxy(items)
p.append(0)
p.sort()
print(items, p.calls, p.count(1))


class Config:
    def __init__(self, **values):
        self._values = values

    def __getattr__(self, name):
        try:
            return self._values[name]
        except KeyError:
            raise AttributeError(f"no setting named {name!r}")


c = Config(lr=0.01, epochs=5)
print(c.lr, c.epochs)
try:
    c.momentum
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(c, "batch", 32), hasattr(c, "lr"), hasattr(c, "nope"))


class Positive:
    def __setattr__(self, name, value):
        if isinstance(value, (int, float)) and value < 0:
            raise ValueError(f"{name} must be >= 0, got {value}")
        super().__setattr__(name, value)


q = Positive()
q.width = 3
q.height = 4.5
print(q.width * q.height)
try:
    q.width = -1
except ValueError as e:
    print("ValueError:", e)
print(q.width)


class Recorder:
    def __init__(self):
        object.__setattr__(self, "log", [])

    def __setattr__(self, name, value):
        self.log.append(name)
        object.__setattr__(self, name, value)


r = Recorder()
r.a = 1
r.b = 2
r.a = 3
print(r.log, r.a, r.b)


class Base:
    def __getattr__(self, name):
        return f"<default {name}>"


class Child(Base):
    known = "class attribute"


ch = Child()
ch.field = "set"
print(ch.known, ch.field, ch.other)
