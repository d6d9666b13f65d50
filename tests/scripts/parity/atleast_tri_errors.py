import numpy as np
def attempt(f):
    try:
        f()
        print("no error")
    except ValueError:
        print("ValueError")
    except TypeError:
        print("TypeError")
    except IndexError:
        print("IndexError")
attempt(lambda: np.triu(np.array(5)))
attempt(lambda: np.tril(np.array(5)))
attempt(lambda: np.einsum('i,i', np.arange(3), np.arange(4)))
attempt(lambda: np.einsum('ij->j', np.arange(3)))
