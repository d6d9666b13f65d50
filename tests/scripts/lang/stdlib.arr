print(mse(array([1.0, 2.0]), array([2.0, 4.0])))
print(clamp(array([-2.0, 0.5, 3.0]), 0.0, 1.0))
