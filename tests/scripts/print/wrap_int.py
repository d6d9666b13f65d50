import numpy as np
print(np.arange(40))
print(repr(np.arange(40)))
print(repr(np.arange(100).reshape(4, 25)))
