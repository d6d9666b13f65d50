# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 20261201, job 0, input 30326, generated input, file access on, minimized in 16 runs; reproduce with `arr-fuzz --repro FILE`
global G1
G1 = [[set(range(10, 0, -3)) - set(range(10, 0, -3))], [(10**18) * (()), none]]
def f2(x) {
}
v3 = f2(1)
G1
v4 = set()
fn f5(p0, p1, *args, k=2, **kw) {
def deco6(n) {
return inner
}
@deco6(10**6)
def g7(x=1) {
return ((eye(-1))[(-2**63):0:2, -2**63, (identity(-2)) + (arange(3)) > 0]).astype("nonsense")
}
v8 = g7([log(eye(0)), "s", none])
v9 = tuple(range(2**40))
return FileNotFoundError
}
