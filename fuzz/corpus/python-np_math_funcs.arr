# elementwise math functions
import numpy as np
x = np.array([0.0, 0.5, 1.0, 2.0])
print(np.sqrt(x))
print(np.exp(x))
print(np.log(np.array([1.0, np.e, 10.0])))
print(np.sin(np.array([0.0, np.pi / 2])), np.cos(0.0))
print(np.tanh(x))
print(np.floor(np.array([-1.5, 1.5])), np.ceil(np.array([-1.5, 1.5])), np.round(np.array([0.5, 1.5, 2.5])))
print(np.isnan(np.array([1.0, np.nan])), np.isinf(np.array([np.inf, 0.0])))
