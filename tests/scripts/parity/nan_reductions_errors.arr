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


a = np.array([[1.0, np.nan, 3.0], [4.0, 5.0, np.nan]])
attempt(lambda: np.nansum(a, axis=2))
attempt(lambda: np.nanmean(a, axis=-3))
attempt(lambda: np.nanargmax(np.array([np.nan, np.nan])))
attempt(lambda: np.nanargmin(np.array([])))
attempt(lambda: np.nanpercentile(a, 150))
attempt(lambda: np.nanpercentile(a, -1))
attempt(lambda: np.nanmax(np.array([])))
attempt(lambda: np.nanmedian(a, axis=5))
attempt(lambda: np.nancumsum(a, axis=2))
