import numpy as np
print([1, 2.5, 'a'], (1,), (), {'loss': 0.25, 'acc': 1}, [np.ones(2), 'x'])
print((1, 2.0), [(1, 2)], "it's")
