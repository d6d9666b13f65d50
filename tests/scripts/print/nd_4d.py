import numpy as np
print(np.arange(16).reshape(2, 2, 2, 2))
