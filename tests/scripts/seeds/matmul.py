import numpy as np
a = [[1, 2], [3, 4]]
b = [[5, 6], [7, 8]]
print(np.dot(a, b))
