import statistics, textwrap
from fractions import Fraction
from collections import ChainMap
data = (2, 4, 4, 4, 5, 5, 7, 9)
print(statistics.mean(data), statistics.median(data), statistics.pstdev(data), statistics.mode(data))
print(textwrap.fill("The quick brown fox jumps over the lazy dog.", width=20))
print(Fraction(3, 4) + Fraction(1, 6), Fraction("1.25"), Fraction(1, 3) * 3 == 1)
print(ChainMap({"a": 1}, {"a": 2, "b": 3})["b"], 2**100, 10**20 // 7)
