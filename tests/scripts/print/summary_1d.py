import numpy as np
print(np.arange(2000))
print(np.arange(2000) * 1.5)
print(repr(np.arange(2000)))
