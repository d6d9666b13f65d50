# statistics: spread, quantiles and relations between two inputs.
import statistics
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
print(statistics.variance(data), statistics.variance(data, statistics.mean(data)), statistics.pvariance(data))
print(statistics.stdev(data), statistics.pstdev(data))
pop = [0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]
print(statistics.pvariance(pop), statistics.pvariance(pop, 1.375), statistics.pstdev(pop))
print(statistics.variance([1, 3, 5]), statistics.variance([1, 2, 3, 4]), statistics.pvariance([1, 2, 3, 4]), statistics.pvariance([1, 3, 5]))
print(type(statistics.variance([1, 3, 5])).__name__, type(statistics.variance([1.0, 3.0, 5.0])).__name__)
print(statistics.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), statistics.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(statistics.stdev([1, 2, 3, 4, 5]), statistics.pstdev([1, 2, 3, 4, 5]), statistics.stdev(range(100)), statistics.pstdev([7]))
print(statistics.variance([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]), statistics.pvariance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]))
print(statistics.stdev([Fraction(1, 6), Fraction(1, 2), Fraction(5, 3)]), statistics.variance((1, 2, 3, 4), 2), statistics.pvariance((1.5, 2.5), 2))
print(statistics.variance([0.1, 0.2, 0.3, 0.4]), statistics.stdev([0.1, 0.2, 0.3, 0.4]), statistics.pvariance([1e9 + 0.1, 1e9 + 0.2, 1e9 + 0.3]))
print(statistics.variance([1.0, float("inf")]), statistics.pvariance([5, 5, 5]), statistics.stdev([5, 5]), statistics.variance([10**20, 10**20 + 2]))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]), statistics.quantiles(range(1, 11), n=10))
print(statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], method="inclusive"), statistics.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=10, method="inclusive"))
print(statistics.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(statistics.quantiles([1.5, 2.5], n=3), statistics.quantiles([10, 20], n=1), statistics.quantiles([Fraction(1, 2), Fraction(3, 2), Fraction(7, 4)]))
print(statistics.quantiles([3, 1, 2], n=6), statistics.quantiles([3, 1, 2], n=6, method="inclusive"))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
z = [9, 8, 7, 6, 5, 4, 3, 2, 1]
print(statistics.covariance(x, y), statistics.covariance(z, x), statistics.covariance(x, x))
print(statistics.correlation(x, x), statistics.correlation(x, z), statistics.correlation(x, y))
print(statistics.correlation([1.5, 2.5, 3.0, 4.75], [2.0, 2.5, 3.5, 4.0]), statistics.covariance([1.5, 2.5, 3.0, 4.75], [2.0, 2.5, 3.5, 4.0]))
r = statistics.linear_regression([1, 2, 3, 4, 5], [3, 5, 7, 9, 11])
print(r, r.slope, r.intercept)
slope, intercept = statistics.linear_regression([1, 2, 3, 4, 5], [1, 3, 2, 5, 4])
print(slope, intercept, round(slope * 6 + intercept, 3))
print(statistics.linear_regression([1, 2, 3], [2, 4, 6.5], proportional=True))
year = [1971, 1975, 1979, 1982, 1983]
films = [1, 2, 3, 4, 5]
lr = statistics.linear_regression(year, films)
print(lr, round(lr.slope * 2019 + lr.intercept))
print(r[0], r[1], len(r), tuple(r), r == (2.0, 1.0))
