# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 20261201, job 0, input 10909, generated input, file access on, minimized in 25 runs; reproduce with `arr-fuzz --repro FILE`
try {
try {
raise KeyError
 v1 = (linspace(1.7976931348623157e308, 2.5, 6))[[10**12]] } except Exception {
fn f3(p0) {
import json
a = None
for i in range(100000) {
a = [a, a]
}
str(a)
v1[...] = LookupError
v5, *v6, c, d = range(10, 0, -3)
return ((v1).reshape((-2,))).reshape((3, 4))
}
v7 = f3({(1, 2), None, 1.0, True})
v8 = 2
} except AssertionError { e9 = 1 }
} except Exception as err {
print(type(err).__name__)
}
try {
v8 *= (v1) > (v1)
} except Exception as err {
v1, *v10, c = v7
} except Exception as err {
print(type(err).__name__)
}
try {
v1[none] = +(~(arange(2)))
} except Exception as err {
print(type(err).__name__)
print(type(err).__name__)
}
