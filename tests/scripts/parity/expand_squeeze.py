import numpy as np
def show(x):
    print(repr(x) if isinstance(x, np.ndarray) else x)
def _astype(a, t):
    return np.asarray(a).astype(t)
def _flatten(a):
    return np.asarray(a).flatten()
a = np.arange(3)
show(np.expand_dims(a, 0))
show(np.expand_dims(a, -1))
show(np.squeeze(np.ones((1, 3, 1))))
show(np.squeeze(np.ones((1, 3, 1)), axis=0).shape)
