import numpy as np
print(np.loadtxt(["1 2", "3 4  # note", "", "# comment", "5 6"]))
print(np.loadtxt(["1,2,3", "4,5,6"], delimiter=","), np.loadtxt(["1,2,3", "4,5,6"], delimiter=",", usecols=(0, 2)), np.loadtxt(["1,2,3", "4,5,6"], delimiter=",", usecols=1))
print(np.loadtxt(["a b", "1 2", "3 4"], skiprows=1), np.loadtxt(["7 8 9"]), np.loadtxt(["7", "8"]), np.loadtxt(["5"]), np.loadtxt(["1 2", "3 4"], dtype=int))
x, y = np.loadtxt(["1 2", "3 4", "5 6"], unpack=True)
print(x, y, np.loadtxt(["7 8 9"], ndmin=2), np.loadtxt(["7", "8"], ndmin=2), np.loadtxt(["1 2", "3 4", "5 6"], max_rows=2))
print(np.loadtxt(["1;2 // x", "3;4"], delimiter=";", comments="//"))
print(np.genfromtxt(["1,,3", "4,5,6"], delimiter=","), np.genfromtxt(["1,x,3", "4,5,6"], delimiter=",", filling_values=0), np.genfromtxt(["h1 h2", "1 2", "3 4", "end"], skip_header=1, skip_footer=1))
a = np.arange(6).reshape(2, 3)
np.savetxt("/tmp/_arr_twin_a.txt", a)
print(open("/tmp/_arr_twin_a.txt").read())
np.savetxt("/tmp/_arr_twin_b.txt", a, fmt="%d", delimiter=",", header="x,y,z", footer="end")
print(open("/tmp/_arr_twin_b.txt").read())
np.savetxt("/tmp/_arr_twin_c.txt", np.array([1.5, 2.25, 3.0]), fmt="%.2f")
print(open("/tmp/_arr_twin_c.txt").read())
np.savetxt("/tmp/_arr_twin_d.txt", np.array([[1.5, 2.0], [3.25, 4.5]]), fmt=["%.1f", "%6.3f"], header="two\nlines", comments="% ")
print(open("/tmp/_arr_twin_d.txt").read())
np.savetxt("/tmp/_arr_twin_e.txt", np.array([[1, 2], [3, 4]]), fmt="%d|%d", newline=";")
print(open("/tmp/_arr_twin_e.txt").read())
b = np.loadtxt("/tmp/_arr_twin_b.txt", delimiter=",", dtype=int)
print(b, b.dtype)
try {
    np.loadtxt(["1 2", "3"])
} except ValueError {
    print("ValueError")
}
try {
    np.loadtxt(["1 x"])
} except ValueError {
    print("ValueError")
}
