fn f(x, y=2) { return x * y }
print(f(3), f(3, 4), f(x=1, y=5), f(2, y=10))
fn g(a) {
    b = a + 1
    b * 2
}
print(g(1))
fn sign(x) {
    if x > 0 { 1 } elif x < 0 { -1 } else { 0 }
}
print(sign(5), sign(-2), sign(0))
fn fact(n) = n <= 1 and 1 or n * fact(n - 1)
print(fact(10))
fn pair() = (1, 2)
p, q = pair()
print(p, q)
p, q = q, p
print(p, q)
fn nothing() { x = 1 }
print(nothing())
