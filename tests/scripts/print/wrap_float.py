import numpy as np
print(np.arange(30) / 7)
print(repr(np.linspace(0, 1, 20)))
