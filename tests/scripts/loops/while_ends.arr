# Loops that do end are never taken for endless ones: each of these
# changes what its condition reads, leaves by break or return, or calls
# something with an effect.
i = 0
while i < 3 { i += 1 }
print(i)
n = 0
while n < 2 { for j in range(3) { }; n = n + 1 }
print(n)
x = 0
while x < 3 { for x in range(5) { } }
print(x)
while true { break }
fn first_above(a, t) {
    k = 0
    while true {
        if a[k] > t { return k }
        k += 1
    }
}
print(first_above([1, 5, 9], 4))
a = [1, 2, 3]
while a[0] < 4 { a[0] += 2 }
print(a)
seed(0)
count = 0
while count < 2 { if rand() < 2.0 { count += 1 } }
print(count)
