import numpy as np
for name in ["f64", "f32", "i64", "i32", "u8", "bool", "fortran"]:
    a = np.load("fixtures/" + name + ".npy")
    dt = {"int32": "int64", "uint8": "int64"}.get(str(a.dtype), str(a.dtype))  # arr widens small ints to int64
    print(name, a.shape, dt)
    print(a)
