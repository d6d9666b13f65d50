# assignment anywhere in a function makes the name local
x = 10

def f() {
    try {
        print(x)
    } except UnboundLocalError as e {
        print(type(e).__name__)
    }
    x = 5
    return x
}

print(f(), x)

def g() {
    return x * 2
}

print(g())
