# set_max_operations(1_000_000): fuzz (seed 20261204) found a loop whose int grows without end
# (n = 3*n + 1 past 2**63), each step slower than the last; big ints charge their size, so the
# operation limit ends it rather than the time-out (run through arr::Engine)
n = 27
while n != 1 {
    n = 3 * n + 1
}
