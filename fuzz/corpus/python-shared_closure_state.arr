# a returned list is the same object the closure keeps mutating
def make_store() {
    data = []
    def put(x) {
        data.append(x)
    }
    def get() {
        return data
    }
    return put, get
}

put, get = make_store()
put(1)
put(2)
snapshot = get()
put(3)
print(snapshot, snapshot is get())
frozen = list(get())
put(4)
print(frozen, get())
put("x")
print(len(snapshot), len(frozen))
put2, get2 = make_store()
put2("other")
print(get(), get2())
