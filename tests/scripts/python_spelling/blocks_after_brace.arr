x = 5
if x > 10 {
    print("big")
}
elif x > 3 {
    print("medium")
} else {
    print("small")
}
try {
    int("z")
}
except ValueError as e {
    print("bad number")
} finally {
    print("done")
}
