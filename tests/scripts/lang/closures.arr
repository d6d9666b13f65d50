fn make_adder(n) {
    fn add(x) = x + n
    return add
}
add5 = make_adder(5)
print(add5(10))
fn counter() {
    count = 0
    fn inc() {
        nonlocal count
        count += 1
        return count
    }
    return inc
}
c = counter()
c()
c()
print(c())
sq = fn(x) = x * x
print(sq(7))
fn apply(f, x) = f(x)
print(apply(fn(v) = v - 1, 10))
fn outer() {
    a = 1
    fn mid() {
        fn inner() = a + 1
        return inner()
    }
    return mid()
}
print(outer())
