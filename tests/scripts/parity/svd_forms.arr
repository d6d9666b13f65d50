fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
a = array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])
u, s, vh = svd(a)
show(s)
show(u.shape)
show(vh.shape)
show(svd(a, full_matrices=false)[2].shape)
show(svd(a, compute_uv=false))
