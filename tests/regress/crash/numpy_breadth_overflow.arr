# Sizes and offsets past 64 bits in the NumPy-breadth functions are errors.
try { as_strided([], [0, 2**62]) } except Exception as e { print(type(e).__name__) }
try { as_strided(arange(4), [2**62, 2], [8, 8]) } except Exception as e { print(type(e).__name__) }
try { bincount([9223372036854775807]) } except Exception as e { print(type(e).__name__) }
try { histogram([1, 2], bins=9223372036854775807) } except Exception as e { print(type(e).__name__) }
try { rot90(ones((2, 2)), axes=(-9223372036854775808, 1)) } except Exception as e { print(type(e).__name__) }
print(diag(ones((2, 2)), k=-9223372036854775808))
print(trace(ones((2, 2)), offset=-9223372036854775808))
try { ravel_multi_index(([1], [1]), (2**40, 2**40)) } except Exception as e { print(type(e).__name__) }
try { pad([1], 2**62) } except Exception as e { print(type(e).__name__) }
try { diag([1], k=2**62) } except Exception as e { print(type(e).__name__) }
try { tri(2**40, 2**40) } except Exception as e { print(type(e).__name__) }
try { kron(ones(2**20), ones(2**20)) } except Exception as e { print(type(e).__name__) }
try { einsum("i,j->ij", ones(2**20), ones(2**20)) } except Exception as e { print(type(e).__name__) }
try { meshgrid(ones(2**20), ones(2**20)) } except Exception as e { print(type(e).__name__) }
try { indices((2**20, 2**20)) } except Exception as e { print(type(e).__name__) }
try { logspace(0, 1, 2**62) } except Exception as e { print(type(e).__name__) }
try { sliding_window_view(ones(2**16), 2**15) } except Exception as e { print(type(e).__name__) }
try { randint(0, 10, size=2**62) } except Exception as e { print(type(e).__name__) }
try { ndindex(2**62) } except Exception as e { print(type(e).__name__) }
try { roll(ones(3), 9223372036854775807) } except Exception as e { print(type(e).__name__) }
print(roll(arange(3), -9223372036854775808))
