# Fuzz (seed 20261205): an FFT over a 10**10-long axis of an array with no elements planned a
# transform of that length (its tables: an allocation abort); empty arrays plan nothing now, and
# cropping or padding to a size passes the memory guard.
x = tile((), (10**10, 10**10))
print(x.shape)
try {
    irfft2(x)
} except ValueError as e {
    print("ValueError")
}
print(fft(zeros((0, 10**10)), axis=1).shape)
try {
    irfft(ones(4), n=10**15)
} except Exception as e {
    print(type(e).__name__)
}
