# exception chaining, nested try, finally ordering and validation
class ValidationError(ValueError):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return f"{self.field}: {self.message}"


class ParseError(Exception):
    pass


def parse_age(raw):
    try:
        age = int(raw)
    except ValueError as e:
        raise ValidationError("age", f"not a number ({raw!r})") from e
    if age < 0 or age > 150:
        raise ValidationError("age", "out of range")
    return age


def load(record):
    try:
        name, age = record.split(",")
        return name.strip(), parse_age(age.strip())
    except ValidationError as e:
        raise ParseError(f"bad record {record!r}") from e


records = ["ann, 31", "bob, x", "cy, 200", "dee"]
for rec in records:
    try:
        print(load(rec))
    except ParseError as e:
        cause = e.__cause__
        print("ParseError:", e, "| cause:", cause, "|", type(cause).__name__)
    except ValueError as e:
        print("ValueError:", e)

e = ValidationError("email", "missing @")
print(e.args, str(e), e.field, isinstance(e, ValueError))

def steps():
    order = []
    try:
        order.append("try")
        try:
            order.append("inner")
            raise KeyError("k")
        finally:
            order.append("inner finally")
    except KeyError as err:
        order.append(f"caught {err}")
    else:
        order.append("else")
    finally:
        order.append("outer finally")
    return order

print(steps())

def first_ok(*funcs):
    errors = []
    for f in funcs:
        try:
            return f(), errors
        except (TypeError, ZeroDivisionError) as err:
            errors.append(type(err).__name__)
    return None, errors

print(first_ok(lambda: 1 / 0, lambda: "a" + 1, lambda: "ok"))
print(first_ok(lambda: 1 / 0))
