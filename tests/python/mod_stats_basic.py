# statistics: averages and the types of their results.
import statistics
from fractions import Fraction

print(statistics.mean([1, 2, 3, 4]), statistics.mean([1, 2, 3]), statistics.mean([1, 2, 3, 4, 4]))
print(statistics.mean([0.1, 0.2, 0.3]), statistics.mean([2.5, 3.25, 5.5, 11.25, 11.75]), statistics.mean(range(1, 101)))
print(statistics.mean([Fraction(3, 7), Fraction(1, 21), Fraction(5, 3), Fraction(1, 3)]), statistics.mean((1, Fraction(1, 2))))
print(statistics.mean((True, False, True)), statistics.mean((1, 2.0)), statistics.mean((Fraction(1, 3), 0.5)), statistics.mean(x * 0.1 for x in range(10)))
print(type(statistics.mean([1, 2, 3])).__name__, type(statistics.mean([1, 2])).__name__, type(statistics.mean([1.0, 3.0])).__name__)
print(statistics.mean([1e308, 1e308]), statistics.mean([1.0, float("inf")]), statistics.mean([10**30, 1]))
print(statistics.fmean([3.5, 4.0, 5.25]), statistics.fmean([1, 2, 3]), statistics.fmean(range(10)), statistics.fmean(iter((1, 2, 4))))
print(statistics.fmean([1, 2, 3], weights=[3, 2, 1]), statistics.fmean((Fraction(1, 3), Fraction(2, 3))))
print(statistics.geometric_mean([54, 24, 36]), round(statistics.geometric_mean([54, 24, 36]), 9), statistics.geometric_mean([2, 8]), statistics.geometric_mean([1.5, 2.5, 9.25]))
print(statistics.harmonic_mean([40, 60]), statistics.harmonic_mean([40, 60], weights=[5, 30]), statistics.harmonic_mean([2.5, 3, 10]))
print(statistics.harmonic_mean([5]), statistics.harmonic_mean([0, 5]), statistics.harmonic_mean([Fraction(1, 2), Fraction(1, 4)]), statistics.harmonic_mean([1, 2, 4]))
print(statistics.median([1, 3, 5]), statistics.median([1, 3, 5, 7]), statistics.median([5, 1, 3, 2]), statistics.median([2.5, 1.5]), statistics.median(["b", "a", "c"]))
print(statistics.median_low([1, 3, 5]), statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5]), statistics.median_high([1, 3, 5, 7]))
print(statistics.median([Fraction(1, 2), Fraction(1, 3)]), statistics.median_low("dcba"), statistics.median_high("dcba"))
print(statistics.median_grouped([52, 52, 53, 54]), statistics.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), statistics.median_grouped([1, 3, 3, 5, 7], interval=1), statistics.median_grouped([1, 3, 3, 5, 7], interval=2))
demo = list((25,)) * 172 + list((35,)) * 484 + list((45,)) * 387 + list((55,)) * 22 + list((65,)) * 6
print(statistics.median(demo), round(statistics.median_grouped(demo, interval=10), 1), statistics.median_grouped(demo, 10))
print(statistics.mode([1, 1, 2, 3, 3, 3, 3, 4]), statistics.mode(["red", "blue", "blue", "red", "green", "red", "red"]), statistics.mode(["red", "red", "green", "blue", "blue"]))
print(statistics.mode("aabbbcc"), statistics.mode([(1, 2), (1, 2), (3, 4)]), statistics.mode([2.5, 1.5, 2.5]))
print(statistics.multimode("aabbbbccddddeeffffgg"), statistics.multimode("aabbbbbbbbcc"), statistics.multimode(""), statistics.multimode([3, 1, 3, 1, 2]))
