import io

s = io.StringIO("alpha\nbeta\ngamma")
print(s.readline(), end="")
print(repr(s.read(3)), s.tell())
print(s.readlines())
print(repr(s.read()), repr(s.readline()))
s.seek(0)
print([line for line in s])
w = io.StringIO()
print(w.write("hello "), w.write("world\n"))
w.writelines(["a\n", "b\n"])
print(repr(w.getvalue()), w.tell())
w.seek(6)
w.write("WORLD")
print(repr(w.getvalue()))
w.seek(0, 2)
print(w.tell(), w.truncate(3), repr(w.getvalue()))
with io.StringIO("x\ny\n") as f:
    print(list(f), f.closed)
print(f.closed)
try:
    f.read()
except ValueError as e:
    print("ValueError", e)
try:
    io.StringIO(5)
except TypeError as e:
    print("TypeError")
try:
    w.write(3)
except TypeError as e:
    print("TypeError", e)
print(io.StringIO().read() == "", io.StringIO(None).getvalue() == "")
