print(array([0.123456789, 1.0]))
print(array([0.1 + 0.2, 1.0 / 3.0]))
print(array([2.0 / 3.0, 10.0]))
print(array([123456.789, 0.5]))
