from collections import Counter, defaultdict
from operator import itemgetter
import itertools, string

counts = Counter("mississippi")
print(counts.most_common(2))
by_len = defaultdict(list)
for w in ["a", "bb", "cc"] {
    by_len[len(w)].append(w)
}
print(dict(by_len), sorted([("b", 2), ("a", 3)], key=itemgetter(1)))
print(list(itertools.combinations("abc", 2)), string.digits)
