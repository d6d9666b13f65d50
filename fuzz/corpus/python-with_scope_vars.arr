# with bodies run in the enclosing scope; __exit__ runs on return
class Recorder {
    def __enter__(self) {
        self.events = []
        return self
    }
    def __exit__(self, *args) {
        self.events.append("closed")
        return False
    }
}

with Recorder() as t {
    result = sum(range(10))
    t.events.append("computed")
}
print(result, t.events)

def use() {
    with Recorder() as rec {
        return rec
    }
    return None
}

r = use()
print(r.events)

class Resource {
    opened = 0
    def __enter__(self) {
        Resource.opened += 1
        return self
    }
    def __exit__(self, a, b, c) {
        Resource.opened -= 1
    }
}

for k in range(3) {
    with Resource() as res {
        print("open", Resource.opened, k)
    }
}
print("closed", Resource.opened)
