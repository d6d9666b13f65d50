# classic small algorithms
def bubble_sort(items) {
    data = list(items)
    n = len(data)
    for i in range(n) {
        swapped = False
        for j in range(0, n - i - 1) {
            if data[j] > data[j + 1] {
                data[j], data[j + 1] = data[j + 1], data[j]
                swapped = True
            }
        }
        if not swapped {
            break
        }
    }
    return data
}

def binary_search(data, target) {
    lo, hi = 0, len(data) - 1
    steps = 0
    while lo <= hi {
        steps += 1
        mid = (lo + hi) // 2
        if data[mid] == target {
            return mid, steps
        } elif data[mid] < target {
            lo = mid + 1
        } else {
            hi = mid - 1
        }
    }
    return -1, steps
}

def sieve(n) {
    is_prime = [True for _ in range(n + 1)]
    is_prime[0] = is_prime[1] = False
    for i in range(2, int(n ** 0.5) + 1) {
        if is_prime[i] {
            for j in range(i * i, n + 1, i) {
                is_prime[j] = False
            }
        }
    }
    return [i for i, p in enumerate(is_prime) if p]
}

def gcd(a, b) {
    while b {
        a, b = b, a % b
    }
    return a
}

nums = (64, 34, 25, 12, 22, 11, 90, 5)
s = bubble_sort(nums)
print(s)
print(binary_search(s, 25), binary_search(s, 7))
print(sieve(50))
print(len(sieve(1000)))
print(gcd(48, 18), gcd(17, 5), gcd(100, 75))
lcm = lambda a, b: a * b // gcd(a, b)
print(lcm(4, 6), lcm(21, 6))
