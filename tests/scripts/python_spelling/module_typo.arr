import numpy as np
try {
    np.linalg.invv(np.eye(2))
} except AttributeError as e {
    print(e)
}
