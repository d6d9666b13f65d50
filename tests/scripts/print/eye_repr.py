import numpy as np
print(repr(np.eye(3)))
print(np.eye(2) * -1)
