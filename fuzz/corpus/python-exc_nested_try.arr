# nested try blocks and raising a new error from a handler
def process(items) {
    errors = []
    total = 0
    for it in items {
        try {
            try {
                total += 100 // it
            } except ZeroDivisionError {
                errors.append("zero")
                raise ValueError("bad item 0")
            }
        } except ValueError as e {
            errors.append(str(e))
        } except TypeError as e {
            errors.append(type(e).__name__)
        }
    }
    return total, errors
}

print(process((5, 0, 10, "x", 3)))
print(process(()))

def outer_handler() {
    log = []
    try {
        try {
            raise KeyError("inner")
        } finally {
            log.append("inner finally")
        }
    } except KeyError as e {
        log.append(f"outer caught {e}")
    } finally {
        log.append("outer finally")
    }
    return log
}

for line in outer_handler() {
    print(line)
}
