"""Generates tests/scripts/parity/*.arr and their NumPy twins (.py).

Each case is arr code; the twin is the same code with NumPy spellings
(np.<name>, np.linalg.<name>, True/False/None). `show(x)` prints an array's
repr (dtype included) or a scalar's str. Run: python tests/gen/make_parity.py
then tests/numpy_golden.sh to produce the .out files from NumPy.
"""
import os, re

NP = """array zeros ones full eye identity arange linspace zeros_like ones_like copy
reshape ravel transpose expand_dims squeeze concatenate stack vstack hstack split tile repeat where clip
abs sqrt exp log log2 log10 sin cos tan tanh sinh cosh arcsin arccos arctan floor ceil round sign maximum minimum isnan isinf
sum prod mean std var min max argmin argmax cumsum any all median percentile sort argsort unique
dot matmul outer inner trace allclose float32 float64 int64 inf nan pi""".split()
LINALG = "inv det solve lstsq eig eigh svd qr cholesky norm pinv matrix_rank".split()

def to_py(code):
    code = re.sub(r"\btrue\b", "True", code)
    code = re.sub(r"\bfalse\b", "False", code)
    code = re.sub(r"\bnone\b", "None", code)
    code = re.sub(r"\bastype\(([^,]+), ", r"_astype(\1, ", code)
    code = re.sub(r"\bflatten\(", "_flatten(", code)
    for n in LINALG:
        code = re.sub(r"(?<![.\w])" + n + r"\(", "np.linalg." + n + "(", code)
    for n in NP:
        code = re.sub(r"(?<![.\w'\"])" + n + r"\b", "np." + n, code)
    return code

PY_HEAD = """import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
"""
ARR_HEAD = """fn show(x) {
    if type(x).__name__ == "ndarray" { print(repr(x)) } else { print(x) }
}
"""

cases = {}
def case(name, *lines):
    cases[name] = "\n".join(lines)

# creation
case("array_nested", "show(array([[1, 2], [3, 4]]))", "show(array([1, 2.5]))", "show(array([true, false]))", "show(array([[1.0], [2.0]], dtype=float32))")
case("array_dtype_int", "show(array([1.9, -1.9], dtype=int))", "show(array([0, 2], dtype=bool))")
case("zeros_shapes", "show(zeros(3))", "show(zeros((2, 3)))", "show(zeros((2, 2), dtype=int))", "show(zeros((1, 2, 2), dtype=bool))")
case("ones_shapes", "show(ones(2))", "show(ones((3, 1)))", "show(ones(4, dtype=float32))")
case("full_values", "show(full(3, 2.5))", "show(full((2, 2), true))", "show(full((2, 1), 7, dtype=float))")
case("eye_variants", "show(eye(3))", "show(eye(2, 4))", "show(eye(3, k=-1))", "show(eye(2, dtype=int))")
case("identity_n", "show(identity(3))", "show(identity(1, dtype=int))")
case("arange_int", "show(arange(5))", "show(arange(2, 9))", "show(arange(10, 0, -2))", "show(arange(0))")
case("arange_float", "show(arange(0.5, 3))", "show(arange(0, 1, 0.1))", "show(arange(5, dtype=float))")
case("linspace_variants", "show(linspace(0, 10, 5))", "show(linspace(-1, 1, 4, endpoint=false))", "show(linspace(2, 3, 1))")
case("zeros_ones_like", "show(zeros_like([[1.5, 2.5]]))", "show(ones_like(arange(3)))", "show(zeros_like(arange(3), dtype=float))")
case("copy_independent", "a = arange(3)", "b = copy(a)", "b[0] = 9", "show(a)", "show(b)")
# shape
case("reshape_forms", "a = arange(12)", "show(reshape(a, (3, 4)))", "show(a.reshape(2, -1))", "show(reshape(a, (2, 3, 2)))", "show(a.reshape((12, 1)).shape)")
case("ravel_flatten", "a = arange(6).reshape(2, 3)", "show(ravel(a))", "show(flatten(a.T))", "show(ravel(a.T))")
case("transpose_axes", "a = arange(24).reshape(2, 3, 4)", "show(transpose(a).shape)", "show(transpose(a, (1, 0, 2)))", "show(a.T[0])")
case("expand_squeeze", "a = arange(3)", "show(expand_dims(a, 0))", "show(expand_dims(a, -1))", "show(squeeze(ones((1, 3, 1))))", "show(squeeze(ones((1, 3, 1)), axis=0).shape)")
case("concatenate_axes", "a = arange(4).reshape(2, 2)", "show(concatenate([a, a]))", "show(concatenate([a, a * 10], axis=1))", "show(concatenate([[1], [2, 3]]))", "show(concatenate([a, [[9, 9]]], axis=0))")
case("stack_axes", "a = arange(3)", "show(stack([a, a + 1]))", "show(stack([a, a + 1], axis=1))", "show(stack([a, a], axis=-1).shape)")
case("vstack_hstack", "show(vstack([arange(3), arange(3) * 2]))", "show(hstack([arange(2), arange(3)]))", "show(hstack([ones((2, 1)), zeros((2, 2))]))", "show(vstack([ones((1, 2)), zeros((2, 2))]))")
case("split_forms", "a = arange(9)", "show(split(a, 3))", "show(split(a, [2, 5]))", "show(split(arange(8).reshape(2, 4), 2, axis=1))")
case("tile_forms", "show(tile(arange(3), 2))", "show(tile([[1, 2]], (2, 1)))", "show(tile(arange(2), (2, 2)))")
case("repeat_forms", "show(repeat(arange(3), 2))", "show(repeat([[1, 2], [3, 4]], 2, axis=1))", "show(repeat([1, 2, 3], [1, 0, 2]))")
case("where_forms", "a = arange(6)", "show(where(a > 2, a, -1))", "show(where(a % 2 == 0, 1.5, 0))", "show(where([[true, false], [false, true]], 1, [[7, 8], [9, 10]]))", "show(where(a > 3))")
case("clip_forms", "show(clip(arange(6), 1, 4))", "show(clip([1.5, -2.0, 9.0], 0, 5))", "show(clip(arange(4), none, 2))")
# math
for f, arg in [("sqrt", "[0, 1, 2, 16]"), ("exp", "[-1.0, 0.0, 0.5, 10.0]"), ("log", "[1, 2, 10, 0.5]"), ("log2", "[1, 2, 3, 1024]"), ("log10", "[1, 5, 100, 0.001]"),
               ("sin", "[0.0, 0.5, 1.0, 3.0]"), ("cos", "[0.0, 0.5, 1.0, 3.0]"), ("tan", "[0.0, 0.5, 1.0, -1.0]"), ("tanh", "[-2.0, 0.0, 0.5, 3.0]"),
               ("sinh", "[-1.0, 0.0, 2.0]"), ("cosh", "[-1.0, 0.0, 2.0]"), ("arcsin", "[-1.0, 0.0, 0.5, 1.0]"), ("arccos", "[-1.0, 0.0, 0.5, 1.0]"), ("arctan", "[-10.0, 0.0, 1.0, 100.0]")]:
    # float32 results differ from NumPy's own SIMD float32 kernels in the last
    # digit, so only their dtype is compared.
    case("math_" + f, f"show({f}({arg}))", f"show({f}(array({arg}, dtype=float32)).dtype)", f"show({f}(2))", f"show({f}(array([[0.25, 0.75]])))")
case("math_special_values", "show(sqrt(-1.0))", "show(log(array([0.0, -1.0])))", "show(exp(array([1000.0])))")
case("floor_ceil", "a = array([-1.5, -0.5, 0.5, 1.5, 2.7])", "show(floor(a))", "show(ceil(a))", "show(floor(arange(3)))", "show(ceil(array([1.2], dtype=float32)))")
case("round_forms", "show(round(array([0.5, 1.5, 2.5, -0.5, -1.5])))", "show(round(array([1.2345, 6.789]), 2))", "show(round(array([1234.5, 5678.9]), -2))", "show(round(arange(3)))")
case("abs_sign", "show(abs([-3, 0, 2]))", "show(abs(array([-1.5, 2.5])))", "show(sign([-3, 0, 2]))", "show(sign(array([-0.5, 0.0, 7.0])))", "show(abs(-4))")
case("isnan_isinf", "a = array([1.0, nan, inf, -inf, 0.0])", "show(isnan(a))", "show(isinf(a))", "show(isnan(arange(3)))")
case("maximum_minimum", "show(maximum([1, 5, 3], [4, 2, 3]))", "show(minimum(array([1.0, nan]), 0.5))", "show(maximum(arange(6).reshape(2, 3), [[2], [4]]))", "show(minimum(arange(4), 2.5))")
# reductions
case("sum_forms", "a = arange(24).reshape(2, 3, 4)", "show(sum(a))", "show(sum(a, axis=0))", "show(sum(a, axis=(0, 2)))", "show(sum(a, axis=-1, keepdims=true))", "show(sum(array([true, true, false])))", "show(a.sum(axis=1))")
case("sum_float", "a = arange(10) / 3", "show(sum(a))", "show(sum(a.reshape(2, 5), axis=1))", "show(sum(array([1.5, 2.5], dtype=float32)))")
case("prod_forms", "show(prod([1, 2, 3, 4]))", "show(prod(arange(1, 7).reshape(2, 3), axis=1))", "show(prod(array([0.5, 4.0])))")
case("mean_forms", "a = arange(12).reshape(3, 4)", "show(mean(a))", "show(mean(a, axis=0))", "show(mean(a, axis=1, keepdims=true))", "show(a.mean(axis=(0, 1)))")
case("std_var", "a = array([[1.0, 2.0, 4.0], [3.0, 5.0, 9.0]])", "show(std(a))", "show(var(a))", "show(std(a, axis=0))", "show(var(a, axis=1, ddof=1))", "show(std(arange(10), ddof=1))")
case("min_max", "a = array([[3, 1, 4], [1, 5, 9]])", "show(min(a))", "show(max(a))", "show(min(a, axis=0))", "show(max(a, axis=1, keepdims=true))", "show(a.max(axis=-1))")
case("min_max_nan", "a = array([1.0, nan, 3.0])", "show(min(a))", "show(max(array([[1.0, 2.0], [nan, 0.0]]), axis=1))")
case("argmin_argmax", "a = array([[3, 1, 4], [1, 5, 9]])", "show(argmin(a))", "show(argmax(a))", "show(argmin(a, axis=0))", "show(argmax(a, axis=1))", "show(argmax(array([1.0, nan, 3.0])))")
case("any_all", "a = array([[0, 1], [0, 0]])", "show(any(a))", "show(all(a))", "show(any(a, axis=1))", "show(all(a >= 0, axis=0))", "show(all([]))")
case("cumsum_forms", "show(cumsum(arange(5)))", "show(cumsum(arange(6).reshape(2, 3), axis=1))", "show(cumsum(arange(6).reshape(2, 3)))", "show(cumsum(array([0.5, 0.25, 0.125])))")
case("median_forms", "show(median([3, 1, 2]))", "show(median([4, 1, 3, 2]))", "show(median(arange(12).reshape(3, 4), axis=0))", "show(median(arange(12).reshape(3, 4), axis=1))")
case("percentile_forms", "a = arange(1, 11)", "show(percentile(a, 50))", "show(percentile(a, [10, 25, 90]))", "show(percentile(arange(12).reshape(3, 4), 75, axis=1))", "show(percentile([1.0, 3.0], 40))")
case("sort_forms", "a = array([[3, 1, 2], [9, 7, 8]])", "show(sort(a))", "show(sort(a, axis=0))", "show(sort(array([2.5, nan, -1.0, 0.0])))", "show(sort(a, axis=none))")
case("argsort_forms", "show(argsort([30, 10, 20]))", "show(argsort(array([[3, 1, 2], [0, 5, 4]]), axis=1))", "show(argsort(array([[3, 1], [0, 5]]), axis=0))")
case("unique_forms", "show(unique([3, 1, 3, 2, 1]))", "u, c = unique(array([2.5, 1.0, 2.5]), return_counts=true)", "show(u)", "show(c)", "show(unique(array([[1, 2], [2, 1]])))")
# linalg
case("dot_forms", "show(dot([1, 2, 3], [4, 5, 6]))", "show(dot(arange(6).reshape(2, 3), [1, 0, 1]))", "show(dot([1, 1], arange(4).reshape(2, 2)))", "show(dot(2, arange(3)))", "show(dot(ones((2, 2, 3)), ones((3, 2))).shape)")
case("matmul_forms", "a = arange(6).reshape(2, 3)", "show(matmul(a, a.T))", "show(a @ [1, 2, 3])", "show(matmul(ones((3, 2, 2)), eye(2)).shape)", "show(array([[1.5, 2.0]]) @ array([[2.0], [4.0]]))")
case("matmul_batched", "a = arange(12).reshape(3, 2, 2)", "show(a @ a)", "show(a @ [1, -1])")
case("outer_inner", "show(outer([1, 2, 3], [1, 10]))", "show(inner([1, 2], [3, 4]))", "show(inner(arange(4).reshape(2, 2), arange(4).reshape(2, 2)))")
case("trace_forms", "show(trace(arange(9).reshape(3, 3)))", "show(trace(eye(4)))")
case("inv_forms", "show(inv([[4.0, 7.0], [2.0, 6.0]]))", "show(inv([[2, 0, 0], [0, 4, 0], [0, 0, 8]]))", "a = array([[1.0, 2.0], [3.0, 5.0]])", "show(allclose(inv(a) @ a, eye(2)))")
case("inv_batched", "a = stack([eye(2) * 2, eye(2) * 4])", "show(inv(a))")
case("det_forms", "show(det([[1, 2], [3, 4]]))", "show(det([[2.0, 1.0, 0.0], [1.0, 3.0, 1.0], [0.0, 1.0, 4.0]]))", "show(det(arange(9.0).reshape(3, 3) + eye(3)))", "show(det(stack([eye(2), 2 * eye(2)])))")
case("solve_forms", "a = array([[3.0, 1.0], [1.0, 2.0]])", "show(solve(a, [9, 8]))", "show(solve(a, array([[9.0, 1.0], [8.0, 2.0]])))", "show(allclose(a @ solve(a, [1, 1]), [1, 1]))")
case("lstsq_forms", "a = array([[1.0, 1.0], [1.0, 2.0], [1.0, 3.0], [1.0, 4.0]])", "b = array([6.0, 5.0, 7.0, 10.0])", "x, res, rank, sv = lstsq(a, b)", "show(x)", "show(res)", "show(rank)", "show(sv)", "show(lstsq(a[:2], b[:2])[1])")
case("eig_forms", "w, v = eig([[2.0, 0.0], [0.0, 3.0]])", "show(w)", "a = array([[4.0, 1.0], [2.0, 3.0]])", "w2, v2 = eig(a)", "show(sort(w2))", "show(allclose(a @ v2, v2 * w2))")
case("eigh_forms", "a = array([[2.0, 1.0], [1.0, 2.0]])", "w, v = eigh(a)", "show(w)", "show(allclose(a @ v, v * w))", "show(eigh(array([[6.0, 2.0, 1.0], [2.0, 5.0, 2.0], [1.0, 2.0, 4.0]]))[0])")
case("svd_forms", "a = array([[3.0, 2.0, 2.0], [2.0, 3.0, -2.0]])", "u, s, vh = svd(a)", "show(s)", "show(u.shape)", "show(vh.shape)", "show(svd(a, full_matrices=false)[2].shape)", "show(svd(a, compute_uv=false))")
case("qr_forms", "a = array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])", "q, r = qr(a)", "show(q.shape)", "show(r.shape)", "show(allclose(q @ r, a))", "show(allclose(q.T @ q, eye(2)))", "show(abs(r))")
case("cholesky_forms", "show(cholesky([[4.0, 2.0], [2.0, 3.0]]))", "a = array([[6.0, 2.0, 1.0], [2.0, 5.0, 2.0], [1.0, 2.0, 4.0]])", "l = cholesky(a)", "show(allclose(l @ l.T, a))")
case("norm_forms", "show(norm([3, 4]))", "show(norm([1, -2, 3], 1))", "show(norm([1, -2, 3], inf))", "a = array([[1.0, 2.0], [3.0, 4.0]])", "show(norm(a))", "show(norm(a, 'fro'))", "show(norm(a, 1))", "show(norm(a, inf))", "show(norm(a, 2))", "show(norm(a, 'nuc'))", "show(norm(a, axis=1))", "show(norm(a, axis=0))")
case("pinv_forms", "show(pinv([[1.0, 0.0], [0.0, 0.0]]))", "a = array([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])", "show(allclose(a @ pinv(a) @ a, a))", "show(pinv(a).shape)")
case("matrix_rank_forms", "show(matrix_rank(eye(3)))", "show(matrix_rank([[1, 2], [2, 4]]))", "show(matrix_rank(zeros((2, 2))))", "show(matrix_rank(ones((3, 4))))")
# indexing
case("index_basic", "a = arange(24).reshape(4, 6)", "show(a[1])", "show(a[-1, -2])", "show(a[1:3])", "show(a[:, 2])", "show(a[::2, ::3])", "show(a[1:, :-1])")
case("index_negative_steps", "a = arange(10)", "show(a[::-1])", "show(a[8:2:-2])", "show(a[-1:-4:-1])", "show(a[:3:-3])", "show(arange(12).reshape(3, 4)[::-1, ::-2])")
case("index_ellipsis_newaxis", "a = arange(24).reshape(2, 3, 4)", "show(a[..., 1])", "show(a[0, ...])", "show(a[..., 1:3, 0])", "show(a[none].shape)", "show(a[:, none, 0].shape)", "show(a[0, :, none].shape)")
case("index_bool_mask", "a = arange(12).reshape(3, 4)", "show(a[a % 3 == 0])", "show(a[[true, false, true]])", "show(a[:, [true, false, false, true]])", "show(a[a > 100])")
case("index_fancy", "a = arange(12).reshape(3, 4)", "show(a[[0, 2]])", "show(a[[0, 2], [1, 3]])", "show(a[[-1, 0]])", "show(a[:, [3, 0]])", "show(a[[[0], [2]], [1, 2]])", "show(a[1, [0, 0, 3]])")
case("index_fancy_placement", "a = arange(60).reshape(3, 4, 5)", "show(a[:, [0, 2], [1, 3]].shape)", "show(a[[0, 1], :, [2, 3]].shape)", "show(a[0, :, [1, 2]])", "show(a[..., [0, 4]].shape)")
case("setitem_basic", "a = zeros((3, 4), dtype=int)", "a[0] = 1", "a[1, 1:3] = [5, 6]", "a[:, -1] = arange(3)", "a[2, ::2] = 9", "show(a)")
case("setitem_mask", "a = arange(10)", "a[a > 6] = 0", "show(a)", "b = arange(6.0).reshape(2, 3)", "b[b > 2] = [10, 20, 30]", "show(b)", "b[b == 0] = -1.5", "show(b)")
case("setitem_fancy", "a = arange(10)", "a[[1, 3, 5]] = [-1, -3, -5]", "show(a)", "m = zeros((3, 3))", "m[[0, 1], [1, 2]] = 7", "show(m)", "m[[0, 2], :] = [1, 2, 3]", "show(m)")
case("setitem_broadcast_cast", "a = zeros((2, 3), dtype=int)", "a[:] = [1.9, 2.5, -3.7]", "show(a)", "f = zeros((2, 2), dtype=float32)", "f[0] = 1.25", "show(f)", "a[..., 0] = 8", "show(a)")
case("augassign_index", "a = arange(6)", "a[1:4] += 10", "a[a > 12] *= 2", "a[0] -= 5", "show(a)", "m = ones((2, 2))", "m[:, 1] /= 4", "show(m)")
# operators and promotion
case("ops_int_float", "a = arange(5)", "show(a / 2)", "show(a // 2)", "show(a % 3)", "show(a ** 2)", "show(-a)", "show(a * 1.5)", "show(2 ** a)")
case("ops_float_neg", "a = array([-3.5, -1.0, 0.0, 2.5])", "show(a // 2)", "show(a % 2)", "show(a // -1.5)", "show(a % -1.5)", "show(a ** 2)")
case("ops_compare", "a = arange(5)", "show(a < 2)", "show(a >= 3)", "show(a == array([0, 0, 2, 0, 4]))", "show(a != 1)", "show((a > 1) & (a < 4))", "show((a < 1) | (a > 3))", "show(~(a > 2))")
case("ops_broadcast", "a = arange(6).reshape(2, 3)", "show(a + [10, 20, 30])", "show(a * [[1], [-1]])", "show(a - a.mean(axis=0))", "show(arange(3)[:, none] * arange(4))")
case("ops_float32", "f = array([1.5, 2.5], dtype=float32)", "show(f + 1)", "show(f * 2.5)", "show(f / 2)", "show(f + array([1, 2]))", "show(f > 2)", "show(f ** 2)")
case("ops_bool", "b = array([true, false, true])", "show(b + b)", "show(b * b)", "show(b + 1)", "show(b * 0.5)", "show(b & array([false, false, true]))", "show(b | false)")
case("ops_int_bitwise", "a = array([12, 10, 7])", "show(a & 6)", "show(a | 1)", "show(~a)")
case("ops_list_array_mix", "show([1, 2] + arange(2))", "show(arange(3) * [2, 3, 4])", "show(2 * array([1.5]))")
case("ops_scalar_python", "show(7 // 2)", "show(-7 // 2)", "show(7 % -3)", "show(-7.5 % 2)", "show(2 ** -2)", "show(10 / 4)", "show(3 * 2.5)", "show(true + 1)")

# more creation / dtype
case("dtype_creation", "show(zeros(2, dtype=float32).dtype)", "show(ones(2, dtype=bool))", "show(arange(3, dtype=float32))", "show(full(2, 1.5, dtype=int))", "show(linspace(0, 4, 3, dtype=int))", "show(eye(2, dtype=bool))")
case("astype_forms", "show(astype(array([1.7, -0.2, 3.5]), int))", "show(astype(arange(3), float32))", "show(astype(array([0, 3, 0]), bool))", "show(astype(array([true, false]), float))")
case("array_from_range", "show(array(range(5)))", "show(array(range(10, 0, -3)))")
case("empty_arrays", "show(zeros((0, 3)).shape)", "show(sum(zeros(0)))", "show(arange(0).reshape(0, 2).shape)", "show(concatenate([zeros(0), ones(2)]))")
# reductions, more axes
case("sum_neg_axis", "a = arange(24).reshape(2, 3, 4)", "show(sum(a, axis=-2))", "show(sum(a, axis=(-1, 0)))", "show(mean(a, axis=(1, 2), keepdims=true))")
case("reduce_bool_int", "b = arange(6).reshape(2, 3) > 2", "show(sum(b, axis=0))", "show(mean(b))", "show(any(b, axis=0))", "show(all(b, axis=1))", "show(max(b))")
case("reduce_float32", "f = arange(6, dtype=float32).reshape(2, 3)", "show(sum(f, axis=0))", "show(mean(f, axis=1))", "show(max(f, axis=0))", "show(f.sum(axis=1).dtype)")
case("reduce_nan", "a = array([1.0, nan, 3.0])", "show(sum(a))", "show(mean(a))", "show(max(a))", "show(argmin(a))", "show(median(a))", "show(cumsum(a))")
case("reduce_inf", "a = array([1.0, inf, -2.0])", "show(sum(a))", "show(max(a))", "show(min(a))", "show(argmax(a))", "show(mean(array([inf, -inf])))")
case("std_var_axes", "a = arange(24.0).reshape(2, 3, 4)", "show(std(a, axis=(0, 2)))", "show(var(a, axis=-1, keepdims=true))", "show(std(a, ddof=2))")
case("var_int_input", "show(var([1, 2, 3, 4]))", "show(std([2, 4, 4, 4, 5, 5, 7, 9]))", "show(var(array([[1, 2], [3, 4]]), axis=0))")
case("min_max_keepdims", "a = arange(12).reshape(3, 4)", "show(min(a, axis=1, keepdims=true))", "show(max(a, axis=(0, 1)))", "show(a.min(axis=0))")
case("argmax_ties", "show(argmax([1, 3, 3, 2]))", "show(argmin([2, 1, 1, 0, 0]))", "show(argmax(array([[1, 5], [5, 1]]), axis=0))")
case("cumsum_float_axis", "a = arange(6.0).reshape(2, 3) / 4", "show(cumsum(a, axis=0))", "show(cumsum(a, axis=-1))", "show(cumsum(array([true, true, false])))")
case("median_even_odd", "show(median(array([[1.0, 5.0, 3.0], [2.0, 4.0, 6.0]]), axis=1))", "show(median(arange(10), axis=0))", "show(median(array([7.5])))", "show(median(arange(12).reshape(2, 2, 3), axis=(0, 2)))")
case("percentile_more", "a = array([15.0, 20.0, 35.0, 40.0, 50.0])", "show(percentile(a, [0, 30, 40, 100]))", "show(percentile(arange(12).reshape(3, 4), [25, 75], axis=0))", "show(percentile(a, 33.3))")
case("prod_axes", "a = arange(1, 13).reshape(3, 4)", "show(prod(a, axis=0))", "show(prod(a, axis=-1, keepdims=true))", "show(prod(array([true, true])))")
# sorting and uniqueness
case("sort_float_axis", "a = array([[3.5, -1.0], [0.0, 2.25]])", "show(sort(a, axis=0))", "show(sort(a, axis=-1))", "show(sort(array([3, 1, 2]))[::-1])")
case("argsort_float", "show(argsort(array([0.5, -2.0, 3.0, 1.0])))", "show(argsort(array([3.0, nan, 1.0])))", "show(argsort(arange(12).reshape(3, 4) % 5, axis=1))")
case("unique_bools_counts", "u, c = unique([true, false, true, true], return_counts=true)", "show(u)", "show(c)", "show(unique(array([1.5, nan, 1.5])))")
# shape more
case("reshape_neg_one", "a = arange(24)", "show(a.reshape(-1, 6).shape)", "show(a.reshape(2, -1, 3).shape)", "show(reshape(a, -1).shape)", "show(a.reshape(4, 6)[1:3].reshape(-1))")
case("transpose_3d", "a = arange(6).reshape(1, 2, 3)", "show(transpose(a, (2, 0, 1)))", "show(transpose(a, [-1, 0, 1]).shape)", "show(a.T.shape)")
case("stack_2d", "a = arange(4).reshape(2, 2)", "show(stack([a, a * 2], axis=1))", "show(stack([a, -a], axis=2).shape)", "show(vstack([a, [9, 9]]))", "show(hstack([a, [[8], [9]]]))")
case("split_uneven_indices", "show(split(arange(10), [3, 7, 20]))", "show(split(arange(6).reshape(3, 2), 3))", "show(split(arange(4), [-1]))")
case("tile_repeat_more", "show(tile(arange(3).reshape(3, 1), 2))", "show(tile(array([[1, 2]]), 3))", "show(repeat(arange(4).reshape(2, 2), [1, 2], axis=0))", "show(repeat(array([1.5]), 3))")
case("expand_squeeze_more", "a = arange(6).reshape(2, 3)", "show(expand_dims(a, 1).shape)", "show(expand_dims(a, -1).shape)", "show(squeeze(a[:, 0:1]))", "show(squeeze(array([[5]])).shape)")
case("where_broadcast", "a = arange(6).reshape(2, 3)", "show(where(a > 2, a, a * 10))", "show(where([true, false, true], a, 0))", "show(where(a == 4, 1.5, a))", "show(where(array([true, false])))")
case("clip_float_int", "show(clip(array([-1.5, 0.5, 9.5]), -1, 1))", "show(clip(arange(5), 1.5, 3.5))", "show(clip(arange(6).reshape(2, 3), [1, 2, 3], 4))")
# math more
case("math_int_inputs", "show(sqrt(arange(5)))", "show(exp(arange(3)))", "show(log(array([1, 10, 100])))", "show(sin(arange(4)))")
case("math_scalars", "show(sqrt(2))", "show(exp(1.0))", "show(log(10))", "show(cos(pi))", "show(tanh(0.5))", "show(arctan(1.0) * 4)")
case("trig_identity", "x = linspace(-3, 3, 7)", "show(round(sin(x) ** 2 + cos(x) ** 2, 12))", "show(tanh(x))", "show(arccos(cos(x / 3)))")
case("floor_ceil_neg", "a = array([-2.5, -2.0, -0.1, 0.1, 2.0])", "show(floor(a))", "show(ceil(a))", "show(round(a))", "show(floor(a / 2))")
case("round_decimals_more", "show(round(array([3.14159, 2.71828]), 3))", "show(round(array([15.5, 25.5, -35.5])))", "show(round(array([0.125, 0.375]), 2))", "show(round(arange(5), 1))")
case("maximum_nan_broadcast", "a = array([[1.0, nan], [3.0, 0.5]])", "show(maximum(a, 1.0))", "show(minimum(a, [0.0, 2.0]))", "show(maximum(arange(3), arange(3)[::-1]))")
case("abs_sign_more", "show(abs(array([[-1, 2], [3, -4]])))", "show(abs(array([-0.0, -inf, 2.5])))", "show(sign(array([-inf, nan, inf])))", "show(sign(-7))")
# linalg more
case("dot_3d", "a = arange(24).reshape(2, 3, 4)", "b = arange(8).reshape(4, 2)", "show(dot(a, b))", "show(dot(a, arange(4)))", "show(dot(arange(3), arange(12).reshape(3, 4)))")
case("matmul_vec_vec", "show(matmul([1, 2, 3], [4, 5, 6]))", "show(matmul(arange(3), ones((3, 2))))", "show(matmul(ones((2, 3)), arange(3)))", "show((arange(4).reshape(2, 2) @ arange(4).reshape(2, 2)).dtype)")
case("matmul_float32_bool", "f = ones((2, 2), dtype=float32)", "show(f @ f)", "show(f @ arange(2))", "show(array([[true, false], [false, true]]) @ array([[true], [true]]))")
case("inv_3x3", "a = array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])", "show(inv(a))", "show(allclose(inv(a) @ a, eye(3)))")
case("solve_batched", "a = stack([eye(2) * 2, array([[1.0, 1.0], [0.0, 1.0]])])", "show(solve(a, array([[2.0, 4.0], [3.0, 1.0]])))")
case("lstsq_overdetermined", "x = arange(6.0)", "A = vstack([x, ones(6)]).T", "y = 2 * x - 1 + array([0.1, -0.1, 0.05, 0.0, -0.05, 0.02])", "sol, res, rank, sv = lstsq(A, y)", "show(sol)", "show(res)", "show(sv)")
case("lstsq_underdetermined", "A = array([[1.0, 2.0, 3.0]])", "sol, res, rank, sv = lstsq(A, [6.0])", "show(sol)", "show(res)", "show(rank)")
case("lstsq_rank_deficient", "A = array([[1.0, 2.0], [2.0, 4.0], [3.0, 6.0]])", "sol, res, rank, sv = lstsq(A, [1.0, 2.0, 3.0])", "show(sol)", "show(res)", "show(rank)")
case("eigh_3x3", "a = array([[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]])", "w, v = eigh(a)", "show(w)", "show(allclose(v.T @ v, eye(3)))", "show(allclose(a @ v, v * w))")
case("eig_symmetric", "a = array([[2.0, 1.0], [1.0, 2.0]])", "w, v = eig(a)", "show(w)", "show(abs(v))")
case("svd_reconstruct", "a = arange(12.0).reshape(4, 3)", "u, s, vh = svd(a, full_matrices=false)", "show(s)", "show(allclose(u @ (s[:, none] * vh), a))", "show(svd(a)[0].shape)")
case("det_singular_and_batched", "show(det([[1.0, 2.0], [2.0, 4.0]]))", "show(det(ones((3, 2, 2))))", "show(det(eye(3) * 2))")
case("norm_vectors_more", "v = array([1.0, -2.0, 2.0])", "show(norm(v, 0))", "show(norm(v, -inf))", "show(norm(v, 3))", "show(norm(arange(6).reshape(2, 3), axis=1, keepdims=true))", "show(norm(ones((2, 2, 2))))")
case("norm_matrix_neg", "a = array([[1.0, -2.0], [3.0, 4.0]])", "show(norm(a, -1))", "show(norm(a, -inf))", "show(norm(a, -2))")
case("matrix_rank_tol", "a = array([[1.0, 0.0], [0.0, 1e-10]])", "show(matrix_rank(a))", "show(matrix_rank(a, tol=1e-12))", "show(matrix_rank(arange(9.0).reshape(3, 3)))")
case("pinv_square", "a = array([[4.0, 7.0], [2.0, 6.0]])", "show(allclose(pinv(a), inv(a)))", "show(pinv(array([[2.0, 0.0, 0.0]])))")
case("outer_inner_more", "show(outer(arange(3), arange(2.0)))", "show(outer([[1, 2], [3, 4]], [1, -1]))", "show(inner(arange(6).reshape(2, 3), arange(3)))")
case("trace_nonsquare", "show(trace(arange(6).reshape(2, 3)))", "show(trace(array([[1.5, 2.0], [3.0, -0.5]])))")
# indexing more
case("index_scalar_types", "a = arange(12.0).reshape(3, 4)", "show(a[1, 2])", "show(a[-1][-1])", "show(arange(5)[2])", "show(array([true, false])[1])")
case("index_slices_oob", "a = arange(5)", "show(a[3:100])", "show(a[-100:2])", "show(a[4:1])", "show(a[::10])")
case("index_2d_mix", "a = arange(20).reshape(4, 5)", "show(a[1:3, [0, 4]])", "show(a[[3, 1], 1:3])", "show(a[a[:, 0] > 5])", "show(a[:, a[0] % 2 == 0])")
case("index_bool_2d_mask", "a = arange(6).reshape(2, 3)", "m = array([[true, false, true], [false, true, false]])", "show(a[m])", "b = a * 1.5", "b[m] = 0", "show(b)")
case("index_newaxis_multi", "a = arange(3)", "show(a[:, none, none].shape)", "show(a[none, :, none])", "show(a[..., none].shape)")
case("index_fancy_2d_arrays", "a = arange(9).reshape(3, 3)", "rows = array([[0, 0], [2, 2]])", "cols = array([[0, 2], [0, 2]])", "show(a[rows, cols])", "show(a[[0, 1, 2], [2, 1, 0]])")
case("setitem_slices_step", "a = zeros(10, dtype=int)", "a[::3] = 1", "a[8:2:-2] = 5", "show(a)", "b = arange(12).reshape(3, 4)", "b[::2, ::2] = -1", "show(b)")
case("setitem_newaxis_ellipsis", "a = zeros((2, 3))", "a[..., 1] = [4, 5]", "a[0, ...] += 1", "show(a)", "b = arange(6.0).reshape(2, 3)", "b[:, :] = b[::-1]", "show(b)")
case("setitem_bool_scalar_broadcast", "a = arange(12).reshape(3, 4)", "a[a % 2 == 1] = -1", "show(a)", "a[[true, false, true]] = 7", "show(a)")
# operators more
case("ops_div_int_zero_float", "show(array([1.0, -1.0, 0.0]) / 0)", "show(arange(3) / 0.0)")
case("ops_pow_forms", "show(arange(4) ** 2)", "show(2.0 ** arange(4))", "show(array([4.0, 9.0]) ** 0.5)", "show(array([2, 3]) ** array([3, 2]))", "show(array([-8.0]) ** (1 / 3))")
case("ops_mixed_dtypes", "i = arange(3)", "f = array([0.5, 1.5, 2.5])", "b = array([true, false, true])", "show(i + f)", "show(i * b)", "show(f - b)", "show(b / 2)", "show(i // f)")
case("ops_chained_compare", "show(1 < 2 < 3)", "show(3 > 2 > 2)", "show(1 == 1.0 != 2)")
case("ops_unary", "a = array([1, -2, 3])", "show(-a)", "show(+a)", "show(~array([true, false]))", "show(-array([1.5]))", "show(-(-a))")
case("ops_augassign_arrays", "a = arange(4.0)", "a += 1", "a *= [1, 2, 3, 4]", "a -= a.mean()", "a /= 2", "show(a)", "b = arange(3)", "b += 2", "show(b)", "c = ones((2, 2))", "c @= [[1, 2], [3, 4]]", "show(c)")
case("ops_int_overflow_wrap", "a = array([9223372036854775807])", "show(a + 1)", "show(a * 2)")

outdir = os.path.join(os.path.dirname(__file__), "..", "scripts", "parity")
os.makedirs(outdir, exist_ok=True)
for name, code in cases.items():
    with open(os.path.join(outdir, name + ".arr"), "w") as f:
        f.write(ARR_HEAD + code + "\n")
    with open(os.path.join(outdir, name + ".py"), "w") as f:
        f.write(PY_HEAD + to_py(code) + "\n")
print(len(cases), "cases")
