# Fuzz (seed 20261204): a ragged literal holding an array with 2**40 empty rows turned it into
# 2**40 lists (an allocation abort; 2**62 rows was an internal error), and polyfit with a 0-d y
# indexed its missing first axis.
try {
    x = [[zeros((2**40, 0))], []]
} except MemoryError as e {
    print("MemoryError")
}
try {
    x = [[zeros((2**62, 0))], []]
} except MemoryError as e {
    print("MemoryError")
}
try {
    polyfit(arange(1), 0, 0)
} except TypeError as e {
    print("TypeError")
}
