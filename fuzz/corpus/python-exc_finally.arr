# finally runs on return, break, continue and exceptions
def f(x) {
    try {
        if x < 0 {
            raise ValueError("negative")
        }
        return x * 2
    } finally {
        print("cleanup", x)
    }
}

print(f(3))
try {
    f(-1)
} except ValueError as e {
    print("caught", e)
}

def loop() {
    out = []
    for i in range(5) {
        try {
            if i == 1 {
                continue
            }
            if i == 3 {
                break
            }
            out.append(i)
        } finally {
            out.append(f"f{i}")
        }
    }
    return out
}

print(loop())

def order() {
    try {
        return "try"
    } finally {
        print("finally runs before return completes")
    }
}

print(order())
