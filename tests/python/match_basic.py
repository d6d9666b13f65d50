# The match statement: literals, captures, sequences, mappings, guards, or-patterns
def describe(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float():
            return "number"
        case "":
            return "empty string"
        case str(s):
            return f"string {s!r}"
        case None:
            return "nothing"
        case True:
            return "yes"
        case (a, b):
            return f"pair {a} {b}"
        case [first, *rest]:
            return f"list starting {first} with {len(rest)} more"
        case {"type": "point", "x": px, "y": py}:
            return f"point at {px},{py}"
        case {"type": kind, **others}:
            return f"{kind} with {sorted(others)}"
        case _:
            return "something else"

for v in (0, 2, -7, 10, 2.5, "", "hi", None, True, (1, 2), list(range(5)), {"type": "point", "x": 1, "y": 2}, {"type": "box", "w": 3, "h": 4}, {1, 2}):
    print(describe(v))

command = "go north"
match command.split():
    case ["go", direction]:
        print("going", direction)
    case ["look"]:
        print("looking")
    case _:
        print("unknown")

for cmd in ("quit", "drop sword shield", "look around", "take"):
    match cmd.split():
        case ["quit"]:
            print("bye")
        case ["drop", *objects]:
            print("dropping", objects)
        case ["look", ("around" | "here") as where]:
            print("looking", where)
        case [verb]:
            print("just", verb)

match = 5
case = match + 1
print(match, case)
