import numpy as np
print(np.arange(1000))
print(np.arange(1001))
