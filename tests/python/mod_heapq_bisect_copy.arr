# heapq, bisect, copy and abc as tutorials use them.
import heapq
import bisect
import copy
from abc import ABC, abstractmethod

tasks = []
for priority, name in ((3, "write"), (1, "plan"), (4, "test"), (2, "code")) {
    heapq.heappush(tasks, (priority, name))
}
order = []
while tasks {
    order.append(heapq.heappop(tasks)[1])
}
print(order)
nums = list((9, 4, 7, 1, 8, 2))
heapq.heapify(nums)
print(nums[0], heapq.nsmallest(3, nums), heapq.nlargest(2, nums), heapq.heappushpop(nums, 0), heapq.heapreplace(nums, 5))
print(sorted(nums), heapq.nlargest(2, ["apple", "fig", "banana"], key=len))

grades = "FDCBA"
cutoffs = [60, 70, 80, 90]
print([grades[bisect.bisect(cutoffs, s)] for s in (33, 99, 77, 70, 89, 90, 100)])
scores = []
for s in (50, 20, 40, 10) {
    bisect.insort(scores, s)
}
print(scores, bisect.bisect_left(scores, 40), bisect.bisect_right(scores, 40))

original = {"name": "cfg", "layers": [{"units": 4}, {"units": 2}], "tags": ("a", "b")}
shallow = copy.copy(original)
deep = copy.deepcopy(original)
original["layers"][0]["units"] = 99
print(shallow["layers"][0]["units"], deep["layers"][0]["units"], deep == original, deep["tags"])

class Node {
    def __init__(self, value, children=None) {
        self.value = value
        self.children = children if children is not None else []
    }
}

root = Node(1, [Node(2), Node(3)])
clone = copy.deepcopy(root)
clone.children[0].value = 20
print(root.children[0].value, clone.children[0].value, len(clone.children))
shared = list(range(2))
pair = [shared, shared, "x"]
pair_copy = copy.deepcopy(pair)
print(pair_copy[0] is pair_copy[1], pair_copy[0] is shared)

class Shape(ABC) {
    @abstractmethod
    def area(self) {
    }

    def describe(self) {
        return f"{type(self).__name__} with area {self.area():.2f}"
    }
}

class Circle(Shape) {
    def __init__(self, r) {
        self.r = r
    }
    def area(self) {
        return 3.14159 * self.r ** 2
    }
}

print(Circle(2).describe(), isinstance(Circle(1), Shape))
