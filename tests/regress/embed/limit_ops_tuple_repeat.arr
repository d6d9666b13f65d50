# set_max_operations(1_000_000): fuzz timeout: a 10**12-step loop whose int grows into a tuple repeated k times
# each step (k * (a, b, c, d)); building a list or tuple by * or + charges its items, so the limit comes in time
for v1 in range(10**12) {
    v1 *= (-1, 0, 10**10, 7)
}
