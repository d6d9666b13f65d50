for name in ["f64", "f32", "i64", "i32", "u8", "bool", "fortran"] {
    a = load("fixtures/" + name + ".npy")
    print(name, a.shape, a.dtype)
    print(a)
}
