# Smaller pieces of Python: import lists, int literals in other bases,
# ** in dict displays, implicit f-string concatenation, slice objects,
# vars/dir, exception chaining and AttributeError.
import math, json
import os.path as osp, sys

print(0x1F, 0o17, 0b1010_1010, 0XFF + 1, 1_000_000)
defaults = {"lr": 0.1, "epochs": 10}
overrides = {"epochs": 20}
config = {**defaults, **overrides, "name": "run1"}
print(config, {**{}})
width = 8
print(f"{'name':<{width}}" "|" f"{math.pi:.3f}", "plain " f"{width}" ' end')
msg = ("line one, "
       f"value {width * 2} "
       "done")
print(msg)

s = slice(1, 8, 3)
data = list(range(10))
print(s, data[s], data[slice(3)], "abcdefgh"[slice(None, None, -2)])
print(s.start, s.stop, s.step, slice(2, None).stop)

class Config {
    def __init__(self, lr, epochs) {
        self.lr = lr
        self.epochs = epochs
    }

    def describe(self) {
        return f"lr={self.lr}"
    }
}

c = Config(0.5, 3)
print(vars(c), "describe" in dir(c), [n for n in dir(c) if not n.startswith("_")])

def load(text) {
    try {
        return json.loads(text)
    } except ValueError as e {
        raise RuntimeError("bad config") from e
    }
}

try {
    load("{not json")
} except RuntimeError as err {
    print(type(err).__name__, err, type(err.__cause__).__name__)
}

try {
    raise KeyError("k")
} except KeyError as err {
    print(repr(err), err.__cause__)
}

for obj in ("text", 3.5, (1, 2)) {
    try {
        obj.missing_attribute
    } except AttributeError as err {
        print("AttributeError:", err)
    }
}
print(math.floor(osp.getsize.__name__ == "getsize"), len(sys.argv))
