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


a = np.ones((2, 3))
sing = np.array([[1.0, 2.0], [2.0, 4.0]])
attempt(lambda: np.linalg.matrix_power(a, 2))
attempt(lambda: np.linalg.matrix_power(np.eye(2), 1.5))
attempt(lambda: np.linalg.matrix_power(sing, -1))
attempt(lambda: np.linalg.multi_dot([a]))
attempt(lambda: np.linalg.multi_dot([a, a]))
attempt(lambda: np.linalg.eigvals(a))
attempt(lambda: np.linalg.eigvalsh(a))
attempt(lambda: np.linalg.slogdet(a))
attempt(lambda: np.linalg.norm(a, ord=3))
attempt(lambda: np.linalg.norm(a, axis=2))
attempt(lambda: np.linalg.norm(np.ones(3), ord='fro'))
attempt(lambda: np.linalg.eigvalsh(np.eye(2), UPLO='X'))
