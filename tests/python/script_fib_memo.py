# fibonacci with a memo dict, recursion
memo = {}

def fib(n):
    if n in memo:
        return memo[n]
    if n < 2:
        result = n
    else:
        result = fib(n - 1) + fib(n - 2)
    memo[n] = result
    return result

print([fib(i) for i in range(15)])
print(fib(80))
print(len(memo))

def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)

print(factorial(10), factorial(20))

def power_set(items):
    if not items:
        return [[]]
    rest = power_set(items[1:])
    return rest + [[items[0]] + r for r in rest]

print(power_set(["a", "b", "c"]))

def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)

moves = []
hanoi(3, "A", "C", "B", moves)
print(len(moves), moves[:4])

def flatten(nested):
    out = []
    for item in nested:
        if isinstance(item, list):
            out.extend(flatten(item))
        else:
            out.append(item)
    return out

print(flatten(["a", ["b", ["c", "d"]], "e", [["f"]]]))

def digits_sum(n):
    return n if n < 10 else digits_sum(sum(int(d) for d in str(n)))

print(digits_sum(987654321), digits_sum(5))
