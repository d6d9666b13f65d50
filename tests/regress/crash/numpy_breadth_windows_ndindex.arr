# Fuzz (seed 20261203): a zero window and an empty ndindex dimension were internal errors.
for v2 in sliding_window_view([], false) {}
print(sliding_window_view(arange(3), 0).shape)
try {
    ndindex((), ())
} except TypeError as e {
    print("TypeError")
}
