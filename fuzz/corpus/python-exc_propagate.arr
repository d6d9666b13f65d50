# exceptions propagate through functions; bare raise re-raises
def level3(x) {
    return 10 / x
}

def level2(x) {
    return level3(x) + 1
}

def level1(x) {
    try {
        return level2(x)
    } finally {
        print("level1 finally")
    }
}

try {
    level1(0)
} except ZeroDivisionError as e {
    print(type(e).__name__, e)
}
print(level1(5))

def reraise() {
    try {
        ["x"][1]
    } except IndexError {
        print("logging and re-raising")
        raise
    }
}

try {
    reraise()
} except IndexError as e {
    print("outer got", e)
}
