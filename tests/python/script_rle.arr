# run-length encoding, prime factors and number puzzles
def rle_encode(s) {
    if not s {
        return ""
    }
    out = []
    prev, count = s[0], 1
    for ch in s[1:] {
        if ch == prev {
            count += 1
        } else {
            out.append(f"{count}{prev}")
            prev, count = ch, 1
        }
    }
    out.append(f"{count}{prev}")
    return "".join(out)
}

def rle_decode(s) {
    result, num = "", ""
    for ch in s {
        if ch.isdigit() {
            num += ch
        } else {
            result += ch * int(num)
            num = ""
        }
    }
    return result
}

for s in ("aaabccdddd", "abc", "", "zzzzzzzzzzzz") {
    enc = rle_encode(s)
    print(f"{s!r:16} -> {enc!r:10} -> {rle_decode(enc)!r}")
}

def prime_factors(n) {
    factors = []
    d = 2
    while d * d <= n {
        while n % d == 0 {
            factors.append(d)
            n //= d
        }
        d += 1
    }
    if n > 1 {
        factors.append(n)
    }
    return factors
}

for n in (12, 97, 360, 1001, 2 ** 10) {
    f = prime_factors(n)
    print(n, "=", " x ".join(map(str, f)))
}

def is_perfect(n) {
    return n == sum(d for d in range(1, n) if n % d == 0)
}

print([n for n in range(1, 1000) if is_perfect(n)])
collatz = lambda n: n // 2 if n % 2 == 0 else 3 * n + 1
n, steps = 27, 0
while n != 1 {
    n = collatz(n)
    steps += 1
}
print("collatz(27) steps:", steps)
armstrong = [n for n in range(100, 1000) if sum(int(d) ** 3 for d in str(n)) == n]
print(armstrong)
