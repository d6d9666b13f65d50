import numpy as np
x = np.linalg.invv(np.eye(2))
