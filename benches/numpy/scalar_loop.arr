a = zeros(100000)
t = perf_counter()
for i in range(1, 100000) { a[i] = a[i - 1] + 1 }
print("scalar_loop", perf_counter() - t)
