# comprehensions calling user functions, lambdas with default-captured values
def square(x) {
    return x * x
}

def is_prime(n) {
    if n < 2 {
        return False
    }
    for d in range(2, n) {
        if d * d > n {
            break
        }
        if n % d == 0 {
            return False
        }
    }
    return True
}

primes = [n for n in range(30) if is_prime(n)]
print(primes)
print([square(p) for p in primes[:4]])
print({p: square(p) for p in primes if p < 10})
funcs = [lambda x, k=k: x + k for k in range(3)]
print([f(10) for f in funcs])
names = ["ann", "bob", "cy"]
scores = (3, 1, 2)
print(dict(zip(names, scores)))
print([n for n, s in zip(names, scores) if s >= 2])
print(sorted(names, key=lambda n: scores[names.index(n)]))
print([is_prime(n) for n in range(5)])
