# a retry loop and a validation error carrying data
attempts = []

def flaky(n) {
    attempts.append(n)
    if n < 3 {
        raise RuntimeError(f"attempt {n} failed")
    }
    return "success"
}

result = None
for n in range(5) {
    try {
        result = flaky(n)
        break
    } except RuntimeError as e {
        print("retry after:", e)
    }
}
print(result, attempts)

class ValidationError(Exception) {
    def __init__(self, field, value) {
        super().__init__(f"invalid {field}: {value!r}")
        self.field = field
    }
}

def validate(record) {
    for k, v in record.items() {
        if v is None or v == "" {
            raise ValidationError(k, v)
        }
    }
    return True
}

for rec in ({"a": 1, "b": "x"}, {"a": None}, {"a": 1, "b": ""}) {
    try {
        print(validate(rec))
    } except ValidationError as e {
        print(e.field, "->", e)
    }
}
