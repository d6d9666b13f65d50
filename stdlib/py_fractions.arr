# Python's `fractions`, written in arr: Fraction (`_py_fractions_Fraction`),
# after CPython 3.11's Lib/fractions.py. A Fraction is an exact rational
# number kept in lowest terms with the sign on the numerator; it mixes with
# ints (exact results) and floats (float results), and prints as Python's
# (`Fraction(3, 4)`, str `3/4`).
#
# What stays different from Python: arr has no `numbers` ABCs or Decimal, so
# "Rational" here means int, bool or Fraction; `math.floor`/`ceil`/`trunc`
# of a Fraction need arr to dispatch `__floor__`/`__ceil__`/`__trunc__`
# (the methods are here; `int()` and `round()` work); `divmod` is computed
# from `//` and `%`. A Fraction equal to a float hashes as arr hashes that
# float (so the two find each other in a dict); arr's float hash is not
# CPython's, so printed hashes of such fractions differ from CPython's.

import math as _py_fractions_math

_py_fractions_HASH_MODULUS = 2305843009213693951    # 2**61 - 1
_py_fractions_HASH_INF = 314159

# The exact (numerator, denominator) of a finite float, as
# float.as_integer_ratio() gives it.
def _py_fractions_float_ratio(x) {
    if x != x {
        raise ValueError("cannot convert NaN to integer ratio")
    }
    if x == _py_fractions_math.inf or x == -_py_fractions_math.inf {
        raise OverflowError("cannot convert Infinity to integer ratio")
    }
    if x == 0.0 {
        return (0, 1)
    }
    # Scale by powers of two (exact) until the value is a whole number,
    # then cancel the common factors of two. (arr's math.frexp is wrong for
    # subnormals, so it is not used.)
    sign = 1
    if x < 0 {
        sign = -1
        x = -x
    }
    k = 0
    while x % 1.0 != 0.0 {
        x *= 18446744073709551616.0     # 2.0 ** 64
        k += 64
    }
    n = int(x)
    if k == 0 {
        return (sign * n, 1)
    }
    tz = (n & -n).bit_length() - 1
    if tz > k {
        tz = k
    }
    n >>= tz
    k -= tz
    return (sign * n, 1 << k)
}

# n / d for ints, correctly rounded as CPython's int true division is (arr's
# own `/` rounds both operands to floats first once they pass 2**53).
def _py_fractions_int_truediv(n, d) {
    if d == 0 {
        raise ZeroDivisionError("division by zero")
    }
    if -9007199254740992 <= n and n <= 9007199254740992 and -9007199254740992 <= d and d <= 9007199254740992 {
        return float(n) / float(d)
    }
    negative = (n < 0) != (d < 0)
    a = abs(n)
    b = abs(d)
    if a == 0 {
        return -0.0 if negative else 0.0
    }
    E = a.bit_length() - b.bit_length()
    if E < -1021 {
        # a subnormal result: round a / b * 2**1074 to an integer, half to even
        q = (a << 1074) // b
        r = (a << 1074) - q * b
        if 2 * r > b or (2 * r == b and q % 2 == 1) {
            q += 1
        }
        x = float(q) * 5e-324
    } else {
        # 55 or 56 bits of quotient and a sticky bit, rounded once by float()
        shift = E - 55
        if shift >= 0 {
            bb = b << shift
            q = a // bb
            r = a - q * bb
        } else {
            aa = a << (-shift)
            q = aa // b
            r = aa - q * b
        }
        if r != 0 {
            q = q | 1
        }
        half = shift // 2
        x = float(q) * (2.0 ** half) * (2.0 ** (shift - half))
        if x == _py_fractions_math.inf {
            raise OverflowError("integer division result too large for a float")
        }
    }
    return -x if negative else x
}

def _py_fractions_is_int(x) {
    t = type(x)
    return t is int or t is bool
}

# int, bool or Fraction: what Python's numbers.Rational covers here.
def _py_fractions_is_rational(x) {
    return _py_fractions_is_int(x) or isinstance(x, _py_fractions_Fraction)
}

def _py_fractions_numden(x) {
    if _py_fractions_is_int(x) {
        return (int(x), 1)
    }
    return (x._numerator, x._denominator)
}

def _py_fractions_is_digits(s) {
    # \d+(_\d+)*
    if s == "" or s[0] == "_" or s[-1] == "_" or "__" in s {
        return False
    }
    for ch in s {
        if ch != "_" and not (ch >= "0" and ch <= "9") {
            return False
        }
    }
    return True
}

# Parses what CPython's _RATIONAL_FORMAT accepts: "[sign]num/den" or
# "[sign]int[.frac][e[sign]exp]"; returns (numerator, denominator) or None.
def _py_fractions_parse(text) {
    s = text.strip()
    sign = 1
    if s.startswith("-") or s.startswith("+") {
        if s[0] == "-" {
            sign = -1
        }
        s = s[1:]
    }
    # a digit or ".digit" must come first
    if s == "" or not ((s[0] >= "0" and s[0] <= "9") or (len(s) > 1 and s[0] == "." and s[1] >= "0" and s[1] <= "9")) {
        return None
    }
    if "/" in s {
        parts = s.split("/")
        if len(parts) != 2 or not _py_fractions_is_digits(parts[0]) or not _py_fractions_is_digits(parts[1]) {
            return None
        }
        return (sign * int(parts[0].replace("_", "")), int(parts[1].replace("_", "")))
    }
    exp = 0
    epos = max(s.find("e"), s.find("E"))
    if epos >= 0 {
        es = s[epos + 1:]
        s = s[:epos]
        esign = 1
        if es.startswith("-") or es.startswith("+") {
            if es[0] == "-" {
                esign = -1
            }
            es = es[1:]
        }
        if not _py_fractions_is_digits(es) {
            return None
        }
        exp = esign * int(es.replace("_", ""))
    }
    intpart = s
    frac = ""
    dot = s.find(".")
    if dot >= 0 {
        intpart = s[:dot]
        frac = s[dot + 1:]
        if frac != "" and not _py_fractions_is_digits(frac) {
            return None
        }
    }
    if intpart != "" and not _py_fractions_is_digits(intpart) {
        return None
    }
    num = int(intpart.replace("_", "")) if intpart != "" else 0
    den = 1
    if frac != "" {
        frac = frac.replace("_", "")
        scale = 10 ** len(frac)
        num = num * scale + int(frac)
        den = scale
    }
    if exp >= 0 {
        num *= 10 ** exp
    } else {
        den *= 10 ** (-exp)
    }
    return (sign * num, den)
}

class _py_fractions_Fraction {
    __name__ = "Fraction"

    def __init__(self, numerator=0, denominator=None, *, _normalize=True) {
        if denominator is None {
            if type(numerator) is int {
                self._numerator = numerator
                self._denominator = 1
                return
            } elif _py_fractions_is_rational(numerator) {
                self._numerator, self._denominator = _py_fractions_numden(numerator)
                return
            } elif isinstance(numerator, float) {
                self._numerator, self._denominator = _py_fractions_float_ratio(numerator)
                return
            } elif isinstance(numerator, str) {
                parsed = _py_fractions_parse(numerator)
                if parsed is None {
                    raise ValueError("Invalid literal for Fraction: %r" % (numerator,))
                }
                numerator, denominator = parsed
            } else {
                raise TypeError("argument should be a string or a Rational instance")
            }
        } elif type(numerator) is int and type(denominator) is int {
            pass
        } elif _py_fractions_is_rational(numerator) and _py_fractions_is_rational(denominator) {
            an, ad = _py_fractions_numden(numerator)
            bn, bd = _py_fractions_numden(denominator)
            numerator, denominator = an * bd, bn * ad
        } else {
            raise TypeError("both arguments should be Rational instances")
        }
        if denominator == 0 {
            raise ZeroDivisionError("Fraction(%s, 0)" % (numerator,))
        }
        if _normalize {
            g = _py_fractions_math.gcd(numerator, denominator)
            if denominator < 0 {
                g = -g
            }
            numerator //= g
            denominator //= g
        }
        self._numerator = numerator
        self._denominator = denominator
    }

    @classmethod
    def from_float(cls, f) {
        if _py_fractions_is_int(f) {
            return cls(f)
        } elif not isinstance(f, float) {
            raise TypeError("%s.from_float() only takes floats, not %r (%s)" % ("Fraction", f, type(f).__name__))
        }
        n, d = _py_fractions_float_ratio(f)
        return cls(n, d)
    }

    def as_integer_ratio(self) = (self._numerator, self._denominator)

    def limit_denominator(self, max_denominator=1000000) {
        if max_denominator < 1 {
            raise ValueError("max_denominator should be at least 1")
        }
        if self._denominator <= max_denominator {
            return _py_fractions_Fraction(self)
        }
        p0, q0, p1, q1 = 0, 1, 1, 0
        n, d = self._numerator, self._denominator
        while True {
            a = n // d
            q2 = q0 + a * q1
            if q2 > max_denominator {
                break
            }
            p0, q0, p1, q1 = p1, q1, p0 + a * p1, q2
            n, d = d, n - a * d
        }
        k = (max_denominator - q0) // q1
        bound1 = _py_fractions_Fraction(p0 + k * p1, q0 + k * q1)
        bound2 = _py_fractions_Fraction(p1, q1)
        if abs(bound2 - self) <= abs(bound1 - self) {
            return bound2
        }
        return bound1
    }

    @property
    def numerator(self) = self._numerator

    @property
    def denominator(self) = self._denominator

    def __repr__(self) = "Fraction(%s, %s)" % (self._numerator, self._denominator)

    def __str__(self) {
        if self._denominator == 1 {
            return str(self._numerator)
        }
        return "%s/%s" % (self._numerator, self._denominator)
    }

    # -- arithmetic: an int or Fraction operand gives an exact Fraction,
    # a float operand a float (Python's _operator_fallbacks)

    def __add__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_add(a, b)
        } elif isinstance(b, float) {
            return float(a) + b
        }
        return NotImplemented
    }

    def __radd__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_add(a, b)
        } elif isinstance(a, float) {
            return a + float(b)
        }
        return NotImplemented
    }

    def __sub__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_sub(a, b)
        } elif isinstance(b, float) {
            return float(a) - b
        }
        return NotImplemented
    }

    def __rsub__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_sub(a, b)
        } elif isinstance(a, float) {
            return a - float(b)
        }
        return NotImplemented
    }

    def __mul__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_mul(a, b)
        } elif isinstance(b, float) {
            return float(a) * b
        }
        return NotImplemented
    }

    def __rmul__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_mul(a, b)
        } elif isinstance(a, float) {
            return a * float(b)
        }
        return NotImplemented
    }

    def __truediv__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_div(a, b)
        } elif isinstance(b, float) {
            return _py_fractions_fdiv(float(a), b)
        }
        return NotImplemented
    }

    def __rtruediv__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_div(a, b)
        } elif isinstance(a, float) {
            return _py_fractions_fdiv(a, float(b))
        }
        return NotImplemented
    }

    def __floordiv__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_floordiv(a, b)
        } elif isinstance(b, float) {
            return _py_fractions_ffloordiv(float(a), b)
        }
        return NotImplemented
    }

    def __rfloordiv__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_floordiv(a, b)
        } elif isinstance(a, float) {
            return _py_fractions_ffloordiv(a, float(b))
        }
        return NotImplemented
    }

    def __mod__(a, b) {
        if _py_fractions_is_rational(b) {
            return _py_fractions_mod(a, b)
        } elif isinstance(b, float) {
            return _py_fractions_fmod(float(a), b)
        }
        return NotImplemented
    }

    def __rmod__(b, a) {
        if _py_fractions_is_rational(a) {
            return _py_fractions_mod(a, b)
        } elif isinstance(a, float) {
            return _py_fractions_fmod(a, float(b))
        }
        return NotImplemented
    }

    def __divmod__(a, b) {
        if _py_fractions_is_rational(b) {
            return (_py_fractions_floordiv(a, b), _py_fractions_mod(a, b))
        } elif isinstance(b, float) {
            if b == 0.0 {
                raise ZeroDivisionError("float divmod()")
            }
            return (float(a) // b, float(a) % b)
        }
        return NotImplemented
    }

    def __rdivmod__(b, a) {
        if _py_fractions_is_rational(a) {
            return (_py_fractions_floordiv(a, b), _py_fractions_mod(a, b))
        } elif isinstance(a, float) {
            if b == 0 {
                raise ZeroDivisionError("float divmod()")
            }
            return (a // float(b), a % float(b))
        }
        return NotImplemented
    }

    def __pow__(a, b) {
        if _py_fractions_is_rational(b) {
            bn, bd = _py_fractions_numden(b)
            if bd == 1 {
                power = bn
                if power >= 0 {
                    return _py_fractions_Fraction(a._numerator ** power, a._denominator ** power, _normalize=False)
                } elif a._numerator >= 0 {
                    return _py_fractions_Fraction(a._denominator ** (-power), a._numerator ** (-power), _normalize=False)
                } else {
                    return _py_fractions_Fraction((-a._denominator) ** (-power), (-a._numerator) ** (-power), _normalize=False)
                }
            }
            return float(a) ** float(b)
        } elif isinstance(b, float) {
            return float(a) ** b
        }
        return NotImplemented
    }

    def __rpow__(b, a) {
        if b._denominator == 1 and b._numerator >= 0 {
            return a ** b._numerator
        }
        if _py_fractions_is_rational(a) {
            n, d = _py_fractions_numden(a)
            return _py_fractions_Fraction(n, d) ** b
        }
        if b._denominator == 1 {
            return a ** b._numerator
        }
        return a ** float(b)
    }

    def __pos__(a) = _py_fractions_Fraction(a._numerator, a._denominator, _normalize=False)
    def __neg__(a) = _py_fractions_Fraction(-a._numerator, a._denominator, _normalize=False)
    def __abs__(a) = _py_fractions_Fraction(abs(a._numerator), a._denominator, _normalize=False)

    def __int__(a) {
        if a._numerator < 0 {
            return -(-a._numerator // a._denominator)
        }
        return a._numerator // a._denominator
    }

    def __trunc__(a) = a.__int__()
    def __floor__(a) = a._numerator // a._denominator
    def __ceil__(a) = -(-a._numerator // a._denominator)

    def __float__(a) = _py_fractions_int_truediv(a._numerator, a._denominator)

    def __round__(self, ndigits=None) {
        if ndigits is None {
            floor = self._numerator // self._denominator
            remainder = self._numerator - floor * self._denominator
            if remainder * 2 < self._denominator {
                return floor
            } elif remainder * 2 > self._denominator {
                return floor + 1
            } elif floor % 2 == 0 {
                return floor
            }
            return floor + 1
        }
        shift = 10 ** abs(ndigits)
        if ndigits > 0 {
            return _py_fractions_Fraction(round(self * shift), shift)
        }
        return _py_fractions_Fraction(round(self / shift) * shift)
    }

    def __hash__(self) {
        if self._denominator == 1 {
            return hash(self._numerator)
        }
        d = self._denominator
        # a power of two no larger than a float's range: equal to a float,
        # so hash as that float does
        if d & (d - 1) == 0 and d.bit_length() <= 1075 and abs(self._numerator).bit_length() <= 53 {
            return hash(self._numerator / d)
        }
        P = _py_fractions_HASH_MODULUS
        if d % P == 0 {
            h = _py_fractions_HASH_INF
        } else {
            dinv = pow(d % P, P - 2, P)
            h = (abs(self._numerator) % P) * dinv % P
        }
        result = h if self._numerator >= 0 else -h
        return -2 if result == -1 else result
    }

    def __eq__(a, b) {
        if type(b) is int {
            return a._numerator == b and a._denominator == 1
        }
        if _py_fractions_is_rational(b) {
            bn, bd = _py_fractions_numden(b)
            return a._numerator == bn and a._denominator == bd
        }
        if isinstance(b, float) {
            if b != b or b == _py_fractions_math.inf or b == -_py_fractions_math.inf {
                return 0.0 == b
            }
            return a == _py_fractions_Fraction.from_float(b)
        }
        return NotImplemented
    }

    def __ne__(a, b) {
        r = a.__eq__(b)
        if r is NotImplemented {
            return not (a is b)
        }
        return not r
    }

    # Compares with a Rational or a float; `op` is 0 for <, 1 for <=, 2
    # for >, 3 for >=. Returns NotImplemented for anything else.
    def _richcmp(self, other, op) {
        if _py_fractions_is_rational(other) {
            on, od = _py_fractions_numden(other)
            return _py_fractions_cmp(self._numerator * od, self._denominator * on, op)
        }
        if isinstance(other, float) {
            if other != other or other == _py_fractions_math.inf or other == -_py_fractions_math.inf {
                return _py_fractions_cmp(0.0, other, op)
            }
            return self._richcmp(_py_fractions_Fraction.from_float(other), op)
        }
        return NotImplemented
    }

    def __lt__(a, b) = a._richcmp(b, 0)
    def __le__(a, b) = a._richcmp(b, 1)
    def __gt__(a, b) = a._richcmp(b, 2)
    def __ge__(a, b) = a._richcmp(b, 3)

    def __bool__(a) = a._numerator != 0

    def __copy__(self) = self
    def __deepcopy__(self, memo) = self
}

def _py_fractions_cmp(x, y, op) {
    if op == 0 {
        return x < y
    } elif op == 1 {
        return x <= y
    } elif op == 2 {
        return x > y
    }
    return x >= y
}

# The exact operations on (numerator, denominator) pairs (Knuth, TAOCP
# 4.5.1, as CPython does them); a and b are ints or Fractions.
def _py_fractions_add(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    g = _py_fractions_math.gcd(da, db)
    if g == 1 {
        return _py_fractions_Fraction(na * db + da * nb, da * db, _normalize=False)
    }
    s = da // g
    t = na * (db // g) + nb * s
    g2 = _py_fractions_math.gcd(t, g)
    if g2 == 1 {
        return _py_fractions_Fraction(t, s * db, _normalize=False)
    }
    return _py_fractions_Fraction(t // g2, s * (db // g2), _normalize=False)
}

def _py_fractions_sub(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    g = _py_fractions_math.gcd(da, db)
    if g == 1 {
        return _py_fractions_Fraction(na * db - da * nb, da * db, _normalize=False)
    }
    s = da // g
    t = na * (db // g) - nb * s
    g2 = _py_fractions_math.gcd(t, g)
    if g2 == 1 {
        return _py_fractions_Fraction(t, s * db, _normalize=False)
    }
    return _py_fractions_Fraction(t // g2, s * (db // g2), _normalize=False)
}

def _py_fractions_mul(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    g1 = _py_fractions_math.gcd(na, db)
    if g1 > 1 {
        na //= g1
        db //= g1
    }
    g2 = _py_fractions_math.gcd(nb, da)
    if g2 > 1 {
        nb //= g2
        da //= g2
    }
    return _py_fractions_Fraction(na * nb, db * da, _normalize=False)
}

def _py_fractions_div(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    g1 = _py_fractions_math.gcd(na, nb)
    if g1 > 1 {
        na //= g1
        nb //= g1
    }
    g2 = _py_fractions_math.gcd(db, da)
    if g2 > 1 {
        da //= g2
        db //= g2
    }
    n, d = na * db, nb * da
    if d < 0 {
        n, d = -n, -d
    }
    return _py_fractions_Fraction(n, d, _normalize=False)
}

def _py_fractions_floordiv(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    return (na * db) // (da * nb)
}

def _py_fractions_mod(a, b) {
    na, da = _py_fractions_numden(a)
    nb, db = _py_fractions_numden(b)
    if nb == 0 {
        raise ZeroDivisionError("integer modulo by zero")
    }
    return _py_fractions_Fraction((na * db) % (nb * da), da * db)
}

# Python's float operations raise ZeroDivisionError where arr's give inf/nan.
def _py_fractions_fdiv(x, y) {
    if y == 0.0 {
        raise ZeroDivisionError("float division by zero")
    }
    return x / y
}

def _py_fractions_ffloordiv(x, y) {
    if y == 0.0 {
        raise ZeroDivisionError("float floor division by zero")
    }
    return x // y
}

def _py_fractions_fmod(x, y) {
    if y == 0.0 {
        raise ZeroDivisionError("float modulo")
    }
    return x % y
}
