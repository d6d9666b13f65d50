"""Prints HASHES for src/pystr_tests.rs (run with CPython 3.11.7): for each check over every char
(surrogates excepted), the number of chars it holds for and an FNV-1a hash
of them (with the mapped chars, for the mappings)."""
M = (1 << 64) - 1
def fnv(h, v):
    return ((h ^ v) * 0x100000001b3) & M
chars = [chr(c) for c in range(0x110000) if not 0xD800 <= c <= 0xDFFF]
checks = [(n, getattr(str, n)) for n in ['isalnum', 'isalpha', 'isdecimal', 'isdigit', 'isidentifier', 'islower', 'isnumeric', 'isprintable', 'isspace', 'istitle', 'isupper']]
checks += [('xid_continue', lambda c: ('a' + c).isidentifier()),
           ('cased', lambda c: (c + 'A').title()[-1] == 'a'),
           ('sigma_after', lambda c: ('A' + c + 'Σ').lower()[-1] == 'ς'),
           ('sigma_before', lambda c: ('AΣ' + c).lower()[1] == 'ς')]
for name, f in checks:
    h, n = 0xcbf29ce484222325, 0
    for c in chars:
        if f(c):
            h = fnv(h, ord(c)); n += 1
    print('    ("%s", %d, 0x%016x),' % (name, n, h))
for name in ['upper', 'lower', 'casefold', 'title', 'capitalize', 'swapcase']:
    f = getattr(str, name)
    h, n = 0xcbf29ce484222325, 0
    for c in chars:
        m = f(c)
        if m != c:
            h = fnv(h, ord(c)); n += 1
            for x in m:
                h = fnv(h, ord(x))
    print('    ("%s", %d, 0x%016x),' % (name, n, h))
