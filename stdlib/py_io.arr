# Python's `io.StringIO`, written in arr (`_py_io_StringIO`): an in-memory
# text file. It reads and writes at a position like a file opened 'w+':
# `read readline readlines write writelines getvalue seek tell truncate
# close`, line iteration, `with io.StringIO(...) as f`. NumPy's `loadtxt`
# and `genfromtxt` read it as they read a file.
#
# What stays different from Python: `newline=` accepts only None, "" and
# "\n" (arr's text is "\n"-separated); positions count characters, as
# CPython's StringIO positions do.

class _py_io_StringIO {
    __name__ = "StringIO"

    def __init__(self, initial_value="", newline="\n") {
        if initial_value is None {
            initial_value = ""
        }
        if not isinstance(initial_value, str) {
            raise TypeError("initial_value must be str or None, not " + type(initial_value).__name__)
        }
        if newline is not None and newline != "" and newline != "\n" {
            raise ValueError("io.StringIO: arr supports newline=None, '' or '\\n', not " + repr(newline))
        }
        self._buf = initial_value
        self._pos = 0
        self.closed = False
    }

    def _check(self) {
        if self.closed {
            raise ValueError("I/O operation on closed file")
        }
    }

    def getvalue(self) {
        self._check()
        return self._buf
    }

    def read(self, size=-1) {
        self._check()
        if size is None or size < 0 {
            end = len(self._buf)
        } else {
            end = min(len(self._buf), self._pos + size)
        }
        start = min(self._pos, len(self._buf))
        self._pos = max(self._pos, end)
        return self._buf[start:end]
    }

    def readline(self, size=-1) {
        self._check()
        start = self._pos
        if start >= len(self._buf) {
            return ""
        }
        nl = self._buf.find("\n", start)
        end = len(self._buf) if nl < 0 else nl + 1
        if size is not None and size >= 0 {
            end = min(end, start + size)
        }
        self._pos = end
        return self._buf[start:end]
    }

    def readlines(self, hint=-1) {
        lines = []
        total = 0
        while True {
            line = self.readline()
            if line == "" {
                break
            }
            lines.append(line)
            total += len(line)
            if hint is not None and hint > 0 and total >= hint {
                break
            }
        }
        return lines
    }

    def write(self, s) {
        self._check()
        if not isinstance(s, str) {
            raise TypeError("string argument expected, got '" + type(s).__name__ + "'")
        }
        n = len(self._buf)
        if self._pos > n {
            self._buf = self._buf + "\0" * (self._pos - n)
        }
        self._buf = self._buf[:self._pos] + s + self._buf[self._pos + len(s):]
        self._pos += len(s)
        return len(s)
    }

    def writelines(self, lines) {
        for line in lines {
            self.write(line)
        }
    }

    def seek(self, pos, whence=0) {
        self._check()
        if whence == 0 {
            if pos < 0 {
                raise ValueError("Negative seek position " + str(pos))
            }
            self._pos = pos
        } elif whence == 1 {
            if pos != 0 {
                raise OSError("Can't do nonzero cur-relative seeks")
            }
        } elif whence == 2 {
            if pos != 0 {
                raise OSError("Can't do nonzero end-relative seeks")
            }
            self._pos = len(self._buf)
        } else {
            raise ValueError("Invalid whence (" + str(whence) + ", should be 0, 1 or 2)")
        }
        return self._pos
    }

    def tell(self) {
        self._check()
        return self._pos
    }

    def truncate(self, size=None) {
        self._check()
        if size is None {
            size = self._pos
        }
        if size < 0 {
            raise ValueError("Negative size value " + str(size))
        }
        self._buf = self._buf[:size]
        return size
    }

    def readable(self) {
        return True
    }

    def writable(self) {
        return True
    }

    def seekable(self) {
        return True
    }

    def flush(self) {
        pass
    }

    def close(self) {
        self.closed = True
    }

    def __iter__(self) {
        return self
    }

    def __next__(self) {
        line = self.readline()
        if line == "" {
            raise StopIteration()
        }
        return line
    }

    def __enter__(self) {
        self._check()
        return self
    }

    def __exit__(self, *exc) {
        self.close()
        return False
    }

    def __repr__(self) {
        return "<_io.StringIO object>"
    }
}
