print(array([true, false]) - array([true, true]))
