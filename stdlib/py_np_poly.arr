# NumPy's one-dimensional polynomial API, written in arr over arr's arrays:
# `poly1d` (`_py_np_poly_poly1d`) and `poly polyadd polysub polymul polydiv
# polyder polyint`, with `polyval` and `roots` accepting a poly1d. As in
# NumPy, coefficients run from the highest power down; the functions give
# arrays for arrays and poly1d objects when any argument is one.
#
# What stays different from NumPy: `np.asarray(p)` of a poly1d is not its
# coefficients (arr's builtins do not call `__array__`); use `p.c`.

import re as _py_np_poly_re

_py_np_poly_power = _py_np_poly_re.compile("\\*\\*([0-9]*)")

def _py_np_poly_is(p) {
    return isinstance(p, _py_np_poly_poly1d)
}

def _py_np_poly_coeffs(p) {
    if _py_np_poly_is(p) {
        return p.coeffs
    }
    return atleast_1d(array(p))
}

# The coefficients without leading zeros, at least one of them.
def _py_np_poly_trim(c) {
    c = atleast_1d(array(c))
    if c.ndim > 1 {
        raise ValueError("Polynomial must be 1d only.")
    }
    k = 0
    while k < len(c) and c[k] == 0 {
        k += 1
    }
    c = c[k:]
    if len(c) == 0 {
        c = array([0], dtype=c.dtype)
    }
    return c
}

def _py_np_poly_poly(seq_of_zeros) {
    seq = atleast_1d(array(seq_of_zeros))
    sh = seq.shape
    if len(sh) == 2 and sh[0] == sh[1] and sh[0] != 0 {
        seq = eigvals(seq)
    } elif len(sh) == 1 {
        pass
    } else {
        raise ValueError("input must be 1d or non-empty square 2d array.")
    }
    if len(seq) == 0 {
        return 1.0
    }
    # Multiplied out one factor (x - z) at a time, on the real and
    # imaginary parts.
    re = ones((1,))
    im = zeros((1,))
    for z in seq {
        zr = real(z)
        zi = imag(z)
        re0 = concatenate((re, zeros(1)))
        im0 = concatenate((im, zeros(1)))
        re1 = concatenate((zeros(1), re))
        im1 = concatenate((zeros(1), im))
        re = re0 - (zr * re1 - zi * im1)
        im = im0 - (zr * im1 + zi * re1)
    }
    a = re
    if iscomplexobj(seq) {
        a = re + 1j * im
        # Roots in conjugate pairs give a real polynomial.
        if array_equal(sort_complex(seq), sort_complex(conj(seq))) {
            a = real(a)
        }
    }
    return a
}

def _py_np_poly_polyadd(a1, a2) {
    truepoly = _py_np_poly_is(a1) or _py_np_poly_is(a2)
    a1 = _py_np_poly_coeffs(a1)
    a2 = _py_np_poly_coeffs(a2)
    diff = len(a2) - len(a1)
    if diff == 0 {
        val = a1 + a2
    } elif diff > 0 {
        val = concatenate((zeros(diff, a1.dtype), a1)) + a2
    } else {
        val = a1 + concatenate((zeros(-diff, a2.dtype), a2))
    }
    return _py_np_poly_poly1d(val) if truepoly else val
}

def _py_np_poly_polysub(a1, a2) {
    truepoly = _py_np_poly_is(a1) or _py_np_poly_is(a2)
    a1 = _py_np_poly_coeffs(a1)
    a2 = _py_np_poly_coeffs(a2)
    diff = len(a2) - len(a1)
    if diff == 0 {
        val = a1 - a2
    } elif diff > 0 {
        val = concatenate((zeros(diff, a1.dtype), a1)) - a2
    } else {
        val = a1 - concatenate((zeros(-diff, a2.dtype), a2))
    }
    return _py_np_poly_poly1d(val) if truepoly else val
}

def _py_np_poly_polymul(a1, a2) {
    truepoly = _py_np_poly_is(a1) or _py_np_poly_is(a2)
    val = convolve(_py_np_poly_poly1d(a1).coeffs, _py_np_poly_poly1d(a2).coeffs)
    return _py_np_poly_poly1d(val) if truepoly else val
}

def _py_np_poly_polydiv(u, v) {
    truepoly = _py_np_poly_is(u) or _py_np_poly_is(v)
    u = _py_np_poly_coeffs(u) + 0.0
    v = _py_np_poly_coeffs(v) + 0.0
    m = len(u) - 1
    n = len(v) - 1
    scale = 1.0 / v[0]
    q = zeros((max(m - n + 1, 1),), (u[0] + v[0]).dtype)
    r = u.astype(q.dtype)
    for k in range(0, m - n + 1) {
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * v
    }
    while allclose(r[0], 0, rtol=1e-14) and r.shape[-1] > 1 {
        r = r[1:]
    }
    if truepoly {
        return (_py_np_poly_poly1d(q), _py_np_poly_poly1d(r))
    }
    return (q, r)
}

def _py_np_poly_polyder(p, m=1) {
    m = int(m)
    if m < 0 {
        raise ValueError("Order of derivative must be positive (see polyint)")
    }
    truepoly = _py_np_poly_is(p)
    p = _py_np_poly_coeffs(p)
    if m == 0 {
        val = p
    } else {
        n = len(p) - 1
        val = _py_np_poly_polyder(p[:-1] * arange(n, 0, -1), m - 1)
    }
    return _py_np_poly_poly1d(val) if truepoly else val
}

def _py_np_poly_polyint(p, m=1, k=None) {
    m = int(m)
    if m < 0 {
        raise ValueError("Order of integral must be positive (see polyder)")
    }
    if k is None {
        k = zeros(m, float)
    }
    k = atleast_1d(array(k))
    if len(k) == 1 and m > 1 {
        k = k[0] * ones(m, float)
    }
    if len(k) < m {
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    }
    truepoly = _py_np_poly_is(p)
    p = _py_np_poly_coeffs(p)
    if m == 0 {
        val = p
    } else {
        y = concatenate((p / arange(len(p), 0, -1), array([k[0]])))
        val = _py_np_poly_polyint(y, m - 1, k[1:])
    }
    return _py_np_poly_poly1d(val) if truepoly else val
}

def _py_np_poly_polyval(p, x) {
    if _py_np_poly_is(x) {
        y = _py_np_poly_poly1d([0])
        for c in _py_np_poly_coeffs(p) {
            y = y * x + c
        }
        return y
    }
    return polyval(_py_np_poly_coeffs(p), x)
}

def _py_np_poly_roots(p) {
    return roots(_py_np_poly_coeffs(p))
}

# A coefficient as poly1d prints it: four significant digits.
def _py_np_poly_fmt(q) {
    s = f"{q:.4g}"
    if s.endswith(".0000") {
        s = s[:-5]
    }
    return s
}

# Puts each `**n` of `text` on a line of its own above the term, wrapping
# both lines at 70 characters.
def _py_np_poly_raise_power(text, wrap=70) {
    n = 0
    line1 = ""
    line2 = ""
    output = " "
    while True {
        mat = _py_np_poly_power.search(text, n)
        if mat is None {
            break
        }
        power = mat.group(1)
        part = text[n:mat.start()]
        n = mat.end()
        toadd2 = part + " " * (len(power) - 1)
        toadd1 = " " * (len(part) - 1) + power
        if len(line2) + len(toadd2) > wrap or len(line1) + len(toadd1) > wrap {
            output += line1 + "\n" + line2 + "\n "
            line1 = toadd1
            line2 = toadd2
        } else {
            line2 += toadd2
            line1 += toadd1
        }
    }
    output += line1 + "\n" + line2
    return output + text[n:]
}

class _py_np_poly_poly1d {
    __name__ = "poly1d"

    def __init__(self, c_or_r, r=False, variable=None) {
        if _py_np_poly_is(c_or_r) {
            self._coeffs = c_or_r._coeffs
            self._variable = c_or_r._variable if variable is None else variable
            return
        }
        if r {
            c_or_r = _py_np_poly_poly(c_or_r)
        }
        self._coeffs = _py_np_poly_trim(c_or_r)
        self._variable = "x" if variable is None else variable
    }

    @property
    def coeffs(self) { return self._coeffs }
    @property
    def c(self) { return self._coeffs }
    @property
    def coef(self) { return self._coeffs }
    @property
    def coefficients(self) { return self._coeffs }
    @property
    def variable(self) { return self._variable }
    @property
    def order(self) { return len(self._coeffs) - 1 }
    @property
    def o(self) { return len(self._coeffs) - 1 }
    @property
    def roots(self) { return roots(self._coeffs) }
    @property
    def r(self) { return roots(self._coeffs) }

    def __repr__(self) {
        vals = repr(self._coeffs)
        return "poly1d(" + vals[6:-1] + ")"
    }

    def __len__(self) {
        return self.order
    }

    def __str__(self) {
        text = "0"
        var = self._variable
        coeffs = self._coeffs
        k = 0
        while k < len(coeffs) and coeffs[k] == 0 {
            k += 1
        }
        coeffs = coeffs[k:]
        N = len(coeffs) - 1
        for k, coeff in enumerate(coeffs) {
            if not iscomplex(coeff) {
                coefstr = _py_np_poly_fmt(real(coeff))
            } elif real(coeff) == 0 {
                coefstr = _py_np_poly_fmt(imag(coeff)) + "j"
            } else {
                coefstr = "(" + _py_np_poly_fmt(real(coeff)) + " + " + _py_np_poly_fmt(imag(coeff)) + "j)"
            }
            power = N - k
            if power == 0 {
                if coefstr != "0" {
                    term = coefstr
                } elif k == 0 {
                    term = "0"
                } else {
                    term = ""
                }
            } elif power == 1 {
                term = "" if coefstr == "0" else coefstr + " " + var
            } else {
                term = "" if coefstr == "0" else coefstr + " " + var + "**" + str(power)
            }
            if k > 0 {
                if term != "" {
                    if term.startswith("-") {
                        text = text + " - " + term[1:]
                    } else {
                        text = text + " + " + term
                    }
                }
            } else {
                text = term
            }
        }
        return _py_np_poly_raise_power(text)
    }

    def __call__(self, val) {
        return _py_np_poly_polyval(self._coeffs, val)
    }

    def __neg__(self) {
        return _py_np_poly_poly1d(-self._coeffs)
    }

    def __pos__(self) {
        return self
    }

    def __mul__(self, other) {
        if isscalar(other) {
            return _py_np_poly_poly1d(self._coeffs * other)
        }
        return _py_np_poly_poly1d(_py_np_poly_polymul(self._coeffs, _py_np_poly_poly1d(other)._coeffs))
    }

    def __rmul__(self, other) {
        if isscalar(other) {
            return _py_np_poly_poly1d(other * self._coeffs)
        }
        return _py_np_poly_poly1d(_py_np_poly_polymul(_py_np_poly_poly1d(other)._coeffs, self._coeffs))
    }

    def __add__(self, other) {
        return _py_np_poly_poly1d(_py_np_poly_polyadd(self._coeffs, _py_np_poly_poly1d(other)._coeffs))
    }

    def __radd__(self, other) {
        return _py_np_poly_poly1d(_py_np_poly_polyadd(self._coeffs, _py_np_poly_poly1d(other)._coeffs))
    }

    def __sub__(self, other) {
        return _py_np_poly_poly1d(_py_np_poly_polysub(self._coeffs, _py_np_poly_poly1d(other)._coeffs))
    }

    def __rsub__(self, other) {
        return _py_np_poly_poly1d(_py_np_poly_polysub(_py_np_poly_poly1d(other)._coeffs, self._coeffs))
    }

    def __pow__(self, val) {
        if not isscalar(val) or int(val) != val or val < 0 {
            raise ValueError("Power to non-negative integers only.")
        }
        res = array([1])
        for _ in range(int(val)) {
            res = _py_np_poly_polymul(self._coeffs, res)
        }
        return _py_np_poly_poly1d(res)
    }

    def __truediv__(self, other) {
        if isscalar(other) {
            return _py_np_poly_poly1d(self._coeffs / other)
        }
        return _py_np_poly_polydiv(self, _py_np_poly_poly1d(other))
    }

    def __rtruediv__(self, other) {
        if isscalar(other) {
            return _py_np_poly_poly1d(other / self._coeffs)
        }
        return _py_np_poly_polydiv(_py_np_poly_poly1d(other), self)
    }

    def __eq__(self, other) {
        if not _py_np_poly_is(other) {
            return NotImplemented
        }
        if self._coeffs.shape != other._coeffs.shape {
            return False
        }
        return bool(all(self._coeffs == other._coeffs))
    }

    def __ne__(self, other) {
        if not _py_np_poly_is(other) {
            return NotImplemented
        }
        return not self.__eq__(other)
    }

    def __getitem__(self, val) {
        if val > self.order or val < 0 {
            return zeros(1, self._coeffs.dtype)[0]
        }
        return self._coeffs[self.order - val]
    }

    def __setitem__(self, key, val) {
        if key < 0 {
            raise ValueError("Does not support negative powers.")
        }
        if key > self.order {
            self._coeffs = concatenate((zeros(key - self.order, self._coeffs.dtype), self._coeffs))
        }
        self._coeffs[self.order - key] = val
    }

    def __iter__(self) {
        return iter(self._coeffs)
    }

    def integ(self, m=1, k=0) {
        return _py_np_poly_poly1d(_py_np_poly_polyint(self._coeffs, m, k))
    }

    def deriv(self, m=1) {
        return _py_np_poly_poly1d(_py_np_poly_polyder(self._coeffs, m))
    }
}
