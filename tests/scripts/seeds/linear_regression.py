import numpy as np
X = [1, 2, 3, 4, 5]
y = [2, 4, 5, 4, 5]
X = np.vstack([X, np.ones(len(X))]).T
theta = np.linalg.lstsq(X, y)[0]
print(theta)
