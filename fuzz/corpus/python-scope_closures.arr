# closures capture variables, not values
def multiplier(k) {
    def mul(x) {
        return x * k
    }
    return mul
}

double, triple = multiplier(2), multiplier(3)
print(double(5), triple(5), double("ab"))

def counter_pair() {
    n = 0
    def get() {
        return n
    }
    def inc() {
        nonlocal n
        n += 1
    }
    return get, inc
}

get, inc = counter_pair()
inc()
inc()
print(get())
fns = []
for i in range(3) {
    def f(x, i=i) {
        return x + i
    }
    fns.append(f)
}
print([g(10) for g in fns])
late = []
for i in range(3) {
    def h() {
        return i
    }
    late.append(h)
}
print([g() for g in late])
