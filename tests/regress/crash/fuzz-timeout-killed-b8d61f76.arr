# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 20261201, job 0, input 953, generated input, file access on, minimized in 41 runs; reproduce with `arr-fuzz --repro FILE`
try {
fn f1(p0, *args, k=2) {
fn f2(p0) { v3 = ([[]]).dtype; -1; v4 = lambda : ((array([], dtype="complex")).reshape(3))[0:4:-1] 
}
return (~(rand(4, 4, "3"))) ** ([rand(1, 2), identity(3)])
}
v6 = f1((sum([[[1.7976931348623157e308], [1.5], [inf]], [[1.5], [1e308], [0.1]], [[(-1.0)], [0.1], [(-inf)]]] for x in range(3) if x != 1 for y in list(range(3)))) ^ (True), dict(zip((1, 2, 3), (1, 2, 3))), ones((4, 4, 2**63 - 1), dtype=bool), **{"k": 3, "z": 4})
} except Exception as err {
print(type(err).__name__)
}
try {
for i in range(3) {
try {
"a" + 1
} except () as e8 { print(type(e8).__name__, e8.args, str(e8), repr(e8)) } except (KeyError, IndexError, ZeroDivisionError) { raise } except NameError as e10 {
import json
json.loads("[" * 100000 + "]" * 100000)
}
}
} except Exception as err {
print(type(err).__name__)
}
try {
g12 = fn(x) = fn(y) = x * y + {zeros((2, 0)): randn(3) for x in reversed((1, 2)) if x}
v13 = g12([(array([[], [], []], dtype=int64)) == (randint(0, 10, size=(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))), [true, false]])([(array([[], [], []], dtype=int64)) == (randint(0, 10, size=(1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1, 1))), [true, false]])
} except Exception as err {
print(type(err).__name__)
}
try {
v14 = {set('single'), f1(full((10**10, 0), (-1.0)), {1}.isdisjoint(range(10**6)))}
} except Exception as err {
print(type(err).__name__)
}
