import numpy as np
a = np.array([1, 2, 3])
b = a.copy()
b[0] = 99
print(a, b)
l = [np.ones(2), 'x']
m = list(l)
m[1] = 'y'
print(l[1], m[1])
d = {'loss': 0.5}
d['acc'] = 0.9
print(d, d['loss'], len(d), list(d.keys()))
s = 'abc'
print(s[1], s[-1], len(s), s + 'd', s * 2)
t = (1, 2, 3)
print(t[1:], t[::-1], len(t))
m = np.array([[1, 2], [3, 4]])
m[1][0] = 7
print(m)
lst = ['a', np.ones(2)]
lst.append(3)
print(len(lst))
