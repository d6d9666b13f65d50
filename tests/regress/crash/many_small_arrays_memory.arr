# A million small arrays kept in a list: each allocation was below the size
# at which the guard reads the process's memory, so under an address-space
# limit the process aborted ("memory allocation failed"), and without one it
# grew into swap. The guard now reads it every 32 MiB of small allocations.
xs = [zeros(12000, dtype=complex) for _ in range(10**6)]
print(len(xs))
