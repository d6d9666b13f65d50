print(array([true, false]))
print(array([true, true]))
print(repr(array([[true, false], [false, false]])))
