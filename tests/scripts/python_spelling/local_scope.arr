def outer() {
    x = "outer"
    def inner() {
        x = "inner"
        return x
    }
    inner()
    return x
}
print(outer())
total = 0
def add(v) {
    try {
        total += v
    } except UnboundLocalError as e {
        print(type(e).__name__)
    }
}
add(1)
