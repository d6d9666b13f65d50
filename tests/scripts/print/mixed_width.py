import numpy as np
print(np.array([[1.5, -100.25], [3.0, 4.125]]))
print(np.array([[1, 2, 3], [-4000, 5, 6]]))
