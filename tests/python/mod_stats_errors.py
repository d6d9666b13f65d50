# statistics: the errors, caught and printed.
import statistics
from statistics import StatisticsError

def attempt(label, f):
    try:
        print(label, repr(f()))
    except (StatisticsError, ValueError, TypeError, AttributeError) as e:
        print(label, type(e).__name__ + ":", e)

attempt("mean []", lambda: statistics.mean([]))
attempt("mean str", lambda: statistics.mean(["a", "b"]))
attempt("mean None", lambda: statistics.mean((1, None)))
attempt("fmean []", lambda: statistics.fmean([]))
attempt("fmean str", lambda: statistics.fmean(["a"]))
attempt("fmean weights len", lambda: statistics.fmean((1, 2, 3), weights=(1, 2)))
attempt("fmean weights zero", lambda: statistics.fmean((1, 2), weights=(1, -1)))
attempt("geometric_mean []", lambda: statistics.geometric_mean([]))
attempt("geometric_mean 0", lambda: statistics.geometric_mean([1, 0, 2]))
attempt("geometric_mean neg", lambda: statistics.geometric_mean([4, -1]))
attempt("harmonic_mean []", lambda: statistics.harmonic_mean([]))
attempt("harmonic_mean neg", lambda: statistics.harmonic_mean([1, -2, 3]))
attempt("harmonic_mean neg1", lambda: statistics.harmonic_mean([-2]))
attempt("harmonic_mean str", lambda: statistics.harmonic_mean(["x"]))
attempt("harmonic_mean weights", lambda: statistics.harmonic_mean((1, 2), weights=(1,)))
attempt("harmonic_mean neg weight", lambda: statistics.harmonic_mean((1, 2), weights=(1, -1)))
attempt("harmonic_mean zero weights", lambda: statistics.harmonic_mean((1, 2), weights=(0, 0)))
attempt("median []", lambda: statistics.median([]))
attempt("median_low []", lambda: statistics.median_low(()))
attempt("median_high []", lambda: statistics.median_high(""))
attempt("median_grouped []", lambda: statistics.median_grouped([]))
attempt("median_grouped str", lambda: statistics.median_grouped([1, 2], interval="x"))
attempt("mode []", lambda: statistics.mode([]))
attempt("multimode []", lambda: statistics.multimode([]))
attempt("quantiles n=0", lambda: statistics.quantiles([1, 2, 3], n=0))
attempt("quantiles one", lambda: statistics.quantiles([1]))
attempt("quantiles method", lambda: statistics.quantiles([1, 2, 3], method="middle"))
attempt("variance one", lambda: statistics.variance([1]))
attempt("variance []", lambda: statistics.variance([]))
attempt("pvariance []", lambda: statistics.pvariance([]))
attempt("stdev one", lambda: statistics.stdev([2.5]))
attempt("pstdev []", lambda: statistics.pstdev([]))
attempt("variance str", lambda: statistics.variance(["a", "b"]))
attempt("stdev inf", lambda: statistics.stdev([1.0, float("inf")]))
attempt("covariance len", lambda: statistics.covariance([1, 2, 3], [1, 2]))
attempt("covariance short", lambda: statistics.covariance([1], [1]))
attempt("correlation len", lambda: statistics.correlation([1, 2, 3], [1, 2]))
attempt("correlation short", lambda: statistics.correlation([1], [2]))
attempt("correlation constant", lambda: statistics.correlation([1, 2, 3], [5, 5, 5]))
attempt("linear_regression len", lambda: statistics.linear_regression([1, 2], [1]))
attempt("linear_regression short", lambda: statistics.linear_regression([1], [1]))
attempt("linear_regression constant", lambda: statistics.linear_regression([2, 2, 2], [1, 2, 3]))
try:
    statistics.mean([])
except ValueError as e:
    print("caught as ValueError:", type(e).__name__, isinstance(e, StatisticsError), e.args)
print(issubclass(StatisticsError, ValueError), StatisticsError.__name__)
try:
    raise StatisticsError("custom")
except StatisticsError as e:
    print(repr(e))
