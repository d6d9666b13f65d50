import cmath

print(cmath.sqrt(-1), cmath.sqrt(4), cmath.sqrt(2j))
print(cmath.exp(1j * cmath.pi).real, round(cmath.exp(1j * cmath.pi).imag, 12))
print(cmath.phase(-1), cmath.phase(1j), cmath.polar(1j), cmath.polar(-2))
r = cmath.rect(2, cmath.pi / 2)
print(round(r.real, 12), r.imag)
print(cmath.log(1j), cmath.log(8, 2), cmath.log10(100))
print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1, 2), cmath.isclose(1, 1.1, abs_tol=0.2))
print(cmath.isnan(cmath.nanj), cmath.isinf(cmath.infj), cmath.isfinite(1 + 1j))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nanj)
print(cmath.cos(0), cmath.sin(0), cmath.tanh(0))
print(type(cmath.sqrt(-4)).__name__, cmath.sqrt(-4) == 2j)
try {
    cmath.log(0)
} except ValueError as e {
    print("ValueError", e)
}
