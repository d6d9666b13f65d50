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
a = np.arange(6).reshape(2, 3)
attempt(lambda: np.einsum('ij,jk->ik', a, a))
attempt(lambda: np.einsum('ij,jk->ik', a))
attempt(lambda: np.einsum('ijk', a))
attempt(lambda: np.einsum('ij->ik', a))
attempt(lambda: np.einsum('ij->ii', a))
attempt(lambda: np.einsum('ii', a))
attempt(lambda: np.einsum('i1', a))
