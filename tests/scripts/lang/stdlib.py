import numpy as np
def standardize(x, axis=None):
    return (x - np.mean(x, axis=axis, keepdims=True)) / np.std(x, axis=axis, keepdims=True)
def softmax(x, axis=-1):
    e = np.exp(x - np.max(x, axis=axis, keepdims=True))
    return e / np.sum(e, axis=axis, keepdims=True)
print(np.mean((np.array([1.0, 2.0]) - np.array([2.0, 4.0])) ** 2))
print(standardize(np.array([1.0, 2.0, 3.0, 4.0])))
print(standardize(np.array([[1.0, 2.0], [3.0, 6.0]]), axis=0))
print(softmax(np.array([1.0, 2.0, 3.0])))
print(softmax(np.array([[1.0, 1.0], [0.0, 1000.0]])))
print(np.sum(softmax(np.arange(5.0))))
