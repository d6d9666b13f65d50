import numpy as np

p = np.poly1d([1, 2, 3])
print(p)
print(repr(p))
print(p(0.5), p(2))
print(p(np.array([0.0, 1.0, 2.0])))
print(p.c, p.coeffs, p.coef, p.order, p.o, len(p))
print(p.roots)
print(p.r)
print(p[0], p[1], p[2], p[5])
print(p * p)
print(repr(p * p))
print(repr(p + [1, 1]), repr(p - 1), repr(2 * p), repr(p * 2), repr(-p))
print(repr(p ** 3))
print(p ** 0)
print(repr(p / 2))
q, r = (p * p) / p
print(repr(q), repr(r))
print(repr(p.deriv()), repr(p.deriv(2)), repr(p.integ()), repr(p.integ(2, k=1)))
print(p == np.poly1d([1, 2, 3]), p != np.poly1d([1, 2, 3]), p == np.poly1d([1, 2]))

z = np.poly1d([1, 2, 3], variable="z")
print(z)
r = np.poly1d([1, 2, 3], True)
print(repr(r))
print(r)
print(np.poly1d([0, 0, 5, 0]))
print(repr(np.poly1d([0, 0, 5, 0])))
print(np.poly1d([0]))
print(np.poly1d([-1.5, 0, 2.25, -1]))
print(np.poly1d([1e-5, 123456.789, 1, -2]))
print(np.poly1d([3, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1]))
print(np.poly1d(np.arange(1, 30)))

# a fit, as people use it
x = np.linspace(0, 4, 9)
y = 2 * x ** 2 - 3 * x + 1
f = np.poly1d(np.polyfit(x, y, 2))
print(f)
print(np.round(f(np.array([0.5, 1.5])), 6))
print(np.round(f.c, 6))

# the functions
print(np.poly([1, 2, 3]))
print(np.poly([[1.0, 2.0], [3.0, 4.0]]))
print(np.poly([]))
print(np.poly([1j, -1j]))
print(np.polyadd([1, 2], [9, 5, 4]))
print(np.polysub([1, 2], [9, 5, 4]))
print(np.polymul([1, 2, 3], [9, 5, 1]))
print(np.polydiv([3.0, 5.0, 2.0], [2.0, 1.0]))
print(np.polydiv([1.0, 0.0, -1.0], [1.0, -1.0]))
print(np.polyder([1, 1, 1, 1]))
print(np.polyder([1, 1, 1, 1], 2))
print(np.polyder([1, 1, 1, 1], 0))
print(np.polyint([1, 1, 1]))
print(np.polyint([1, 1, 1], 2))
print(np.polyint([1, 1, 1], 3, k=[6, 5, 3]))
print(np.polyint([1, 1, 1], m=2, k=7))
print(repr(np.polyadd(np.poly1d([1, 2]), [1])))
print(np.polyval(np.poly1d([3, 0, 1]), 5))
print(np.polyval([3, 0, 1], np.poly1d([1, 1])))
print(np.roots(np.poly1d([1, -3, 2])))
try {
    np.polyder([1, 2], -1)
} except ValueError as e {
    print("ValueError:", e)
}
try {
    np.polyint([1, 2], -1)
} except ValueError as e {
    print("ValueError:", e)
}
try {
    p ** -1
} except ValueError as e {
    print("ValueError:", e)
}
try {
    np.poly1d([[1, 2], [3, 4]])
} except ValueError as e {
    print("ValueError:", e)
}
