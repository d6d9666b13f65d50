v = [1, 2, 3]                       # an int64 array
print(v * 2, v + [10, 20, 30], type(v).__name__, type([]).__name__)
w = list(v)                         # a list
w.append(4)
print(w, w * 2, type(w).__name__)
print(w + [1, 1], w + list(v), w - 1)
fib = [0, 1]                        # used as a list: becomes one
fib.append(fib[-1] + fib[-2])
print(fib, [0] * 3, [[0] * 2] * 2)
