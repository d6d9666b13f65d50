import numpy as np
def attempt(f) {
    try {
        f()
        print("no error")
    } except ValueError {
        print("ValueError")
    } except TypeError {
        print("TypeError")
    } except IndexError {
        print("IndexError")
    }
}
attempt(lambda: np.put(np.arange(5), [5], [1]))
attempt(lambda: np.put(np.arange(5), [-6], [1]))
attempt(lambda: np.put(np.arange(5), [1], [1], mode='bogus'))
attempt(lambda: np.put(np.array([], dtype=int), [0], [1], mode='wrap'))
attempt(lambda: np.put(np.arange(5), [1], []))
attempt(lambda: np.meshgrid(np.array([1, 2]), indexing='xyz'))
