# contextlib: generator-based context managers, suppress, closing, nullcontext.
import time
from contextlib import contextmanager, suppress, closing, nullcontext


@contextmanager
def tag(name):
    print(f"<{name}>")
    yield name.upper()
    print(f"</{name}>")


with tag("html") as t:
    print("inside", t)
    with tag("body"):
        print("content")


@contextmanager
def transaction(log):
    log.append("begin")
    try:
        yield log
    except ValueError as e:
        log.append(f"rollback: {e}")
    else:
        log.append("commit")
    finally:
        log.append("end")


log = []
with transaction(log):
    log.append("work")
print(log)
log = []
with transaction(log):
    log.append("bad work")
    raise ValueError("constraint failed")
print(log)


@contextmanager
def reraising():
    try:
        yield
    finally:
        print("cleanup before the error escapes")


try:
    with reraising():
        1 / 0
except ZeroDivisionError as e:
    print("caught:", e)

with suppress(KeyError, IndexError):
    {}["missing"]
print("suppressed KeyError")
with suppress(ZeroDivisionError):
    print("no error here")


class Resource:
    def __init__(self, name):
        self.name = name

    def close(self):
        print("closing", self.name)


with closing(Resource("db")) as r:
    print("using", r.name)
with nullcontext(42) as value:
    print("nullcontext gives", value)


@contextmanager
def timer(label, results):
    start = time.perf_counter()
    yield
    results[label] = time.perf_counter() - start >= 0


results = {}
with timer("loop", results):
    total = sum(range(1000))
print(total, results)
print(tag.__name__)
