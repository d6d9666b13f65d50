# Python's `statistics`, written in arr after CPython 3.11's
# Lib/statistics.py: mean, fmean, geometric_mean, harmonic_mean, median,
# median_low, median_high, median_grouped, mode, multimode, quantiles,
# pvariance, variance, pstdev, stdev, covariance, correlation,
# linear_regression and StatisticsError (`_py_statistics_mean`, ...).
# As in CPython, mean and the variances add the data exactly (each value as
# an exact ratio, summed as a Fraction of `fractions`), so they print the
# same digits as Python and keep the type of the data: ints give an int
# when the result is whole (mean((1, 2, 3)) is 2), else a float; Fractions
# give a Fraction; stdev and pstdev are correctly rounded square roots.
#
# What stays different from Python: arr has no Decimal, so Decimal data is
# refused like any other non-number; NormalDist is not here (arr's math has
# no erf). A bracket literal of numbers is an array in arr (`[1, 2.5]` is a
# float array), so `mode([1, 1, 2.5])` sees floats and returns 1.0 where
# Python returns 1.

import math as _py_statistics_math

class _py_statistics_StatisticsError(ValueError) {
    __name__ = "StatisticsError"
}

# The result of linear_regression: Python's namedtuple
# LinearRegression(slope, intercept).
class _py_statistics_LinearRegression {
    __name__ = "LinearRegression"
    _fields = ("slope", "intercept")

    def __init__(self, slope, intercept) {
        self.slope = slope
        self.intercept = intercept
    }

    def _py_tuple(self) = (self.slope, self.intercept)
    def __iter__(self) = iter(self._py_tuple())
    def __len__(self) = 2
    def __getitem__(self, i) {
        if type(i).__name__ == "slice" {
            return self._py_tuple()[i.start:i.stop:i.step]
        }
        return self._py_tuple()[i]
    }

    def __eq__(self, other) {
        if isinstance(other, _py_statistics_LinearRegression) {
            return self._py_tuple() == other._py_tuple()
        }
        return isinstance(other, tuple) and self._py_tuple() == other
    }

    def __ne__(self, other) = not self.__eq__(other)
    def __hash__(self) = hash(self._py_tuple())
    def _asdict(self) = {"slope": self.slope, "intercept": self.intercept}
    def __repr__(self) = f"LinearRegression(slope={self.slope!r}, intercept={self.intercept!r})"
}

# -- exact sums (CPython's _sum, _ss, _exact_ratio, _coerce, _convert)

def _py_statistics_is_finite(x) {
    return x == x and x != _py_statistics_math.inf and x != -_py_statistics_math.inf
}

# x as an exact (numerator, denominator); (x, None) for a float NaN or inf.
def _py_statistics_exact_ratio(x) {
    t = type(x)
    if t is int or t is bool {
        return (int(x), 1)
    }
    if isinstance(x, float) {
        if not _py_statistics_is_finite(x) {
            return (x, None)
        }
        return _py_fractions_float_ratio(x)
    }
    if isinstance(x, _py_fractions_Fraction) {
        return (x._numerator, x._denominator)
    }
    raise TypeError(f"can't convert type '{type(x).__name__}' to numerator/denominator")
}

def _py_statistics_subclass(A, B) {
    if A is B {
        return True
    }
    try {
        return issubclass(A, B)
    } except TypeError {
        return False
    }
}

# The type of the result for data of types T and S.
def _py_statistics_coerce(T, S) {
    sub = _py_statistics_subclass
    if T is S {
        return T
    }
    if S is int or S is bool {
        return T
    }
    if T is int {
        return S
    }
    if sub(S, T) {
        return S
    }
    if sub(T, S) {
        return T
    }
    if sub(T, int) {
        return S
    }
    if sub(S, int) {
        return T
    }
    if sub(T, _py_fractions_Fraction) and sub(S, float) {
        return S
    }
    if sub(T, float) and sub(S, _py_fractions_Fraction) {
        return T
    }
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))
}

def _py_statistics_result_type(types) {
    T = int
    for S in types {
        T = _py_statistics_coerce(T, S)
    }
    return T
}

# (T, total, count): the exact sum of the data as a Fraction (or a float
# NaN/inf when one is in the data) and the type the result converts to.
def _py_statistics_sum(data) {
    count = 0
    types = []
    partials = {}
    for x in data {
        t = type(x)
        if t not in types {
            types.append(t)
        }
        n, d = _py_statistics_exact_ratio(x)
        count += 1
        partials[d] = partials.get(d, 0) + n
    }
    if None in partials {
        total = partials[None]
    } else {
        total = 0
        for d, n in partials.items() {
            total = total + _py_fractions_Fraction(n, d)
        }
    }
    return (_py_statistics_result_type(types), total, count)
}

# (T, sum of squared deviations, mean, count), exactly.
def _py_statistics_ss(data, c=None) {
    if c is not None {
        sq = []
        for x in data {
            dx = x - c
            sq.append(dx * dx)
        }
        T, ssd, count = _py_statistics_sum(sq)
        return (T, ssd, c, count)
    }
    count = 0
    types = []
    sx_partials = {}
    sxx_partials = {}
    for x in data {
        t = type(x)
        if t not in types {
            types.append(t)
        }
        n, d = _py_statistics_exact_ratio(x)
        count += 1
        sx_partials[d] = sx_partials.get(d, 0) + n
        sxx_partials[d] = sxx_partials.get(d, 0) + n * n
    }
    if not count {
        ssd = _py_fractions_Fraction(0)
        c = ssd
    } elif None in sx_partials {
        ssd = sx_partials[None]
        c = ssd
    } else {
        sx = _py_fractions_Fraction(0)
        sxx = _py_fractions_Fraction(0)
        for d, n in sx_partials.items() {
            sx = sx + _py_fractions_Fraction(n, d)
        }
        for d, n in sxx_partials.items() {
            sxx = sxx + _py_fractions_Fraction(n, d * d)
        }
        ssd = (count * sxx - sx * sx) / count
        c = sx / count
    }
    return (_py_statistics_result_type(types), ssd, c, count)
}

# value (a Fraction, or a float NaN/inf) converted to type T.
def _py_statistics_convert(value, T) {
    if type(value) is T {
        return value
    }
    if T is int or T is bool {
        if value.denominator != 1 {
            return float(value)
        }
        return int(value)
    }
    if T is float {
        return float(value)
    }
    return T(value)
}

# float(x) as Python's math functions take a number (a str is refused).
def _py_statistics_float(x) {
    if isinstance(x, str) or x is None or isinstance(x, list) or isinstance(x, tuple) {
        raise TypeError(f"must be real number, not {type(x).__name__}")
    }
    return float(x)
}

def _py_statistics_fsum(values) {
    return _py_statistics_math.fsum([_py_statistics_float(v) for v in values])
}

# math.log as CPython computes it, also for ints beyond a float's range.
def _py_statistics_log(x) {
    if type(x) is int or type(x) is bool {
        if x <= 0 {
            raise ValueError("math domain error")
        }
        if x.bit_length() > 1000 {
            e = x.bit_length() - 60
            return _py_statistics_math.log(float(x >> e)) + _py_statistics_math.log(2.0) * e
        }
    }
    return _py_statistics_math.log(_py_statistics_float(x))
}

# The data as a list, for the functions that look at it more than once.
def _py_statistics_list(data) {
    if isinstance(data, list) {
        return data
    }
    return list(data)
}

def _py_statistics_isqrt_frac_rto(n, m) {
    a = _py_statistics_math.isqrt(n // m)
    if a * a * m != n {
        a = a | 1
    }
    return a
}

# The square root of n/m as a float, correctly rounded.
def _py_statistics_float_sqrt_of_frac(n, m) {
    q = (n.bit_length() - m.bit_length() - 109) // 2
    if q >= 0 {
        numerator = _py_statistics_isqrt_frac_rto(n, m << (2 * q)) << q
        denominator = 1
    } else {
        numerator = _py_statistics_isqrt_frac_rto(n << (-2 * q), m)
        denominator = 1 << (-q)
    }
    return _py_fractions_int_truediv(numerator, denominator)
}

def _py_statistics_sqrt_of(mss) {
    if isinstance(mss, float) {
        raise AttributeError("'float' object has no attribute 'numerator'")
    }
    return _py_statistics_float_sqrt_of_frac(mss.numerator, mss.denominator)
}

# -- averages

def _py_statistics_mean(data) {
    T, total, n = _py_statistics_sum(data)
    if n < 1 {
        raise _py_statistics_StatisticsError("mean requires at least one data point")
    }
    return _py_statistics_convert(total / n, T)
}

def _py_statistics_fmean(data, weights=None) {
    data = _py_statistics_list(data)
    n = len(data)
    if weights is None {
        total = _py_statistics_fsum(data)
        if not n {
            raise _py_statistics_StatisticsError("fmean requires at least one data point")
        }
        return total / n
    }
    weights = _py_statistics_list(weights)
    num_weights = len(weights)
    num = _py_statistics_fsum([x * w for x, w in zip(data, weights)])
    if n != num_weights {
        raise _py_statistics_StatisticsError("data and weights must be the same length")
    }
    den = _py_statistics_fsum(weights)
    if not den {
        raise _py_statistics_StatisticsError("sum of weights must be non-zero")
    }
    return num / den
}

def _py_statistics_geometric_mean(data) {
    try {
        logs = [_py_statistics_log(x) for x in data]
        return _py_statistics_math.exp(_py_statistics_fmean(logs))
    } except ValueError {
        raise _py_statistics_StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None
    }
}

def _py_statistics_is_real(x) {
    t = type(x)
    return t is int or t is bool or isinstance(x, float) or isinstance(x, _py_fractions_Fraction)
}

def _py_statistics_harmonic_mean(data, weights=None) {
    data = _py_statistics_list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1 {
        raise _py_statistics_StatisticsError("harmonic_mean requires at least one data point")
    } elif n == 1 and weights is None {
        x = data[0]
        if _py_statistics_is_real(x) {
            if x < 0 {
                raise _py_statistics_StatisticsError(errmsg)
            }
            return x
        }
        raise TypeError("unsupported type")
    }
    if weights is None {
        weights = [1] * n
        sum_weights = n
    } else {
        weights = _py_statistics_list(weights)
        if len(weights) != n {
            raise _py_statistics_StatisticsError("Number of weights does not match data size")
        }
        for w in weights {
            if w < 0 {
                raise _py_statistics_StatisticsError(errmsg)
            }
        }
        _, sum_weights, _ = _py_statistics_sum(weights)
    }
    terms = []
    for w, x in zip(weights, data) {
        if x < 0 {
            raise _py_statistics_StatisticsError(errmsg)
        }
        if w {
            if x == 0 {
                return 0
            }
            terms.append(w / x)
        } else {
            terms.append(0)
        }
    }
    T, total, count = _py_statistics_sum(terms)
    if total <= 0 {
        raise _py_statistics_StatisticsError("Weighted sum must be positive")
    }
    return _py_statistics_convert(sum_weights / total, T)
}

def _py_statistics_median(data) {
    data = sorted(data)
    n = len(data)
    if n == 0 {
        raise _py_statistics_StatisticsError("no median for empty data")
    }
    if n % 2 == 1 {
        return data[n // 2]
    }
    i = n // 2
    return (data[i - 1] + data[i]) / 2
}

def _py_statistics_median_low(data) {
    data = sorted(data)
    n = len(data)
    if n == 0 {
        raise _py_statistics_StatisticsError("no median for empty data")
    }
    if n % 2 == 1 {
        return data[n // 2]
    }
    return data[n // 2 - 1]
}

def _py_statistics_median_high(data) {
    data = sorted(data)
    n = len(data)
    if n == 0 {
        raise _py_statistics_StatisticsError("no median for empty data")
    }
    return data[n // 2]
}

def _py_statistics_median_grouped(data, interval=1.0) {
    data = sorted(data)
    n = len(data)
    if not n {
        raise _py_statistics_StatisticsError("no median for empty data")
    }
    x = data[n // 2]
    # data[i:j] holds every copy of x
    i = n // 2
    while i > 0 and data[i - 1] >= x {
        i -= 1
    }
    j = n // 2 + 1
    while j < n and data[j] <= x {
        j += 1
    }
    try {
        interval = float(interval)
        x = float(x)
    } except ValueError {
        raise TypeError("Value cannot be converted to a float")
    }
    L = x - interval / 2.0
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f
}

# The counts of the data's values, in first-seen order.
def _py_statistics_counts(data) {
    counts = {}
    for x in data {
        counts[x] = counts.get(x, 0) + 1
    }
    return counts
}

def _py_statistics_mode(data) {
    counts = _py_statistics_counts(data)
    best = None
    bestcount = 0
    for value, count in counts.items() {
        if count > bestcount {
            best = value
            bestcount = count
        }
    }
    if bestcount == 0 {
        raise _py_statistics_StatisticsError("no mode for empty data") from None
    }
    return best
}

def _py_statistics_multimode(data) {
    counts = _py_statistics_counts(data)
    if not counts {
        return []
    }
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]
}

def _py_statistics_quantiles(data, *, n=4, method="exclusive") {
    if n < 1 {
        raise _py_statistics_StatisticsError("n must be at least 1")
    }
    data = sorted(data)
    ld = len(data)
    if ld < 2 {
        raise _py_statistics_StatisticsError("must have at least two data points")
    }
    if method == "inclusive" {
        m = ld - 1
        result = []
        for i in range(1, n) {
            j = (i * m) // n
            delta = (i * m) % n
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        }
        return result
    }
    if method == "exclusive" {
        m = ld + 1
        result = []
        for i in range(1, n) {
            j = i * m // n
            j = 1 if j < 1 else (ld - 1 if j > ld - 1 else j)
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        }
        return result
    }
    raise ValueError(f"Unknown method: {method!r}")
}

# -- spread

def _py_statistics_variance(data, xbar=None) {
    T, ss, c, n = _py_statistics_ss(data, xbar)
    if n < 2 {
        raise _py_statistics_StatisticsError("variance requires at least two data points")
    }
    return _py_statistics_convert(ss / (n - 1), T)
}

def _py_statistics_pvariance(data, mu=None) {
    T, ss, c, n = _py_statistics_ss(data, mu)
    if n < 1 {
        raise _py_statistics_StatisticsError("pvariance requires at least one data point")
    }
    return _py_statistics_convert(ss / n, T)
}

def _py_statistics_stdev(data, xbar=None) {
    T, ss, c, n = _py_statistics_ss(data, xbar)
    if n < 2 {
        raise _py_statistics_StatisticsError("stdev requires at least two data points")
    }
    return _py_statistics_sqrt_of(ss / (n - 1))
}

def _py_statistics_pstdev(data, mu=None) {
    T, ss, c, n = _py_statistics_ss(data, mu)
    if n < 1 {
        raise _py_statistics_StatisticsError("pstdev requires at least one data point")
    }
    return _py_statistics_sqrt_of(ss / n)
}

# -- two inputs

def _py_statistics_covariance(x, y) {
    n = len(x)
    if len(y) != n {
        raise _py_statistics_StatisticsError("covariance requires that both inputs have same number of data points")
    }
    if n < 2 {
        raise _py_statistics_StatisticsError("covariance requires at least two data points")
    }
    xbar = _py_statistics_fsum(x) / n
    ybar = _py_statistics_fsum(y) / n
    sxy = _py_statistics_fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    return sxy / (n - 1)
}

def _py_statistics_correlation(x, y) {
    n = len(x)
    if len(y) != n {
        raise _py_statistics_StatisticsError("correlation requires that both inputs have same number of data points")
    }
    if n < 2 {
        raise _py_statistics_StatisticsError("correlation requires at least two data points")
    }
    xbar = _py_statistics_fsum(x) / n
    ybar = _py_statistics_fsum(y) / n
    sxy = _py_statistics_fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
    sxx = _py_statistics_fsum([(xi - xbar) * (xi - xbar) for xi in x])
    syy = _py_statistics_fsum([(yi - ybar) * (yi - ybar) for yi in y])
    den = _py_statistics_math.sqrt(sxx * syy)
    if den == 0 {
        raise _py_statistics_StatisticsError("at least one of the inputs is constant")
    }
    return sxy / den
}

def _py_statistics_linear_regression(x, y, *, proportional=False) {
    n = len(x)
    if len(y) != n {
        raise _py_statistics_StatisticsError("linear regression requires that both inputs have same number of data points")
    }
    if n < 2 {
        raise _py_statistics_StatisticsError("linear regression requires at least two data points")
    }
    if proportional {
        sxy = _py_statistics_fsum([xi * yi for xi, yi in zip(x, y)])
        sxx = _py_statistics_fsum([xi * xi for xi in x])
    } else {
        xbar = _py_statistics_fsum(x) / n
        ybar = _py_statistics_fsum(y) / n
        sxy = _py_statistics_fsum([(xi - xbar) * (yi - ybar) for xi, yi in zip(x, y)])
        sxx = _py_statistics_fsum([(xi - xbar) * (xi - xbar) for xi in x])
    }
    if sxx == 0 {
        raise _py_statistics_StatisticsError("x is constant")
    }
    slope = sxy / sxx
    intercept = 0.0 if proportional else ybar - slope * xbar
    return _py_statistics_LinearRegression(slope, intercept)
}
