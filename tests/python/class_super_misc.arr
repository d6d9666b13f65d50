# super() in class methods, __init_subclass__ registries, stubs with ...,
# zero-argument constructors, dict union, __delitem__.
class Base {
    registry = []

    def __init_subclass__(cls, **kwargs) {
        super().__init_subclass__(**kwargs)
        Base.registry.append(cls.__name__)
    }

    @classmethod
    def create(cls) {
        return cls()
    }

    @classmethod
    def label(cls) {
        return cls.__name__.lower()
    }

    @staticmethod
    def version() {
        return 1
    }
}


class Child(Base) {
    @classmethod
    def label(cls) {
        return "child:" + super().label()
    }
}


class GrandChild(Child) {
    @classmethod
    def label(cls) {
        return "grand/" + super().label()
    }
}


print(Base.registry)
print(Child.label(), GrandChild.label(), GrandChild().label())
print(type(GrandChild.create()).__name__, Child.version())


class Protocol {
    def handle(self, msg) {
        ...
    }

    def close(self) {
    }
}


print(Protocol().handle("x"), Protocol().close())
placeholder = ...
print(placeholder, placeholder is Ellipsis)
print(int(), float(), bool(), str(), list(), dict(), tuple())
defaults = {"lr": 0.1, "epochs": 10}
overrides = {"epochs": 20, "seed": 0}
print(defaults | overrides, overrides | defaults)


class Registry {
    def __init__(self) {
        self.items = {}
    }

    def __setitem__(self, key, value) {
        self.items[key] = value
    }

    def __getitem__(self, key) {
        return self.items[key]
    }

    def __delitem__(self, key) {
        print("deleting", key)
        del self.items[key]
    }

    def __len__(self) {
        return len(self.items)
    }
}


r = Registry()
r["a"] = 1
r["b"] = 2
del r["a"]
print(len(r), r.items)
