# Python's `contextlib`, written in arr under prefixed names
# (`_py_contextlib_contextmanager`...). A generator decorated with
# @contextmanager runs up to its `yield` on entering the `with` block and on
# from there on leaving it; an exception in the block is raised at the
# `yield`.

class _py_contextlib_GeneratorContextManager {
    __name__ = "_GeneratorContextManager"
    def __init__(self, gen) {
        self.gen = gen
    }

    def __enter__(self) {
        try {
            return next(self.gen)
        } except StopIteration {
            raise RuntimeError("generator didn't yield")
        }
    }

    def __exit__(self, typ, value, traceback) {
        if typ is None {
            try {
                next(self.gen)
            } except StopIteration {
                return False
            }
            raise RuntimeError("generator didn't stop")
        }
        try {
            self.gen.throw(value)
        } except StopIteration {
            return True
        } except BaseException as e {
            if e is value {
                return False
            }
            raise
        }
        raise RuntimeError("generator didn't stop after throw()")
    }
}

# contextlib.contextmanager(func)
def _py_contextlib_contextmanager(func) {
    def helper(*args, **kwargs) = _py_contextlib_GeneratorContextManager(func(*args, **kwargs))
    helper.__name__ = func.__name__
    helper.__doc__ = func.__doc__
    helper.__wrapped__ = func
    return helper
}

# contextlib.suppress(*exceptions)
class _py_contextlib_suppress {
    __name__ = "suppress"
    def __init__(self, *exceptions) {
        self.exceptions = exceptions
    }

    def __enter__(self) = None

    def __exit__(self, typ, value, traceback) = typ is not None and issubclass(typ, self.exceptions)
}

# contextlib.closing(thing): thing.close() on leaving.
class _py_contextlib_closing {
    __name__ = "closing"
    def __init__(self, thing) {
        self.thing = thing
    }

    def __enter__(self) = self.thing

    def __exit__(self, typ, value, traceback) {
        self.thing.close()
        return False
    }
}

# contextlib.nullcontext(enter_result=None)
class _py_contextlib_nullcontext {
    __name__ = "nullcontext"
    def __init__(self, enter_result=None) {
        self.enter_result = enter_result
    }

    def __enter__(self) = self.enter_result

    def __exit__(self, typ, value, traceback) = False
}
