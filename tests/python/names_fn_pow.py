# `fn` is an ordinary name in Python programs; pow with and without a modulus.
def apply(fn, x):
    return fn(x)

def compose(*fns):
    def run(x):
        for fn in fns:
            x = fn(x)
        return x
    return run

fn = lambda v: v * 2
print(apply(fn, 4), fn(5), fn.__name__)
print(compose(fn, abs, str)(-3))
handlers = {"double": fn, "neg": lambda v: -v}
for name, fn in handlers.items():
    if fn(3) > 0:
        print(name, fn(3))
    else:
        print(name, "negative", fn(3))
fn = None
print(fn is None, [fn for fn in (1, 2)])
print(pow(2, 10), pow(2, -1), pow(2.5, 2), pow(3, 200, 7), pow(-3, 3, 5), pow(5, 3, -7), pow(7, 0, 1))
try:
    pow(2, 3, 0)
except ValueError as e:
    print("ValueError:", e)
