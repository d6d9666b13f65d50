import numpy as np


def show(x) {
    print(np.round(x, 8) + 0)
}


print(np.fft.fft([1, 2, 3, 4]))
print(np.fft.ifft([10, -2 + 2j, -2, -2 - 2j]))
print(np.fft.rfft([1, 2, 3, 4]), np.fft.irfft([10, -2 + 2j, -2]))
x = np.array([0.5, -1.25, 3.0, 2.0, -0.75, 1.5, 0.0, 4.25])
show(np.fft.fft(x))
show(np.fft.ifft(np.fft.fft(x)).real)
show(np.fft.rfft(x))
show(np.fft.irfft(np.fft.rfft(x)))
show(np.fft.fft(x, n=5))
show(np.fft.fft(x, n=12))
show(np.fft.rfft(x, n=7))
show(np.fft.irfft(np.fft.rfft(x), n=9))
show(np.fft.fft(x, norm="ortho"))
show(np.fft.fft(x, norm="forward"))
show(np.fft.ifft(x, norm="ortho"))
show(np.fft.hfft([1, 2, 3]))
show(np.fft.ihfft([9.0, -2, 1, -2]))
m = np.arange(12.0).reshape(3, 4) ** 1.5
show(np.fft.fft2(m))
show(np.fft.ifft2(np.fft.fft2(m)).real)
show(np.fft.fft(m, axis=0))
show(np.fft.rfft2(m))
show(np.fft.irfft2(np.fft.rfft2(m), s=m.shape))
show(np.fft.fftn(m, s=(2, 3)))
show(np.fft.rfftn(m))
show(np.fft.irfftn(np.fft.rfftn(m), s=m.shape))
show(np.fft.ifftn(np.fft.fftn(m), axes=(0, 1)).real)
print(np.fft.fftfreq(8), np.fft.fftfreq(5, d=0.1))
print(np.fft.rfftfreq(8), np.fft.rfftfreq(7, 2.0))
print(np.fft.fftshift(np.fft.fftfreq(6)), np.fft.ifftshift(np.fft.fftshift(np.arange(7))))
print(np.fft.fftshift(np.arange(12).reshape(3, 4)), np.fft.fftshift(np.arange(12).reshape(3, 4), axes=1))
z = np.fft.fft(np.array([1.0, 2.0, 1.0, 0.0], dtype=np.float32))
print(z.dtype, z)
t = np.linspace(0, 1, 64, endpoint=False)
sig = np.sin(2 * np.pi * 5 * t) + 0.5 * np.sin(2 * np.pi * 12 * t)
spec = np.abs(np.fft.rfft(sig))
print(np.argsort(spec)[-2:], np.round(spec[[5, 12]], 6))
freqs = np.fft.rfftfreq(64, d=1 / 64)
print(freqs[np.argmax(spec)])


def attempt(f) {
    try {
        f()
        print("no error")
    } except ValueError {
        print("ValueError")
    } except TypeError {
        print("TypeError")
    }
}


attempt(lambda: np.fft.fft([1, 2], n=0))
attempt(lambda: np.fft.fft([1, 2], norm="sideways"))
attempt(lambda: np.fft.fft2([[1, 2]], s=(2, 2, 2)))
