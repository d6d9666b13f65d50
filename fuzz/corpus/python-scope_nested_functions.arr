# nested functions, recursion and mutual recursion
def outer(a) {
    def middle(b) {
        def inner(c) {
            return a + b + c
        }
        return inner
    }
    return middle
}

print(outer(1)(10)(100))

def make_ops() {
    state = {"calls": 0}
    def call() {
        state["calls"] += 1
        return state["calls"]
    }
    return call
}

op = make_ops()
op()
op()
print(op())

def recursive_sum(xs) {
    if not xs {
        return 0
    }
    return xs[0] + recursive_sum(xs[1:])
}

print(recursive_sum(list(range(10))))

def fact(n) {
    return 1 if n <= 1 else n * fact(n - 1)
}

print(fact(10))

def is_even(n) {
    return True if n == 0 else is_odd(n - 1)
}

def is_odd(n) {
    return False if n == 0 else is_even(n - 1)
}

print(is_even(10), is_odd(7))
