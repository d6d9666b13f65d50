# Python's `cmath`, written in arr over arr's complex numbers: the
# functions take ints, floats and complex numbers and give Python complex
# numbers (`cmath.sqrt(-1)` is `1j`); `phase`, `polar` and `isclose` give
# floats, tuples and bools as CPython's do.
#
# What stays different from Python: the results come from arr's complex
# functions (those NumPy uses), which can differ from CPython's in the last
# digit; branch cuts follow the C library's, as CPython's do.

_py_cmath_pi = 3.141592653589793
_py_cmath_e = 2.718281828459045
_py_cmath_tau = 6.283185307179586
_py_cmath_inf = float("inf")
_py_cmath_nan = float("nan")
_py_cmath_infj = complex(0.0, float("inf"))
_py_cmath_nanj = complex(0.0, float("nan"))

def _py_cmath_c(x) {
    if isinstance(x, str) {
        raise TypeError("must be real number, not str")
    }
    return complex(x)
}

def _py_cmath_sqrt(x) {
    return complex(sqrt(_py_cmath_c(x)))
}

def _py_cmath_exp(x) {
    return complex(exp(_py_cmath_c(x)))
}

def _py_cmath_log(x, base=None) {
    z = _py_cmath_c(x)
    if z == 0 {
        raise ValueError("math domain error")
    }
    r = complex(log(z))
    if base is None {
        return r
    }
    return r / complex(log(_py_cmath_c(base)))
}

def _py_cmath_log10(x) {
    z = _py_cmath_c(x)
    if z == 0 {
        raise ValueError("math domain error")
    }
    return complex(log10(z))
}

def _py_cmath_sin(x) {
    return complex(sin(_py_cmath_c(x)))
}

def _py_cmath_cos(x) {
    return complex(cos(_py_cmath_c(x)))
}

def _py_cmath_tan(x) {
    return complex(tan(_py_cmath_c(x)))
}

def _py_cmath_sinh(x) {
    return complex(sinh(_py_cmath_c(x)))
}

def _py_cmath_cosh(x) {
    return complex(cosh(_py_cmath_c(x)))
}

def _py_cmath_tanh(x) {
    return complex(tanh(_py_cmath_c(x)))
}

def _py_cmath_phase(x) {
    return float(angle(_py_cmath_c(x)))
}

def _py_cmath_polar(x) {
    z = _py_cmath_c(x)
    return (float(abs(z)), float(angle(z)))
}

def _py_cmath_rect(r, phi) {
    return complex(r * cos(phi), r * sin(phi))
}

def _py_cmath_isnan(x) {
    z = _py_cmath_c(x)
    return bool(isnan(z))
}

def _py_cmath_isinf(x) {
    z = _py_cmath_c(x)
    return bool(isinf(z))
}

def _py_cmath_isfinite(x) {
    z = _py_cmath_c(x)
    return bool(isfinite(z))
}

def _py_cmath_isclose(a, b, *, rel_tol=1e-09, abs_tol=0.0) {
    if rel_tol < 0.0 or abs_tol < 0.0 {
        raise ValueError("tolerances must be non-negative")
    }
    x = _py_cmath_c(a)
    y = _py_cmath_c(b)
    if x == y {
        return True
    }
    if _py_cmath_isinf(x) or _py_cmath_isinf(y) {
        return False
    }
    d = float(abs(x - y))
    return d <= rel_tol * float(abs(y)) or d <= rel_tol * float(abs(x)) or d <= abs_tol
}
