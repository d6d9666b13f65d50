import numpy as np
print(np.array([1.5, 2.25, -3.0]))
