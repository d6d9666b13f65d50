# open() of an endless device read it whole (a fuzz time-out): now bounded
try {
    f = open("/dev/full")
} except OSError as err {
    print(type(err).__name__)
}
print(*range(10**5), sep="")
