# Nested list literals are Python data when they are ragged or used as lists
import copy
d = copy.deepcopy({"l": [[1, 2], [3]]})
d["l"][0].append(99)
print(d)
rows = [[1, 2, 3], [4, 5]]
rows[1].append(6)
print(rows, len(rows[0]), rows[1][-1])
table = {"a": [1, 2]}
table["a"].append(3)
print(table)
class Box {
    def __init__(self) {
        self.items = [0]
    }
}
b = Box()
b.items.append(1)
b.items.extend([2, 3])
print(b.items, b.items.index(2), b.items.count(0))
