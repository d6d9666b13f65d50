# user context managers with __enter__ / __exit__
class Ctx {
    def __init__(self, name) {
        self.name = name
    }
    def __enter__(self) {
        print("enter", self.name)
        return self
    }
    def __exit__(self, exc_type, exc, tb) {
        print("exit", self.name, exc_type is None)
        return False
    }
}

with Ctx("a") as c {
    print("body", c.name)
}
with Ctx("b") {
    print("no as")
}
with Ctx("outer") as o {
    with Ctx("inner") as i {
        print(o.name, i.name)
    }
}
print(c.name)
