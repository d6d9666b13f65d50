from dataclasses import dataclass, field
from enum import Enum
from contextlib import contextmanager

class Level(Enum) {
    LOW = 1
    HIGH = 2
}

@dataclass
class Task {
    name: str
    level: Level = Level.LOW
    tags: list = field(default_factory=list)
}

@contextmanager
def section(title) {
    print("begin", title)
    yield title.upper()
    print("end", title)
}

with section("tasks") as t {
    print(t, Task("write"), Task("fix", Level.HIGH) == Task("fix", Level.HIGH))
}
print([lv.name for lv in Level], Level(2))
