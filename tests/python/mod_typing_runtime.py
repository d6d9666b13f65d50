# typing at run time: aliases, TypeVar, Generic classes, NamedTuple, cast
from typing import List, Dict, Optional, Union, Tuple, Callable, TypeVar, Generic, NamedTuple, cast, Any

Vector = List[float]
Grid = Dict[str, List[int]]
print(Vector, Grid, Optional[int], Union[int, str], Tuple[int, ...], Callable[[int], str], Any)
print(list[int], dict[str, int], tuple[int, str])

def scale(v: Vector, k: float) -> Vector:
    return [k * x for x in v]

print(scale(list((1.0, 2.0)), 2))

T = TypeVar("T")
print(T)

class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
    def pop(self) -> T:
        return self.items.pop()
    def __len__(self) -> int:
        return len(self.items)

s = Stack[int]()
s.push(1)
s.push(2)
print(s.pop(), len(s), type(s).__name__)

class Point(NamedTuple):
    x: int
    y: int = 0

p = Point(3)
q = Point(1, y=5)
print(p, q, p.x, q[1], len(q), tuple(q))
a, b = q
print(a, b, p == Point(3, 0), p._asdict(), q._replace(x=9))
print(cast(int, "not really"), Point._fields)

def first(xs: List[T]) -> Optional[T]:
    return xs[0] if xs else None

print(first(list(("a", "b"))), first([]))
