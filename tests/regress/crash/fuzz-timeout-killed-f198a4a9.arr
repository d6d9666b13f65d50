# arr-fuzz failure: timeout (killed)
# detail: no answer 2 s after the time-out's interrupt; stderr: 
# seed 20261201, job 0, input 200, generated input, file access on, minimized in 20 runs; reproduce with `arr-fuzz --repro FILE`
try {
a = [None]
a.append([a, {"k": a}])
len(str(a))
} except Exception as err {
}
try {
v3 = ([(v2) // (False), ((fn(x) = x + v2)(v2)).dtype]) > ((((v2)[::-1, argsort(array([[true, true], [false, false], [true, true]], dtype="uint8"))])[tanh([[], []]) > 0, argsort(+(identity(2))), -1:-2:(-10**12)]).shape)
} except Exception as err {
}
