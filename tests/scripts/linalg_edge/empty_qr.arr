fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
fn shows(t) {
    for x in t { show(x) }
}
# qr (reduced) with a zero dimension: Q is (M, K) and R is (K, N), K = min(M, N).
for s in [(0, 3), (3, 0), (0, 0), (1, 0), (2, 0, 3), (0, 2, 3), (0, 3, 2)] {
    shows(qr(zeros(s)))
}
shows(qr(zeros((0, 3), dtype=float32)))
shows(qr(zeros((3, 0), dtype=int)))
